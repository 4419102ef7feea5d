#include "view_common.hpp"

#include <algorithm>
#include <chrono>

#include "duration.hpp"
#include "utf8.hpp"

namespace attune::view {
namespace {

// U+2713: Inter draws it (the heavy U+2714 it lacks).
constexpr std::string_view check_mark = "✓";

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

namespace {

// A piece of the header's progress line and how much it is needed: the
// header drops the least needed pieces first when the line is too long.
struct ProgressPiece {
    std::string text;
    int need = 0;                                // 0: always shown; higher: dropped sooner
    std::optional<Duration> changes_after = {};  // a time that reads differently then
};

constexpr std::string_view progress_separator = "  ·  ";

std::vector<ProgressPiece> progress_pieces(const Context& context) {
    const Snapshot& snapshot = context.snapshot();
    const Words& words = context.words();
    const Script& script = context.script();
    std::vector<ProgressPiece> pieces;
    if (snapshot.phase != Phase::step && snapshot.phase != Phase::time_box) return pieces;
    pieces.push_back({fill(words.item_of,
                           {{"n", std::to_string(snapshot.item + 1)}, {"total", std::to_string(script.agenda.size())}}),
                      0});
    if (snapshot.phase == Phase::step) {
        if (snapshot.pairs > 1)
            pieces.push_back({fill(words.round_of,
                                   {{"n", std::to_string(snapshot.pair)}, {"total", std::to_string(snapshot.pairs)}}),
                              2});
        const bool reflecting = snapshot.activity == Activity::reflect || snapshot.activity == Activity::verdict ||
                                snapshot.activity == Activity::clarify;
        if (reflecting && snapshot.rounds > 1)
            pieces.push_back({fill(words.reflection_of,
                                   {{"n", std::to_string(snapshot.round)}, {"total", std::to_string(snapshot.rounds)}}),
                              3});
        if (snapshot.item_box && snapshot.item_box->remaining > Duration{0}) {
            const auto left = std::chrono::ceil<Seconds>(snapshot.item_box->remaining);
            pieces.push_back({fill(words.item_time_left, {{"time", format_countdown(left)}}), 1,
                              until_next_countdown_second(snapshot.item_box->remaining)});
        }
    }
    return pieces;
}

std::string join(const std::vector<ProgressPiece>& pieces) {
    std::string text;
    for (const auto& piece : pieces) {
        if (!text.empty()) text += progress_separator;
        text += piece.text;
    }
    return text;
}

// Drops the least needed piece; false when only the always-shown one is left.
bool drop_least_needed(std::vector<ProgressPiece>& pieces) {
    if (pieces.size() <= 1) return false;
    auto least = pieces.begin();
    for (auto it = pieces.begin(); it != pieces.end(); ++it)
        if (it->need > least->need) least = it;
    if (least->need == 0) return false;
    pieces.erase(least);
    return true;
}

}  // namespace

std::string progress_text(const Context& context) { return join(progress_pieces(context)); }

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

float fit_line(std::string_view text, float size, float width, float floor) {
    const float needed = estimate_width(text, size);
    if (needed <= width || needed <= 0) return size;
    return std::max({0.0f, std::min(floor, size), size * width / needed});
}

float text_height(std::string_view text, float size, float width) {
    return static_cast<float>(estimate_lines(text, size, width)) * size * 1.3f;
}

float fit_wrapped(std::string_view text, float size, Rect box, float floor) {
    const float smallest = std::max(size * 0.45f, std::min(floor, size));
    while (size > smallest) {
        const int lines = estimate_lines(text, size, box.w);
        if (static_cast<float>(lines) * size * 1.3f <= box.h) return size;
        size = std::max(size * 0.92f, smallest);
        if (size == smallest) break;
    }
    return smallest;
}

namespace {

constexpr std::string_view ellipsis = "…";

// Text fitted to a width by `fit_line` measures that width exactly, give or
// take rounding: the same layout at 720p and 4K must decide alike.
bool fits_width(std::string_view text, float size, float width) {
    return estimate_width(text, size) <= width * 1.0001f;
}

// Cuts before the character at `end` (a byte offset on a character boundary),
// preferably at the last space when that keeps most of the text; trailing
// spaces and punctuation go, "…" follows.
std::string cut_at(std::string_view text, std::size_t end) {
    std::size_t cut = end;
    const std::size_t space = text.substr(0, end + 1).rfind(' ');
    if (space != std::string_view::npos && space * 10 >= end * 6) cut = space;
    std::string out{text.substr(0, cut)};
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';' || out.back() == ':' ||
                            out.back() == '.' || out.back() == '-'))
        out.pop_back();
    return out + std::string(ellipsis);
}

}  // namespace

std::string shorten_line(std::string_view text, float size, float width) {
    if (fits_width(text, size, width)) return std::string(text);
    const float room = width - estimate_width(ellipsis, size);
    float used = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto decoded = utf8::decode_at(text, offset);
        used += advance(decoded.code_point) * size;
        if (used > room) break;
        offset += decoded.length;
    }
    if (offset == 0) return std::string(ellipsis);
    return cut_at(text, offset);
}

std::string shorten_wrapped(std::string_view text, float size, Rect box) {
    auto fits = [&](std::string_view candidate) { return text_height(candidate, size, box.w) <= box.h + 0.5f; };
    if (fits(text)) return std::string(text);
    // The longest prefix, word by word, that fits with "…" after it.
    std::string best;
    std::size_t offset = 0;
    while (offset < text.size()) {
        std::size_t next = text.find(' ', offset + 1);
        if (next == std::string_view::npos) next = text.size();
        const std::string candidate = cut_at(text, next);
        if (!fits(candidate)) break;
        best = candidate;
        offset = next;
    }
    if (best.empty()) return shorten_line(text, size, box.w);
    return best;
}

Fitted legible_line(const Context& context, std::string_view text, float size, float width) {
    const float floor = context.frame.legible();
    const float fitted = fit_line(text, size, width, floor);
    return {shorten_line(text, fitted, width), fitted};
}

Fitted legible_with_name(const Context& context, std::string_view pattern, std::string_view name, float size,
                         float width) {
    const std::string whole = fill(pattern, {{"name", name}});
    const float fitted = fit_line(whole, size, width, context.frame.legible());
    if (fits_width(whole, fitted, width)) return {whole, fitted};
    const std::string without = fill(pattern, {{"name", ""}});
    const float room = std::max(0.0f, width - estimate_width(without, fitted));
    const std::string text = fill(pattern, {{"name", shorten_line(name, fitted, room)}});
    return {shorten_line(text, fitted, width), fitted};
}

Fitted legible_wrapped(const Context& context, std::string_view text, float size, Rect box) {
    const float floor = context.frame.legible();
    const float fitted = fit_wrapped(text, size, box, floor);
    return {shorten_wrapped(text, fitted, box), fitted};
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
    // A label too long for one line shrinks to the legible minimum at most;
    // then the renderer wraps it inside the button, shortened if even two
    // lines cannot hold it.
    const float wanted = context.frame.size(theme.button_size);
    const float inner = box.w - 1.2f * wanted;
    button.size = std::max(1.0f, fit_line(spec.label, wanted, inner, context.frame.legible()));
    button.label = shorten_wrapped(spec.label, button.size, {0, 0, inner, box.h});
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

    // The rest of the line: the item's title at the left; "Sound off" and
    // where the session stands at the right. Everything keeps the small
    // size: a line too long loses its least needed progress pieces (the
    // reflection, the round, the time left) before the title is shortened,
    // and the title keeps at least a third of the line while it needs it.
    const float gap = context.frame.gap;
    const float available = help.x - gap - header.x;
    const float muted_width = context.in.ui.muted ? estimate_width(words.sound_off, small) + gap : 0.0f;
    const float title_wanted = title.empty() ? 0.0f : std::min(estimate_width(title, small), available / 3) + gap;
    std::vector<ProgressPiece> pieces = progress_pieces(context);
    std::string progress = join(pieces);
    while (estimate_width(progress, small) + muted_width + title_wanted > available && drop_least_needed(pieces))
        progress = join(pieces);
    for (const auto& piece : pieces)
        if (piece.changes_after) list.changes_after(*piece.changes_after);

    float right_edge = help.x - gap;
    if (!progress.empty()) {
        const float room = std::max(0.0f, available - muted_width - title_wanted);
        const float width = std::min(estimate_width(progress, small), room);
        const Fitted fitted = legible_line(context, progress, small, width);
        TextStyle style = small_style(context, Align::right);
        style.size = fitted.size;
        add_text(list, {right_edge - width, header.y, width, header.h}, fitted.text, style, "progress");
        right_edge -= width + gap;
    }
    if (context.in.ui.muted) {
        const float width = std::max(0.0f, std::min(muted_width - gap, right_edge - header.x));
        const Fitted fitted = legible_line(context, words.sound_off, small, width);
        TextStyle style = small_style(context, Align::right);
        style.size = fitted.size;
        add_text(list, {right_edge - width, header.y, width, header.h}, fitted.text, style, "muted");
        right_edge -= width + gap;
    }
    if (!title.empty()) {
        const float width = std::max(0.0f, right_edge - header.x);
        const Fitted fitted = legible_line(context, title, small, width);
        TextStyle style = small_style(context);
        style.size = fitted.size;
        add_text(list, {header.x, header.y, width, header.h}, fitted.text, style, "item-title");
    }
}

void add_done(DisplayList& list, const Context& context, Rect box, std::string_view pattern, std::string_view name,
              Color color, const std::string& role) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    RectItem pill;
    pill.box = box;
    pill.color = theme.surface;
    pill.radius = box.h / 2;
    pill.role = role;
    list.items.emplace_back(pill);

    // The mark and the words together, centred in the pill.
    const float radius = box.h * 0.26f;
    const float spacing = frame.gap * 0.6f;
    const float room = std::max(0.0f, box.w - 2 * radius - spacing - box.h * 0.6f);
    TextStyle style;
    style.color = color;
    style.weight = FontWeight::semibold;
    style.align = Align::left;
    const Fitted fitted = legible_with_name(context, pattern, name, frame.size(theme.button_size), room);
    style.size = fitted.size;
    const float label_width = std::min(room, estimate_width(fitted.text, fitted.size));
    const float start = box.x + (box.w - (2 * radius + spacing + label_width)) / 2;
    const float cy = box.y + box.h / 2;

    DiskItem mark;
    mark.cx = start + radius;
    mark.cy = cy;
    mark.radius = radius;
    mark.color = color;
    mark.role = role + "-mark";
    list.items.emplace_back(mark);
    TextStyle check;
    check.size = radius * 1.25f;
    check.color = theme.primary_text;
    check.align = Align::center;
    check.weight = FontWeight::bold;
    add_text(list, {mark.cx - radius, cy - radius, 2 * radius, 2 * radius}, std::string(check_mark), check,
             role + "-check");
    add_text(list, {mark.cx + radius + spacing, box.y, label_width + frame.size(0.01f), box.h}, fitted.text, style,
             role + "-label");
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
    // While text is typed, P types a "p": Esc stops typing (the draft is
    // kept), then P pauses. Every keyboard has those two keys.
    spec.key = typing_now(context.in.ui, context.snapshot())
                   ? key_text(context, Key::escape) + ", " + key_text(context, pause_key)
                   : key_text(context, pause_key);
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
