#include "view_common.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include "duration.hpp"
#include "text_layout.hpp"
#include "utf8.hpp"

namespace attune::view {
namespace {

// U+2713: Inter draws it (the heavy U+2714 it lacks).
constexpr std::string_view check_mark = "✓";

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
                                snapshot.activity == Activity::clarify || snapshot.activity == Activity::not_heard;
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

void add_text(DisplayList& list, Rect box, const Fitted& fitted, TextStyle style, std::string role) {
    style.size = fitted.size;
    if (fitted.lines > 1) style.wrap = true;
    add_text(list, box, fitted.text, style, std::move(role));
    std::get<TextItem>(list.items.back()).cut = fitted.cut;
}

float text_width(const Context& context, std::string_view text, float size, FontWeight weight) {
    return text.empty() ? 0.0f : context.metrics().width(text, size, weight);
}

float line_height(const Context& context, float size, FontWeight weight) {
    return context.metrics().line_height(size, weight);
}

namespace {

constexpr std::string_view ellipsis = "…";

// Text fitted to a width by `fit_line` measures that width exactly, give or
// take rounding: the same layout at 720p and 4K must decide alike.
bool fits_width(const Context& context, std::string_view text, float size, float width, FontWeight weight) {
    return text_width(context, text, size, weight) <= width * 1.0001f;
}

// How many lines of `size` a box of `height` holds.
std::size_t lines_in(const Context& context, float height, float size, FontWeight weight) {
    const float line = line_height(context, size, weight);
    if (line <= 0 || height <= 0) return 0;
    return static_cast<std::size_t>(height / line);
}

// Whether wrapped text fits `height`: only the lines that could fit, and one
// more, are broken, so that a very long text costs no more than its box.
bool fits_height(const Context& context, std::string_view text, float size, float width, float height,
                 FontWeight weight) {
    const float line = line_height(context, size, weight);
    const std::size_t room = lines_in(context, height, size, weight);
    const std::size_t lines = wrap_text(context.metrics(), text, size, weight, width, room + 1).size();
    return static_cast<float>(lines) * line <= height;
}

}  // namespace

float fit_line(const Context& context, std::string_view text, float size, float width, float floor, FontWeight weight) {
    const float needed = text_width(context, text, size, weight);
    if (needed <= width || needed <= 0) return size;
    const float lowest = std::max(0.0f, std::min(floor, size));
    float fitted = std::max(lowest, size * width / needed);
    // Real fonts do not scale exactly (hinting, whole pixel sizes): a little
    // smaller until the line fits, rather than cut a word that almost fits.
    for (int step = 0; step < 8 && fitted > lowest && !fits_width(context, text, fitted, width, weight); ++step)
        fitted = std::max(lowest, fitted * 0.97f);
    return fitted;
}

float text_height(const Context& context, std::string_view text, float size, float width, FontWeight weight) {
    const std::size_t lines = wrap_text(context.metrics(), text, size, weight, width).size();
    return static_cast<float>(lines) * line_height(context, size, weight);
}

namespace {

// The largest of `sizes` (largest first) at which the text `fits`, or
// `none` when it fits at none of them. A text only needs more room as it
// grows, so the first size that fits is found by bisection, after trying
// the first size (most texts fit as they are) and the last (a text too long
// for every size costs two layouts, not one for each size).
template <typename Fits, typename Guess>
float first_fitting(const std::vector<float>& sizes, Fits fits, float none, Guess guess_of) {
    if (sizes.empty()) return none;
    if (fits(sizes.front())) return sizes.front();
    const std::size_t guess = guess_of();
    std::size_t low = 0, high = sizes.size() - 1;  // low does not fit, high fits once checked
    bool high_checked = false;
    // A good guess ends the search in two more layouts: the text fits at the
    // guess and not at the size before it. A wrong one still halves it.
    if (guess > 0 && guess < sizes.size()) {
        if (fits(sizes[guess])) {
            if (guess == 1 || !fits(sizes[guess - 1])) return sizes[guess];
            high = guess - 1;
            high_checked = true;
        } else {
            if (guess == sizes.size() - 1) return none;
            low = guess;
        }
    }
    if (!high_checked && (sizes.size() == 1 || !fits(sizes.back()))) return none;
    while (high - low > 1) {
        const std::size_t middle = (low + high) / 2;
        if (fits(sizes[middle]))
            high = middle;
        else
            low = middle;
    }
    return sizes[high];
}

template <typename Fits>
float first_fitting(const std::vector<float>& sizes, Fits fits, float none) {
    return first_fitting(sizes, fits, none, [] { return std::size_t{0}; });
}

}  // namespace

float fit_wrapped(const Context& context, std::string_view text, float size, Rect box, float floor, FontWeight weight) {
    // The sizes tried: each 8 % smaller, all above the smallest, which is
    // the answer when none of them fits.
    const float smallest = std::max(size * 0.45f, std::min(floor, size));
    std::vector<float> sizes;
    while (size > smallest) {
        sizes.push_back(size);
        size = std::max(size * 0.92f, smallest);
        if (size == smallest) break;
    }
    return first_fitting(
        sizes, [&](float at) { return fits_height(context, text, at, box.w, box.h, weight); }, smallest);
}

namespace {

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

// The ends of the first characters of `text`, at most `most` of them.
std::vector<std::size_t> character_ends(std::string_view text, std::size_t most) {
    std::vector<std::size_t> ends;
    for (std::size_t at = 0; at < text.size() && ends.size() < most;) {
        at += utf8::decode_at(text, at).length;
        ends.push_back(std::min(at, text.size()));
    }
    return ends;
}

}  // namespace

std::string shorten_line(const Context& context, std::string_view text, float size, float width, FontWeight weight) {
    if (fits_width(context, text, size, width, weight)) return std::string(text);
    const float room = width - text_width(context, ellipsis, size, weight);
    // Only as many characters as could ever fit are tried (no glyph advances
    // less than a tenth of an em).
    const auto most = static_cast<std::size_t>(std::max(0.0f, room) / (0.1f * std::max(size, 1.0f))) + 2;
    const std::vector<std::size_t> ends = character_ends(text, most);
    // The longest beginning that fits the room before "…".
    std::size_t count = 0;  // characters kept
    std::size_t low = 0, high = ends.size();
    while (low < high) {
        const std::size_t middle = (low + high + 1) / 2;
        if (text_width(context, text.substr(0, ends[middle - 1]), size, weight) <= room)
            low = middle;
        else
            high = middle - 1;
    }
    count = low;
    // The cut drops trailing punctuation and adds "…"; real glyph pairs may
    // still make it a little wider, then one character less.
    while (count > 0) {
        std::string shortened = cut_at(text, ends[count - 1]);
        if (fits_width(context, shortened, size, width, weight) || count == 1) return shortened;
        --count;
    }
    return std::string(ellipsis);
}

std::string shorten_wrapped(const Context& context, std::string_view text, float size, Rect box, FontWeight weight) {
    const float height = box.h + 0.5f;
    auto fits = [&](std::string_view candidate) {
        return fits_height(context, candidate, size, box.w, height, weight);
    };
    if (fits(text)) return std::string(text);
    // The longest beginning, ended at a space, that fits with "…" after it:
    // it ends near where the lines the box holds end, so the search starts
    // at the first space after them and walks back word by word.
    const std::size_t room = lines_in(context, height, size, weight);
    if (room == 0) return shorten_line(context, text, size, box.w, weight);
    const std::vector<LineSpan> lines = wrap_text(context.metrics(), text, size, weight, box.w, room);
    std::size_t next = text.find(' ', lines.back().end);
    if (next == std::string_view::npos) next = text.size();
    while (next > 0) {
        const std::string candidate = cut_at(text, next);
        if (fits(candidate)) return candidate;
        const std::size_t space = text.substr(0, next).rfind(' ');
        if (space == std::string_view::npos || space == 0) break;
        next = space;
    }
    return shorten_line(context, text, size, box.w, weight);
}

namespace {

// How many lines the room holds at a size: a box holds what its height
// holds, a block of `max_lines` always that many.
struct Room {
    float width = 0;
    float height = 0;           // a box's height; 0 for a block
    std::size_t max_lines = 0;  // a block's lines; 0 for a box
    std::size_t lines_at(const Context& context, float size, FontWeight weight) const {
        return max_lines > 0 ? max_lines : lines_in(context, height + 0.5f, size, weight);
    }
};

std::size_t lines_of(const Context& context, std::string_view text, float size, float width, std::size_t most,
                     FontWeight weight) {
    return std::max<std::size_t>(1, wrap_text(context.metrics(), text, size, weight, width, most).size());
}

Fitted fitted_at(const Context& context, std::string_view text, float size, const Room& room, FontWeight weight) {
    Fitted fitted;
    fitted.text = std::string(text);
    fitted.size = size;
    // One line is one line: `fit_line` leaves a hair of rounding that must not wrap.
    fitted.lines = room.max_lines == 1 ? 1 : lines_of(context, text, size, room.width, no_line_limit, weight);
    fitted.height = static_cast<float>(fitted.lines) * line_height(context, size, weight);
    return fitted;
}

// Where among `sizes` (largest first) the text probably first fits the
// room, to start the search there: its words' widths at the first size
// (measured one by one: words recur, and the metrics keep them), scaled to
// each size, over lines almost full. 0 (no guess) for long texts
// and long words, whose measuring would cost more than the search it saves.
std::size_t likely_first_fitting(const Context& context, std::string_view text, const std::vector<float>& sizes,
                                 const Room& room, FontWeight weight) {
    constexpr std::size_t longest_text = 4096, longest_word = 64;  // bytes
    if (text.size() > longest_text || sizes.size() < 3 || room.width <= 0) return 0;
    const float first = sizes.front();
    const float first_line = line_height(context, first, weight);
    if (first <= 0 || first_line <= 0) return 0;
    float total = 0;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
        if (end - at > longest_word) return 0;
        if (end > at) total += text_width(context, text.substr(at, end - at), first, weight);
        if (end < text.size()) total += text_width(context, " ", first, weight);
        at = end + 1;
    }
    for (std::size_t index = 1; index < sizes.size(); ++index) {
        const float scale = sizes[index] / first;
        const auto lines = static_cast<std::size_t>(std::ceil(total * scale / (room.width * 0.97f)));
        const std::size_t allowed =
            room.max_lines > 0 ? room.max_lines : static_cast<std::size_t>((room.height + 0.5f) / (first_line * scale));
        if (lines <= allowed) return index;
    }
    return sizes.size() - 1;
}

Fitted fit_in(const Context& context, std::string_view text, float size, const Room& room, FontWeight weight) {
    const float floor = std::min(context.frame.legible(), size);
    // At a size where a long text's words alone take more lines than the
    // room holds, it is ruled out without measuring lines whole (a short
    // text costs less to lay out than to look up word by word).
    constexpr std::size_t long_text = 160;  // bytes
    auto fits = [&](float at) {
        const std::size_t allowed = room.lines_at(context, at, weight);
        if (allowed == 0) return false;
        if (text.size() > long_text &&
            fewest_lines(context.metrics(), text, at, weight, room.width, allowed + 1) > allowed)
            return false;
        return lines_of(context, text, at, room.width, allowed + 1, weight) <= allowed;
    };
    if (text.empty()) return fitted_at(context, text, size, room, weight);
    // One line: the exact size at which it fits, as a line measures.
    if (room.max_lines == 1) {
        const float at = fit_line(context, text, size, room.width, floor, weight);
        if (fits_width(context, text, at, room.width, weight)) return fitted_at(context, text, at, room, weight);
    } else {
        // The sizes tried: each 5 % smaller, down to the legible floor.
        std::vector<float> sizes{size};
        while (sizes.back() > floor) sizes.push_back(std::max(floor, sizes.back() * 0.95f));
        const float at =
            first_fitting(sizes, fits, -1.0f, [&] { return likely_first_fitting(context, text, sizes, room, weight); });
        if (at >= 0) return fitted_at(context, text, at, room, weight);
    }
    // Even the legible minimum is too big: as many words as the room holds.
    const std::size_t lines = std::max<std::size_t>(1, room.lines_at(context, floor, weight));
    const float line = line_height(context, floor, weight);
    std::string shown = lines == 1 ? shorten_line(context, text, floor, room.width, weight)
                                   : shorten_wrapped(context, text, floor,
                                                     {0, 0, room.width, static_cast<float>(lines) * line}, weight);
    Fitted fitted = fitted_at(context, shown, floor, room, weight);
    // A room too low for even one line did not fit the text either.
    const bool no_room = room.lines_at(context, floor, weight) == 0;
    fitted.cut = shown == text && !no_room ? TextCut::whole : TextCut::shortened;
    return fitted;
}

}  // namespace

Fitted fit_text(const Context& context, std::string_view text, float size, Rect box, FontWeight weight) {
    return fit_in(context, text, size, Room{box.w, box.h, 0}, weight);
}

Fitted fit_lines(const Context& context, std::string_view text, float size, float width, std::size_t max_lines,
                 FontWeight weight) {
    return fit_in(context, text, size, Room{width, 0, std::max<std::size_t>(1, max_lines)}, weight);
}

Fitted legible_line(const Context& context, std::string_view text, float size, float width, FontWeight weight) {
    return fit_lines(context, text, size, width, 1, weight);
}

Fitted legible_with_name(const Context& context, std::string_view pattern, std::string_view name, float size,
                         float width, FontWeight weight) {
    const std::string whole = fill(pattern, {{"name", name}});
    const float fitted = fit_line(context, whole, size, width, context.frame.legible(), weight);
    if (fits_width(context, whole, fitted, width, weight)) return {whole, fitted, TextCut::whole};
    const std::string without = fill(pattern, {{"name", ""}});
    const float room = std::max(0.0f, width - text_width(context, without, fitted, weight));
    const std::string text = fill(pattern, {{"name", shorten_line(context, name, fitted, room, weight)}});
    return {shorten_line(context, text, fitted, width, weight), fitted, TextCut::shortened};
}

Fitted legible_wrapped(const Context& context, std::string_view text, float size, Rect box, FontWeight weight) {
    return fit_text(context, text, size, box, weight);
}

float button_width(const Context& context, std::string_view label, float min_width, float max_width) {
    const float size = context.frame.size(context.theme().button_size);
    const float natural = text_width(context, label, size, FontWeight::semibold) + 2.4f * size;
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
    // A label too long for one line wraps inside the button's padding, and
    // shrinks only when the button's height cannot hold its lines.
    const float wanted = context.frame.size(theme.button_size);
    button.weight = spec.primary ? FontWeight::semibold : FontWeight::regular;
    button.padding = std::min(0.6f * wanted, button.box.w * 0.25f);
    button.radius = context.frame.size(theme.corner);
    button.outline_width = std::max(2.0f, button.box.h * 0.04f);
    const float inner = button.box.w - 2 * button.padding;
    const Fitted label = fit_text(context, spec.label, wanted, {0, 0, inner, button.box.h}, button.weight);
    button.size = std::max(1.0f, label.size);
    button.label = label.text;
    button.label_cut = label.cut;
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

float help_button_width(const Context& context) {
    // A little wider than its padding needs, so that rounding never wraps the label.
    const float small = context.frame.size(context.theme().small_size);
    return text_width(context, context.words().help_button, small) + 2.6f * small;
}

void add_header(DisplayList& list, const Context& context, const std::string& title) {
    const Rect header = context.header();
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const float small = context.frame.size(theme.small_size);

    // The small key-help button at the far right, so the keys can be found.
    const float help_width = help_button_width(context);
    const Rect help{header.x + header.w - help_width, header.y, help_width, header.h};
    ButtonItem button;
    button.box = help;
    button.label = words.help_button;
    button.ui = UiAction::toggle_help;
    button.fill = theme.button_fill;
    button.text = theme.button_text;
    button.outline = theme.button_outline;
    button.size = small;
    button.padding = 1.2f * small;
    button.radius = context.frame.size(theme.corner);
    button.outline_width = std::max(2.0f, help.h * 0.04f);
    button.role = "help-button";
    list.items.emplace_back(std::move(button));

    // The rest of the line: the item's title at the left; "Sound off" and
    // where the session stands at the right. Everything keeps the small
    // size: a line too long loses its least needed progress pieces (the
    // reflection, the round, the time left) before the title is shortened,
    // and the title keeps at least a third of the line while it needs it.
    const float gap = context.frame.gap;
    const float available = help.x - gap - header.x;
    const float muted_width = context.in.ui.muted ? text_width(context, words.sound_off, small) + gap : 0.0f;
    const float title_wanted = title.empty() ? 0.0f : std::min(text_width(context, title, small), available / 3) + gap;
    std::vector<ProgressPiece> pieces = progress_pieces(context);
    std::string progress = join(pieces);
    while (text_width(context, progress, small) + muted_width + title_wanted > available && drop_least_needed(pieces))
        progress = join(pieces);
    for (const auto& piece : pieces)
        if (piece.changes_after) list.changes_after(*piece.changes_after);

    float right_edge = help.x - gap;
    if (!progress.empty()) {
        const float room = std::max(0.0f, available - muted_width - title_wanted);
        const float width = std::min(text_width(context, progress, small), room);
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
    // The disk is large enough for its check mark to keep the legible size.
    const float radius = std::max(box.h * 0.28f, frame.legible() / 1.25f);
    const float spacing = frame.gap * 0.6f;
    const float room = std::max(0.0f, box.w - 2 * radius - spacing - box.h * 0.6f);
    TextStyle style;
    style.color = color;
    style.weight = FontWeight::semibold;
    style.align = Align::left;
    const Fitted fitted =
        legible_with_name(context, pattern, name, frame.size(theme.button_size), room, FontWeight::semibold);
    style.size = fitted.size;
    const float label_width = std::min(room, text_width(context, fitted.text, fitted.size, FontWeight::semibold));
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
    check.size = std::max(radius * 1.25f, frame.legible());
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

void add_next_button(DisplayList& list, const Context& context, const std::string& label, const std::string& key) {
    const float width = button_width(context, label, context.frame.x(0.15f), context.frame.x(0.3f));
    ButtonSpec spec;
    spec.label = label;
    spec.command = cmd::Next{};
    spec.primary = true;
    spec.role = "next";
    spec.key = key.empty() ? key_text(context, Key::space) : key;
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

std::string duration_words(const Words& words, Seconds value) {
    const auto total = std::max<long long>(0, value.count());
    const long long minutes = total / 60, seconds = total % 60;
    std::string out;
    if (minutes > 0) out = fill_count(words.duration_minutes, minutes);
    if (seconds > 0 || minutes == 0) {
        if (!out.empty()) out += " ";
        out += fill_count(words.duration_seconds, seconds);
    }
    return out;
}

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
