// The pause: a calm screen of its own. It never says who called the pause.
// During the cool-down: a large countdown in a ring that empties, "back at
// 20:45", the script's message and a breathing guide, and no way to go on.
// After it: "ready" for each partner, "we need more time", "stop for today".
#include <algorithm>
#include <chrono>

#include "duration.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

std::string clock_text(Seconds time_of_day) {
    const auto minutes = (time_of_day.count() / 60) % (24 * 60);
    const auto hours = minutes / 60;
    const auto rest = minutes % 60;
    return (hours < 10 ? "0" : "") + std::to_string(hours) + ":" + (rest < 10 ? "0" : "") + std::to_string(rest);
}

// The minute at which the cool-down is over, rounded up: never promise earlier.
std::string back_at(const Context& context, const PauseView& pause) {
    const auto left = std::chrono::ceil<Seconds>(pause.cooldown_remaining);
    const auto end = context.in.time_of_day + left;
    const auto rounded = Seconds{(end.count() + 59) / 60 * 60};
    return fill(context.words().back_at, {{"time", clock_text(rounded)}});
}

void add_cooldown(DisplayList& list, const Context& context, Rect column, const PauseView& pause) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float line = frame.size(theme.body_size) * 1.4f;
    const float radius = std::max(0.0f, std::min({frame.y(0.25f), column.w / 2, (column.h - 2 * line - frame.gap) / 2}));
    const float cx = column.x + column.w / 2;
    const float cy = column.y + radius;

    DiskItem ring;
    ring.cx = cx;
    ring.cy = cy;
    ring.radius = radius;
    ring.thickness = radius * 0.08f;
    const double total = std::chrono::duration<double>(pause.cooldown_total).count();
    const double left = static_cast<double>(std::chrono::ceil<Seconds>(pause.cooldown_remaining).count());
    ring.fraction = total > 0 ? static_cast<float>(std::clamp(left / total, 0.0, 1.0)) : 0.0f;
    ring.color = theme.pause_accent;
    ring.track = theme.surface;
    ring.role = "cooldown-disk";
    list.items.emplace_back(ring);

    const std::string digits = format_countdown(std::chrono::ceil<Seconds>(pause.cooldown_remaining));
    const float inner = (radius - ring.thickness) * 2 * 0.86f;
    TextStyle style;
    style.size = std::min(fit_line(digits, frame.size(theme.countdown_size), inner), radius * 0.9f);
    style.color = theme.text;
    style.align = Align::center;
    style.weight = FontWeight::semibold;
    add_text(list, {cx - inner / 2, cy - style.size * 0.65f, inner, style.size * 1.3f}, digits, style, "cooldown");

    const float width = std::max(2 * radius, column.w);
    TextStyle caption = small_style(context, Align::center);
    add_text(list, {cx - width / 2, cy + radius + frame.gap * 0.5f, width, line}, context.words().cooldown_caption,
             caption, "cooldown-caption");
    TextStyle at = body_style(context, Align::center);
    at.wrap = false;
    add_text(list, {cx - width / 2, cy + radius + frame.gap * 0.5f + line, width, line}, back_at(context, pause), at,
             "back-at");
}

void add_ready(DisplayList& list, const Context& context, Rect column, const PauseView& pause) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    TextStyle heading = heading_style(context, Align::center);
    const Rect heading_box{column.x, column.y, column.w, heading.size * 2.8f};
    heading.size = fit_wrapped(words.cooldown_over, heading.size, heading_box);
    add_text(list, heading_box, words.cooldown_over, heading, "cooldown-over");

    const float height = context.button_height() * 1.2f;
    float y = heading_box.y + heading_box.h + frame.gap;
    for (Seat seat : {Seat::left, Seat::right}) {
        const bool ready = pause.ready[index_of(seat)];
        ButtonSpec spec;
        spec.label = fill(ready ? words.is_ready : words.ready, {{"name", context.name(seat)}});
        spec.command = cmd::Ready{seat};
        spec.primary = !ready && !pause.suggest_stop;
        spec.chosen = ready;
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = seat == Seat::left ? "ready-left" : "ready-right";
        spec.key = key_text(context, yes_key(seat));
        add_button(list, context, {column.x, y, column.w, height}, spec);
        y += height + context.hint_height() + frame.gap * 0.6f;
    }
    if (context.script().pause.resume == Quorum::either) {
        const float small = frame.size(theme.small_size);
        add_text(list, {column.x, y, column.w, small * 1.5f}, words.either_ready, small_style(context, Align::center),
                 "quorum-hint");
    }
}

// The left column: heading, message, signal, the suggestion to stop, breathing.
void add_words(DisplayList& list, const Context& context, Rect column, const PauseView& pause) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Script& script = context.script();

    TextStyle heading = heading_style(context);
    heading.wrap = false;
    heading.size = fit_line(words.pause_heading, heading.size, column.w);
    const Rect heading_box{column.x, column.y, column.w, heading.size * 1.4f};
    add_text(list, heading_box, words.pause_heading, heading, "pause-heading");
    float y = heading_box.y + heading_box.h + frame.gap * 0.5f;

    const std::string& message = script.pause.message.empty() ? words.default_cooldown_message : script.pause.message;
    const Rect message_box{column.x, y, column.w, frame.y(0.2f)};
    TextStyle body = body_style(context);
    body.size = fit_wrapped(message, body.size, message_box);
    add_text(list, message_box, message, body, "pause-message");
    y = message_box.y + message_box.h;

    const float small = frame.size(theme.small_size);
    if (!script.pause.signal.empty()) {
        const std::string signal = fill(words.signal_reminder, {{"signal", script.pause.signal}});
        TextStyle style = small_style(context);
        style.size = fit_line(signal, small, column.w);
        add_text(list, {column.x, y, column.w, small * 1.5f}, signal, style, "pause-signal");
    }
    y += small * 1.5f + frame.gap * 0.5f;

    if (pause.suggest_stop) {
        const std::string text = fill(words.suggest_stop, {{"n", std::to_string(pause.count)}});
        const Rect box{column.x, y, column.w, frame.y(0.11f)};
        TextStyle style = body_style(context);
        style.size = fit_wrapped(text, style.size, box);
        add_text(list, box, text, style, "suggest-stop");
        y = box.y + box.h + frame.gap * 0.5f;
    }

    // The breathing guide fills what is left of the column.
    const auto& breath = context.snapshot().breath;
    const float room = column.y + column.h - y;
    if (breath && room > frame.y(0.1f)) {
        const float radius = std::min(room / 2, frame.y(0.09f));
        const float cx = column.x + radius;
        const float cy = y + room / 2;
        add_breath(list, cx, cy, radius, *breath, theme.pause_accent);
        TextStyle style = body_style(context);
        style.wrap = false;
        const std::string phase = breath_words(words, breath->phase);
        add_text(list, {cx + radius + frame.gap, cy - style.size * 0.7f, column.w - 2 * radius - frame.gap,
                        style.size * 1.4f},
                 phase, style, "breath-phase");
    }
}

}  // namespace

void build_pause(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const PauseView pause = context.snapshot().pause.value_or(PauseView{});
    list.background = context.theme().pause_background;
    add_header(list, context, "");

    const Rect body = context.body();
    const float split = frame.x(0.56f);
    const Rect left{body.x, body.y, split - body.x - frame.gap, body.h};
    const Rect right{split + frame.gap, body.y, body.x + body.w - split - frame.gap, body.h};
    add_words(list, context, left, pause);
    if (pause.can_resume)
        add_ready(list, context, right, pause);
    else
        add_cooldown(list, context, right, pause);

    // Stopping for today is always open; it is the main action once
    // the pause count suggests it.
    ButtonSpec stop;
    stop.label = words.stop_for_today;
    stop.command = cmd::StopForToday{};
    stop.primary = pause.suggest_stop;
    stop.role = "stop";
    stop.key = key_text(context, stop_key);
    add_button(list, context,
               footer_left(context, button_width(context, words.stop_for_today, frame.x(0.2f), frame.x(0.32f))),
               stop);
    if (pause.can_resume) {
        ButtonSpec more;
        more.label = words.need_more_time;
        more.command = cmd::MoreTime{Seat::left};  // a shared button: the seat is never shown
        more.role = "more-time";
        more.key = key_pair_text(context, other_key(Seat::left), other_key(Seat::right));
        add_button(list, context,
                   footer_right(context, button_width(context, words.need_more_time, frame.x(0.22f), frame.x(0.36f))),
                   more);
    }
}

}  // namespace attune::view
