#pragma once
// The kiosk's window and renderer. It covers the whole display: SDL's
// desktop fullscreen where a window manager honours it, else (a bare X
// server, as a dedicated kiosk box often runs) a borderless window placed
// at the display's bounds. `windowed` gives a resizable window for
// development. Layout happens in output pixels (HiDPI aware).
#include <string>

#include "sdl_handles.hpp"
#include "sdl_input.hpp"
#include "video_driver.hpp"

namespace attune::kiosk {

struct WindowOptions {
    bool windowed = false;
    int width = 1280, height = 720;  // windowed only (made smaller to fit its display)
    RenderPath render = RenderPath::automatic;
    RunMode mode = RunMode::kiosk;
    // Which video display the window covers, or opens on when windowed.
    int display = 0;
    std::string title = "attune";
};

struct PixelSize {
    int width = 0, height = 0;
    bool operator==(const PixelSize&) const = default;
};

// A window of at most `width` x `height` that fits in `display`'s usable area.
PixelSize fitting_window(int display, int width, int height);

class KioskWindow {
public:
    // Needs an SdlContext with video. Throws std::runtime_error with the
    // driver check's message, or SdlError when SDL cannot open a window.
    explicit KioskWindow(const WindowOptions& options);

    SDL_Window* window() const { return m_window.get(); }
    SDL_Renderer* renderer() const { return m_renderer.get(); }

    // Whether frames may be presented in parts (the software renderer on the
    // window's surface) or only whole.
    PresentPath present_path() const { return m_present; }

    // What the renderer draws into, in pixels (larger than the window's size
    // in points on HiDPI screens).
    PixelSize output_size() const;
    // The window in points and in pixels, to place clicks and taps.
    PointerGeometry pointer_geometry() const;

    // SDL's id of the window: what its events carry in their windowID.
    Uint32 id() const { return SDL_GetWindowID(m_window.get()); }
    // The display the window is on (SDL's index), as SDL sees it now.
    int display() const;
    // Covers `display` from now on (a display came or went).
    void cover(int display);
    // Covers this area of the desktop (a monitor SDL's list does not know yet).
    void cover(const SDL_Rect& area);

    // "video x11, renderer software (plain framebuffer, no GL), 1920x1080 px, covering the display"
    std::string describe() const;

private:
    void place_covering(const SDL_Rect& bounds);

    WindowPtr m_window;
    RendererPtr m_renderer;
    std::string m_driver;
    std::string m_placement;
    RenderPath m_path = RenderPath::automatic;
    PresentPath m_present = PresentPath::whole_frames;
};

}  // namespace attune::kiosk
