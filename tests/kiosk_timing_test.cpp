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
    KeyHold hold;
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

TEST_CASE("While Ctrl+Q is held its progress is read every frame, until the hold ends", "[kiosk]") {
    KeyHold hold;
    CHECK_FALSE(hold.next_change(start, 33ms));  // not held: nothing to read
    hold.press(start);
    // At the press the progress is 0 and the view shows no ring yet, so the
    // hold itself asks for the first frames.
    CHECK(hold.next_change(start, 33ms) == start + 33ms);
    CHECK(hold.next_change(start + 1990ms, 33ms) == start + 2s);  // the end of the hold, not past it
    hold.release();
    CHECK_FALSE(hold.next_change(start + 1s, 33ms));
}

TEST_CASE("With nothing pending, the loop sleeps until an event", "[kiosk]") {
    WakePlan plan{start};
    plan.at(std::nullopt);  // a still screen: the display list names no next change
    plan.at(std::nullopt);  // no deadline of the session
    CHECK(plan.timeout_ms() == -1);
}

TEST_CASE("The loop wakes for the earliest of the screen's next change and the deadlines", "[kiosk]") {
    WakePlan plan{start};
    plan.at(start + 200ms);   // the display list's next change
    plan.at(start + 1500ms);  // the session's next deadline
    CHECK(plan.earliest() == start + 200ms);
    CHECK(plan.timeout_ms() == 200);

    WakePlan animated{start};
    animated.at(start + 800ms);
    animated.after(33ms);
    CHECK(animated.timeout_ms() == 33);
}

TEST_CASE("A wake time in the past or a fraction of a millisecond away does not spin", "[kiosk]") {
    WakePlan past{start};
    past.at(start - 5ms);
    CHECK(past.timeout_ms() == 0);
    WakePlan close{start};
    close.at(start + 100us);
    CHECK(close.timeout_ms() == 1);  // rounded up, never 0 before the moment
}

TEST_CASE("A hold of Ctrl+Q counts by the keys' own times when the loop sees the press late", "[kiosk]") {
    // The window system stamps the press at 1000 ms and the release at
    // 3200 ms of its clock: 2.2 s. The loop, busy with a frame, saw the press
    // 600 ms late, so by its own clock the key was held only 1.6 s.
    KeyHold hold;
    hold.press(start + 600ms, KeyTime{1000});
    CHECK_FALSE(hold.complete(start + 2200ms));
    CHECK(hold.release(KeyTime{3200}));
    CHECK_FALSE(hold.held());

    // Released after 1.9 s by the keys' times: nothing happens, however late the loop was.
    hold.press(start + 10s, KeyTime{20000});
    CHECK_FALSE(hold.release(KeyTime{21900}));
    // Without the window system's times the loop's clock decides, as before.
    hold.press(start + 20s);
    CHECK_FALSE(hold.release());
    hold.press(start + 30s, KeyTime{40000});
    CHECK_FALSE(hold.release());
    // The clock wraps after 49 days; the difference stays right.
    hold.press(start + 40s, KeyTime{0xFFFFFF00u});
    CHECK(hold.release(KeyTime{2000}));
}
