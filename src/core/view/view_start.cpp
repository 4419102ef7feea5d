// The start screen: the script's title and description, the two names (each
// can be changed), the pause rule, and Begin.
#include "day_words.hpp"
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

// The pause rule's card: a small heading over the rule at body size, as tall
// as its lines need, so that the rule is never shortened.
struct PauseRuleCard {
    Fitted heading, rule;
    float pad = 0;
    float height = 0;
};

PauseRuleCard pause_rule_card(const Context& context, float width) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    PauseRuleCard card;
    card.pad = frame.gap * 0.8f;
    const float inner = width - 2 * card.pad;
    card.heading = fit_lines(context, context.words().pause_rule_heading, frame.size(theme.small_size), inner, 2);
    card.rule = fit_lines(context, pause_rule_text(context), frame.size(theme.body_size), inner, 6);
    card.height = card.pad * 1.2f + card.heading.height + card.rule.height;
    return card;
}

void add_pause_rule(DisplayList& list, const Context& context, const PauseRuleCard& fitted, Rect card) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    RectItem back;
    back.box = card;
    back.color = theme.surface;
    back.radius = frame.size(theme.corner);
    back.role = "pause-rule-card";
    list.items.emplace_back(back);

    const float pad = fitted.pad;
    const Rect heading_box{card.x + pad, card.y + pad * 0.6f, card.w - 2 * pad, fitted.heading.height};
    add_text(list, heading_box, fitted.heading, small_style(context, Align::center), "pause-rule-heading");
    const float top = heading_box.y + heading_box.h;
    const Rect box{card.x + pad, top, card.w - 2 * pad, card.y + card.h - pad * 0.6f - top};
    add_text(list, box, fitted.rule, body_style(context, Align::center), "pause-rule");
}

// The day this conversation was planned for, once the couple's space is
// open: today, a day ahead, or a day that passed, said plainly.
std::string planned_words(const Words& words, const PlannedConversation& planned) {
    if (planned.day == planned.today) return words.planned_today;
    const std::string day = day_words(words, planned.day);
    return fill(planned.day > planned.today ? words.planned_ahead : words.planned_before, {{"day", day}});
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
    // The pause rule and the names take the room they need from the bottom
    // up; the title takes up to two lines; the description what is left.
    const float small = frame.size(theme.small_size);
    const float card_width = frame.x(0.84f);
    const PauseRuleCard card = pause_rule_card(context, card_width);
    const float card_bottom = context.footer().y - frame.gap * 0.5f;
    const float card_y = card_bottom - card.height;
    add_pause_rule(list, context, card, {frame.x(0.5f) - card_width / 2, card_y, card_width, card.height});

    const std::string seats =
        fill(words.names_hint, {{"left", context.name(Seat::left)}, {"right", context.name(Seat::right)}});
    const Fitted seats_text = fit_lines(context, seats, small, frame.width - 2 * frame.margin, 2);
    const float seats_y = card_y - frame.gap * 0.5f - seats_text.height;
    add_text(list, {frame.margin, seats_y, frame.width - 2 * frame.margin, seats_text.height}, seats_text,
             small_style(context, Align::center), "seats-hint");

    const float name_width = frame.x(0.30f);
    const float name_height = context.button_height() * 1.1f;
    const float name_y = seats_y - frame.size(0.006f) - context.hint_height() - name_height;
    add_name(list, context, Seat::left, {frame.x(0.48f) - name_width, name_y, name_width, name_height});
    add_name(list, context, Seat::right, {frame.x(0.52f), name_y, name_width, name_height});
    TextStyle title;
    title.color = theme.text;
    title.align = Align::center;
    title.weight = FontWeight::bold;
    // The header holds only the key-help button here: the title may rise
    // beside it, centred, clear of it on both sides.
    const Rect header = context.header();
    const float beside = help_button_width(context) + frame.gap;
    const float title_width = header.w - 2 * beside;
    // The title is the largest type here: on one line it may come down to
    // heading size, which still reads from anywhere in the room, before it
    // takes a second line from the description.
    Fitted title_text = fit_lines(context, script.title, frame.size(theme.title_size), title_width, 1, title.weight);
    if (title_text.size < frame.size(theme.heading_size))
        title_text = fit_lines(context, script.title, frame.size(theme.title_size), title_width, 2, title.weight);
    const Rect title_box{header.x + beside, header.y, title_width, title_text.height};
    add_text(list, title_box, title_text, title, "title");
    float below_title = title_box.y + title_box.h;
    // With the space open, one calm line under the title: when this
    // conversation was planned. Nothing of the space shows while it is sealed.
    if (context.in.planned) {
        TextStyle style = body_style(context, Align::center);
        const float width = frame.x(0.84f);
        const Fitted line = fit_lines(context, planned_words(words, *context.in.planned), style.size, width, 1);
        style.size = line.size;
        add_text(list, {frame.x(0.08f), below_title, width, line.height}, line, style, "planned-day");
        below_title += line.height;
    }

    // "Today's conversation is between" over the names, unless the
    // description needs its line: the names and the line under them say
    // who is here on their own; the description is said nowhere else.
    float names_heading_y = name_y - small * 1.6f;
    if (!script.description.empty()) {
        const float top = below_title + frame.gap * 0.3f;
        TextStyle style = body_style(context, Align::center);
        style.color = theme.muted_text;
        Rect box{frame.x(0.08f), top, frame.x(0.84f), names_heading_y - frame.gap * 0.3f - top};
        Fitted description = fit_text(context, script.description, style.size, box, style.weight);
        if (description.cut == TextCut::shortened) {
            names_heading_y = name_y;
            box.h = name_y - frame.gap * 0.3f - top;
            description = fit_text(context, script.description, style.size, box, style.weight);
        }
        add_text(list, box, description, style, "description");
    }
    if (names_heading_y < name_y)
        add_text(list, {frame.margin, names_heading_y, frame.width - 2 * frame.margin, small * 1.5f}, words.who_is_here,
                 small_style(context, Align::center), "names-heading");

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
