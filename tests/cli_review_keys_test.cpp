// The command line with the keys for agreements over weeks: --validate points
// at a period written wrong and passes one written right, --plan gives a
// review its own line.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "process.hpp"
#include "temp_dir.hpp"

namespace {

using attune::test::run_process;

std::string write_temp(const std::string& name, const std::string& text) {
    const auto dir = attune::test::temp_dir() / "attune-cli-review-keys-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

const std::string frame_end =
    "agenda:\n"
    "  - title: Our agreements\n"
    "    steps:\n"
    "      - review: { which: due }\n"
    "      - agreement: { prompt: One small thing this week., review_in: 1w }\n"
    "      - checkin: { question: How calm are you?, track: Calm, pause_at_or_below: 1 }\n";

}  // namespace

TEST_CASE("validate passes periods, tracks and a review step, and points at a period written wrong", "[cli]") {
    const auto good =
        write_temp("good.yaml", "title: Weekly\nsettings: { review_in: 2w, meet_every: 1w }\n" + frame_end);
    const auto passed = run_process({ATTUNE_BINARY, "--validate", good});
    INFO(passed.err);
    CHECK(passed.exit_code == 0);
    CHECK(passed.err.empty());
    CHECK(passed.out == good + ": valid, 1 item, planned 0:00:00\n");

    const auto bad = write_temp("bad.yaml", "title: Weekly\nsettings: { review_in: 2w, meet_every: 1m }\n" + frame_end);
    const auto refused = run_process({ATTUNE_BINARY, "--validate", bad});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    CHECK(refused.err == bad +
                             ":2:40: error: 'meet_every' must be whole days or weeks, like 3d, 1w or 2w; found the "
                             "text '1m' (4w is about a month)\n");
}

TEST_CASE("plan lists the weekly meeting's review on a line of its own and ends with the total", "[cli]") {
    const auto script = std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts" / "weekly-relationship-meeting.yaml";
    const auto result = run_process({ATTUNE_BINARY, "--plan", script.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "1. Appreciations            6:00\n"
          "2. Last week's agreements   0:00\n"
          "   review of the agreements that are due (not planned)\n"
          "3. Practical matters        6:00\n"
          "4. One issue               18:00\n"
          "5. Good times ahead         4:00\n"
          "total 0:34:00\n");
}
