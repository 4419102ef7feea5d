// The question when to meet next, at the end of a kept conversation, before
// its summary: one question on the screen, as the keeping screens ask
// theirs. The suggested day in large type, how to move it, each partner's
// own "yes", and no day at all as the quiet way out. Answered, the summary
// follows and says the day (or that none was set).
#include "day_words.hpp"
#include "next_meeting.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

// The button that sets no day says what Esc does in the hint under the day
// ("Esc: no day for now"), so that the key and the button read alike.
std::string skip_label(const Words& words) {
    const std::string_view hint = words.meeting_hint;
    const std::string marker = "{escape}: ";
    const std::size_t at = hint.find(marker);
    if (at == std::string_view::npos) return std::string(hint);
    std::string label(hint.substr(at + marker.size()));
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

}  // namespace

void build_next_meeting(DisplayList& list, const Context& context, const NextMeeting& meeting) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Rect content = frame.content();
    const float width = std::min(content.w, frame.x(0.78f));
    const float x = (frame.width - width) / 2;
    float y = frame.y(0.14f);
    TextStyle heading = heading_style(context, Align::center);
    Fitted fitted = fit_lines(context, words.meeting_heading, heading.size, width, 2, heading.weight);
    add_text(list, {x, y, width, fitted.height}, fitted, heading, "meeting-question");
    y += fitted.height + frame.gap;
    TextStyle day = heading_style(context, Align::center);
    day.size = frame.size(theme.title_size);
    day.weight = FontWeight::bold;
    fitted = fit_lines(context, day_words(words, meeting.day), day.size, width, 2, day.weight);
    add_text(list, {x, y, width, fitted.height}, fitted, day, "meeting-day");
    y += fitted.height + frame.gap * 0.5f;
    TextStyle hint = body_style(context, Align::center);
    hint.color = theme.muted_text;
    fitted = fit_lines(context, fill(words.meeting_hint, {{"escape", words.key_escape}}), hint.size, width, 2);
    add_text(list, {x, y, width, fitted.height}, fitted, hint, "meeting-hint");
    y += fitted.height + frame.gap * 1.5f;
    // Each partner's own "yes", side by side; pressed again, it is taken back.
    const float button_w = std::min(frame.x(0.34f), (width - frame.gap) / 2);
    for (Seat seat : {Seat::left, Seat::right}) {
        ButtonSpec spec;
        spec.label = fill(words.meeting_yes, {{"name", context.name(seat)}});
        spec.ui = seat == Seat::left ? UiAction::meeting_agree_left : UiAction::meeting_agree_right;
        spec.chosen = meeting.agreed[index_of(seat)];
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = seat == Seat::left ? "meeting-yes-left" : "meeting-yes-right";
        spec.key = key_text(context, yes_key(seat));
        const float bx = seat == Seat::left ? frame.x(0.5f) - frame.gap / 2 - button_w : frame.x(0.5f) + frame.gap / 2;
        add_button(list, context, {bx, y, button_w, context.button_height()}, spec);
    }
    // One partner said yes: the other is named, calmly, with their own key.
    if (meeting.agreed[0] != meeting.agreed[1]) {
        const Seat waiting = meeting.agreed[0] ? Seat::right : Seat::left;
        // Below the buttons' key hints, so that the line never runs into them.
        y += context.button_height() + frame.size(0.004f) + context.hint_height() + frame.gap * 0.5f;
        const std::string text = fill(words.meeting_waiting,
                                      {{"name", context.name(waiting)}, {"key", key_text(context, yes_key(waiting))}});
        fitted = fit_lines(context, text, hint.size, width, 2);
        add_text(list, {x, y, width, fitted.height}, fitted, hint, "meeting-waiting");
    }
    ButtonSpec skip;
    skip.label = skip_label(words);
    skip.ui = UiAction::meeting_skip;
    skip.role = "meeting-skip";
    skip.key = words.key_escape;
    add_button(list, context, footer_left(context, button_width(context, skip.label, frame.x(0.18f), frame.x(0.4f))),
               skip);
}

std::string next_meeting_words(const Words& words, const NextMeeting& meeting) {
    switch (meeting.stage) {
        case MeetingStage::agreed:
            return fill(words.meeting_agreed, {{"date", day_words(words, meeting.day)}});
        case MeetingStage::skipped:
            return words.meeting_skipped;
        case MeetingStage::asking:
            break;
    }
    return "";
}

}  // namespace attune::view
