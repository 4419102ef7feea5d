#pragma once
// The kiosk as one call for main: load the script (or list the scripts to
// pick from), open the window, run the loop, return the exit code. A script
// that does not load shows the calm error screen (its file:line:col lines)
// until Ctrl+Q is held (or, with `windowed`, Ctrl+R reads it again).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "conversation_keeping.hpp"
#include "script.hpp"
#include "script_catalog.hpp"
#include "theme.hpp"
#include "time.hpp"
#include "ui_state.hpp"
#include "video_driver.hpp"

namespace attune::kiosk {

// Whether counselor mode opens the console's window (no: --no-console).
enum class ConsoleWanted { none, window };

struct KioskOptions {
    std::filesystem::path script_path;  // loaded when `script` is empty
    std::optional<Script> script;       // an already loaded script
    std::optional<Theme> theme;         // empty: the calm built-in theme
    // The theme's file, read again by Ctrl+R while writing; empty: the
    // built-in theme (Ctrl+R then reads only the script).
    std::optional<std::filesystem::path> theme_path;
    // No script given: the picker over the scripts of these folders (built
    // in, the user's, --scripts), in this order; `user_folder` is shown when
    // none is found. Used when `picker` is set.
    bool picker = false;
    std::vector<ScriptFolder> picker_folders;
    std::string user_folder;
    // A resizable window instead of the whole display; also allows Ctrl+R
    // (the script and theme read again), which a kiosk must never do by accident.
    bool windowed = false;
    // Counselor mode (--counselor): the counselor's controls act: the Ctrl
    // keys on the shared keyboard, and the console in its own window unless
    // --no-console said none.
    CounselorMode counselor = CounselorMode::off;
    ConsoleWanted console = ConsoleWanted::none;
    // The display the shared screen covers (--display); one not connected
    // (yet) gives display 0, with a line in the log.
    int display = 0;
    int width = 1280, height = 720;  // of the window, when windowed
    // How to draw; `automatic` reads $ATTUNE_RENDERER (software, accelerated, auto) first.
    RenderPath render = RenderPath::automatic;
    // Print the video driver, renderer and sizes (also with $ATTUNE_DEBUG set).
    bool debug = false;
    // When the program started (main's first line), for the debug line
    // "first frame on screen N ms after start"; empty: when run_kiosk began.
    std::optional<TimePoint> launched;
    // One line per message (no session content ever goes here); stderr when empty.
    std::function<void(const std::string&)> log;
    // Whether and where conversations can be kept (off: nothing is offered
    // and nothing journaled).
    KeepingSetup keeping = {};
};

// 0 when closed by holding Ctrl+Q (or by the system), 1 when the script did
// not load (after its error screen) or the kiosk could not start; the reason
// is logged. Never throws.
//
// The picker's words follow $LANGUAGE / $LC_ALL / $LC_MESSAGES / $LANG
// ("de_DE.UTF-8" gives German); a session speaks its script's language.
int run_kiosk(const KioskOptions& options);

}  // namespace attune::kiosk
