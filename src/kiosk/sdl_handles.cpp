#include "sdl_handles.hpp"

namespace attune::kiosk {

SdlError::SdlError(const std::string& what) : std::runtime_error(what + ": " + SDL_GetError()) {}

AudioDevice& AudioDevice::operator=(AudioDevice&& other) noexcept {
    if (this != &other) {
        reset();
        m_id = other.m_id;
        other.m_id = 0;
    }
    return *this;
}

void AudioDevice::reset() {
    if (m_id != 0) SDL_CloseAudioDevice(m_id);
    m_id = 0;
}

WindowPtr make_window(const char* title, int x, int y, int width, int height, Uint32 flags) {
    WindowPtr window{SDL_CreateWindow(title, x, y, width, height, flags)};
    if (!window) throw SdlError("cannot open a window");
    return window;
}

RendererPtr make_renderer(SDL_Window* window, int index, Uint32 flags) {
    RendererPtr renderer{SDL_CreateRenderer(window, index, flags)};
    if (!renderer) throw SdlError("cannot create a renderer");
    return renderer;
}

RendererPtr make_software_renderer(SDL_Surface* target) {
    RendererPtr renderer{SDL_CreateSoftwareRenderer(target)};
    if (!renderer) throw SdlError("cannot create a software renderer");
    return renderer;
}

TexturePtr make_texture_from_surface(SDL_Renderer* renderer, SDL_Surface* surface) {
    TexturePtr texture{SDL_CreateTextureFromSurface(renderer, surface)};
    if (!texture) throw SdlError("cannot upload a texture");
    return texture;
}

SurfacePtr make_rgba_surface(int width, int height) {
    // ARGB8888 is what the software renderer draws fastest into; the PNG
    // writer reads pixels back through SDL_GetRGBA, so the layout is free.
    SurfacePtr surface{SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888)};
    if (!surface)
        throw SdlError("cannot create a " + std::to_string(width) + "x" + std::to_string(height) + " surface");
    return surface;
}

FontPtr make_font(const std::string& path, int pixel_size) {
    FontPtr font{TTF_OpenFont(path.c_str(), pixel_size)};
    if (!font) throw SdlError("cannot open the font " + path);
    return font;
}

}  // namespace attune::kiosk
