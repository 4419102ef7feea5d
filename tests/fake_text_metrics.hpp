#pragma once
// Text metrics for the view's tests: deterministic, without fonts. Widths
// come from a table of advances roughly as Inter draws them (the table the
// view used to guess with, so the tests keep their expectations); every
// weight measures alike; lines are 1.3 em apart.
#include <string_view>

#include "text_metrics.hpp"
#include "utf8.hpp"

namespace attune::test {

class FakeTextMetrics final : public TextMetrics {
public:
    // The width of one character in em.
    static float advance(char32_t c) {
        if (c == ' ') return 0.28f;
        if (c == ':' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'l' || c == '|') return 0.3f;
        if (c >= '0' && c <= '9') return 0.64f;
        if ((c >= 'A' && c <= 'Z') || c == 'm' || c == 'w' || c == 'M' || c == 'W') return 0.72f;
        if (c >= 0x2E80) return 1.0f;  // CJK and other wide scripts
        return 0.56f;
    }

    float width(std::string_view text, float size, FontWeight) const override {
        float width = 0;
        std::size_t offset = 0;
        while (offset < text.size()) {
            const auto decoded = utf8::decode_at(text, offset);
            offset += decoded.length;
            width += advance(decoded.code_point) * size;
        }
        return width;
    }

    float line_height(float size, FontWeight) const override { return size * 1.3f; }
};

// One instance for every test that builds a view.
inline const TextMetrics& fake_metrics() {
    static const FakeTextMetrics metrics;
    return metrics;
}

}  // namespace attune::test
