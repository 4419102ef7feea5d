// Validate benchmark: how long `attune --validate` takes on the worst
// scripts up to the 1 MiB limit, the text-fit check included (the part that
// lays out every screen with the bundled fonts).
//
// Four scripts of just under 1 MiB, made here: very long texts (9,000
// characters a step), texts just too long for the screen (600 characters,
// many steps), many steps with short texts, and many items of one short step.
// Each is loaded and checked as --validate checks it, RUNS times; the median,
// min and max are printed, and the median of the processor time the process
// spent (which a machine busy with other work inflates less). Goal: every one
// under 1 second.
//
//   attune_bench_validate [RUNS]      (default 5)
//   attune_bench_validate --write DIR (writes the four scripts, to compare
//                                      what `attune --validate` says on them)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "ordinary_words.hpp"
#include "script_glyphs.hpp"
#include "script_loader.hpp"
#include "text_fit.hpp"

namespace {

constexpr double goal_ms = 1000.0;
constexpr std::size_t limit = 1024 * 1024 - 64;

enum class Steps { say, mixed };

std::string build(std::size_t text_length, int steps_per_item, Steps kind) {
    std::string script =
        "title: Worst case\npartners:\n  - { id: sam, name: Sam }\n  - { id: alex, name: Alex }\nagenda:\n";
    unsigned seed = 7;
    for (int item = 0;; ++item) {
        std::string text = "  - title: Part " + std::to_string(item) + "\n    steps:\n";
        for (int step = 0; step < steps_per_item; ++step) {
            const std::string words = attune::bench::ordinary_words(text_length, seed);
            const int shape = kind == Steps::say ? 0 : step % 3;
            if (shape == 0) text += "      - say: \"" + words + "\"\n";
            if (shape == 1) text += "      - turn: { speaker: sam, time: 2m, prompt: \"" + words + "\" }\n";
            if (shape == 2) text += "      - agreement: { prompt: \"" + words + "\" }\n";
        }
        if (script.size() + text.size() > limit) break;
        script += text;
    }
    return script;
}

struct Case {
    const char* name;
    std::string text;
};

double median_of(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<Case> cases{{"long texts (9000 characters a step)", build(9000, 4, Steps::say)},
                                  {"texts just too long (600 characters)", build(600, 4, Steps::mixed)},
                                  {"many steps, short texts", build(20, 10, Steps::mixed)},
                                  {"many items of one short step", build(20, 1, Steps::say)}};
    if (argc > 2 && std::strcmp(argv[1], "--write") == 0) {
        for (std::size_t index = 0; index < cases.size(); ++index)
            std::ofstream{std::string{argv[2]} + "/worst-" + std::to_string(index + 1) + ".yaml"} << cases[index].text;
        return 0;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    bool all_met = true;
    for (const Case& each : cases) {
        const attune::ScriptLoad check = attune::load_script_text(each.text, "worst.yaml");
        if (!check.ok()) {
            std::fprintf(stderr, "the benchmark script '%s' does not load\n", each.name);
            return 1;
        }
        std::vector<double> times_ms;
        std::vector<double> cpu_ms;  // this process's processor time: what a busy machine does not inflate
        std::size_t warnings = 0;
        for (int run = 0; run < runs; ++run) {
            const std::clock_t cpu_start = std::clock();
            const auto start = std::chrono::steady_clock::now();
            const attune::ScriptLoad load = attune::load_script_text(each.text, "worst.yaml");
            warnings = attune::kiosk::check_script_glyphs(*load.script).size();
            warnings += attune::kiosk::check_text_fit(*load.script).size();
            const auto stop = std::chrono::steady_clock::now();
            times_ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
            cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        }
        const double median = median_of(times_ms);
        all_met = all_met && median < goal_ms;
        std::printf(
            "%-38s %7zu bytes %5zu items %5zu warnings: median %7.1f ms, min %7.1f, max %7.1f; cpu median %7.1f ms\n",
            each.name, each.text.size(), check.script->agenda.size(), warnings, median,
            *std::min_element(times_ms.begin(), times_ms.end()), *std::max_element(times_ms.begin(), times_ms.end()),
            median_of(cpu_ms));
    }
    std::printf("goal: every case under %.0f ms: %s\n", goal_ms, all_met ? "met" : "NOT met");
    return all_met ? 0 : 1;
}
