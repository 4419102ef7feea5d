#include "pattern_fill.hpp"

namespace attune {

std::string fill_count(const PluralText& text, std::int64_t n) {
    return fill(text.for_count(n), {{"n", std::to_string(n)}});
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view key = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [name, value] : values) {
                    if (name == key) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

}  // namespace attune
