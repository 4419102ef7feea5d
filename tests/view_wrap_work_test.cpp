// Breaking text into lines measures each line whole about once: the line's
// end is guessed from its words' widths (looked up one by one, as the metrics
// keep them), and only near that end is a whole line measured. Whatever the
// metrics, every line kept has been measured whole and fits; with metrics
// whose words add up to about a line's width, the lines are those that
// trying word after word finds.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fake_text_metrics.hpp"
#include "ordinary_words.hpp"
#include "text_layout.hpp"

using namespace attune;

namespace {

bool is_whole_line(std::string_view text) {
    const std::size_t first_word = text.find_first_not_of(' ');
    return first_word != std::string_view::npos && text.find(' ', first_word) != std::string_view::npos;
}

// The test metrics, changed as a font changes them: `scale` times the sum of
// the characters' widths, and `kerning` pixels more for each space inside
// the text; counts the measurements of more than one word.
class QuirkyTextMetrics final : public TextMetrics {
public:
    QuirkyTextMetrics(float scale, float kerning) : m_scale(scale), m_kerning(kerning) {}

    float width(std::string_view text, float size, FontWeight weight) const override {
        float width = m_inner.width(text, size, weight);
        const std::size_t first_word = text.find_first_not_of(' ');
        if (first_word != std::string_view::npos)
            for (std::size_t at = text.find(' ', first_word); at != std::string_view::npos; at = text.find(' ', at + 1))
                width += m_kerning;
        if (is_whole_line(text)) ++m_whole_lines;
        return width * (is_whole_line(text) ? m_scale : 1.0f);
    }
    float line_height(float size, FontWeight weight) const override { return m_inner.line_height(size, weight); }

    std::size_t whole_lines() const { return m_whole_lines; }

private:
    test::FakeTextMetrics m_inner;
    float m_scale, m_kerning;
    mutable std::size_t m_whole_lines = 0;
};

// Greedy breaking as the definition says it: words are added to a line one
// by one while the whole line still fits (the texts here have no word wider
// than a line and no line breaks).
std::vector<std::string> word_by_word(const TextMetrics& metrics, std::string_view text, float size, float width) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        while (end < text.size()) {
            std::size_t next = text.find(' ', end + 1);
            if (next == std::string_view::npos) next = text.size();
            if (metrics.width(text.substr(start, next - start), size, FontWeight::regular) > width) break;
            end = next;
        }
        lines.emplace_back(text.substr(start, end - start));
        start = end;
        while (start < text.size() && text[start] == ' ') ++start;
    }
    return lines;
}

std::vector<std::string> wrapped(const TextMetrics& metrics, std::string_view text, float size, float width) {
    std::vector<std::string> lines;
    for (const LineSpan& span : wrap_text(metrics, text, size, FontWeight::regular, width))
        lines.emplace_back(text.substr(span.begin, span.end - span.begin));
    return lines;
}

}  // namespace

TEST_CASE("breaking a long text into lines measures about one whole line per line", "[view][text][bound]") {
    unsigned seed = 11;
    const std::string text = bench::ordinary_words(20000, seed);
    const float width = GENERATE(300.0f, 700.0f, 1400.0f);
    const QuirkyTextMetrics metrics{1.0f, 0.0f};
    const std::size_t lines = wrap_text(metrics, text, 32, FontWeight::regular, width).size();
    INFO(lines << " lines " << width << " px wide, " << metrics.whole_lines() << " whole lines measured");
    REQUIRE(lines > 20);
    // Measuring each line at its guessed end and one word after it took two a line.
    CHECK(metrics.whole_lines() <= lines * 3 / 2);
}

TEST_CASE("lines break where trying word after word breaks them, whatever the words' widths say",
          "[view][text][bound]") {
    unsigned seed = 5;
    const std::string text = bench::ordinary_words(3000, seed);
    // Whole lines a little wider than their words (kerning lost between
    // pieces, as real fonts measure), much wider, or narrower.
    const auto [scale, kerning] = GENERATE(
        table<float, float>({{1.0f, 0.0f}, {1.0f, 0.6f}, {1.0f, 3.0f}, {1.5f, 0.0f}, {0.7f, 0.0f}, {1.0f, -0.4f}}));
    const QuirkyTextMetrics metrics{scale, kerning};
    for (const float width : {180.0f, 333.0f, 640.0f, 1111.0f}) {
        INFO("scale " << scale << ", kerning " << kerning << ", " << width << " px wide");
        const std::vector<std::string> lines = wrapped(metrics, text, 28, width);
        for (const std::string& line : lines) CHECK(metrics.width(line, 28, FontWeight::regular) <= width);
        // A line measured whole is never wider than its words by more than
        // a rounding a word (real fonts, here the kerning under a pixel):
        // then the lines are exactly the greedy ones. Narrower whole lines
        // (scale 0.7) may break a word early, never late.
        if (scale >= 1.0f && kerning >= -0.5f)
            CHECK(lines == word_by_word(metrics, text, 28, width));
        else
            CHECK(lines.size() >= word_by_word(metrics, text, 28, width).size());
    }
}

TEST_CASE("the fewest lines a text can take, from its words alone, are never more than it takes",
          "[view][text][bound]") {
    const QuirkyTextMetrics kerned{1.0f, 0.6f};
    const QuirkyTextMetrics plain{1.0f, 0.0f};
    unsigned seed = 3;
    const std::string words = bench::ordinary_words(2000, seed);
    const std::string paragraphs =
        words + "\n\nand a second paragraph\n" + std::string(300, 'w') + " after a word wider than a line";
    for (const float width : {0.0f, 150.0f, 420.0f, 900.0f}) {
        for (const QuirkyTextMetrics* metrics : {&kerned, &plain}) {
            for (const std::string* text : {&words, &paragraphs}) {
                const std::size_t lines = wrap_text(*metrics, *text, 24, FontWeight::regular, width).size();
                const std::size_t fewest = fewest_lines(*metrics, *text, 24, FontWeight::regular, width);
                INFO(width << " px wide: " << lines << " lines, at least " << fewest);
                CHECK(fewest <= lines);
                CHECK(fewest_lines(*metrics, *text, 24, FontWeight::regular, width, 3) ==
                      std::min<std::size_t>(3, fewest));
                // Ordinary words come close enough to rule out a size at which they cannot fit.
                if (text == &words) CHECK(fewest * 10 >= lines * 9);
            }
        }
    }
}
