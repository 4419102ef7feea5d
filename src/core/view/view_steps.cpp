// The quieter steps: a text to read (say), a breathing guide, a choice of
// where to go next.
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {
namespace {

constexpr float corner_radius = 0.07f;  // of the screen height

// A small countdown in the body's top right corner, for steps that go on
// by themselves (a timed say, breathing): there, time is not the point.
void add_corner_countdown(DisplayList& list, const Context& context) {
    const auto& timer = context.snapshot().timer;
    if (!timer) return;
    const Rect body = context.body();
    const float radius = context.frame.y(corner_radius);
    add_countdown(list, context, body.x + body.w - radius, body.y + radius, radius, *timer, 0);
}

}  // namespace

void build_say(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    add_header(list, context, item_title(context));
    const Step* step = current_step(context.script(), context.snapshot());
    const auto* say = step ? std::get_if<SayStep>(&step->body) : nullptr;
    const std::string text = say ? say->text : std::string();

    const Rect body = context.body();
    // Centred, and clear of the corner countdown on narrower screens.
    const float ring_left = body.x + body.w - 2 * frame.y(corner_radius);
    const float half = std::min(frame.x(0.38f), ring_left - frame.gap - frame.x(0.5f));
    const Rect box{frame.x(0.5f) - half, body.y + frame.y(0.06f), 2 * half, body.h - frame.y(0.12f)};
    TextStyle style = heading_style(context, Align::center);
    style.weight = FontWeight::regular;
    const Fitted fitted = legible_wrapped(context, text, style.size, box, style.weight);
    style.size = fitted.size;
    add_text(list, box, fitted, style, "say");

    add_corner_countdown(list, context);
    add_pause_button(list, context);
    add_next_button(list, context, context.words().next);
}

void build_breathe(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    add_header(list, context, item_title(context));
    const Rect body = context.body();
    const float word_height = frame.size(context.theme().heading_size) * 1.4f;
    const float radius = std::min(frame.y(0.26f), (body.h - word_height - frame.gap) / 2);
    const float cx = frame.x(0.5f);
    const float cy = body.y + radius;
    if (const auto& breath = context.snapshot().breath) {
        add_breath(list, cx, cy, radius, *breath, context.theme().accent);
        const std::string words = breath_words(context.words(), breath->phase);
        add_text(list, {body.x, cy + radius + frame.gap, body.w, word_height}, words,
                 heading_style(context, Align::center), "breath-phase");
    }
    add_corner_countdown(list, context);
    add_pause_button(list, context);
    add_next_button(list, context, context.words().next);
}

// A choice affects both, so each partner has a column of their own buttons
// (a click cannot tell who made it) and their own keys. Each pick is shown
// in words under the question until both are the same; nothing marks who
// "held it up".
void build_choice(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const Theme& theme = context.theme();
    const Snapshot& snapshot = context.snapshot();
    add_header(list, context, item_title(context));
    const Step* step = current_step(context.script(), snapshot);
    const auto* choice = step ? std::get_if<ChoiceStep>(&step->body) : nullptr;
    if (!choice) return;

    const Rect body = context.body();
    const Rect question_box{body.x, body.y, body.w, frame.y(0.13f)};
    TextStyle question = heading_style(context, Align::center);
    const Fitted question_text =
        legible_wrapped(context, choice->question, question.size, question_box, question.weight);
    question.size = question_text.size;
    add_text(list, question_box, question_text, question, "question");
    const float small = frame.size(context.theme().small_size);
    const std::string move = key_text(context, other_key(Seat::left)) + "/" + key_text(context, other_key(Seat::right));
    const std::string pick = key_text(context, yes_key(Seat::left)) + "/" + key_text(context, yes_key(Seat::right));
    const std::string hint = fill(words.choose_hint, {{"move", move}, {"pick", pick}});
    const Rect hint_box{body.x, question_box.y + question_box.h, body.w, small * 2.8f};
    TextStyle hint_style = small_style(context, Align::center);
    const Fitted hint_text = legible_wrapped(context, hint, hint_style.size, hint_box, hint_style.weight);
    hint_style.size = hint_text.size;
    add_text(list, hint_box, hint_text, hint_style, "choose-hint");

    // Where each partner stands, in words.
    const std::size_t count = std::min<std::size_t>(choice->options.size(), 9);
    float y = hint_box.y + hint_box.h;
    const float line = small * 1.5f;
    for (const Seat seat : {Seat::left, Seat::right}) {
        const auto& pick_of = snapshot.picks[index_of(seat)];
        const std::string& name = context.name(seat);
        const std::string text =
            pick_of && *pick_of < choice->options.size()
                ? fill(words.choice_picked, {{"name", name}, {"option", choice->options[*pick_of].label}})
                : fill(words.choice_waiting, {{"name", name}});
        TextStyle style = small_style(context, Align::center);
        style.color = theme.partner(seat);
        const Fitted fitted = legible_line(context, text, style.size, body.w, style.weight);
        style.size = fitted.size;
        add_text(list, {body.x, y, body.w, line}, fitted, style, seat == Seat::left ? "pick-left" : "pick-right");
        y += line;
    }
    if (snapshot.picks[0] && snapshot.picks[1] && snapshot.picks[0] != snapshot.picks[1]) {
        TextStyle style = small_style(context, Align::center);
        style.color = theme.muted_text;
        add_text(list, {body.x, y, body.w, line}, words.choice_differs, style, "picks-differ");
    }
    y += line;

    // Two columns of the same options, one per partner, in their colour.
    const float top = y + frame.gap * 0.5f;
    const float spacing = frame.gap * 0.5f;
    const float available = body.y + body.h - top;
    // Buttons as tall as their labels' lines need (a long option wraps onto
    // more lines at the button size), as far as the room allows.
    const float width = frame.x(0.36f);
    const float label_size = frame.size(theme.button_size);
    float wanted = context.button_height() * 1.1f;
    for (std::size_t i = 0; i < count; ++i)
        wanted = std::max(
            wanted, fit_lines(context, choice->options[i].label, label_size, width - 2 * 0.6f * label_size, 3).height +
                        label_size);
    const float height =
        std::min(wanted, (available - spacing * static_cast<float>(count - 1)) / static_cast<float>(count));
    for (const Seat seat : {Seat::left, Seat::right}) {
        const float x = seat == Seat::left ? frame.x(0.5f) - frame.gap - width : frame.x(0.5f) + frame.gap;
        const std::size_t cursor = context.in.ui.choice_cursor[index_of(seat)];
        for (std::size_t i = 0; i < count; ++i) {
            ButtonSpec spec;
            spec.label = choice->options[i].label;
            spec.command = cmd::Choose{seat, i};
            spec.label_color = theme.partner(seat);
            spec.chosen = snapshot.picks[index_of(seat)] == i;
            // The option this partner's own keys point at (the hint above names the keys).
            if (i == cursor) spec.outline = theme.partner(seat);
            spec.role = std::string(seat == Seat::left ? "option-left-" : "option-right-") + std::to_string(i + 1);
            add_button(list, context, {x, top + static_cast<float>(i) * (height + spacing), width, height}, spec);
        }
    }
    add_pause_button(list, context);
}

}  // namespace attune::view
