// Planned time as the format page defines it, and the --plan listing.
#include "plan.hpp"

#include <catch2/catch.hpp>

#include "loader_test_helpers.hpp"
#include "script_loader.hpp"

using namespace attune;

namespace {

Script load_ok(const std::string& text) {
    const ScriptLoad load = load_script_text(text, "p.yaml");
    INFO(loader_test::all_messages(load.diagnostics));
    REQUIRE(load.ok());
    return *load.script;
}

std::string last_line(const std::string& text) {
    const auto newline = text.rfind('\n');
    return newline == std::string::npos ? text : text.substr(newline + 1);
}

}  // namespace

TEST_CASE("the format page's example plans to 0:09:00", "[plan]") {
    const ScriptLoad load = load_script_file(std::string(ATTUNE_TEST_DATA) + "/loader/example.yaml");
    REQUIRE(load.ok());
    const Script& script = *load.script;
    CHECK(planned_time(script.agenda[0]) == Seconds{180});  // the 5m box is larger
    CHECK(planned_time(script.agenda[1]) == Seconds{360});
    CHECK(planned_time(script) == Seconds{540});
    const std::string listing = plan_listing(script);
    CHECK(listing ==
          "1. Appreciations  3:00\n"
          "2. One concern    6:00\n"
          "total 0:09:00");
}

TEST_CASE("planned time of each step kind", "[plan]") {
    const Script script = load_ok(R"(title: Kinds
agenda:
  - title: All
    steps:
      - say: No time
      - say: { text: Timed, time: 45s }
      - turn: { speaker: a, time: 2m }
      - reflect: { listener: b, time: 1m, rounds: 3 }
      - exchange: { first: a, rounds: 3, turn: 2m, reflect: 1m }
      - checkin: { question: Calm? }
      - breathe: { time: 90s }
      - agreement: { prompt: What now? }
      - choice: { question: Done?, options: [{ label: Yes, end: true }] }
)");
    const auto& steps = script.agenda[0].steps;
    REQUIRE(steps.size() == 9);
    CHECK(planned_time(steps[0]) == Seconds{0});
    CHECK(planned_time(steps[1]) == Seconds{45});
    CHECK(planned_time(steps[2]) == Seconds{120});
    CHECK(planned_time(steps[3]) == Seconds{60});   // one round, whatever `rounds` says
    CHECK(planned_time(steps[4]) == Seconds{540});  // 3 x (2m + 1m)
    CHECK(planned_time(steps[5]) == Seconds{0});
    CHECK(planned_time(steps[6]) == Seconds{90});
    CHECK(planned_time(steps[7]) == Seconds{0});
    CHECK(planned_time(steps[8]) == Seconds{0});
    CHECK(planned_time(script.agenda[0]) == Seconds{45 + 120 + 60 + 540 + 90});
}

TEST_CASE("a smaller time box caps the item, and the listing says so", "[plan]") {
    const Script script = load_ok(R"(title: Boxes
agenda:
  - title: Capped
    time: 5m
    steps:
      - turn: { speaker: a, time: 4m }
      - turn: { speaker: b, time: 4m }
  - title: Longer than an hour
    steps:
      - breathe: { time: 1h1m5s }
)");
    CHECK(planned_time(script.agenda[0]) == Seconds{300});
    CHECK(planned_time(script.agenda[1]) == Seconds{3665});
    CHECK(planned_time(script) == Seconds{3965});
    const std::string listing = plan_listing(script);
    CHECK(listing ==
          "1. Capped                  5:00  (capped by its time box; the steps add up to 8:00)\n"
          "2. Longer than an hour  1:01:05\n"
          "total 1:06:05");
}

TEST_CASE("the 120-item script plans item by item", "[plan]") {
    const Script script = load_ok(loader_test::many_items_script(120));
    const std::string listing = plan_listing(script);
    CHECK(std::count(listing.begin(), listing.end(), '\n') == 120);
    CHECK(listing.rfind("  1. Item 0", 0) == 0);
    CHECK(last_line(listing) == "total 4:30:00");
}

TEST_CASE("a review step plans as 0 and shows as a line of its own under its item", "[plan]") {
    const Script script = load_ok(R"(title: Reviews
agenda:
  - title: Arriving
    steps:
      - turn: { speaker: a, time: 2m }
  - title: Our agreements
    steps:
      - review:
      - review: { which: all }
  - title: Closing
    steps:
      - say: { text: Thank you, time: 1m }
)");
    CHECK(planned_time(script.agenda[1].steps[0]) == Seconds{0});
    CHECK(planned_time(script.agenda[1]) == Seconds{0});
    CHECK(planned_time(script) == Seconds{180});
    CHECK(plan_listing(script) ==
          "1. Arriving        2:00\n"
          "2. Our agreements  0:00\n"
          "   review of the agreements that are due (not planned)\n"
          "   review of every agreement in force (not planned)\n"
          "3. Closing         1:00\n"
          "total 0:03:00");
}
