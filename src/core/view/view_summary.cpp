// The summary: what was done, how the speaking time was shared, the pauses
// (how many, never whose), the check-in answers and the agreements.
#include <algorithm>
#include <chrono>

#include "duration.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

std::string clock(Duration value) {
    return format_countdown(std::chrono::floor<Seconds>(std::max(value, Duration{0})));
}

float add_line(DisplayList& list, const Context& context, Rect column, float y, const std::string& text,
               TextStyle style, const std::string& role) {
    style.wrap = false;
    const float height = style.size * 1.45f;
    const Fitted fitted = legible_line(context, text, style.size, column.w, style.weight);
    style.size = fitted.size;
    add_text(list, {column.x, y, column.w, height}, fitted, style, role);
    return y + height;
}

float add_balance(DisplayList& list, const Context& context, Rect column, float y) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const SessionRecord& record = context.in.record;
    y = add_line(list, context, column, y, context.words().speaking_time, small_style(context), "speaking-heading");

    const double left = std::chrono::duration<double>(speaking_time(record, Seat::left)).count();
    const double right = std::chrono::duration<double>(speaking_time(record, Seat::right)).count();
    const double total = left + right;
    const float bar_height = frame.y(0.035f);
    const float share = total > 0 ? static_cast<float>(left / total) : 0.5f;
    RectItem left_bar;
    left_bar.box = {column.x, y, column.w * share, bar_height};
    left_bar.color = total > 0 ? theme.left_partner : theme.surface;
    left_bar.role = "balance-left";
    RectItem right_bar;
    right_bar.box = {column.x + column.w * share, y, column.w * (1 - share), bar_height};
    right_bar.color = total > 0 ? theme.right_partner : theme.surface;
    right_bar.role = "balance-right";
    list.items.emplace_back(left_bar);
    list.items.emplace_back(right_bar);
    y += bar_height + frame.size(0.008f);

    const float half = column.w / 2;
    for (Seat seat : {Seat::left, Seat::right}) {
        // A long name gives way, never the time.
        const std::string time = "  " + clock(speaking_time(record, seat));
        TextStyle style = body_style(context, seat == Seat::left ? Align::left : Align::right);
        style.wrap = false;
        style.color = theme.partner(seat);
        const float room = half - frame.gap - text_width(context, time, style.size);
        const Fitted name = legible_line(context, context.name(seat), style.size, room, style.weight);
        style.size = name.size;
        const float x = seat == Seat::left ? column.x : column.x + half;
        add_text(list, {x, y, half, style.size * 1.45f}, name.text + time, style,
                 seat == Seat::left ? "speaking-left" : "speaking-right");
    }
    return y + frame.size(context.theme().body_size) * 1.45f;
}

// A check-in question and each partner's answer, "Sam 4/5".
struct CheckinEntry {
    std::string question;
    std::vector<std::pair<Seat, std::string>> answers;
};

std::vector<CheckinEntry> checkin_entries(const Context& context) {
    const auto& checkins = context.in.record.checkins;
    std::vector<CheckinEntry> entries;
    std::size_t i = 0;
    while (i < checkins.size()) {
        CheckinEntry entry{checkins[i].question, {}};
        std::size_t j = i;
        for (; j < checkins.size() && checkins[j].item == checkins[i].item &&
               checkins[j].question == checkins[i].question && j - i < 2;
             ++j) {
            entry.answers.emplace_back(checkins[j].seat, context.name(checkins[j].seat) + " " +
                                                             std::to_string(checkins[j].value) + "/" +
                                                             std::to_string(checkins[j].scale));
        }
        entries.push_back(std::move(entry));
        i = j;
    }
    return entries;
}

// "… (+2)" when more did not fit: nothing is silently left out.
float add_more(DisplayList& list, const Context& context, Rect column, float y, std::size_t left_out) {
    const float small = context.frame.size(context.theme().small_size);
    add_text(list, {column.x, y, column.w, small * 1.5f}, "… (+" + std::to_string(left_out) + ")", small_style(context),
             "summary-more");
    return y + small * 1.5f;
}

struct Placed {
    float y = 0;
    std::size_t next = 0;  // the first entry not placed
};

// Each check-in on two lines: the question (quiet) and the answers, each
// partner's in their colour, at a size read from across the room. Places
// entries from `first` while they fit above `bottom`; with `last_column` it
// ends with "… (+n)" for those that did not.
Placed add_checkins(DisplayList& list, const Context& context, Rect column, float y,
                    const std::vector<CheckinEntry>& entries, std::size_t first, bool last_column) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float bottom = column.y + column.h;
    const float small = frame.size(theme.small_size);
    const float body = frame.size(theme.body_size);
    const float more = small * 1.5f;
    const float needed = small * 1.45f + body * 1.45f;
    if (first >= entries.size()) return {y, first};
    // The heading starts the list, and again the right column when the list
    // goes on there: a question there alone would not say what it is.
    const bool heading = first == 0 || last_column;
    if (y + (heading ? small * 1.45f : 0) + needed > bottom) {
        if (last_column) y = add_more(list, context, column, y, entries.size() - first);
        return {y, last_column ? entries.size() : first};
    }
    if (heading)
        y = add_line(list, context, column, y, context.words().checkins, small_style(context), "checkins-heading");
    for (std::size_t i = first; i < entries.size(); ++i) {
        const bool last = i + 1 == entries.size();
        if (y + needed + (last || !last_column ? 0 : more) > bottom) {
            if (!last_column) return {y, i};
            return {add_more(list, context, column, y, entries.size() - i), entries.size()};
        }
        const Fitted question = legible_line(context, entries[i].question, small, column.w);
        TextStyle question_style = small_style(context);
        question_style.size = question.size;
        question_style.color = theme.text;
        add_text(list, {column.x, y, column.w, small * 1.45f}, question, question_style, "summary-checkin");
        y += small * 1.45f;
        float x = column.x;
        for (const auto& [seat, answer] : entries[i].answers) {
            TextStyle style = body_style(context);
            style.wrap = false;
            style.color = theme.partner(seat);
            const float room = column.x + column.w - x;
            const Fitted fitted = legible_line(context, answer, body, room);
            style.size = fitted.size;
            const float width = std::min(room, text_width(context, fitted.text, fitted.size));
            add_text(list, {x, y, width, body * 1.45f}, fitted, style,
                     seat == Seat::left ? "summary-checkin-left" : "summary-checkin-right");
            x += width + frame.gap * 1.5f;
        }
        y += body * 1.45f + frame.size(0.008f);
    }
    return {y, entries.size()};
}

// The right column: the check-ins the left one had no room for, then the
// agreements, the session's take-away.
void add_lists(DisplayList& list, const Context& context, Rect column, const std::vector<CheckinEntry>& entries,
               std::size_t first) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const float bottom = column.y + column.h;
    const float body = frame.size(context.theme().body_size);
    const float more = frame.size(context.theme().small_size) * 1.5f;

    float y = add_checkins(list, context, column, column.y, entries, first, true).y;
    if (y > column.y) y += frame.gap * 0.5f;
    if (record.agreements.empty()) return;
    if (y + 2 * body > bottom) {
        add_more(list, context, column, y, record.agreements.size());
        return;
    }
    y = add_line(list, context, column, y, words.agreements, small_style(context), "agreements-heading");
    for (std::size_t i = 0; i < record.agreements.size(); ++i) {
        const auto& agreement = record.agreements[i];
        const std::string text = agreement.text.empty() ? words.agreed_aloud : "“" + agreement.text + "”";
        const bool last = i + 1 == record.agreements.size();
        const float room = bottom - y - (last ? 0 : more);
        const float height = std::min({room, body * 1.3f * 3, text_height(context, text, body, column.w)});
        if (height < body * 1.3f) {
            add_more(list, context, column, y, record.agreements.size() - i);
            return;
        }
        const Rect box{column.x, y, column.w, height};
        TextStyle style = body_style(context);
        const Fitted fitted = legible_wrapped(context, text, style.size, box, style.weight);
        style.size = fitted.size;
        add_text(list, box, fitted, style, "summary-agreement");
        y += height + frame.size(0.01f);
    }
}

}  // namespace

void build_summary(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const auto reason = context.snapshot().finish() ? context.snapshot().finish() : record.finish;
    add_header(list, context, "");

    const Rect body = context.body();
    const std::string heading =
        reason == FinishReason::stopped_for_today ? words.summary_stopped : words.summary_heading;
    TextStyle heading_text = heading_style(context, Align::center);
    heading_text.size = frame.size(context.theme().title_size);
    heading_text.weight = FontWeight::bold;
    const Rect heading_box{body.x, body.y, body.w, frame.y(0.11f)};
    heading_text.size = fit_wrapped(context, heading, heading_text.size, heading_box, 0, heading_text.weight);
    add_text(list, heading_box, heading, heading_text, "summary-heading");

    const float top = heading_box.y + heading_box.h + frame.gap;
    const Rect left{body.x, top, frame.x(0.44f), body.y + body.h - top};
    const Rect right{frame.x(0.52f), top, body.x + body.w - frame.x(0.52f), body.y + body.h - top};

    float y = left.y;
    const std::string items = fill(words.items_done, {{"n", std::to_string(record.items_done.size())},
                                                      {"total", std::to_string(context.script().agenda.size())}});
    y = add_line(list, context, left, y, items, body_style(context), "summary-items");
    y = add_line(list, context, left, y, fill(words.time_together, {{"time", clock(total_time(record))}}),
                 body_style(context), "summary-time");
    const Duration paused = paused_time(record);
    const std::string pauses =
        record.pauses.empty()
            ? words.pauses_none
            : fill(words.pauses_count, {{"n", std::to_string(record.pauses.size())}, {"time", clock(paused)}});
    y = add_line(list, context, left, y, pauses, body_style(context), "summary-pauses");
    y = add_balance(list, context, left, y + frame.gap);
    // Check-ins fill the left column under the balance; what does not fit
    // goes on at the top of the right one.
    const auto entries = checkin_entries(context);
    const std::size_t placed = add_checkins(list, context, left, y + frame.gap, entries, 0, false).next;
    add_lists(list, context, right, entries, placed);

    const std::string close = fill(words.close_hint, {{"ctrl", words.key_ctrl}});
    const Rect footer = context.footer();
    float close_width = footer.w;
    if (context.in.config.from_picker()) {
        // Picked from the list: Next leads back to it, for another conversation.
        ButtonSpec back;
        back.label = words.back_to_picker;
        back.ui = UiAction::to_picker;
        back.primary = true;
        back.role = "to-picker";
        // Both partners' keys: one clicker press never throws the summary away.
        back.key = key_text(context, yes_key(Seat::left)) + " + " + key_text(context, yes_key(Seat::right));
        const float width = button_width(context, back.label, frame.x(0.2f), frame.x(0.4f));
        add_button(list, context, footer_right(context, width), back);
        close_width = footer.w - width - frame.gap;
    }
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), close_width, context.hint_height()}, close,
             small_style(context, Align::center), "close-hint");
}

}  // namespace attune::view
