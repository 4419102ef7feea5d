// A check-in: the question, a scale for whoever answers now, and for each
// partner only whether they have answered (the values stay off the screen
// until the summary, or for good when the script says `reveal: false`).
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {

void build_checkin_offer(DisplayList& list, const Context& context);

void build_checkin(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    add_header(list, context, item_title(context));
    const Step* step = current_step(context.script(), snapshot);
    const auto* checkin = step ? std::get_if<CheckinStep>(&step->body) : nullptr;
    if (!checkin) return;
    if (snapshot.checkin_ask == CheckinAsk::still_low) {
        build_checkin_offer(list, context);
        return;
    }
    const Rect body = context.body();

    const Rect question_box{body.x, body.y, body.w, frame.y(0.16f)};
    TextStyle question = heading_style(context, Align::center);
    const Fitted question_text =
        legible_wrapped(context, checkin->question, question.size, question_box, question.weight);
    question.size = question_text.size;
    add_text(list, question_box, question_text, question, "question");

    const Seat seat = snapshot.floor;
    TextStyle whose_style = heading_style(context, Align::center);
    whose_style.color = theme.partner(seat);
    whose_style.wrap = false;
    const Fitted whose =
        legible_with_name(context, words.your_answer, context.name(seat), whose_style.size, body.w, whose_style.weight);
    whose_style.size = whose.size;
    const Rect whose_box{body.x, question_box.y + question_box.h + frame.gap * 0.5f, body.w, whose_style.size * 1.4f};
    add_text(list, whose_box, whose, whose_style, "floor");

    // The scale: one square-ish button per answer, in a row.
    const int scale = std::clamp(checkin->scale, 1, 10);
    const float spacing = frame.gap * 0.7f;
    const float row_width = frame.x(0.8f);
    const float size = std::min(context.button_height() * 1.5f,
                                (row_width - spacing * static_cast<float>(scale - 1)) / static_cast<float>(scale));
    const float total = size * static_cast<float>(scale) + spacing * static_cast<float>(scale - 1);
    const float row_y = whose_box.y + whose_box.h + frame.gap;
    for (int value = 1; value <= scale; ++value) {
        ButtonSpec spec;
        spec.label = std::to_string(value);
        spec.command = cmd::Answer{seat, value};
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = "answer-" + spec.label;
        // The only answer whose key is not its label. (assign: GCC 12 warns
        // falsely of an overlap, -Wrestrict, for `= "0"` here.)
        if (value == 10) spec.key.assign(1, '0');
        const float x = frame.x(0.5f) - total / 2 + static_cast<float>(value - 1) * (size + spacing);
        add_button(list, context, {x, row_y, size, size}, spec);
    }
    const float small = frame.size(theme.small_size);
    const std::string ends =
        fill(words.scale_ends, {{"low", words.scale_low}, {"high", words.scale_high}, {"n", std::to_string(scale)}});
    const Rect ends_box{body.x, row_y + size + context.hint_height() + frame.size(0.004f), body.w, small * 1.5f};
    add_text(list, ends_box, ends, small_style(context, Align::center), "scale-ends");
    if (snapshot.checkin_ask == CheckinAsk::again) {
        // Said once, above the status: why the same question comes again.
        const Rect again_box{body.x, ends_box.y + ends_box.h, body.w, small * 1.5f};
        TextStyle again = small_style(context, Align::center);
        again.color = theme.muted_text;
        add_text(list, again_box, words.checkin_again, again, "asked-again");
    }

    // What becomes of the answers, said before anyone gives one.
    const Rect reveal_box{body.x, ends_box.y + ends_box.h, body.w, small * 1.5f};
    TextStyle reveal_style = small_style(context, Align::center);
    const std::string& reveal_text = checkin->reveal ? words.reveal_together : words.reveal_never;
    const Fitted reveal = legible_line(context, reveal_text, reveal_style.size, body.w);
    reveal_style.size = reveal.size;
    add_text(list, reveal_box, reveal, reveal_style, "checkin-reveal");

    // Who has answered, never what.
    const float status_y = std::min(reveal_box.y + reveal_box.h + frame.gap, body.y + body.h - small * 1.8f);
    for (Seat each : {Seat::left, Seat::right}) {
        const bool answered = snapshot.answers[index_of(each)].has_value();
        TextStyle style = body_style(context, each == Seat::left ? Align::right : Align::left);
        style.wrap = false;
        style.color = answered ? theme.partner(each) : theme.muted_text;
        const float half = body.w / 2 - frame.gap;
        const Fitted text = legible_with_name(context, answered ? words.answered : words.waiting, context.name(each),
                                              frame.size(theme.small_size) * 1.15f, half);
        style.size = text.size;
        const float x = each == Seat::left ? body.x : frame.x(0.5f) + frame.gap;
        add_text(list, {x, status_y, half, small * 1.8f}, text, style,
                 each == Seat::left ? "status-left" : "status-right");
    }
    add_pause_button(list, context);
}

// Asked again after a pause, an answer is still low: the partners choose
// between another pause, stopping for today and going on. Nothing says
// whose answer it was, and no choice is made for them.
void build_checkin_offer(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    add_header(list, context, item_title(context));
    const Rect body = context.body();

    const Rect heading_box{body.x, body.y, body.w, frame.y(0.12f)};
    TextStyle heading = heading_style(context, Align::center);
    const Fitted heading_text =
        legible_wrapped(context, words.checkin_still_low, heading.size, heading_box, heading.weight);
    heading.size = heading_text.size;
    add_text(list, heading_box, heading_text, heading, "still-low");

    const Rect offer_box{body.x, heading_box.y + heading_box.h, body.w, frame.y(0.1f)};
    TextStyle offer = body_style(context, Align::center);
    offer.color = theme.muted_text;
    const Fitted offer_text = legible_wrapped(context, words.checkin_offer, offer.size, offer_box, offer.weight);
    offer.size = offer_text.size;
    add_text(list, offer_box, offer_text, offer, "still-low-offer");

    // Another pause and stopping for today, side by side, both plain buttons.
    const float height = context.button_height();
    const float row_y = offer_box.y + offer_box.h + frame.gap;
    ButtonSpec pause;
    pause.label = words.pause_again;
    pause.command = cmd::Pause{Seat::left};  // a shared button: the seat is never shown
    pause.role = "pause-again";
    pause.key = key_text(context, pause_key);
    add_button(list, context, {frame.x(0.12f), row_y, frame.x(0.34f), height}, pause);
    ButtonSpec stop;
    stop.label = words.stop_for_today;
    stop.command = cmd::StopForToday{};
    stop.role = "stop";
    stop.key = key_text(context, stop_key);
    add_button(list, context, {frame.x(0.54f), row_y, frame.x(0.34f), height}, stop);

    // Going on, each partner with their own key.
    const float go_y = row_y + height + context.hint_height() + frame.gap;
    for (Seat seat : {Seat::left, Seat::right}) {
        const Rect box{seat == Seat::left ? frame.x(0.12f) : frame.x(0.54f), go_y, frame.x(0.34f), height};
        const std::string role = seat == Seat::left ? "go-on-left" : "go-on-right";
        if (snapshot.going_on[index_of(seat)]) {
            add_done(list, context, box, words.going_on, context.name(seat), theme.partner(seat), role);
            continue;
        }
        ButtonSpec spec;
        spec.label = fill(words.go_on, {{"name", context.name(seat)}});
        spec.command = cmd::Ready{seat};
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = role;
        spec.key = key_text(context, yes_key(seat));
        add_button(list, context, box, spec);
    }
}

}  // namespace attune::view
