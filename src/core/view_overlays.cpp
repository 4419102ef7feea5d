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

float add_rows(DisplayList& list, const Context& context, Rect column, float y, const std::vector<HelpRow>& rows,
               float row_height) {
    const float key_width = column.w * 0.38f;
    const float size = std::min(context.frame.size(context.theme().small_size) * 1.1f, row_height / 1.4f);
    for (const auto& row : rows) {
        TextStyle key = small_style(context, Align::right);
        key.color = context.theme().text;
        key.weight = FontWeight::semibold;
        key.size = fit_line(row.keys, size, key_width - context.frame.gap);
        add_text(list, {column.x, y, key_width - context.frame.gap, row_height}, row.keys, key, "help-key");
        TextStyle what = small_style(context);
        what.size = fit_line(row.what, size, column.w - key_width);
        add_text(list, {column.x + key_width, y, column.w - key_width, row_height}, row.what, what, "help-text");
        y += row_height;
    }
    return y;
}

}  // namespace

void add_help_overlay(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const auto key = [&](Key k) { return key_text(context, k); };
    const auto ctrl = [&](char letter) { return words.key_ctrl + "+" + static_cast<char>(letter); };

    const Rect panel{frame.x(0.07f), frame.y(0.06f), frame.x(0.86f), frame.y(0.88f)};
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

    const std::vector<HelpRow> partners{
        {key(Key::space) + " · " + key(Key::enter) + " · " + key(Key::right) + " · " + key(Key::page_down),
         words.help_next},
        {key(pause_key) + " · . · " + key(Key::pause), words.help_pause},
        {key_pair_text(context, yes_key(Seat::left), yes_key(Seat::right)), words.help_yes},
        {key_pair_text(context, other_key(Seat::left), other_key(Seat::right)), words.help_other},
        {"1 … 9", words.help_digits},
        {key(stop_key), words.stop_for_today},
        {"F1 · ?", words.help_help},
        {key(Key::m), words.help_mute},
        {key(Key::escape), words.help_escape},
    };
    const std::vector<HelpRow> counselor{
        {ctrl('S'), words.help_skip},   {ctrl('B'), words.help_back},
        {ctrl('T'), words.help_add_minute}, {ctrl('E'), words.help_end_cooldown},
        {ctrl('Q'), words.help_quit},
    };

    const float close_height = context.button_height();
    const float top = panel.y + pad + heading.size * 1.4f + frame.gap * 0.5f;
    const float bottom = panel.y + panel.h - pad - close_height - frame.gap;
    const float row_height = std::min(frame.size(theme.small_size) * 1.7f,
                                      (bottom - top) / static_cast<float>(partners.size()));
    const float column_width = (panel.w - 3 * pad) / 2;
    const Rect left{panel.x + pad, top, column_width * 1.12f, bottom - top};
    const Rect right{left.x + left.w + pad, top, panel.x + panel.w - pad - (left.x + left.w + pad), bottom - top};
    add_rows(list, context, left, top, partners, row_height);

    TextStyle sub = small_style(context);
    sub.weight = FontWeight::semibold;
    add_text(list, {right.x, top, right.w, row_height}, words.help_counselor, sub, "help-counselor");
    add_rows(list, context, right, top + row_height, counselor, row_height);

    ButtonSpec close;
    close.label = words.help_close;
    close.ui = UiAction::toggle_help;
    close.primary = true;
    close.role = "help-close";
    const float width = button_width(context, close.label, frame.x(0.25f), frame.x(0.5f));
    add_button(list, context, {panel.x + (panel.w - width) / 2, panel.y + panel.h - pad - close_height, width,
                               close_height}, close);
}

void add_quit_progress(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float small = frame.size(theme.small_size);
    const std::string& text = context.words().keep_holding;
    const float radius = small * 0.8f;
    const float width = estimate_width(text, small) + 4 * radius + 2 * frame.gap;
    const Rect pill{frame.x(0.5f) - width / 2, frame.height - frame.margin * 0.2f - radius * 3, width, radius * 3};
    RectItem back;
    back.box = pill;
    back.color = theme.surface;
    back.radius = pill.h / 2;
    back.role = "quit-panel";
    list.items.emplace_back(back);
    DiskItem ring;
    ring.cx = pill.x + frame.gap + radius;
    ring.cy = pill.y + pill.h / 2;
    ring.radius = radius;
    ring.thickness = radius * 0.3f;
    ring.fraction = std::clamp(context.in.ui.quit_progress, 0.0f, 1.0f);
    ring.color = theme.accent;
    ring.track = theme.button_fill;
    ring.role = "quit-progress";
    list.items.emplace_back(ring);
    TextStyle style = small_style(context);
    style.color = theme.text;
    add_text(list, {ring.cx + radius + frame.gap * 0.6f, pill.y, width - 2 * radius - 1.6f * frame.gap, pill.h}, text,
             style, "quit-hint");
    list.animating = true;  // the ring fills smoothly while the key is held
}

void build_error_screen(DisplayList& list, const Context& context, const std::vector<std::string>& lines) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Rect content = frame.content();

    TextStyle heading = heading_style(context);
    const Rect heading_box{content.x, frame.y(0.10f), content.w, frame.y(0.14f)};
    heading.size = fit_wrapped(words.error_heading, heading.size, heading_box);
    add_text(list, heading_box, words.error_heading, heading, "error-heading");

    const Rect body_box{content.x, heading_box.y + heading_box.h, content.w, frame.y(0.13f)};
    TextStyle body = body_style(context);
    body.color = theme.muted_text;
    body.size = fit_wrapped(words.error_body, body.size, body_box);
    add_text(list, body_box, words.error_body, body, "error-body");

    const Rect footer = context.footer();
    const float small = frame.size(theme.small_size);
    float y = body_box.y + body_box.h + frame.gap;
    const float bottom = footer.y + footer.h - context.hint_height() - frame.gap;
    std::size_t shown = 0;
    for (const auto& line : lines) {
        // A long line may wrap once; a third line would be shrunk to fit.
        const float line_height = std::min(text_height(line, small, content.w), small * 1.3f * 2) + small * 0.3f;
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
        style.size = fit_wrapped(line, small, box);
        add_text(list, box, line, style, "error-line");
        y += line_height;
        ++shown;
    }

    const std::string close = fill(words.close_hint, {{"ctrl", words.key_ctrl}});
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), footer.w, context.hint_height()}, close,
             small_style(context, Align::center), "close-hint");
}

}  // namespace attune::view
