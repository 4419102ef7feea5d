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

float add_line(DisplayList& list, Rect column, float y, const std::string& text,
               TextStyle style, const std::string& role) {
    style.wrap = false;
    style.size = fit_line(text, style.size, column.w);
    const float height = style.size * 1.45f;
    add_text(list, {column.x, y, column.w, height}, text, style, role);
    return y + height;
}

float add_balance(DisplayList& list, const Context& context, Rect column, float y) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const SessionRecord& record = context.in.record;
    y = add_line(list, column, y, context.words().speaking_time, small_style(context), "speaking-heading");

    const double left = std::chrono::duration<double>(record.speaking[0]).count();
    const double right = std::chrono::duration<double>(record.speaking[1]).count();
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
        const std::string text = context.name(seat) + "  " + clock(record.speaking[index_of(seat)]);
        TextStyle style = body_style(context, seat == Seat::left ? Align::left : Align::right);
        style.wrap = false;
        style.color = theme.partner(seat);
        style.size = fit_line(text, style.size, half - frame.gap);
        const float x = seat == Seat::left ? column.x : column.x + half;
        add_text(list, {x, y, half, style.size * 1.45f}, text, style,
                 seat == Seat::left ? "speaking-left" : "speaking-right");
    }
    return y + frame.size(context.theme().body_size) * 1.45f;
}

// One line per check-in question: "How calm do you feel?  Sam 4/5 · Alex 3/5".
std::vector<std::string> checkin_lines(const Context& context) {
    const auto& checkins = context.in.record.checkins;
    std::vector<std::string> lines;
    std::size_t i = 0;
    while (i < checkins.size()) {
        std::string line = checkins[i].question + " ";
        std::size_t j = i;
        for (; j < checkins.size() && checkins[j].item == checkins[i].item &&
               checkins[j].question == checkins[i].question && j - i < 2;
             ++j) {
            line += (j > i ? " · " : " ") + context.name(checkins[j].seat) + " " + std::to_string(checkins[j].value) +
                    "/" + std::to_string(checkins[j].scale);
        }
        lines.push_back(line);
        i = j;
    }
    return lines;
}

void add_lists(DisplayList& list, const Context& context, Rect column) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const float bottom = column.y + column.h;
    const float body = frame.size(context.theme().body_size);
    float y = column.y;

    const auto checkins = checkin_lines(context);
    if (!checkins.empty()) {
        y = add_line(list, column, y, words.checkins, small_style(context), "checkins-heading");
        for (const auto& line : checkins) {
            if (y + body * 1.45f > bottom) break;
            y = add_line(list, column, y, line, body_style(context), "summary-checkin");
        }
        y += frame.gap * 0.5f;
    }
    if (!record.agreements.empty() && y + 2 * body < bottom) {
        y = add_line(list, column, y, words.agreements, small_style(context), "agreements-heading");
        for (const auto& agreement : record.agreements) {
            const std::string text = agreement.text.empty() ? words.agreed_aloud : "“" + agreement.text + "”";
            const float height = std::min({bottom - y, body * 1.3f * 3, text_height(text, body, column.w)});
            if (height < body * 1.3f) break;
            const Rect box{column.x, y, column.w, height};
            TextStyle style = body_style(context);
            style.size = fit_wrapped(text, style.size, box);
            add_text(list, box, text, style, "summary-agreement");
            y += height + frame.size(0.01f);
        }
    }
}

}  // namespace

void build_summary(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const auto reason = context.snapshot().finish ? context.snapshot().finish : record.finish;
    add_header(list, context, "");

    const Rect body = context.body();
    const std::string heading = reason == FinishReason::stopped_for_today ? words.summary_stopped : words.summary_heading;
    TextStyle heading_text = heading_style(context, Align::center);
    heading_text.size = frame.size(context.theme().title_size);
    heading_text.weight = FontWeight::bold;
    const Rect heading_box{body.x, body.y, body.w, frame.y(0.11f)};
    heading_text.size = fit_wrapped(heading, heading_text.size, heading_box);
    add_text(list, heading_box, heading, heading_text, "summary-heading");

    const float top = heading_box.y + heading_box.h + frame.gap;
    const Rect left{body.x, top, frame.x(0.44f), body.y + body.h - top};
    const Rect right{frame.x(0.52f), top, body.x + body.w - frame.x(0.52f), body.y + body.h - top};

    float y = left.y;
    const std::string items = fill(words.items_done, {{"n", std::to_string(record.items_done.size())},
                                                      {"total", std::to_string(context.script().agenda.size())}});
    y = add_line(list, left, y, items, body_style(context), "summary-items");
    y = add_line(list, left, y, fill(words.time_together, {{"time", clock(record.total)}}),
                 body_style(context), "summary-time");
    Duration paused{0};
    for (const auto& pause : record.pauses) paused += pause.length;
    const std::string pauses = record.pauses.empty()
                                   ? words.pauses_none
                                   : fill(words.pauses_count, {{"n", std::to_string(record.pauses.size())},
                                                               {"time", clock(paused)}});
    y = add_line(list, left, y, pauses, body_style(context), "summary-pauses");
    add_balance(list, context, left, y + frame.gap);
    add_lists(list, context, right);

    const std::string close = fill(words.close_hint, {{"ctrl", words.key_ctrl}});
    const Rect footer = context.footer();
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), footer.w, context.hint_height()}, close,
             small_style(context, Align::center), "close-hint");
}

}  // namespace attune::view
