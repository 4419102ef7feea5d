#include "text_layout.hpp"

#include <algorithm>
#include <cmath>

#include "utf8.hpp"

namespace attune {
namespace {

constexpr std::size_t short_paragraph = 512;  // bytes
// Shorter than this, a paragraph is measured whole at once: adding up its
// words first would cost more than it could save.
constexpr std::size_t very_short_paragraph = 128;  // bytes

// The words of a line measured one by one (each with the spaces before it:
// the metrics cache them, words recur) add up to about the width of the line
// measured whole: a little less, as each piece is rounded and the kerning
// between pieces is lost, and never more than `surplus` more (a piece
// rounded up, a glyph at a piece's end that overhangs its advance).
float surplus(std::size_t pieces, float size) {
    constexpr float per_piece = 1.0f;  // pixels
    constexpr float per_line = 0.1f;   // em
    return static_cast<float>(pieces) * per_piece + per_line * size;
}

std::size_t skip_spaces(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && text[at] == ' ') ++at;
    return at;
}

std::size_t word_end(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && text[at] != ' ') ++at;
    return at;
}

class Wrapper {
public:
    Wrapper(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight, float width,
            std::size_t max_lines)
        : m_metrics(metrics), m_text(text), m_size(size), m_weight(weight), m_width(width), m_max_lines(max_lines) {}

    std::vector<LineSpan> run() {
        std::size_t begin = 0;
        while (!full()) {
            std::size_t end = m_text.find('\n', begin);
            if (end == std::string_view::npos) end = m_text.size();
            paragraph(begin, end);
            if (end >= m_text.size()) break;
            begin = end + 1;
        }
        return std::move(m_lines);
    }

private:
    bool full() const { return m_lines.size() >= m_max_lines; }
    float measure(std::size_t begin, std::size_t end) const {
        return m_metrics.width(m_text.substr(begin, end - begin), m_size, m_weight);
    }
    std::size_t skip_spaces(std::size_t at, std::size_t end) const { return attune::skip_spaces(m_text, at, end); }
    std::size_t word_end(std::size_t at, std::size_t end) const { return attune::word_end(m_text, at, end); }
    float surplus(std::size_t pieces) const { return attune::surplus(pieces, m_size); }

    void paragraph(std::size_t begin, std::size_t end) {
        // Short paragraphs are measured whole first when their words do not
        // already say that they are too long for one line: most fit one.
        const std::size_t length = end - begin;
        if (m_width <= 0 || begin == end ||
            (length <= short_paragraph && (length <= very_short_paragraph || may_fit_one_line(begin, end)) &&
             measure(begin, end) <= m_width)) {
            m_lines.push_back({begin, end});
            return;
        }
        std::size_t start = begin;
        while (start < end && !full()) {
            std::size_t line_end = fitting_end(start, end);
            if (line_end == start) line_end = break_word(start, word_end(skip_spaces(start, end), end));
            m_lines.push_back({start, line_end});
            start = skip_spaces(line_end, end);
        }
    }

    bool may_fit_one_line(std::size_t begin, std::size_t end) const {
        float sum = 0;
        std::size_t pieces = 0;
        for (std::size_t cursor = begin; cursor < end; ++pieces) {
            const std::size_t next = word_end(skip_spaces(cursor, end), end);
            sum += measure(cursor, next);
            if (sum > m_width + surplus(pieces + 1)) return false;
            cursor = next;
        }
        return true;
    }

    // Where the line from `start` ends: after the last word with which the
    // whole line still fits (`start` when not even the first word does).
    // Measuring the line word by word costs the square of its length in
    // shaping, so the end is guessed from the widths of its words, then the
    // whole line is measured at the guess: about once a line. The line one
    // word longer is measured too only when its words' widths do not already
    // say it is too wide. A line only grows wider as words are added, so
    // with metrics that keep to `surplus` (the bundled fonts keep well
    // inside it) this is the end that trying word after word finds; with
    // others a line may end a word early, never late: every line kept has
    // been measured whole.
    std::size_t fitting_end(std::size_t start, std::size_t end) const {
        std::vector<std::size_t> ends;  // after each word (and the spaces before it)
        std::vector<float> sums;        // the widths of the words up to each end
        // Words are gathered until their widths alone say the line is too wide.
        std::size_t known_misfit = 0;  // the fewest words known not to fit
        for (std::size_t cursor = start; cursor < end && known_misfit == 0;) {
            const std::size_t next = word_end(skip_spaces(cursor, end), end);
            sums.push_back((sums.empty() ? 0.0f : sums.back()) + measure(cursor, next));
            ends.push_back(next);
            if (sums.back() > m_width + surplus(ends.size())) known_misfit = ends.size();
            cursor = next;
        }
        if (known_misfit == 0) known_misfit = ends.size() + 1;  // the paragraph ends: no more words
        std::size_t known_fit = 0;                              // the most words known to fit
        auto probe = [&](std::size_t words) {
            const float exact = measure(start, ends[words - 1]);
            m_shortfall = (exact - sums[words - 1]) / static_cast<float>(words);
            if (exact <= m_width)
                known_fit = words;
            else
                known_misfit = words;
        };
        if (known_misfit == 1) return start;
        // The guess: the words' widths, with what the last line measured
        // whole showed they fall short of it by.
        std::size_t guess = 1;
        for (std::size_t words = 2; words < known_misfit; ++words)
            if (sums[words - 1] + m_shortfall * static_cast<float>(words) <= m_width) guess = words;
        probe(guess);
        // The end is next to a good guess; halving finds it after a poor one.
        if (known_misfit - known_fit > 1) probe(known_fit == guess ? guess + 1 : guess - 1);
        while (known_misfit - known_fit > 1) probe((known_fit + known_misfit) / 2);
        return known_fit == 0 ? start : ends[known_fit - 1];
    }

    // The longest beginning of the word [begin, end) that fits a line, at
    // least one character. Only as many characters are tried as could ever
    // fit (no glyph advances less than a tenth of an em), so that a text
    // without spaces costs no more than a line.
    std::size_t break_word(std::size_t begin, std::size_t end) const {
        const auto most = static_cast<std::size_t>(m_width / (0.1f * std::max(m_size, 1.0f))) + 2;
        std::vector<std::size_t> ends;  // after each character
        for (std::size_t at = begin; at < end && ends.size() < most;) {
            at += utf8::decode_at(m_text, at).length;
            ends.push_back(std::min(at, end));
        }
        if (ends.empty()) return end;
        // Binary search for the last end that fits; the first one always goes.
        std::size_t low = 0, high = ends.size() - 1;
        while (low < high) {
            const std::size_t middle = (low + high + 1) / 2;
            if (measure(begin, ends[middle]) <= m_width)
                low = middle;
            else
                high = middle - 1;
        }
        return ends[low];
    }

    const TextMetrics& m_metrics;
    std::string_view m_text;
    float m_size;
    FontWeight m_weight;
    float m_width;
    std::size_t m_max_lines;
    std::vector<LineSpan> m_lines;
    mutable float m_shortfall = 0;  // pixels a word the last line measured whole was wider than its words
};

// The lines a paragraph [begin, end) takes at the least: lines filled with
// words as long as the words' widths less their surplus fit, each word that
// is too wide even so on a line of its own (the Wrapper breaks it over two or
// more). No line of the Wrapper's, measured whole, holds more words than
// such a line does, so it never makes fewer lines.
std::size_t fewest_paragraph_lines(const TextMetrics& metrics, std::string_view text, std::size_t begin,
                                   std::size_t end, float size, FontWeight weight, float width, std::size_t most) {
    if (begin == end) return 1;
    std::size_t lines = 0;
    for (std::size_t start = begin; start < end && lines < most;) {
        ++lines;
        float sum = 0;
        std::size_t pieces = 0;
        std::size_t cursor = start;
        while (cursor < end) {
            const std::size_t next = word_end(text, skip_spaces(text, cursor, end), end);
            const float piece = metrics.width(text.substr(cursor, next - cursor), size, weight);
            if (pieces > 0 && sum + piece - surplus(pieces + 1, size) > width) break;
            sum += piece;
            ++pieces;
            cursor = next;
            if (pieces == 1 && sum - surplus(1, size) > width) break;
        }
        start = skip_spaces(text, cursor, end);
    }
    return lines;
}

// Lines of `text` stacked and centred vertically in `box`, each aligned.
std::vector<TextLine> place_lines(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight,
                                  Rect box, Align align, float wrap_width, float line_height) {
    std::vector<TextLine> lines;
    if (text.empty()) return lines;
    const std::vector<LineSpan> spans = wrap_text(metrics, text, size, weight, wrap_width);
    float y = box.y + (box.h - static_cast<float>(spans.size()) * line_height) * 0.5f;
    for (const LineSpan& span : spans) {
        TextLine line;
        line.text = std::string(text.substr(span.begin, span.end - span.begin));
        const float width = line.text.empty() ? 0.0f : metrics.width(line.text, size, weight);
        line.x = box.x;
        if (align == Align::center)
            line.x = box.x + (box.w - width) * 0.5f;
        else if (align == Align::right)
            line.x = box.x + box.w - width;
        line.y = y;
        line.width = width;
        y += line_height;
        lines.push_back(std::move(line));
    }
    return lines;
}

void place(TextItem& item, const TextMetrics& metrics) {
    item.line_height = metrics.line_height(item.size, item.weight);
    item.lines = place_lines(metrics, item.text, item.size, item.weight, item.box, item.align,
                             item.wrap ? std::max(1.0f, item.box.w) : 0.0f, item.line_height);
}

void place(ButtonItem& button, const TextMetrics& metrics) {
    const Rect inner{button.box.x + button.padding, button.box.y, std::max(1.0f, button.box.w - 2 * button.padding),
                     button.box.h};
    button.label_lines = place_lines(metrics, button.label, button.size, button.weight, inner, Align::center, inner.w,
                                     metrics.line_height(button.size, button.weight));
}

}  // namespace

std::vector<LineSpan> wrap_text(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight,
                                float width, std::size_t max_lines) {
    if (max_lines == 0) return {};
    return Wrapper{metrics, text, size, weight, width, max_lines}.run();
}

std::size_t fewest_lines(const TextMetrics& metrics, std::string_view text, float size, FontWeight weight, float width,
                         std::size_t max_lines) {
    std::size_t lines = 0;
    for (std::size_t begin = 0; lines < max_lines;) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        lines +=
            width <= 0 ? 1 : fewest_paragraph_lines(metrics, text, begin, end, size, weight, width, max_lines - lines);
        if (end >= text.size()) break;
        begin = end + 1;
    }
    return std::min(lines, max_lines);
}

void place_text(DisplayList& list, const TextMetrics& metrics) {
    for (DisplayItem& item : list.items) {
        if (auto* text = std::get_if<TextItem>(&item))
            place(*text, metrics);
        else if (auto* button = std::get_if<ButtonItem>(&item))
            place(*button, metrics);
    }
}

}  // namespace attune
