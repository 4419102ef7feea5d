#include "nudge.hpp"

#include "utf8.hpp"

namespace attune {

const std::vector<std::string>& nudges_for(const Script& script, const Words& words) {
    return script.nudges.empty() ? words.nudges : script.nudges;
}

void show_nudge(UiState& ui, std::string_view text, TimePoint now) {
    // Typed text comes from outside: broken UTF-8 is walked safely, and
    // control characters, which would show as boxes, are left out.
    std::string shown;
    for (std::size_t offset = 0; offset < text.size();) {
        const char32_t c = utf8::decode_lenient(text, offset);
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
        shown += utf8::encode(c);
    }
    // Spaces at either end would only shift the message off centre.
    const auto first = shown.find_first_not_of(' ');
    if (first == std::string::npos) return;
    shown = shown.substr(first, shown.find_last_not_of(' ') - first + 1);
    ui.nudge = ShownNudge{utf8::shorten(shown, max_nudge_characters), now};
}

void dismiss_nudge(UiState& ui) { ui.nudge.reset(); }

void expire_nudge(UiState& ui, TimePoint now) {
    if (ui.nudge && now >= ui.nudge->since + nudge_shown_for) ui.nudge.reset();
}

std::optional<TimePoint> nudge_deadline(const UiState& ui) {
    if (!ui.nudge) return std::nullopt;
    return ui.nudge->since + nudge_shown_for;
}

}  // namespace attune
