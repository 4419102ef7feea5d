#include "screenshot_states.hpp"

#include "diagnostics.hpp"

namespace attune {

std::string_view screenshot_state_name(ScreenshotState state) {
    return screenshot_states[static_cast<std::size_t>(state)].name;
}

std::optional<ScreenshotState> parse_screenshot_state(std::string_view name) {
    for (const auto& row : screenshot_states)
        if (row.name == name) return row.state;
    return std::nullopt;
}

std::string unknown_screenshot_state(std::string_view name) {
    std::string message = "attune: --state " + in_quotes(name) + " is not one of:";
    for (const auto& row : screenshot_states) message += " " + std::string(row.name);
    return message;
}

std::string screenshot_state_help(std::string_view indent, std::size_t width) {
    std::string text;
    std::string line = std::string(indent) + "NAME:";
    for (std::size_t i = 0; i < screenshot_states.size(); ++i) {
        const std::string word = std::string(screenshot_states[i].name) + (i + 1 < screenshot_states.size() ? "," : "");
        if (line.size() + 1 + word.size() > width) {
            text += line + "\n";
            line = std::string(indent) + word;
        } else {
            line += " " + word;
        }
    }
    return text + line + "\n";
}

}  // namespace attune
