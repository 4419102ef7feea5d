#pragma once
// What the kiosk needs from its environment before SDL starts: a display.
// Asked by the command line so that a machine without one gets attune's own
// one line, not SDL's probing of every video driver (libwayland's
// "XDG_RUNTIME_DIR is invalid or not set" among them).
#include <optional>
#include <string>

namespace attune {

// The variables that decide where the kiosk can be shown; empty means unset.
struct DisplayEnvironment {
    std::string display = {};          // DISPLAY: an X server
    std::string wayland_display = {};  // WAYLAND_DISPLAY: a Wayland compositor
    std::string runtime_dir = {};      // XDG_RUNTIME_DIR: where Wayland's socket lives
    std::string sdl_videodriver = {};  // SDL_VIDEODRIVER: the user's own choice, respected
    bool runtime_dir_usable = false;

    static DisplayEnvironment from_process();
};

enum class VideoChoice {
    as_is,     // leave SDL to choose, or to do what SDL_VIDEODRIVER says
    x11_only,  // only X can be reached: SDL should not probe Wayland
    none,      // nowhere to show the kiosk
};

VideoChoice choose_video(const DisplayEnvironment& environment);

// The one line printed when there is no display.
std::string no_display_message();

// Applies the choice to this process (SDL_VIDEODRIVER=x11 for x11_only).
void apply_video_choice(VideoChoice choice);

}  // namespace attune
