// The shell's timers: when the loop wakes, when the pointer hides, the
// Ctrl+Q hold. No waiting: time is passed in.
#include <catch2/catch.hpp>

#include "idle_cursor.hpp"
#include "wake_plan.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace std::chrono_literals;

namespace {
const TimePoint start = TimePoint{} + std::chrono::hours{1000};
}

TEST_CASE("The pointer shows after the mouse moves and hides three seconds later", "[kiosk]") {
    IdleCursor cursor;
    CHECK_FALSE(cursor.visible(start));  // hidden until the mouse is used
    CHECK_FALSE(cursor.next_change(start));
    cursor.moved(start);
    CHECK(cursor.visible(start + 2900ms));
    CHECK(cursor.next_change(start + 1s) == start + 3s);
    CHECK_FALSE(cursor.visible(start + 3s));
    cursor.moved(start + 2s);  // moving again keeps it
    CHECK(cursor.visible(start + 4s));
    CHECK_FALSE(cursor.visible(start + 5s));
}

TEST_CASE("Holding Ctrl+Q closes after two seconds, letting go earlier does nothing", "[kiosk]") {
    QuitHold hold;
    CHECK(hold.progress(start) == 0.0f);
    hold.press(start);
    hold.press(start + 500ms);  // key repeat does not restart the hold
    CHECK(hold.progress(start + 1s) == Approx(0.5f));
    CHECK_FALSE(hold.complete(start + 1900ms));
    hold.release();
    CHECK_FALSE(hold.complete(start + 5s));
    CHECK(hold.progress(start + 5s) == 0.0f);

    hold.press(start + 10s);
    CHECK(hold.deadline() == start + 12s);
    CHECK(hold.complete(start + 12s));
    CHECK(hold.progress(start + 13s) == 1.0f);
}

TEST_CASE("A countdown's digits change at whole seconds of the time left", "[kiosk]") {
    CHECK(next_whole_second_down(12300ms, start) == start + 300ms);
    CHECK(next_whole_second_down(12s, start) == start + 1s);
    // In overtime the reading counts up from 0:00: -2.3 s turns into -3 s.
    CHECK(next_whole_second_down(-2300ms, start) == start + 700ms);
    CHECK(next_whole_second_up(4200ms, start) == start + 800ms);
    CHECK(next_whole_second_up(4s, start) == start + 1s);
}

TEST_CASE("With nothing on screen that moves, the loop sleeps until an event", "[kiosk]") {
    Snapshot start_screen;  // the start screen: no timer
    CHECK_FALSE(next_displayed_second(start_screen, start));
    WakePlan plan{start};
    plan.at(next_displayed_second(start_screen, start));
    plan.at(std::nullopt);
    CHECK(plan.timeout_ms() == -1);
}

TEST_CASE("The loop wakes for the earliest of the countdown, the time box and the deadlines", "[kiosk]") {
    Snapshot running;
    running.phase = phase::Step{};
    running.timer = TimerView{120s, 61500ms, 0};
    running.item_box = TimerView{300s, 200200ms, 0};
    CHECK(next_displayed_second(running, start) == start + 200ms);

    WakePlan plan{start};
    plan.at(next_displayed_second(running, start));
    plan.at(start + 1500ms);  // the session's next deadline
    CHECK(plan.earliest() == start + 200ms);
    CHECK(plan.timeout_ms() == 200);

    WakePlan animated{start};
    animated.at(start + 800ms);
    animated.after(animation_frame);
    CHECK(animated.timeout_ms() == 33);
}

TEST_CASE("During a pause only the cool-down moves, not the frozen step timer", "[kiosk]") {
    Snapshot paused;
    paused.timer = TimerView{120s, 61900ms, 0};  // frozen: must not wake the loop
    PauseView pause;
    pause.cooldown_total = 20min;
    pause.cooldown_remaining = 600400ms;
    pause.elapsed = 599600ms;
    paused.phase = phase::Paused{pause};
    CHECK(next_displayed_second(paused, start) == start + 400ms);

    pause.cooldown_remaining = 0s;  // over: only the pause's elapsed time
    pause.elapsed = 1200300ms;
    paused.phase = phase::Paused{pause};
    CHECK(next_displayed_second(paused, start) == start + 700ms);
}

TEST_CASE("A wake time in the past or a fraction of a millisecond away does not spin", "[kiosk]") {
    WakePlan past{start};
    past.at(start - 5ms);
    CHECK(past.timeout_ms() == 0);
    WakePlan close{start};
    close.at(start + 100us);
    CHECK(close.timeout_ms() == 1);  // rounded up, never 0 before the moment
}
