#pragma once
// Helpers for the loader tests: find a diagnostic by its text, list them.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "script_loader.hpp"

namespace loader_test {

inline std::string all_messages(const std::vector<attune::Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) out += d.format() + "\n";
    return out;
}

// The one diagnostic whose message contains `needle`; fails the test when
// there is none or more than one.
inline attune::Diagnostic only(const std::vector<attune::Diagnostic>& diagnostics, std::string_view needle) {
    std::vector<attune::Diagnostic> found;
    for (const auto& d : diagnostics) {
        if (d.message.find(needle) != std::string::npos) found.push_back(d);
    }
    INFO("looking for: " << needle << "\nall:\n" << all_messages(diagnostics));
    REQUIRE(found.size() == 1);
    return found.front();
}

inline int count_errors(const std::vector<attune::Diagnostic>& diagnostics) {
    int count = 0;
    for (const auto& d : diagnostics) count += d.severity == attune::Severity::error ? 1 : 0;
    return count;
}

// A valid script with `items` agenda items that use every step kind.
inline std::string many_items_script(int items) {
    std::string text =
        "title: Long evening\n"
        "partners:\n"
        "  - { id: sam, name: Sam }\n"
        "  - { id: alex, name: Alex }\n"
        "agenda:\n";
    for (int i = 0; i < items; ++i) {
        const std::string n = std::to_string(i);
        text += "  - id: item" + n + "\n    title: Item " + n + "\n";
        if (i % 3 == 0) text += "    time: 5m\n";
        text += "    steps:\n";
        switch (i % 4) {
            case 0:
                text += "      - say: Welcome to item " + n +
                        "\n"
                        "      - turn: { speaker: sam, time: 2m, prompt: \"I feel…\" }\n"
                        "      - reflect: { listener: alex, time: 1m }\n";
                break;
            case 1:
                text +=
                    "      - exchange: { first: alex, rounds: 2, turn: 1m30s, reflect: 45s }\n"
                    "      - checkin: { question: How calm are you?, scale: 5, pause_at_or_below: 2 }\n";
                break;
            case 2:
                text +=
                    "      - breathe: { time: 1m, pattern: 4-7-8 }\n"
                    "      - agreement: { prompt: What do we try?, confirm: either }\n";
                break;
            default:
                text +=
                    "      - say: { text: A short pause, time: 30s }\n"
                    "      - choice:\n"
                    "          question: Where next?\n"
                    "          options:\n"
                    "            - { label: Go on, goto: item" +
                    std::to_string(i + 1 < items ? i + 1 : 0) +
                    " }\n"
                    "            - { label: Stop here, end: true }\n";
                break;
        }
    }
    return text;
}

}  // namespace loader_test
