// The display list says when it next reads differently, so that the loop
// sleeps until then: a countdown at its next shown second, a breathing guide
// every frame while it moves and not while the breath is held, and never on
// a screen where nothing moves.
#include <catch2/catch.hpp>

#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

TEST_CASE("a countdown's digits change at whole seconds of the time left", "[view][wake]") {
    CHECK(until_next_countdown_second(12300ms) == 300ms);
    CHECK(until_next_countdown_second(12s) == 1s);
    // In overtime the reading counts up from 0:00: -2.3 s turns into -3 s.
    CHECK(until_next_countdown_second(-2300ms) == 700ms);
}

TEST_CASE("a countdown on screen changes at its next displayed second", "[view][wake]") {
    Screen screen;
    screen.snapshot = turn_snapshot(61500ms);
    screen.snapshot.item_box.reset();
    DisplayList list = screen.build();
    CHECK(list.text("countdown")->text == "1:02");
    REQUIRE(list.next_change);
    CHECK(*list.next_change == 500ms);
    // Half a second later it reads 1:01: the moment it said.
    screen.snapshot.timer->remaining = 61s;
    CHECK(screen.build().text("countdown")->text == "1:01");
    CHECK(screen.build().next_change == Duration{1s});

    screen.snapshot.timer->remaining = -2300ms;  // overtime
    CHECK(screen.build().next_change == Duration{700ms});
}

TEST_CASE("the earliest of the countdown and the item's time box wins", "[view][wake]") {
    Screen screen;
    screen.snapshot = turn_snapshot(61500ms);
    screen.snapshot.item_box = timer(600s, 200200ms);
    CHECK(screen.build().next_change == Duration{200ms});

    // The time box in the header alone: a check-in of an item with a time box.
    screen.snapshot = step_snapshot(at_checkin, Activity::checkin);
    screen.snapshot.item_box = timer(600s, 200200ms);
    CHECK(screen.build().next_change == Duration{200ms});
}

TEST_CASE("a still screen names no next change", "[view][wake]") {
    Screen screen;
    SECTION("the start screen") { screen.snapshot = Snapshot{}; }
    SECTION("the summary") { screen.snapshot.phase = phase::Finished{}; }
    SECTION("a check-in waiting for an answer") { screen.snapshot = step_snapshot(at_checkin, Activity::checkin); }
    SECTION("a choice") { screen.snapshot = step_snapshot(at_choice, Activity::choice); }
    SECTION("a pause whose cool-down has run out, waiting for Ready") {
        screen.snapshot = pause_snapshot(0s, true);
        screen.script.pause.breathing.reset();
        screen.snapshot.breath.reset();
    }
    SECTION("help over a running countdown") {
        screen.snapshot = turn_snapshot(100s);
        screen.ui.help = true;
    }
    SECTION("the error screen") { screen.error_lines = {"a.yaml:3:5: error: unknown key 'speakr'"}; }
    const DisplayList list = screen.build();
    CHECK_FALSE(list.next_change);
}

TEST_CASE("during a pause the cool-down changes at its seconds, the frozen step timer never", "[view][wake]") {
    Screen screen;
    screen.snapshot = pause_snapshot(600400ms);
    screen.snapshot.timer = timer(120s, 61900ms);  // frozen by the pause: it must not wake the loop
    screen.script.pause.breathing.reset();
    screen.snapshot.breath.reset();
    CHECK(screen.build().next_change == Duration{400ms});
}

TEST_CASE("a breathing guide asks for frames only while it moves", "[view][wake]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_breathe, Activity::breathe);
    screen.snapshot.timer.reset();  // the guide alone, without the step's countdown
    auto next_change_at = [&](Duration elapsed) {
        screen.snapshot.breath = breath_at(BreathPattern::box(), elapsed);
        return screen.build().next_change;
    };
    CHECK(next_change_at(1s) == animation_frame);        // breathing in
    CHECK(next_change_at(3990ms) == Duration{10ms});     // the in-breath ends before the next frame
    CHECK(next_change_at(5s) == Duration{3s});           // holding: still until the hold ends at 8 s
    CHECK(next_change_at(9s) == animation_frame);        // breathing out
    CHECK(next_change_at(12500ms) == Duration{3500ms});  // holding after breathing out

    // With the step's countdown the hold wakes only at its seconds.
    screen.snapshot.timer = timer(60s, 55s);
    CHECK(next_change_at(5s) == Duration{1s});
}

TEST_CASE("the pause's breathing guide moves after the cool-down too", "[view][wake]") {
    Screen screen;
    screen.snapshot = pause_snapshot(0s, true);
    screen.snapshot.breath = breath_at(BreathPattern::box(), 1s);
    CHECK(screen.build().next_change == animation_frame);
}

TEST_CASE("the hold-to-quit ring asks for frames while it fills", "[view][wake]") {
    Screen screen;
    screen.ui.quit_progress = 0.4f;
    CHECK(screen.build().next_change == animation_frame);
    screen.ui.quit_progress = 0;
    CHECK_FALSE(screen.build().next_change);
}

TEST_CASE("two lists that draw the same are equal whenever they next change", "[view][wake]") {
    Screen screen;
    DisplayList a = screen.build();
    DisplayList b = a;
    b.next_change = 1s;
    CHECK(a == b);
    b.background = Color{1, 2, 3, 255};
    CHECK_FALSE(a == b);
}
