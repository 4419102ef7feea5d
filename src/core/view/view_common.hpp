#pragma once
// Shared pieces of the screens (internal to the view): the frame every
// screen is laid out in, text and button helpers, the header, the pause
// button, the countdown ring and the breathing guide.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "key_map.hpp"
#include "view.hpp"

namespace attune::view {

// The screen's geometry. Positions are fractions of width/height; sizes are
// theme fractions of `unit`.
struct Frame {
    float width = 0, height = 0;
    float unit = 0;    // min(height, width * 9 / 16)
    float margin = 0;  // around the edge
    float gap = 0;     // between blocks

    float size(float fraction) const { return fraction * unit; }
    // The smallest type any screen may use: secondary text read from a sofa
    // across the room. Layouts drop, wrap or shorten words before going below.
    float legible() const { return size(legible_fraction); }
    static constexpr float legible_fraction = 0.026f;
    float x(float fraction) const { return fraction * width; }
    float y(float fraction) const { return fraction * height; }
    Rect content() const { return {margin, margin, width - 2 * margin, height - 2 * margin}; }
};

// What every screen part needs to read.
struct Context {
    const ViewInput& in;
    Frame frame;

    const Theme& theme() const { return in.theme; }
    const Words& words() const { return in.words; }
    const Snapshot& snapshot() const { return in.snapshot; }
    const Script& script() const { return in.script; }
    const std::string& name(Seat seat) const { return in.script.partner(seat).name; }
    const TextMetrics& metrics() const { return in.metrics; }

    float button_height() const;
    float hint_height() const;  // the key hint under a button
    Rect header() const;        // the line at the top: item title, progress, help
    Rect footer() const;        // the band of buttons at the bottom, hints included
    Rect body() const;          // between header and footer
};

Context make_context(const ViewInput& input);

struct TextStyle {
    float size = 32;
    Color color;
    Align align = Align::left;
    FontWeight weight = FontWeight::regular;
    bool wrap = false;
};

void add_text(DisplayList& list, Rect box, std::string text, const TextStyle& style, std::string role);

// The width of one line of text as the fonts draw it, and their line height.
float text_width(const Context& context, std::string_view text, float size, FontWeight weight = FontWeight::regular);
float line_height(const Context& context, float size, FontWeight weight = FontWeight::regular);
// The largest size up to `size` at which one line fits `width`, never below
// `floor` (text that still does not fit is for `shorten_line`).
float fit_line(const Context& context, std::string_view text, float size, float width, float floor = 0,
               FontWeight weight = FontWeight::regular);
// The height wrapped text needs at `size` in `width`.
float text_height(const Context& context, std::string_view text, float size, float width,
                  FontWeight weight = FontWeight::regular);
// The largest size up to `size` at which wrapped text fits the box, never
// below `floor` nor below 45 % of `size`.
float fit_wrapped(const Context& context, std::string_view text, float size, Rect box, float floor = 0,
                  FontWeight weight = FontWeight::regular);
// The text cut at a word (or a character) and ended with "…" so that it fits
// one line of `width` at `size`; unchanged when it fits. The last resort when
// type would otherwise shrink below the legible minimum.
std::string shorten_line(const Context& context, std::string_view text, float size, float width,
                         FontWeight weight = FontWeight::regular);
// The same for wrapped text in a box: as many words as its lines hold.
std::string shorten_wrapped(const Context& context, std::string_view text, float size, Rect box,
                            FontWeight weight = FontWeight::regular);

// Wrap before shrink: the one rule by which every screen fits its words.
// The text wraps within the room's width at the size it asks for; only when
// its lines do not fit the room does it shrink, in small steps, down to the
// legible minimum (or the asked size, when that is smaller); only when even
// the minimum does not fit is it cut short with "…".
struct Fitted {
    std::string text;
    float size = 0;
    TextCut cut = TextCut::whole;
    std::size_t lines = 1;  // the lines it takes at `size`
    float height = 0;       // their height
};
// The room: a box (as many lines as its height holds), or a width and a
// number of lines for a text that takes only the height it needs (a name or
// a title may take a second line rather than get smaller).
Fitted fit_text(const Context& context, std::string_view text, float size, Rect box,
                FontWeight weight = FontWeight::regular);
Fitted fit_lines(const Context& context, std::string_view text, float size, float width, std::size_t max_lines,
                 FontWeight weight = FontWeight::regular);
// One line (the rule with no line to wrap onto), and a wrapped block.
Fitted legible_line(const Context& context, std::string_view text, float size, float width,
                    FontWeight weight = FontWeight::regular);
Fitted legible_wrapped(const Context& context, std::string_view text, float size, Rect box,
                       FontWeight weight = FontWeight::regular);
// A line made from a pattern with "{name}" in it ("{name}: answered"): when
// even the legible minimum is too big, the name is shortened, never the words
// around it that say what happened.
Fitted legible_with_name(const Context& context, std::string_view pattern, std::string_view name, float size,
                         float width, FontWeight weight = FontWeight::regular);
// Fitted text in a box: the style at the fitted size, wrapping when it took
// more than one line, marked when shortened.
void add_text(DisplayList& list, Rect box, const Fitted& fitted, TextStyle style, std::string role);

struct ButtonSpec {
    std::string label;
    Command command = cmd::Next{};
    UiAction ui = UiAction::none;
    bool primary = false;
    bool chosen = false;               // a vote already given (it can still change): outlined
    std::optional<Color> label_color;  // e.g. a partner's colour
    std::optional<Color> outline;
    std::string role;
    std::string key;  // the key hint shown under the button, "" for none
};

void add_button(DisplayList& list, const Context& context, Rect box, const ButtonSpec& spec);

// Something done that cannot be undone (a partner is ready, has agreed): not a
// button but a quiet pill with a check mark in the partner's colour, so that
// it never looks like something still to press. The label is `pattern` with
// `name` for "{name}". `role` names the pill; its parts are role + "-mark",
// "-check" and "-label".
void add_done(DisplayList& list, const Context& context, Rect box, std::string_view pattern, std::string_view name,
              Color color, const std::string& role);
// A button's natural width for its label, within [min_width, max_width].
float button_width(const Context& context, std::string_view label, float min_width, float max_width);

// Footer slots: the pause button sits at the left, the primary action at the right.
Rect footer_left(const Context& context, float width);
Rect footer_right(const Context& context, float width);
Rect footer_center(const Context& context, float width);

// The header keeps its type at the small size: when the line is too long,
// the least needed pieces of the progress go first, then the title shortens.
void add_header(DisplayList& list, const Context& context, const std::string& title);
// The width of the header's key-help button at its right.
float help_button_width(const Context& context);
// "Part 2 of 3  ·  Round 1 of 2  ·  4:10 left for this part"; empty outside a running item.
std::string progress_text(const Context& context);
void add_pause_button(DisplayList& list, const Context& context);
// `key` is the hint under it; empty: the shared Next key (Space).
void add_next_button(DisplayList& list, const Context& context, const std::string& label, const std::string& key = "");

// view_countdown.cpp. A countdown: digits inside a ring that empties as time runs out; the ring
// and digits turn warm as thresholds pass; words below say how much is left.
// `words_width` is the room for the words (0: no words). Returns the bottom
// of what it drew.
float add_countdown(DisplayList& list, const Context& context, float cx, float cy, float radius, const TimerView& timer,
                    float words_width);
// The room the words under a countdown may take, in multiples of the body size.
inline constexpr float time_words_lines = 2.7f;
Color countdown_color(const Context& context, const TimerView& timer);
std::string time_words(const Context& context, const TimerView& timer);

// The breathing guide: a disk that grows on the in-breath, holds, shrinks.
void add_breath(DisplayList& list, float cx, float cy, float radius, const BreathState& breath, Color color);
std::string breath_words(const Words& words, BreathPhase phase);

const Step* current_step(const Script& script, const Snapshot& snapshot);
// The current item's title, "" when the snapshot names no item.
std::string item_title(const Context& context);
std::string key_text(const Context& context, Key key);
// A length of time in words for sentences ("20 minutes", "1 minute 30
// seconds"), never "20 s": abbreviations are hard to read across a room.
std::string duration_words(const Words& words, Seconds value);
std::string key_pair_text(const Context& context, Key left, Key right);  // "A / L"

// Ready-made styles.
TextStyle heading_style(const Context& context, Align align = Align::left);
TextStyle body_style(const Context& context, Align align = Align::left);
TextStyle small_style(const Context& context, Align align = Align::left);

}  // namespace attune::view
