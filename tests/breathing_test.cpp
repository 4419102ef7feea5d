#include "breathing.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace std::chrono_literals;

TEST_CASE("a box breath goes in, holds, out, holds, four seconds each", "[breathing]") {
    const BreathPattern box = BreathPattern::box();

    const BreathState start = breath_at(box, 0s);
    CHECK(start.phase == BreathPhase::in);
    CHECK(start.progress == Approx(0.0));
    CHECK(start.phase_left == 4s);
    CHECK(start.cycle == 0);

    const BreathState holding = breath_at(box, 5s);
    CHECK(holding.phase == BreathPhase::hold_in);
    CHECK(holding.progress == Approx(0.25));
    CHECK(holding.phase_left == 3s);

    CHECK(breath_at(box, 8s).phase == BreathPhase::out);
    CHECK(breath_at(box, 15500ms).phase == BreathPhase::hold_out);
    CHECK(breath_at(box, 15500ms).phase_left == 500ms);

    const BreathState second = breath_at(box, 17s);
    CHECK(second.phase == BreathPhase::in);
    CHECK(second.cycle == 1);
    CHECK(second.progress == Approx(0.25));
}

TEST_CASE("4-7-8 never holds after breathing out", "[breathing]") {
    const BreathPattern pattern = BreathPattern::four_seven_eight();
    const BreathState out = breath_at(pattern, 12s);
    CHECK(out.phase == BreathPhase::out);
    CHECK(out.progress == Approx(1.0 / 8.0));
    CHECK(out.phase_left == 7s);
    // 4 + 7 + 8 = 19 s: the next cycle starts by breathing in again.
    CHECK(breath_at(pattern, 19s).phase == BreathPhase::in);
    CHECK(breath_at(pattern, 19s).cycle == 1);
    for (Duration at = 0s; at < 60s; at += 250ms) {
        INFO(std::chrono::duration<double>(at).count());
        CHECK(breath_at(pattern, at).phase != BreathPhase::hold_out);
    }
}

TEST_CASE("phases of length zero are skipped", "[breathing]") {
    const BreathPattern no_holds{{4s, 0s, 6s, 0s}};
    CHECK(breath_at(no_holds, 3s).phase == BreathPhase::in);
    CHECK(breath_at(no_holds, 4s).phase == BreathPhase::out);
    CHECK(breath_at(no_holds, 4s).phase_left == 6s);
    CHECK(breath_at(no_holds, 10s).phase == BreathPhase::in);
    CHECK(breath_at(no_holds, 10s).cycle == 1);
}

TEST_CASE("odd breathing input does not crash", "[breathing]") {
    CHECK(breath_at(BreathPattern::box(), -5s).phase == BreathPhase::in);
    CHECK(breath_at(BreathPattern::box(), -5s).cycle == 0);
    const BreathPattern nothing{{0s, 0s, 0s, 0s}};
    CHECK(breath_at(nothing, 10s).phase == BreathPhase::in);
    CHECK(breath_at(nothing, 10s).cycle == 0);
}
