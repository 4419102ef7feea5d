#include "video_driver.hpp"

#include "diagnostics.hpp"

namespace attune::kiosk {

std::optional<std::string> refuse_video_driver(std::string_view driver, RunMode mode) {
    if (mode == RunMode::headless) return std::nullopt;
    if (driver != "dummy" && driver != "offscreen") return std::nullopt;
    return "cannot show the kiosk: SDL found no display and chose its " + in_quotes(driver) +
           " video driver, which draws nothing anyone can see.\n"
           "Start it from a graphical session (DISPLAY or WAYLAND_DISPLAY set), and check that "
           "SDL_VIDEODRIVER is not set to " +
           in_quotes(driver) +
           ".\n"
           "To render a screen without a display, use --screenshot FILE.png.";
}

std::optional<RenderPath> parse_render_path(std::string_view text) {
    if (text == "software") return RenderPath::software;
    if (text == "accelerated" || text == "gpu" || text == "opengl") return RenderPath::accelerated;
    if (text == "auto" || text == "automatic") return RenderPath::automatic;
    return std::nullopt;
}

const char* render_path_name(RenderPath path) {
    switch (path) {
        case RenderPath::software:
            return "software";
        case RenderPath::accelerated:
            return "accelerated";
        case RenderPath::automatic:
            break;
    }
    return "automatic";
}

const char* present_path_name(PresentPath path) {
    switch (path) {
        case PresentPath::changed_parts:
            return "changed parts";
        case PresentPath::offscreen:
            return "offscreen";
        case PresentPath::whole_frames:
            break;
    }
    return "whole frames";
}

RenderPath resolve_render_path(RenderPath requested, std::string_view driver) {
    if (requested != RenderPath::automatic) return requested;
    return driver == "x11" ? RenderPath::software : RenderPath::accelerated;
}

}  // namespace attune::kiosk
