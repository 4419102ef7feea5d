#include "screenshot.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

#include "list_renderer.hpp"
#include "png_writer.hpp"
#include "sdl_context.hpp"

namespace attune::kiosk {

SurfacePtr render_to_surface(const DisplayList& list, FontLibrary& fonts) {
    if (list.width <= 0 || list.height <= 0)
        throw std::runtime_error("cannot render a screen of " + std::to_string(list.width) + "x" +
                                 std::to_string(list.height) + " pixels");
    SurfacePtr surface = make_rgba_surface(list.width, list.height);
    {
        RendererPtr renderer = make_software_renderer(surface.get());
        ListRenderer list_renderer{renderer.get(), fonts};
        list_renderer.draw(list);
        SDL_RenderPresent(renderer.get());
        // The renderer (and the cache's textures) go before the surface.
    }
    return surface;
}

void save_image(SDL_Surface* surface, const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png") {
        write_png(surface, path);
    } else if (extension == ".bmp") {
        if (SDL_SaveBMP(surface, path.string().c_str()) != 0) throw SdlError("cannot write " + path.string());
    } else {
        throw std::runtime_error("cannot write " + path.string() + ": the screenshot's name must end in .png or .bmp");
    }
}

void render_to_file(const DisplayList& list, const std::filesystem::path& path) {
    SdlContext sdl{Subsystems::none};
    FontLibrary fonts{find_font_directory()};
    SurfacePtr surface = render_to_surface(list, fonts);
    save_image(surface.get(), path);
}

}  // namespace attune::kiosk
