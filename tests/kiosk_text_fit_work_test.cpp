// The text-fit check of `attune --validate` does work in proportion to the
// script, not to the square of its texts: a counting wrapper around the
// test metrics counts what is measured while a script at the 1 MiB limit is
// checked. Counting the work, not timing it, keeps the test exact on a
// loaded machine; bench/validate_benchmark.cpp measures the time.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "fake_text_metrics.hpp"
#include "ordinary_words.hpp"
#include "script_loader.hpp"
#include "text_fit.hpp"

using namespace attune;

namespace {

// Counts the calls that measure a text and the bytes they measure (what
// shaping costs with real fonts), and measures with the test metrics.
class CountingTextMetrics final : public TextMetrics {
public:
    float width(std::string_view text, float size, FontWeight weight) const override {
        ++m_calls;
        m_bytes += text.size();
        return m_inner.width(text, size, weight);
    }
    float line_height(float size, FontWeight weight) const override { return m_inner.line_height(size, weight); }

    std::size_t calls() const { return m_calls; }
    std::size_t bytes() const { return m_bytes; }

private:
    test::FakeTextMetrics m_inner;
    mutable std::size_t m_calls = 0;
    mutable std::size_t m_bytes = 0;
};

constexpr std::size_t size_limit = 1024 * 1024 - 64;

// A script just under the size limit whose steps say texts of `length`
// characters, four steps an item.
std::string script_of_texts(std::size_t length) {
    std::string script =
        "title: Long texts\npartners:\n  - { id: sam, name: Sam }\n  - { id: alex, name: Alex }\nagenda:\n";
    unsigned seed = 7;
    for (int item = 0;; ++item) {
        std::string text = "  - title: Part " + std::to_string(item) + "\n    steps:\n";
        for (int step = 0; step < 4; ++step)
            text += "      - say: \"" + attune::bench::ordinary_words(length, seed) + "\"\n";
        if (script.size() + text.size() > size_limit) break;
        script += text;
    }
    return script;
}

}  // namespace

TEST_CASE("checking the fit of a 1 MiB script of long texts measures in proportion to its size",
          "[kiosk][fit][bound]") {
    const std::size_t length = GENERATE(600, 9000);
    const std::string yaml = script_of_texts(length);
    const ScriptLoad load = load_script_text(yaml, "long.yaml");
    REQUIRE(load.ok());
    CountingTextMetrics metrics;
    const auto warnings = kiosk::check_text_fit(*load.script, metrics);
    INFO("texts of " << length << " characters, " << yaml.size() << " bytes: " << metrics.calls() << " measurements of "
                     << metrics.bytes() << " bytes in all");
    // Texts of 9,000 characters are too long for any screen, and every one is reported.
    if (length == 9000) CHECK(warnings.size() == 4 * load.script->agenda.size());
    // The work is bounded in proportion to the input: every byte of the
    // script is measured at most 30 times in all (each text at a few sizes,
    // each line about twice) and measured in fewer than 2 calls a byte.
    // Measuring each line word by word and every size in turn, as the check
    // once did, measured 34 to 51 times the script.
    CHECK(metrics.bytes() <= 30 * yaml.size());
    CHECK(metrics.calls() <= 2 * yaml.size());
}

namespace {

// Remembers each different text measured at each size: what the kiosk's
// font metrics shape once and then keep.
class DistinctTextMetrics final : public TextMetrics {
public:
    float width(std::string_view text, float size, FontWeight weight) const override {
        if (text.size() >= 40) m_shaped.emplace(std::string(text), size);
        return m_inner.width(text, size, weight);
    }
    float line_height(float size, FontWeight weight) const override { return m_inner.line_height(size, weight); }

    std::size_t shaped() const { return m_shaped.size(); }

private:
    test::FakeTextMetrics m_inner;
    mutable std::set<std::pair<std::string, float>> m_shaped;
};

}  // namespace

TEST_CASE("a text that fits only at a smaller size is laid out at few sizes", "[kiosk][fit][bound]") {
    // Texts of 600 characters fit the step's box only some sizes below the
    // first: the search for that size starts where the words' widths say
    // it is, instead of laying the text out at size after size.
    const std::string yaml = script_of_texts(600);
    const ScriptLoad load = load_script_text(yaml, "long.yaml");
    REQUIRE(load.ok());
    DistinctTextMetrics metrics;
    kiosk::check_text_fit(*load.script, metrics);
    const std::size_t steps = 4 * load.script->agenda.size();
    INFO(metrics.shaped() << " different lines measured for " << steps << " steps");
    // Starting at the first size and halving the sizes left measured 102 a
    // step; starting at the guess, 55.
    CHECK(metrics.shaped() <= 70 * steps);
}
