// The start screen: the script's title and description, the two names (each
// can be changed), and Begin.
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

}  // namespace

void build_start(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Script& script = context.script();
    add_header(list, context, "");

    const float title_y = context.body().y;
    const Rect title_box{frame.margin, title_y, frame.width - 2 * frame.margin, frame.y(0.26f) - title_y};
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
        const Rect box{frame.x(0.15f), frame.y(0.27f), frame.x(0.70f), frame.y(0.17f)};
        TextStyle style = body_style(context, Align::center);
        style.color = theme.muted_text;
        const Fitted description = legible_wrapped(context, script.description, style.size, box, style.weight);
        style.size = description.size;
        add_text(list, box, description, style, "description");
    }

    const float small = frame.size(theme.small_size);
    add_text(list, {frame.margin, frame.y(0.47f), frame.width - 2 * frame.margin, small * 1.5f}, words.who_is_here,
             small_style(context, Align::center), "names-heading");

    const float name_width = frame.x(0.30f);
    const float name_height = context.button_height() * 1.2f;
    const float name_y = frame.y(0.52f);
    add_name(list, context, Seat::left, {frame.x(0.48f) - name_width, name_y, name_width, name_height});
    add_name(list, context, Seat::right, {frame.x(0.52f), name_y, name_width, name_height});

    const std::string seats =
        fill(words.names_hint, {{"left", context.name(Seat::left)}, {"right", context.name(Seat::right)}});
    const Rect seats_box{frame.margin, frame.y(0.70f), frame.width - 2 * frame.margin, small * 1.5f};
    TextStyle seats_style = small_style(context, Align::center);
    const Fitted seats_text = legible_line(context, seats, small, seats_box.w);
    seats_style.size = seats_text.size;
    add_text(list, seats_box, seats_text, seats_style, "seats-hint");

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
