// Which screen the state asks for, and what lies over it.
#include "view.hpp"

#include <chrono>

#include "duration.hpp"
#include "text_layout.hpp"
#include "view_screens.hpp"

namespace attune {
namespace {

void build_step(DisplayList& list, const view::Context& context) {
    switch (context.snapshot().activity) {
        case Activity::say:
            view::build_say(list, context);
            break;
        case Activity::turn:
        case Activity::reflect:
        case Activity::clarify:
            view::build_speaking(list, context);
            break;
        case Activity::verdict:
            view::build_verdict(list, context);
            break;
        case Activity::not_heard:
            view::build_not_heard(list, context);
            break;
        case Activity::checkin:
            view::build_checkin(list, context);
            break;
        case Activity::breathe:
            view::build_breathe(list, context);
            break;
        case Activity::agreement:
            view::build_agreement(list, context);
            break;
        case Activity::choice:
            view::build_choice(list, context);
            break;
        case Activity::review:
            view::build_review(list, context);
            break;
    }
}

void build_screen(DisplayList& list, const view::Context& context) {
    switch (context.snapshot().phase) {
        case Phase::start:
            view::build_start(list, context);
            break;
        case Phase::step:
            build_step(list, context);
            break;
        case Phase::paused:
            view::build_pause(list, context);
            break;
        case Phase::time_box:
            view::build_time_box(list, context);
            break;
        case Phase::finished:
            view::build_summary(list, context);
            break;
    }
}

DisplayList empty_list(const ViewInput& input) {
    DisplayList list;
    list.width = input.width;
    list.height = input.height;
    list.background = input.theme.background;
    return list;
}

}  // namespace

DisplayList build_view(const ViewInput& input) {
    DisplayList list = empty_list(input);
    const view::Context context = view::make_context(input);
    if (input.ui.help) {
        // Help covers the screen; only the pause button stays, because a
        // pause always wins.
        const Phase phase = input.snapshot.phase;
        if (phase == Phase::paused) list.background = input.theme.pause_background;
        view::add_help_overlay(list, context);
        if (phase == Phase::step || phase == Phase::time_box) view::add_pause_button(list, context);
    } else if (input.home) {
        view::build_home(list, context, *input.home);
    } else if (input.keeping) {
        view::build_keeping(list, context, *input.keeping);
    } else {
        build_screen(list, context);
        // Last, so that it finds where everything else is and covers none of it.
        view::add_nudge(list, context);
    }
    if (!input.kept_in.empty() && !input.keeping && !input.home) view::add_kept_mark(list, context, input.kept_in);
    if (input.ui.leave_progress > 0 && input.snapshot.phase == Phase::finished) view::add_leave_progress(list, context);
    if (input.ui.quit_progress > 0) view::add_quit_progress(list, context);
    place_text(list, input.metrics);
    return list;
}

DisplayList build_error_view(const std::vector<std::string>& lines, const Theme& theme, const Words& words,
                             const UiState& ui, const TextMetrics& metrics, int width, int height,
                             const ShellConfig& config) {
    // The screen parts read a session; the error screen has none to show.
    const Script script;
    const Snapshot snapshot;
    const SessionRecord record;
    const ViewInput input{script, snapshot, record, theme, words, ui, metrics, width, height, Seconds{0}, config};
    DisplayList list = empty_list(input);
    const view::Context context = view::make_context(input);
    view::build_error_screen(list, context, lines);
    if (ui.quit_progress > 0) view::add_quit_progress(list, context);
    place_text(list, metrics);
    return list;
}

std::string countdown_text(const TimerView& timer) {
    if (timer.remaining < Duration{0}) return "+" + format_countdown(std::chrono::floor<Seconds>(-timer.remaining));
    return format_countdown(std::chrono::ceil<Seconds>(timer.remaining));
}

Duration until_next_countdown_second(Duration remaining) {
    // Going down the reading is rounded up, so it changes when the time left
    // reaches a whole second; in overtime it is rounded down and changes when
    // the time over does. Both are the step down to the next whole second.
    const Duration below = std::chrono::floor<Seconds>(remaining);
    return remaining > below ? remaining - below : Duration{Seconds{1}};
}

}  // namespace attune
