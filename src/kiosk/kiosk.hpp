#pragma once
// The kiosk as one call for main: load the script, open the window, run the
// loop, return the exit code. A script that does not load shows the calm
// error screen (its file:line:col lines) until Ctrl+Q is held.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "script.hpp"
#include "theme.hpp"
#include "time.hpp"
#include "video_driver.hpp"

namespace attune::kiosk {

struct KioskOptions {
    std::filesystem::path script_path;  // loaded when `script` is empty
    std::optional<Script> script;       // an already loaded script
    std::optional<Theme> theme;         // empty: the calm built-in theme
    bool windowed = false;              // a resizable window instead of the whole display
    int width = 1280, height = 720;     // of the window, when windowed
    // How to draw; `automatic` reads $ATTUNE_RENDERER (software, accelerated, auto) first.
    RenderPath render = RenderPath::automatic;
    // Print the video driver, renderer and sizes (also with $ATTUNE_DEBUG set).
    bool debug = false;
    // When the program started (main's first line), for the debug line
    // "first frame on screen N ms after start"; empty: when run_kiosk began.
    std::optional<TimePoint> launched;
    // One line per message (no session content ever goes here); stderr when empty.
    std::function<void(const std::string&)> log;
};

// 0 when closed by holding Ctrl+Q (or by the system), 1 when the script did
// not load (after its error screen) or the kiosk could not start; the reason
// is logged. Never throws.
int run_kiosk(const KioskOptions& options);

}  // namespace attune::kiosk
