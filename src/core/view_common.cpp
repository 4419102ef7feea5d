#include "view_common.hpp"

#include <algorithm>
#include <chrono>

#include "duration.hpp"
#include "utf8.hpp"

namespace attune::view {
namespace {

// Width of one character in em, roughly as Inter draws it.
float advance(char32_t c) {
    if (c == ' ') return 0.28f;
    if (c == ':' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'l' || c == '|') return 0.3f;
    if (c >= '0' && c <= '9') return 0.64f;
    if ((c >= 'A' && c <= 'Z') || c == 'm' || c == 'w' || c == 'M' || c == 'W') return 0.72f;
    if (c >= 0x2E80) return 1.0f;  // CJK and other wide scripts
    return 0.56f;
}

// How many lines greedy word wrapping needs at `size` for `width`.
int estimate_lines(std::string_view text, float size, float width) {
    int lines = 1;
    float line = 0;
    float word = 0;
    const float space = advance(' ') * size;
    auto place_word = [&] {
        if (word <= 0) return;
        if (line > 0 && line + space + word > width) {
            ++lines;
            line = 0;
        }
        line += (line > 0 ? space : 0) + word;
        // A word longer than the line breaks inside itself.
        while (line > width && width > 0) {
            ++lines;
            line -= width;
        }
        word = 0;
    };
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto decoded = utf8::decode_at(text, offset);
        offset += decoded.length;
        if (decoded.code_point == ' ') {
            place_word();
        } else if (decoded.code_point == '\n') {
            place_word();
            ++lines;
            line = 0;
        } else {
            word += advance(decoded.code_point) * size;
        }
    }
    place_word();
    return lines;
}

}  // namespace

std::string progress_text(const Context& context) {
    const Snapshot& snapshot = context.snapshot();
    const Words& words = context.words();
    const Script& script = context.script();
    if (snapshot.phase != Phase::step && snapshot.phase != Phase::time_box) return "";
    std::string text = fill(words.item_of, {{"n", std::to_string(snapshot.item + 1)},
                                            {"total", std::to_string(script.agenda.size())}});
    auto add = [&](const std::string& piece) { text += "  ·  " + piece; };
    if (snapshot.phase == Phase::step) {
        if (snapshot.pairs > 1)
            add(fill(words.round_of, {{"n", std::to_string(snapshot.pair)}, {"total", std::to_string(snapshot.pairs)}}));
        const bool reflecting = snapshot.activity == Activity::reflect ||
                                snapshot.activity == Activity::verdict ||
                                snapshot.activity == Activity::clarify;
        if (reflecting && snapshot.rounds > 1)
            add(fill(words.reflection_of,
                     {{"n", std::to_string(snapshot.round)}, {"total", std::to_string(snapshot.rounds)}}));
        if (snapshot.item_box && snapshot.item_box->remaining > Duration{0}) {
            const auto left = std::chrono::ceil<Seconds>(snapshot.item_box->remaining);
            add(fill(words.item_time_left, {{"time", format_countdown(left)}}));
        }
    }
    return text;
}

Context make_context(const ViewInput& input) {
    Frame frame;
    frame.width = static_cast<float>(std::max(input.width, 1));
    frame.height = static_cast<float>(std::max(input.height, 1));
    frame.unit = std::min(frame.height, frame.width * 9.0f / 16.0f);
    frame.margin = frame.size(input.theme.margin);
    frame.gap = frame.size(input.theme.gap);
    return Context{input, frame};
}

float Context::button_height() const { return frame.size(theme().button_size) * 2.2f; }
float Context::hint_height() const { return frame.size(theme().small_size) * 1.45f; }

Rect Context::header() const {
    const float height = frame.size(theme().small_size) * 2.0f;
    return {frame.margin, frame.margin * 0.5f, frame.width - 2 * frame.margin, height};
}

Rect Context::footer() const {
    const float height = button_height() + hint_height() + frame.size(0.006f);
    return {frame.margin, frame.height - frame.margin - height, frame.width - 2 * frame.margin, height};
}

Rect Context::body() const {
    const Rect top = header();
    const Rect bottom = footer();
    const float y = top.y + top.h + frame.gap;
    return {frame.margin, y, frame.width - 2 * frame.margin, bottom.y - frame.gap - y};
}

namespace {

// On an absurdly small window the layout can run out of room: boxes then
// shrink to nothing rather than turn inside out.
Rect no_negative(Rect box) {
    box.w = std::max(box.w, 0.0f);
    box.h = std::max(box.h, 0.0f);
    return box;
}

}  // namespace

void add_text(DisplayList& list, Rect box, std::string text, const TextStyle& style, std::string role) {
    TextItem item;
    item.box = no_negative(box);
    item.text = std::move(text);
    item.size = style.size;
    item.weight = style.weight;
    item.color = style.color;
    item.align = style.align;
    item.wrap = style.wrap;
    item.role = std::move(role);
    list.items.emplace_back(std::move(item));
}

float estimate_width(std::string_view text, float size) {
    float width = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto decoded = utf8::decode_at(text, offset);
        offset += decoded.length;
        width += advance(decoded.code_point) * size;
    }
    return width;
}

float fit_line(std::string_view text, float size, float width) {
    const float needed = estimate_width(text, size);
    if (needed <= width || needed <= 0) return size;
    return std::max(0.0f, size * width / needed);
}

float text_height(std::string_view text, float size, float width) {
    return static_cast<float>(estimate_lines(text, size, width)) * size * 1.3f;
}

float fit_wrapped(std::string_view text, float size, Rect box) {
    const float smallest = size * 0.45f;
    while (size > smallest) {
        const int lines = estimate_lines(text, size, box.w);
        if (static_cast<float>(lines) * size * 1.3f <= box.h) return size;
        size *= 0.92f;
    }
    return smallest;
}

float button_width(const Context& context, std::string_view label, float min_width, float max_width) {
    const float size = context.frame.size(context.theme().button_size);
    const float natural = estimate_width(label, size) + 2.4f * size;
    return std::clamp(natural, min_width, std::max(min_width, max_width));
}

void add_button(DisplayList& list, const Context& context, Rect box, const ButtonSpec& spec) {
    const Theme& theme = context.theme();
    ButtonItem button;
    button.box = no_negative(box);
    button.label = spec.label;
    button.command = spec.command;
    button.ui = spec.ui;
    button.primary = spec.primary;
    button.fill = spec.primary ? theme.primary_fill : theme.button_fill;
    button.text = spec.primary ? theme.primary_text : spec.label_color.value_or(theme.button_text);
    button.outline = spec.outline.value_or(theme.button_outline);
    if (spec.chosen) button.outline = theme.chosen_outline;
    const float wanted = context.frame.size(theme.button_size);
    button.size = std::max(1.0f, fit_line(spec.label, wanted, box.w - 1.2f * wanted));
    button.role = spec.role;
    list.items.emplace_back(std::move(button));
    if (!spec.key.empty()) {
        const Rect hint{box.x, box.y + box.h + context.frame.size(0.004f), box.w, context.hint_height()};
        add_text(list, hint, spec.key, small_style(context, Align::center), spec.role + "-key");
    }
}

Rect footer_left(const Context& context, float width) {
    const Rect footer = context.footer();
    return {footer.x, footer.y, width, context.button_height()};
}

Rect footer_right(const Context& context, float width) {
    const Rect footer = context.footer();
    return {footer.x + footer.w - width, footer.y, width, context.button_height()};
}

Rect footer_center(const Context& context, float width) {
    const Rect footer = context.footer();
    return {footer.x + (footer.w - width) / 2, footer.y, width, context.button_height()};
}

void add_header(DisplayList& list, const Context& context, const std::string& title) {
    const Rect header = context.header();
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const float small = context.frame.size(theme.small_size);

    // The small key-help button at the far right, so the keys can be found.
    const float help_width = estimate_width(words.help_button, small) + 2.4f * small;
    const Rect help{header.x + header.w - help_width, header.y, help_width, header.h};
    ButtonItem button;
    button.box = help;
    button.label = words.help_button;
    button.ui = UiAction::toggle_help;
    button.fill = theme.button_fill;
    button.text = theme.button_text;
    button.outline = theme.button_outline;
    button.size = small;
    button.role = "help-button";
    list.items.emplace_back(std::move(button));

    // The rest of the line: the item's title at the left; where the
    // session stands at the right, with "Sound off" before it.
    const float gap = context.frame.gap;
    const float available = help.x - gap - header.x;
    const float half = (available - gap) / 2;
    if (!title.empty()) {
        TextStyle left = small_style(context);
        left.size = fit_line(title, small, half);
        add_text(list, {header.x, header.y, half, header.h}, title, left, "item-title");
    }

    const float right_x = header.x + half + gap;
    const float progress_width = half * 0.7f;
    const std::string progress = progress_text(context);
    if (!progress.empty()) {
        TextStyle style = small_style(context, Align::right);
        style.size = fit_line(progress, small, progress_width);
        add_text(list, {right_x + half - progress_width, header.y, progress_width, header.h}, progress, style,
                 "progress");
    }
    if (context.in.ui.muted) {
        const float width = half * 0.3f - gap;
        TextStyle style = small_style(context, Align::right);
        style.size = fit_line(words.sound_off, small, width);
        add_text(list, {right_x, header.y, width, header.h}, words.sound_off, style, "muted");
    }
}

void add_pause_button(DisplayList& list, const Context& context) {
    const Words& words = context.words();
    const std::string& signal = context.script().pause.signal;
    const std::string label = signal.empty() ? words.pause : fill(words.pause_signal, {{"signal", signal}});
    const float width = button_width(context, label, context.frame.x(0.15f), context.frame.x(0.3f));
    ButtonSpec spec;
    spec.label = label;
    spec.command = cmd::Pause{Seat::left};  // a shared button: the seat is never shown
    spec.role = "pause-button";
    spec.key = key_text(context, pause_key);
    add_button(list, context, footer_left(context, width), spec);
}

void add_next_button(DisplayList& list, const Context& context, const std::string& label) {
    const float width = button_width(context, label, context.frame.x(0.15f), context.frame.x(0.3f));
    ButtonSpec spec;
    spec.label = label;
    spec.command = cmd::Next{};
    spec.primary = true;
    spec.role = "next";
    spec.key = key_text(context, Key::space);
    add_button(list, context, footer_right(context, width), spec);
}


const Step* current_step(const Script& script, const Snapshot& snapshot) {
    if (snapshot.item >= script.agenda.size()) return nullptr;
    const auto& steps = script.agenda[snapshot.item].steps;
    if (snapshot.step >= steps.size()) return nullptr;
    return &steps[snapshot.step];
}

std::string item_title(const Context& context) {
    const std::size_t item = context.snapshot().item;
    const auto& agenda = context.script().agenda;
    return item < agenda.size() ? agenda[item].title : std::string();
}

std::string key_text(const Context& context, Key key) { return key_label(key, context.words()); }

std::string key_pair_text(const Context& context, Key left, Key right) {
    return key_text(context, left) + " / " + key_text(context, right);
}

TextStyle heading_style(const Context& context, Align align) {
    TextStyle style;
    style.size = context.frame.size(context.theme().heading_size);
    style.color = context.theme().text;
    style.align = align;
    style.weight = FontWeight::semibold;
    style.wrap = true;
    return style;
}

TextStyle body_style(const Context& context, Align align) {
    TextStyle style;
    style.size = context.frame.size(context.theme().body_size);
    style.color = context.theme().text;
    style.align = align;
    style.wrap = true;
    return style;
}

TextStyle small_style(const Context& context, Align align) {
    TextStyle style;
    style.size = context.frame.size(context.theme().small_size);
    style.color = context.theme().muted_text;
    style.align = align;
    return style;
}

}  // namespace attune::view
