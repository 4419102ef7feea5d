// Load benchmark: how long reading and checking a large script takes.
//
// Builds a 1,000-item script in memory (every step kind, block and flow
// style, non-ASCII text), loads and validates it repeatedly and prints the
// median, min and max time. Goal: a 1,000-item script in under 20 ms.
//
//   attune_bench_load [RUNS]      (default 30)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "plan.hpp"
#include "script_loader.hpp"
#include "yaml_tree.hpp"

namespace {

constexpr int item_count = 1000;
constexpr double goal_ms = 20.0;

std::string steps_for(int i) {
    const std::string n = std::to_string(i);
    switch (i % 5) {
        case 0:
            return "      - say: Welcome back. We look at topic " + n +
                   " together.\n"
                   "      - turn:\n"
                   "          speaker: sam\n"
                   "          time: 2m\n"
                   "          prompt: \"What I noticed this week…\"\n"
                   "          hints: [\"I felt …\", \"I would like …\"]\n"
                   "      - reflect: { listener: alex, time: 1m, rounds: 2, clarify: 45s }\n";
        case 1:
            return "      - exchange: { first: alex, rounds: 2, turn: 1m30s, reflect: 45s,\n"
                   "                    prompt: \"Ich fühle … wenn … und ich brauche …\" }\n"
                   "      - checkin: { question: How calm do you feel right now?, scale: 5, pause_at_or_below: 2 }\n";
        case 2:
            return "      - breathe: { time: 1m, pattern: [4, 2, 6, 0] }\n"
                   "      - agreement:\n"
                   "          prompt: What will each of us try before we meet again?\n"
                   "          confirm: both\n";
        case 3:
            return "      - say: { text: \"Kurze Pause – atmet ruhig 😌\", time: 30s }\n"
                   "      - turn: { speaker: alex, time: 90s, overtime: advance }\n"
                   "      - turn: { speaker: sam, time: 90s }\n";
        default:
            return "      - choice:\n"
                   "          question: Go on with the next topic or stay here?\n"
                   "          options:\n"
                   "            - { label: Stay with this, goto: topic" +
                   n +
                   " }\n"
                   "            - { label: Next topic, goto: topic" +
                   std::to_string(i + 1 < item_count ? i + 1 : 0) +
                   " }\n"
                   "            - { label: Stop for today, end: true }\n";
    }
}

std::string build_script() {
    std::string text =
        "title: Benchmark evening\n"
        "description: A very long conversation script, made up for measuring the loader.\n"
        "language: en\n"
        "partners:\n"
        "  - { id: sam, name: Sam }\n"
        "  - { id: alex, name: Alex }\n"
        "settings: { warn_at: [2m, 1m, 15s], overtime: count, sound: true }\n"
        "pause:\n"
        "  cooldown: 20m\n"
        "  extend: 5m\n"
        "  max: 3\n"
        "  breathing: box\n"
        "  resume: both\n"
        "  signal: harbour\n"
        "agenda:\n";
    for (int i = 0; i < item_count; ++i) {
        const std::string n = std::to_string(i);
        text += "  - id: topic" + n + "\n    title: Topic " + n + " – Grüße\n";
        if (i % 4 == 0) text += "    time: 10m\n";
        text += "    steps:\n" + steps_for(i);
    }
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const std::string text = build_script();

    // One load outside the timing: checks that the script is valid.
    const attune::ScriptLoad check = attune::load_script_text(text, "benchmark.yaml");
    if (!check.ok() || check.script->agenda.size() != item_count) {
        std::fprintf(stderr, "the benchmark script does not load:\n");
        for (const auto& d : check.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }

    // The whole load, and the YAML tree alone (text checks + yaml-cpp's
    // parser), to show where the time goes.
    std::vector<double> times_ms;
    std::vector<double> tree_ms;
    std::size_t checksum = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const attune::ScriptLoad load = attune::load_script_text(text, "benchmark.yaml");
        const auto stop = std::chrono::steady_clock::now();
        checksum += load.script ? load.script->agenda.size() : 0;  // keeps the work observable
        times_ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());

        const auto tree_start = std::chrono::steady_clock::now();
        const attune::yaml::YamlParse tree = attune::yaml::parse_yaml(text, "benchmark.yaml");
        const auto tree_stop = std::chrono::steady_clock::now();
        checksum += tree.ok() ? 0 : 1;
        tree_ms.push_back(std::chrono::duration<double, std::milli>(tree_stop - tree_start).count());
    }
    const auto median_of = [](std::vector<double>& values) {
        std::sort(values.begin(), values.end());
        const std::size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    };
    const double median = median_of(times_ms);
    const double tree_median = median_of(tree_ms);

    const std::string listing = attune::plan_listing(*check.script);
    std::printf("script: %d items, %zu bytes, planned %s\n", item_count, text.size(),
                listing.substr(listing.rfind('\n') + 1).c_str());
    std::printf("load + validate, %d runs: median %.2f ms, min %.2f ms, max %.2f ms\n", runs, median, times_ms.front(),
                times_ms.back());
    std::printf("of which the YAML tree (text checks + yaml-cpp): median %.2f ms, min %.2f ms\n", tree_median,
                tree_ms.front());
    std::printf("throughput: %.0f items/s (median)\n", item_count / (median / 1000.0));
    std::printf("goal: under %.0f ms for %d items: %s\n", goal_ms, item_count, median < goal_ms ? "met" : "NOT met");
    return checksum == static_cast<std::size_t>(runs) * item_count ? 0 : 1;
}
