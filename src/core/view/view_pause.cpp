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
    // Under the ring: "until you can go on", then "Back at 20:45" large
    // enough to read from the sofa: it is what the two of them plan by.
    const float caption_height = frame.size(theme.small_size) * 1.5f;
    const float back_size = frame.size(theme.heading_size) * 0.85f;
    const float back_height = back_size * 1.4f;
    const float words_height = frame.gap * 0.5f + caption_height + back_height;
    const float radius = std::max(0.0f, std::min({frame.y(0.25f), column.w / 2, (column.h - words_height) / 2}));
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
    list.changes_after(until_next_countdown_second(pause.cooldown_remaining));

    const std::string digits = format_countdown(std::chrono::ceil<Seconds>(pause.cooldown_remaining));
    const float inner = (radius - ring.thickness) * 2 * 0.86f;
    TextStyle style;
    style.size = std::min(fit_line(context, digits, frame.size(theme.countdown_size), inner, 0, FontWeight::semibold),
                          radius * 0.9f);
    style.color = theme.text;
    style.align = Align::center;
    style.weight = FontWeight::semibold;
    add_text(list, {cx - inner / 2, cy - style.size * 0.65f, inner, style.size * 1.3f}, digits, style, "cooldown");

    const float width = std::max(2 * radius, column.w);
    float y = cy + radius + frame.gap * 0.5f;
    const Fitted caption = legible_line(context, context.words().cooldown_caption, frame.size(theme.small_size), width);
    TextStyle caption_style = small_style(context, Align::center);
    caption_style.size = caption.size;
    add_text(list, {cx - width / 2, y, width, caption_height}, caption, caption_style, "cooldown-caption");
    y += caption_height;
    const Fitted at = legible_line(context, back_at(context, pause), back_size, width);
    TextStyle at_style = body_style(context, Align::center);
    at_style.wrap = false;
    at_style.size = at.size;
    at_style.weight = FontWeight::semibold;
    add_text(list, {cx - width / 2, y, width, back_height}, at, at_style, "back-at");
}

void add_ready(DisplayList& list, const Context& context, Rect column, const PauseView& pause) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    TextStyle heading = heading_style(context, Align::center);
    const Rect heading_box{column.x, column.y, column.w, heading.size * 2.8f};
    heading.size =
        fit_wrapped(context, words.cooldown_over, heading.size, heading_box, frame.legible(), heading.weight);
    add_text(list, heading_box, words.cooldown_over, heading, "cooldown-over");

    // Who is ready shows as done (a quiet pill with a check mark); who is
    // not yet has a button that says it in their words: "I'm ready".
    const float height = context.button_height() * 1.2f;
    float y = heading_box.y + heading_box.h + frame.gap;
    for (Seat seat : {Seat::left, Seat::right}) {
        const std::string role = seat == Seat::left ? "ready-left" : "ready-right";
        const Rect box{column.x, y, column.w, height};
        if (pause.ready[index_of(seat)]) {
            add_done(list, context, box, words.is_ready, context.name(seat), theme.partner(seat), role);
        } else {
            ButtonSpec spec;
            spec.label = fill(words.ready, {{"name", context.name(seat)}});
            spec.command = cmd::Ready{seat};
            spec.primary = !pause.suggest_stop;
            spec.label_color = theme.partner(seat);
            spec.outline = theme.partner(seat);
            spec.role = role;
            spec.key = key_text(context, yes_key(seat));
            add_button(list, context, box, spec);
        }
        y += height + context.hint_height() + frame.gap * 0.6f;
    }
    if (context.script().pause.resume == Quorum::either) {
        const float small = frame.size(theme.small_size);
        const Fitted hint = legible_line(context, words.either_ready, small, column.w);
        TextStyle style = small_style(context, Align::center);
        style.size = hint.size;
        add_text(list, {column.x, y, column.w, small * 1.5f}, hint, style, "quorum-hint");
    }
}

// The left column: heading, message, signal, the suggestion to stop, and
// the breathing guide, as large as the room left allows.
void add_words(DisplayList& list, const Context& context, Rect column, const PauseView& pause) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Script& script = context.script();

    TextStyle heading = heading_style(context);
    heading.wrap = false;
    const Fitted heading_text = legible_line(context, words.pause_heading, heading.size, column.w, heading.weight);
    heading.size = heading_text.size;
    const Rect heading_box{column.x, column.y, column.w, heading.size * 1.4f};
    add_text(list, heading_box, heading_text, heading, "pause-heading");
    float y = heading_box.y + heading_box.h + frame.gap;

    const std::string& message = script.pause.message.empty() ? words.default_cooldown_message : script.pause.message;
    TextStyle body = body_style(context);
    const Rect message_room{column.x, y, column.w, frame.y(0.2f)};
    const Fitted message_text = legible_wrapped(context, message, body.size, message_room, body.weight);
    body.size = message_text.size;
    // The box only as tall as the words, so the guide below gets the rest.
    const Rect message_box{
        column.x, y, column.w,
        std::min(message_room.h, text_height(context, message_text.text, body.size, column.w, body.weight))};
    add_text(list, message_box, message_text, body, "pause-message");
    y = message_box.y + message_box.h + frame.gap * 0.5f;

    const float small = frame.size(theme.small_size);
    if (!script.pause.signal.empty()) {
        const std::string signal = fill(words.signal_reminder, {{"signal", script.pause.signal}});
        const Fitted fitted = legible_line(context, signal, small, column.w);
        TextStyle style = small_style(context);
        style.size = fitted.size;
        add_text(list, {column.x, y, column.w, small * 1.5f}, fitted, style, "pause-signal");
        y += small * 1.5f + frame.gap * 0.5f;
    }

    if (pause.suggest_stop) {
        const std::string text = fill(words.suggest_stop, {{"n", std::to_string(pause.count)}});
        TextStyle style = body_style(context);
        const Rect room{column.x, y, column.w, frame.y(0.11f)};
        const Fitted fitted = legible_wrapped(context, text, style.size, room, style.weight);
        style.size = fitted.size;
        const Rect box{column.x, y, column.w,
                       std::min(room.h, text_height(context, fitted.text, style.size, column.w, style.weight))};
        add_text(list, box, fitted, style, "suggest-stop");
        y = box.y + box.h + frame.gap * 0.5f;
    }

    // The breathing guide fills what is left of the column: a disk that
    // grows and shrinks, and the phase beside it in large words.
    const auto& breath = context.snapshot().breath;
    const float room = column.y + column.h - y;
    if (breath && room > frame.y(0.1f)) {
        const float radius = std::min(room / 2, frame.y(0.15f));
        const float cx = column.x + radius;
        const float cy = y + room / 2;
        add_breath(list, cx, cy, radius, *breath, theme.pause_accent);
        TextStyle style = heading_style(context);
        style.wrap = false;
        style.weight = FontWeight::regular;
        const float width = column.w - 2 * radius - frame.gap;
        const Fitted phase = legible_line(context, breath_words(words, breath->phase), style.size, width, style.weight);
        style.size = phase.size;
        add_text(list, {cx + radius + frame.gap, cy - style.size * 0.7f, width, style.size * 1.4f}, phase, style,
                 "breath-phase");
    }
}

}  // namespace

void build_pause(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const PauseView pause = context.snapshot().pause() ? *context.snapshot().pause() : PauseView{};
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
               footer_left(context, button_width(context, words.stop_for_today, frame.x(0.2f), frame.x(0.32f))), stop);
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
