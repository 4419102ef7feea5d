#pragma once
// The screens `attune --screenshot --state NAME` can render: one table that
// the option's parsing, its error message and `--help` all read.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace attune {

enum class ScreenshotState {
    start,
    keep,             // the question whether to keep the conversation, one partner said yes
    keep_passphrase,  // the space's passphrase, after a wrong one
    keep_code,        // a new space's recovery code, shown once
    keep_resume,      // the space holds a conversation that did not end
    say,
    turn,
    kept,  // a turn of a kept conversation, with its discreet mark
    keys,  // the keys overlay, over a turn
    warning,
    reflect,
    verdict,
    checkin,
    breathe,
    agreement,
    choice,
    choice_split,   // the two partners picked different options
    review_rate,    // a review (with made-up agreements): how is the first one going?
    review_decide,  // both have rated it; their picks differ
    review_reword,  // both chose to reword it; the new words are being typed
    review_none,    // a review with nothing due
    timebox,
    cooldown,
    ready,
    summary,
    summary_page2,  // a long summary's later pages
    summary_page3,
    summary_page4,
    error,
    picker,
    home,              // the couple's home screen: trends over nine conversations, agreements, one due, milestones
    home_empty,        // the home screen of a new space
    end_kept,          // the end of a kept conversation: when to meet next, asked before its summary
    end_kept_summary,  // its summary once both agreed on a day: the day, and what changed
    console,           // the counselor's console during a turn, a nudge on the shared screen, a note being typed
    console_pause,     // the console during a cool-down
};

struct ScreenshotStateName {
    ScreenshotState state;
    std::string_view name;
};

// In the order of a session, as --help lists them.
inline constexpr std::array<ScreenshotStateName, 36> screenshot_states{{
    {ScreenshotState::start, "start"},
    {ScreenshotState::keep, "keep"},
    {ScreenshotState::keep_passphrase, "keep-passphrase"},
    {ScreenshotState::keep_code, "keep-code"},
    {ScreenshotState::keep_resume, "keep-resume"},
    {ScreenshotState::say, "say"},
    {ScreenshotState::turn, "turn"},
    {ScreenshotState::kept, "kept"},
    {ScreenshotState::keys, "keys"},
    {ScreenshotState::warning, "warning"},
    {ScreenshotState::reflect, "reflect"},
    {ScreenshotState::verdict, "verdict"},
    {ScreenshotState::checkin, "checkin"},
    {ScreenshotState::breathe, "breathe"},
    {ScreenshotState::agreement, "agreement"},
    {ScreenshotState::choice, "choice"},
    {ScreenshotState::choice_split, "choice-split"},
    {ScreenshotState::review_rate, "review-rate"},
    {ScreenshotState::review_decide, "review-decide"},
    {ScreenshotState::review_reword, "review-reword"},
    {ScreenshotState::review_none, "review-none"},
    {ScreenshotState::timebox, "timebox"},
    {ScreenshotState::cooldown, "cooldown"},
    {ScreenshotState::ready, "ready"},
    {ScreenshotState::summary, "summary"},
    {ScreenshotState::summary_page2, "summary-page2"},
    {ScreenshotState::summary_page3, "summary-page3"},
    {ScreenshotState::summary_page4, "summary-page4"},
    {ScreenshotState::error, "error"},
    {ScreenshotState::picker, "picker"},
    {ScreenshotState::home, "home"},
    {ScreenshotState::home_empty, "home-empty"},
    {ScreenshotState::end_kept, "end-kept"},
    {ScreenshotState::end_kept_summary, "end-kept-summary"},
    {ScreenshotState::console, "console"},
    {ScreenshotState::console_pause, "console-pause"},
}};

// Each row stands at its enum's place, so that the name of a state is a lookup.
constexpr bool table_follows_enum() {
    for (std::size_t i = 0; i < screenshot_states.size(); ++i)
        if (static_cast<std::size_t>(screenshot_states[i].state) != i) return false;
    return static_cast<std::size_t>(ScreenshotState::console_pause) + 1 == screenshot_states.size();
}
static_assert(table_follows_enum(), "screenshot_states must list every ScreenshotState in enum order");

std::string_view screenshot_state_name(ScreenshotState state);
std::optional<ScreenshotState> parse_screenshot_state(std::string_view name);

// "attune: --state 'nope' is not one of: start say ...", for an unknown name.
std::string unknown_screenshot_state(std::string_view name);

// The names joined by ", ", wrapped to lines of at most `width` characters
// that each start with `indent` ("NAME: " goes before the first name).
std::string screenshot_state_help(std::string_view indent, std::size_t width);

}  // namespace attune
