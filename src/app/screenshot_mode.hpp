#pragma once
// `attune --screenshot OUT.png --state NAME`: plays a script up to a chosen
// screen with the engine (no waiting: time is simulated) and renders that
// screen headless, for the README and for looking at the design.
#include <filesystem>
#include <optional>
#include <string>

#include "script.hpp"
#include "script_catalog.hpp"
#include "theme.hpp"

namespace attune {

struct ScreenshotRequest {
    std::optional<Script> script;  // empty for the error screen of a broken script
    std::vector<std::string> error_lines;
    Theme theme;
    std::string state;                  // start, turn, reflect, cooldown, summary, picker, ...
    std::vector<CatalogEntry> catalog;  // the picker's list (state "picker")
    std::size_t selected = 0;           // the picker's selected entry
    std::string user_folder;            // the picker's hint when the list is empty
    int width = 1920, height = 1080;
    std::filesystem::path output;
};

// The names --state accepts, in the order of a session.
const std::vector<std::string>& screenshot_states();

// 0 written, 1 when the script has no such screen or the file cannot be
// written (the reason on stderr), 2 for an unknown state name.
int take_screenshot(const ScreenshotRequest& request);

}  // namespace attune
