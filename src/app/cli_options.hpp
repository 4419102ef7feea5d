#pragma once
// The command line, parsed once into plain data (options are never kept as
// strings and re-parsed later).
#include <optional>
#include <string>
#include <vector>

#include "screenshot_states.hpp"

namespace attune {

enum class CliMode { kiosk, validate, plan, list, help, version, screenshot, print_schema };

struct CliOptions {
    CliMode mode = CliMode::kiosk;
    std::vector<std::string> files;                            // --validate FILE..., --plan FILE, or the script to run
    std::string theme;                                         // --theme NAME|FILE
    bool windowed = false;                                     // --windowed
    bool counselor = false;                                    // --counselor
    bool no_console = false;                                   // --no-console: the Ctrl keys, no console window
    int display = 0;                                           // --display N: the shared screen's display
    std::optional<std::pair<int, int>> size;                   // --size WxH
    std::string screenshot_path;                               // --screenshot OUT
    ScreenshotState screenshot_state = ScreenshotState::turn;  // --state NAME
    std::vector<std::string> script_dirs;                      // --scripts DIR (repeatable)
    std::string space;                                         // --space NAME
    std::string passphrase_file;                               // --passphrase-file FILE ("-": standard input)
};

struct CliParse {
    std::optional<CliOptions> options;
    std::string error;  // one line, when options is empty
};

CliParse parse_cli(const std::vector<std::string>& args);

std::string cli_usage();

}  // namespace attune
