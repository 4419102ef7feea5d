#include "text_layout.hpp"

#include <algorithm>
#include <cmath>

#include "utf8.hpp"

namespace attune {
namespace {

constexpr std::size_t short_paragraph = 512;  // bytes

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
    std::size_t skip_spaces(std::size_t at, std::size_t end) const {
        while (at < end && m_text[at] == ' ') ++at;
        return at;
    }
    std::size_t word_end(std::size_t at, std::size_t end) const {
        while (at < end && m_text[at] != ' ') ++at;
        return at;
    }

    void paragraph(std::size_t begin, std::size_t end) {
        // Short paragraphs are measured whole first: most fit one line.
        if (m_width <= 0 || begin == end || (end - begin <= short_paragraph && measure(begin, end) <= m_width)) {
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

    // Where the line from `start` ends: after the last word with which the
    // whole line still fits (`start` when not even the first word does).
    // Measuring the line word by word costs the square of its length in
    // shaping, so the end is guessed from the widths of its words (each
    // space and word measured alone: the metrics cache them, words recur),
    // then the whole line is measured at the guess and one word either side
    // of it until the true end is found. A line only grows wider as words
    // are added, so this is the end that trying word after word finds.
    std::size_t fitting_end(std::size_t start, std::size_t end) const {
        std::vector<std::size_t> ends;  // after each word (and the spaces before it)
        auto next_end = [&](std::size_t cursor) { return word_end(skip_spaces(cursor, end), end); };
        float guess = 0;
        std::size_t guessed = 0;  // words in the guess
        for (std::size_t cursor = start; cursor < end && guess <= m_width;) {
            const std::size_t next = next_end(cursor);
            guess += measure(cursor, next);
            ends.push_back(next);
            if (guess <= m_width) guessed = ends.size();
            cursor = next;
        }
        auto fits = [&](std::size_t words) { return words == 0 || measure(start, ends[words - 1]) <= m_width; };
        std::size_t words = guessed;
        if (fits(words)) {
            while (true) {
                if (words == ends.size()) {
                    if (ends.empty() || ends.back() >= end) break;
                    ends.push_back(next_end(ends.back()));
                }
                if (!fits(words + 1)) break;
                ++words;
            }
        } else {
            while (!fits(words)) --words;
        }
        return words == 0 ? start : ends[words - 1];
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
};

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

void place_text(DisplayList& list, const TextMetrics& metrics) {
    for (DisplayItem& item : list.items) {
        if (auto* text = std::get_if<TextItem>(&item))
            place(*text, metrics);
        else if (auto* button = std::get_if<ButtonItem>(&item))
            place(*button, metrics);
    }
}

}  // namespace attune
