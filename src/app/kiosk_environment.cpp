#include "kiosk_environment.hpp"

#include <cstdlib>
#include <filesystem>

namespace attune {
namespace {

std::string variable(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

}  // namespace

DisplayEnvironment DisplayEnvironment::from_process() {
    DisplayEnvironment environment{variable("DISPLAY"), variable("WAYLAND_DISPLAY"), variable("XDG_RUNTIME_DIR"),
                                   variable("SDL_VIDEODRIVER")};
    std::error_code error;
    environment.runtime_dir_usable =
        !environment.runtime_dir.empty() && std::filesystem::is_directory(environment.runtime_dir, error);
    return environment;
}

VideoChoice choose_video(const DisplayEnvironment& environment) {
    if (!environment.sdl_videodriver.empty()) return VideoChoice::as_is;
    if (!environment.wayland_display.empty()) return VideoChoice::as_is;
    if (environment.display.empty()) return VideoChoice::none;
    // Wayland without WAYLAND_DISPLAY is found through XDG_RUNTIME_DIR only;
    // without a usable one, probing it only prints libwayland's complaint.
    return environment.runtime_dir_usable ? VideoChoice::as_is : VideoChoice::x11_only;
}

std::string no_display_message() {
    return "attune: cannot show the kiosk: there is no display (DISPLAY and WAYLAND_DISPLAY are not set); start it in "
           "a graphical session, set SDL_VIDEODRIVER=kmsdrm for the text console, or use --screenshot FILE.png";
}

void apply_video_choice(VideoChoice choice) {
    // Only chosen when SDL_VIDEODRIVER is unset or empty, so nothing the user set is replaced.
    if (choice == VideoChoice::x11_only) ::setenv("SDL_VIDEODRIVER", "x11", 1);
}

}  // namespace attune
