// What lies over or instead of a screen: the key help, the hold-to-quit
// progress, and the calm error screen.
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {
namespace {

struct HelpRow {
    std::string keys;
    std::string what;
};

// The keys' column: as wide as the widest keys need, within reason.
float key_width(const Context& context, const std::vector<HelpRow>& rows, float size, float column_width) {
    float widest = 0;
    for (const auto& row : rows) widest = std::max(widest, text_width(context, row.keys, size, FontWeight::semibold));
    return std::min(widest, column_width * 0.42f);
}

float row_height(const Context& context, const HelpRow& row, float size, float keys, float words, float spacing) {
    return std::max(text_height(context, row.keys, size, keys, FontWeight::semibold),
                    text_height(context, row.what, size, words)) +
           spacing;
}

float rows_height(const Context& context, const std::vector<HelpRow>& rows, float size, float column_width, float gap) {
    const float keys = key_width(context, rows, size, column_width);
    float height = 0;
    for (const auto& row : rows) height += row_height(context, row, size, keys, column_width - keys - gap, size * 0.4f);
    return height;
}

// One row a key: the keys right-aligned in bold, what they do beside them;
// either wraps rather than shrinking, so every row has the same size.
float add_rows(DisplayList& list, const Context& context, Rect column, float y, const std::vector<HelpRow>& rows,
               float size) {
    const float gap = context.frame.gap;
    const float keys = key_width(context, rows, size, column.w);
    const float words = column.w - keys - gap;
    for (const auto& row : rows) {
        const float height =
            std::min(row_height(context, row, size, keys, words, size * 0.4f), column.y + column.h - y);
        if (height < size * 1.3f) break;
        TextStyle key = small_style(context, Align::right);
        key.color = context.theme().text;
        key.weight = FontWeight::semibold;
        key.wrap = true;
        key.size = size;
        const Rect key_box{column.x, y, keys, height};
        add_text(list, key_box, shorten_wrapped(context, row.keys, size, key_box, FontWeight::semibold), key,
                 "help-key");
        TextStyle what = small_style(context);
        what.wrap = true;
        what.size = size;
        const Rect what_box{column.x + keys + gap, y, words, height};
        add_text(list, what_box, shorten_wrapped(context, row.what, size, what_box), what, "help-text");
        y += height;
    }
    return y;
}

// The button that closes the keys overlay, where Next would be.
void add_help_close(DisplayList& list, const Context& context) {
    ButtonSpec close;
    close.label = context.words().help_close;
    close.ui = UiAction::toggle_help;
    close.primary = true;
    close.role = "help-close";
    const float width = button_width(context, close.label, context.frame.x(0.2f), context.frame.x(0.45f));
    add_button(list, context, footer_right(context, width), close);
}

}  // namespace

void add_help_overlay(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const auto key = [&](Key k) { return key_text(context, k); };
    const auto ctrl = [&](char letter) { return words.key_ctrl + "+" + static_cast<char>(letter); };

    // The panel covers header and body; the footer below it keeps the pause
    // button (a pause always wins) and the one way out, where Next would be.
    const Rect header = context.header();
    const Rect footer = context.footer();
    const Rect panel{header.x, header.y, header.w, std::max(0.0f, footer.y - frame.gap * 0.6f - header.y)};
    RectItem card;
    card.box = panel;
    card.color = theme.surface;
    card.radius = frame.size(theme.corner);
    card.role = "help-panel";
    list.items.emplace_back(card);

    const float pad = frame.gap * 1.2f;
    TextStyle heading = heading_style(context);
    heading.wrap = false;
    add_text(list, {panel.x + pad, panel.y + pad, panel.w - 2 * pad, heading.size * 1.4f}, words.help_heading, heading,
             "help-heading");

    // The partners' keys during the conversation at the left; at the right
    // the rest (the summary, sound, Esc) and then the counselor's.
    const std::vector<HelpRow> partners{
        {key(Key::space) + " · " + key(Key::enter) + " · " + key(Key::right) + " · " + key(Key::page_down),
         words.help_next},
        {key(pause_key) + " · . · " + key(Key::pause), words.help_pause},
        {key_pair_text(context, yes_key(Seat::left), yes_key(Seat::right)), words.help_yes},
        {key_pair_text(context, other_key(Seat::left), other_key(Seat::right)), words.help_other},
        {"1 … 9", words.help_digits},
        {fill(words.help_choice_keys, {{"move", key_pair_text(context, other_key(Seat::left), other_key(Seat::right))},
                                       {"pick", key_pair_text(context, yes_key(Seat::left), yes_key(Seat::right))}}),
         words.help_choice},
        {key(stop_key), words.stop_for_today},
    };
    std::vector<HelpRow> others{
        // A review's third answer (yes and other are the first two), on the
        // home row next to them. Here rather than at the left, whose rows
        // already fill their column.
        {key_pair_text(context, third_key(Seat::left), third_key(Seat::right)), words.help_review},
        {key(Key::left) + " · " + key(Key::right), words.help_pages},
    };
    // Only a conversation chosen from the list has a list to go back to.
    if (context.in.config.from_picker())
        others.push_back({key(yes_key(Seat::left)) + " + " + key(yes_key(Seat::right)),
                          fill(words.help_leave, {{"enter", key(Key::enter)}})});
    // F1 and ? need no row: the button that closes this says them.
    others.insert(others.end(), {{key(Key::m), words.help_mute}, {key(Key::escape), words.help_escape}});
    // The counselor's keys are listed only when a counselor runs the session:
    // without one they do nothing, and a list of hidden powers would only
    // invite a partner to try them. Closing and reloading are everyone's.
    std::vector<HelpRow> counselor;
    if (context.in.config.counselor_present())
        counselor = {{ctrl('S'), words.help_skip},
                     {ctrl('B'), words.help_back},
                     {ctrl('T'), words.help_add_minute},
                     {ctrl('E'), words.help_end_cooldown}};
    std::vector<HelpRow>& closing = counselor.empty() ? others : counselor;
    closing.push_back({ctrl('Q'), words.help_quit});
    if (context.in.config.reloadable()) closing.push_back({ctrl('R'), words.help_reload});
    const float heading_height = counselor.empty() ? 0.0f : 1.5f;

    // Two columns; one type size for every row, the largest up to a little
    // over the small size at which both columns fit, never below the
    // legible minimum.
    const float top = panel.y + pad + heading.size * 1.4f + frame.gap * 0.5f;
    const float bottom = panel.y + panel.h - pad;
    const float column_gap = pad * 1.5f;
    const float column_width = (panel.w - 2 * pad - column_gap) / 2;
    const Rect left{panel.x + pad, top, column_width * 1.2f, std::max(0.0f, bottom - top)};
    const Rect right{left.x + left.w + column_gap, top, panel.x + panel.w - pad - (left.x + left.w + column_gap),
                     left.h};
    const float smallest = frame.legible();
    float size = frame.size(theme.small_size) * 1.1f;
    const auto fits = [&](float candidate) {
        return rows_height(context, partners, candidate, left.w, frame.gap) <= left.h &&
               rows_height(context, others, candidate, right.w, frame.gap) + candidate * heading_height +
                       rows_height(context, counselor, candidate, right.w, frame.gap) <=
                   right.h;
    };
    while (size > smallest && !fits(size)) size = std::max(smallest, size * 0.95f);
    add_rows(list, context, left, top, partners, size);
    const float counselor_top = add_rows(list, context, right, top, others, size);
    if (counselor.empty()) {
        add_help_close(list, context);
        return;
    }

    TextStyle sub = small_style(context);
    sub.weight = FontWeight::semibold;
    sub.size = size;
    const Fitted counselor_heading = legible_line(context, words.help_counselor, size, right.w);
    add_text(list, {right.x, counselor_top, right.w, size * 1.5f}, counselor_heading, sub, "help-counselor");
    const float rows_top = counselor_top + size * 1.5f;
    add_rows(list, context, {right.x, rows_top, right.w, std::max(0.0f, right.y + right.h - rows_top)}, rows_top,
             counselor, size);

    add_help_close(list, context);
}

namespace {

// A hold under way: a ring that fills over the two seconds, and what the hold
// will do, in a pill at the bottom of the screen. `role` names its parts.
void add_hold_progress(DisplayList& list, const Context& context, float fraction, const std::string& text,
                       const std::string& role) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float small = frame.size(theme.small_size);
    const float radius = small * 0.8f;
    const float width = text_width(context, text, small) + 4 * radius + 2 * frame.gap;
    const Rect pill{frame.x(0.5f) - width / 2, frame.height - frame.margin * 0.2f - radius * 3, width, radius * 3};
    RectItem back;
    back.box = pill;
    back.color = theme.surface;
    back.radius = pill.h / 2;
    back.role = role + "-panel";
    list.items.emplace_back(back);
    DiskItem ring;
    ring.cx = pill.x + frame.gap + radius;
    ring.cy = pill.y + pill.h / 2;
    ring.radius = radius;
    ring.thickness = radius * 0.3f;
    ring.fraction = std::clamp(fraction, 0.0f, 1.0f);
    ring.color = theme.accent;
    ring.track = theme.button_fill;
    ring.role = role + "-progress";
    list.items.emplace_back(ring);
    TextStyle style = small_style(context);
    style.color = theme.text;
    add_text(list, {ring.cx + radius + frame.gap * 0.6f, pill.y, width - 2 * radius - 1.6f * frame.gap, pill.h}, text,
             style, role + "-hint");
    list.changes_after(animation_frame);  // the ring fills smoothly while the key is held
}

}  // namespace

void add_quit_progress(DisplayList& list, const Context& context) {
    add_hold_progress(list, context, context.in.ui.quit_progress, context.words().keep_holding, "quit");
}

void add_leave_progress(DisplayList& list, const Context& context) {
    add_hold_progress(list, context, context.in.ui.leave_progress, context.words().keep_holding_to_leave, "leave");
}

void build_error_screen(DisplayList& list, const Context& context, const std::vector<std::string>& lines) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Rect content = frame.content();

    TextStyle heading = heading_style(context);
    const Rect heading_box{content.x, frame.y(0.10f), content.w, frame.y(0.14f)};
    heading.size =
        fit_wrapped(context, words.error_heading, heading.size, heading_box, frame.legible(), heading.weight);
    add_text(list, heading_box, words.error_heading, heading, "error-heading");

    const Rect body_box{content.x, heading_box.y + heading_box.h, content.w, frame.y(0.13f)};
    TextStyle body = body_style(context);
    body.color = theme.muted_text;
    // While writing (--windowed), the way back is to fix the file and reload.
    std::string body_text = words.error_body;
    if (context.in.config.reloadable()) body_text += " " + fill(words.error_reload_hint, {{"ctrl", words.key_ctrl}});
    body.size = fit_wrapped(context, body_text, body.size, body_box, frame.legible(), body.weight);
    add_text(list, body_box, body_text, body, "error-body");

    const Rect footer = context.footer();
    const float small = frame.size(theme.small_size);
    float y = body_box.y + body_box.h + frame.gap;
    const float bottom = footer.y + footer.h - context.hint_height() - frame.gap;
    std::size_t shown = 0;
    for (const auto& line : lines) {
        // A long line may wrap twice; beyond that it shrinks, to the legible
        // minimum at most, and then is shortened.
        const float line_height =
            std::min(text_height(context, line, small, content.w), small * 1.3f * 3) + small * 0.3f;
        const bool last_room = y + line_height + small * 1.6f > bottom;
        if (last_room && shown + 1 < lines.size()) {
            const std::string more = "… (+" + std::to_string(lines.size() - shown) + ")";
            add_text(list, {content.x, y, content.w, small * 1.6f}, more, small_style(context), "error-more");
            break;
        }
        const Rect box{content.x, y, content.w, line_height};
        TextStyle style = small_style(context);
        style.color = theme.text;
        style.wrap = true;
        const Fitted fitted = legible_wrapped(context, line, small, box);
        style.size = fitted.size;
        add_text(list, box, fitted, style, "error-line");
        y += line_height;
        ++shown;
    }

    const std::string close = fill(words.close_hint, {{"ctrl", words.key_ctrl}});
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), footer.w, context.hint_height()}, close,
             small_style(context, Align::center), "close-hint");
}

}  // namespace attune::view
