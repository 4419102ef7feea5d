// The start screen: the script's title and description, the two names (each
// can be changed), the pause rule, and Begin.
#include "view_screens.hpp"

namespace attune::view {
namespace {

void add_name(DisplayList& list, const Context& context, Seat seat, Rect box) {
    const UiState& ui = context.in.ui;
    const Words& words = context.words();
    const Editing mine = seat == Seat::left ? Editing::name_left : Editing::name_right;
    const bool editing = ui.editing == mine;

    ButtonSpec spec;
    // While typing, the draft shows with a cursor after it.
    spec.label = editing ? ui.draft + "|" : context.name(seat);
    spec.ui = seat == Seat::left ? UiAction::edit_name_left : UiAction::edit_name_right;
    spec.label_color = context.theme().partner(seat);
    spec.outline = context.theme().partner(seat);
    spec.chosen = editing;
    spec.role = seat == Seat::left ? "name-left" : "name-right";
    spec.key = editing ? fill(words.editing_name, {{"enter", words.key_enter}, {"escape", words.key_escape}})
                       : fill(words.change_name, {{"key", key_text(context, yes_key(seat))}});
    add_button(list, context, box, spec);
}

// The pause rule before anyone begins: how to pause, how long a pause lasts,
// that nothing goes on before it is over and the partners are ready, and the
// signal word they agreed on. Read at body size on a quiet card.
std::string pause_rule_text(const Context& context) {
    const Words& words = context.words();
    const PauseRule& rule = context.script().pause;
    const std::string button = rule.signal.empty() ? words.pause : fill(words.pause_signal, {{"signal", rule.signal}});
    std::string text = fill(words.pause_rule_how, {{"key", key_text(context, pause_key)}, {"button", button}});
    text += "\n";
    text += fill(rule.resume == Quorum::either ? words.pause_rule_either : words.pause_rule_both,
                 {{"time", duration_words(words, rule.cooldown)}});
    if (!rule.signal.empty()) text += "\n" + fill(words.pause_rule_signal, {{"signal", rule.signal}});
    return text;
}

void add_pause_rule(DisplayList& list, const Context& context, Rect card) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    RectItem back;
    back.box = card;
    back.color = theme.surface;
    back.radius = frame.size(theme.corner);
    back.role = "pause-rule-card";
    list.items.emplace_back(back);

    const float pad = frame.gap * 0.8f;
    const float small = frame.size(theme.small_size);
    const Rect heading_box{card.x + pad, card.y + pad * 0.6f, card.w - 2 * pad, small * 1.4f};
    TextStyle heading = small_style(context, Align::center);
    const Fitted heading_text = legible_line(context, context.words().pause_rule_heading, small, heading_box.w);
    add_text(list, heading_box, heading_text, heading, "pause-rule-heading");

    const float top = heading_box.y + heading_box.h;
    const Rect box{card.x + pad, top, card.w - 2 * pad, card.y + card.h - pad * 0.6f - top};
    TextStyle style = body_style(context, Align::center);
    const Fitted rule = legible_wrapped(context, pause_rule_text(context), style.size, box, style.weight);
    add_text(list, box, rule, style, "pause-rule");
}

}  // namespace

void build_start(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Script& script = context.script();
    add_header(list, context, "");

    // From the top: title, description, the names, and the pause rule just
    // above Begin, where it is read last before the conversation starts.
    const float title_y = context.body().y;
    const Rect title_box{frame.margin, title_y, frame.width - 2 * frame.margin, frame.y(0.22f) - title_y};
    TextStyle title;
    title.color = theme.text;
    title.align = Align::center;
    title.weight = FontWeight::bold;
    title.wrap = true;
    const Fitted title_text =
        legible_wrapped(context, script.title, frame.size(theme.title_size), title_box, FontWeight::bold);
    title.size = title_text.size;
    add_text(list, title_box, title_text, title, "title");

    if (!script.description.empty()) {
        const Rect box{frame.x(0.12f), frame.y(0.22f), frame.x(0.76f), frame.y(0.165f)};
        TextStyle style = body_style(context, Align::center);
        style.color = theme.muted_text;
        const Fitted description = legible_wrapped(context, script.description, style.size, box, style.weight);
        style.size = description.size;
        add_text(list, box, description, style, "description");
    }

    const float small = frame.size(theme.small_size);
    add_text(list, {frame.margin, frame.y(0.39f), frame.width - 2 * frame.margin, small * 1.5f}, words.who_is_here,
             small_style(context, Align::center), "names-heading");

    const float name_width = frame.x(0.30f);
    const float name_height = context.button_height() * 1.1f;
    const float name_y = frame.y(0.39f) + small * 1.6f;
    add_name(list, context, Seat::left, {frame.x(0.48f) - name_width, name_y, name_width, name_height});
    add_name(list, context, Seat::right, {frame.x(0.52f), name_y, name_width, name_height});

    const std::string seats =
        fill(words.names_hint, {{"left", context.name(Seat::left)}, {"right", context.name(Seat::right)}});
    const float seats_y = name_y + name_height + context.hint_height() + frame.size(0.006f);
    const Rect seats_box{frame.margin, seats_y, frame.width - 2 * frame.margin, small * 1.5f};
    TextStyle seats_style = small_style(context, Align::center);
    const Fitted seats_text = legible_line(context, seats, small, seats_box.w);
    seats_style.size = seats_text.size;
    add_text(list, seats_box, seats_text, seats_style, "seats-hint");

    const float card_y = seats_box.y + seats_box.h + frame.gap * 0.5f;
    const float card_bottom = context.footer().y - frame.gap * 0.5f;
    add_pause_rule(list, context, {frame.x(0.10f), card_y, frame.x(0.80f), card_bottom - card_y});

    ButtonSpec begin;
    begin.label = words.begin;
    begin.command = cmd::Begin{};
    begin.primary = true;
    begin.role = "begin";
    begin.key = key_text(context, Key::space);
    add_button(list, context, footer_center(context, button_width(context, words.begin, frame.x(0.2f), frame.x(0.35f))),
               begin);
}

}  // namespace attune::view
