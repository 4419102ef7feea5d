#pragma once
// `attune --screenshot OUT.png --state NAME`: plays a script up to a chosen
// screen with the engine (no waiting: time is simulated) and renders that
// screen headless, for the README and for looking at the design.
#include <filesystem>
#include <optional>
#include <string>

#include "screenshot_states.hpp"
#include "script.hpp"
#include "script_catalog.hpp"
#include "theme.hpp"
#include "ui_state.hpp"

namespace attune {

struct ScreenshotRequest {
    std::optional<Script> script;  // empty for the error screen of a broken script
    std::vector<std::string> error_lines;
    Theme theme;
    ScreenshotState state = ScreenshotState::turn;
    std::vector<CatalogEntry> catalog;  // the picker's list (state "picker")
    std::size_t selected = 0;           // the picker's selected entry
    std::string user_folder;            // the picker's hint when the list is empty
    int width = 1920, height = 1080;
    std::filesystem::path output;
    CounselorMode counselor = CounselorMode::off;  // --counselor: the keys overlay lists the counselor's keys
};

// 0 written, 1 when the script has no such screen or the file cannot be
// written (the reason on stderr).
int take_screenshot(const ScreenshotRequest& request);

}  // namespace attune
