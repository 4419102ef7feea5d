#include "kiosk_window.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "window_manager.hpp"

namespace attune::kiosk {

namespace {

constexpr Uint32 common_flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_SHOWN;

// Whether the window lies exactly over the display. SDL's fullscreen asks
// the window manager (_NET_WM_STATE_FULLSCREEN): with none, nothing happens,
// but a borderless window placed at the bounds covers the display anyway.
bool covers(SDL_Window* window, const SDL_Rect& bounds) {
    int x = 0, y = 0, width = 0, height = 0;
    SDL_GetWindowPosition(window, &x, &y);
    SDL_GetWindowSize(window, &width, &height);
    return x == bounds.x && y == bounds.y && width == bounds.w && height == bounds.h;
}

}  // namespace

PixelSize fitting_window(int display, int width, int height) {
    // The display's usable area (without panels), or its bounds, or a
    // laptop's size when SDL cannot say.
    SDL_Rect room{0, 0, 1280, 720};
    if (SDL_GetDisplayUsableBounds(display, &room) != 0 && SDL_GetDisplayBounds(display, &room) != 0)
        room = SDL_Rect{0, 0, 1280, 720};
    return PixelSize{std::min(width, room.w), std::min(height, room.h)};
}

KioskWindow::KioskWindow(const WindowOptions& options) {
    const char* driver = SDL_GetCurrentVideoDriver();
    m_driver = driver ? driver : "none";
    if (auto refusal = refuse_video_driver(m_driver, options.mode)) throw std::runtime_error(*refusal);

    m_path = resolve_render_path(options.render, m_driver);
    if (m_path == RenderPath::software) {
        // Keep Mesa out of the process: the window's framebuffer is plain
        // shared memory (XShm) instead of a GL texture.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    // A kiosk stays up when another window takes the focus.
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");

    const int display = std::clamp(options.display, 0, std::max(0, SDL_GetNumVideoDisplays() - 1));
    if (options.windowed) {
        m_window = make_window(options.title.c_str(), SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                               SDL_WINDOWPOS_CENTERED_DISPLAY(display), options.width, options.height,
                               common_flags | SDL_WINDOW_RESIZABLE);
        m_placement = "windowed";
    } else {
        SDL_Rect bounds{0, 0, 1280, 720};
        if (SDL_GetDisplayBounds(display, &bounds) != 0) throw SdlError("cannot read the display's size");
        m_window = make_window(options.title.c_str(), bounds.x, bounds.y, bounds.w, bounds.h,
                               common_flags | SDL_WINDOW_BORDERLESS);
        place_covering(bounds);
    }
    m_renderer = make_renderer(m_window.get(), -1, m_path == RenderPath::software ? SDL_RENDERER_SOFTWARE : 0);
    SDL_DisableScreenSaver();
    // SDL's software renderer on a window draws straight into the window's
    // surface (SDL_GetWindowSurface), whatever path was asked for.
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(m_renderer.get(), &info) == 0 && info.name && std::string_view{info.name} == "software")
        m_present = PresentPath::changed_parts;
}

void KioskWindow::place_covering(const SDL_Rect& bounds) {
    SDL_SetWindowFullscreen(m_window.get(), 0);
    SDL_SetWindowResizable(m_window.get(), SDL_FALSE);
    SDL_SetWindowBordered(m_window.get(), SDL_FALSE);
    SDL_SetWindowPosition(m_window.get(), bounds.x, bounds.y);
    SDL_SetWindowSize(m_window.get(), bounds.w, bounds.h);
    // Borderless at the display's bounds first: that already covers the
    // display on a bare X server; desktop fullscreen then also hides
    // panels where a window manager runs.
    if (window_manager_running(m_window.get())) SDL_SetWindowFullscreen(m_window.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    SDL_PumpEvents();
    if (covers(m_window.get(), bounds)) {
        m_placement = "covering the display";
    } else {
        SDL_SetWindowFullscreen(m_window.get(), 0);
        SDL_SetWindowBordered(m_window.get(), SDL_FALSE);
        SDL_SetWindowPosition(m_window.get(), bounds.x, bounds.y);
        SDL_SetWindowSize(m_window.get(), bounds.w, bounds.h);
        m_placement = "borderless at the display bounds";
    }
    SDL_RaiseWindow(m_window.get());
}

void KioskWindow::cover(int display) {
    SDL_Rect bounds{0, 0, 1280, 720};
    if (SDL_GetDisplayBounds(display, &bounds) != 0) throw SdlError("cannot read the display's size");
    place_covering(bounds);
}

void KioskWindow::cover(const SDL_Rect& area) { place_covering(area); }

int KioskWindow::display() const { return SDL_GetWindowDisplayIndex(m_window.get()); }

PixelSize KioskWindow::output_size() const {
    PixelSize size;
    if (SDL_GetRendererOutputSize(m_renderer.get(), &size.width, &size.height) != 0)
        SDL_GetWindowSize(m_window.get(), &size.width, &size.height);
    return size;
}

PointerGeometry KioskWindow::pointer_geometry() const {
    PointerGeometry geometry;
    SDL_GetWindowSize(m_window.get(), &geometry.window_width, &geometry.window_height);
    const PixelSize output = output_size();
    geometry.output_width = output.width;
    geometry.output_height = output.height;
    return geometry;
}

std::string KioskWindow::describe() const {
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(m_renderer.get(), &info);
    const PixelSize size = output_size();
    std::string text = "video " + m_driver + ", renderer " + (info.name ? info.name : "?");
    if (m_path == RenderPath::software) text += " (plain framebuffer, no GL)";
    text += ", " + std::to_string(size.width) + "x" + std::to_string(size.height) + " px, " + m_placement;
    text += std::string{", presents "} + present_path_name(m_present);
    return text;
}

}  // namespace attune::kiosk
