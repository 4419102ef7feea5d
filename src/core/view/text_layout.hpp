#pragma once
// Line breaking and placing text with the real text metrics: the one place
// that decides where a text's lines break, so that what the view fits is
// what the renderer draws and what `attune --validate` counts.
#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

#include "display_list.hpp"
#include "text_metrics.hpp"

namespace attune {

// A line of a text: the bytes [begin, end) of it.
struct LineSpan {
    std::size_t begin = 0, end = 0;
    bool operator==(const LineSpan&) const = default;
};

inline constexpr std::size_t no_line_limit = std::numeric_limits<std::size_t>::max();

// The lines of `text` at `size` and `weight`: greedy word wrapping within
// `width` (breaks at spaces; a word longer than a line breaks inside
// itself), and always at '\n'. A `width` of 0 or less breaks only at '\n'.
// Stops after `max_lines` lines, so that a long text costs only what is
// asked of it.
std::vector<LineSpan> wrap_text(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight,
                                float width, std::size_t max_lines = no_line_limit);

// At least how many lines `wrap_text` makes of `text` (counting no further
// than `max_lines`), from the widths of its words alone: no line is measured
// whole, so that a size at which a long text cannot fit is ruled out for
// little more than the cost of looking up its words.
std::size_t fewest_lines(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight, float width,
                         std::size_t max_lines = no_line_limit);

// Fills the lines of every text and every button label of `list`, placed in
// their boxes as their alignment and padding say.
void place_text(DisplayList& list, const TextMetrics& metrics);

}  // namespace attune
