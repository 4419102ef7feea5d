#pragma once
// Ordinary words in a fixed pseudo-random order, as people write them: no
// two texts alike, and every run builds the same script. Shared by the
// --validate benchmark and the test that bounds its work, so that both
// measure the same kind of text.
#include <cstddef>
#include <string>

namespace attune::bench {

inline std::string ordinary_words(std::size_t length, unsigned& seed) {
    static const char* const words[] = {"we",      "both", "want", "to",     "feel",    "heard", "and",    "I",
                                        "notice",  "that", "when", "you",    "come",    "home",  "late",   "get",
                                        "worried", "then", "say",  "things", "sharply", "which", "regret", "later"};
    std::string text;
    while (text.size() < length) {
        seed = seed * 1103515245u + 12345u;
        if (!text.empty()) text += ' ';
        text += words[(seed >> 16) % (sizeof words / sizeof *words)];
    }
    text.resize(length);
    return text;
}

}  // namespace attune::bench
