#pragma once
// Which SDL video driver is acceptable, and how to draw on it.
#include <optional>
#include <string>
#include <string_view>

namespace attune::kiosk {

enum class RunMode {
    kiosk,     // in front of people: a real display is required
    headless,  // tests and screenshots: SDL's dummy/offscreen drivers are fine
};

// A message (what happened, why, what to do) when the kiosk must not start
// on this driver: SDL falls back to `dummy` or `offscreen` when it finds no
// display, and the kiosk would then run invisibly. Nothing when fine.
std::optional<std::string> refuse_video_driver(std::string_view driver, RunMode mode);

// How pixels reach the screen.
enum class RenderPath {
    automatic,    // software on X11 (see below), SDL's choice elsewhere
    software,     // SDL's software renderer on the window's plain framebuffer
    accelerated,  // SDL's first accelerated renderer (OpenGL, GLES, ...)
};

// How a drawn frame reaches the screen.
enum class PresentPath {
    // The software renderer draws into the window's own surface, which keeps
    // its pixels between frames: only what changed is redrawn and sent to the
    // display (SDL_UpdateWindowSurfaceRects).
    changed_parts,
    // Other renderers do not keep their back buffer after SDL_RenderPresent:
    // every change redraws and presents the whole frame.
    whole_frames,
    // A renderer on a plain SDL_Surface (tests): only what changed is redrawn,
    // and there is nothing to present.
    offscreen,
};

const char* present_path_name(PresentPath path);

// "software", "accelerated"/"gpu", "auto"; nothing for anything else.
std::optional<RenderPath> parse_render_path(std::string_view text);
const char* render_path_name(RenderPath path);

// Under X11 the software renderer with framebuffer acceleration off (plain
// XShm) measured 0.4 % CPU, 24 MB and 150 ms to first digits against 1.3 %,
// 112 MB and 415 ms for the GL renderer on llvmpipe under Xvfb at 1920x1080;
// bench/kiosk_benchmark.sh measures both paths again.
// Other drivers keep SDL's choice: Wayland and KMS have no plain framebuffer.
RenderPath resolve_render_path(RenderPath requested, std::string_view driver);

}  // namespace attune::kiosk
