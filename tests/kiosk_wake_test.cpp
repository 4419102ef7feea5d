// How often the real loop wakes, on a fake clock: it sleeps until what is
// on screen next changes (the display list says when), the session's next
// deadline or an event, so a still screen costs no wake-up at all, a
// countdown one a second, and a breathing guide frames only while it moves.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace std::chrono_literals;

namespace {

using testing::key_down;
using testing::push;

// Runs the loop with its sleep replaced: events pushed by the test are
// delivered first (at the clock's time), then the clock jumps to the end of
// each timeout the loop asks for. A sleep with no end, or past `until`, ends
// the run: nothing would happen before the next event.
struct WakeHarness : testing::LoopFixture {
    TimePoint begun = now;                // when the test's events were delivered
    std::vector<Duration> wake_ups;       // when the loop woke by itself, from `begun`
    std::vector<std::string> countdowns;  // the countdown shown at each turn, when one is
    int last_timeout = 0;

    void run(LoopSetup setup, Duration until) {
        const TimePoint end = now + until;
        setup.clock = [this] { return now; };
        setup.before_wait = [this](const DisplayList& shown) {
            if (const TextItem* countdown = shown.text("countdown")) countdowns.push_back(countdown->text);
        };
        setup.wait = [this, end](SDL_Event& event, int timeout_ms) {
            if (SDL_PollEvent(&event) == 1) {
                begun = now;
                return true;
            }
            last_timeout = timeout_ms;
            if (timeout_ms < 0 || now + std::chrono::milliseconds{timeout_ms} > end) {
                event = testing::quit_event();
                return true;
            }
            now += std::chrono::milliseconds{timeout_ms};
            wake_ups.push_back(now - begun);
            return false;
        };
        KioskLoop loop{std::move(setup)};
        loop.run();
    }

    LoopSetup setup_for(Session* session) {
        return LoopSetup{
            .window = window, .fonts = fonts, .theme = theme, .words = words, .session = session, .sound = sound};
    }

    long wake_ups_between(Duration from, Duration to) const {
        return std::count_if(wake_ups.begin(), wake_ups.end(), [&](Duration at) { return at > from && at < to; });
    }
};

bool skipped() { return testing::loop_tests_skipped(); }

}  // namespace

TEST_CASE("On a still screen the loop sleeps until an event, without waking once a second", "[kiosk][wake]") {
    if (skipped()) return;
    WakeHarness harness;
    Session session{test::script_of({test::item("Check-in", {test::checkin("How calm do you feel?")})})};
    SECTION("the start screen") {}
    SECTION("a check-in waiting for an answer") { push(key_down(SDLK_SPACE)); }
    harness.run(harness.setup_for(&session), 10min);
    CHECK(harness.wake_ups.empty());
    CHECK(harness.last_timeout == -1);
}

TEST_CASE("The picker and the error screen do not wake the loop", "[kiosk][wake]") {
    if (skipped()) return;
    WakeHarness harness;
    LoopSetup setup = harness.setup_for(nullptr);
    SECTION("the picker") {
        setup.catalog = [] { return std::vector<CatalogEntry>{}; };
    }
    SECTION("the error screen") { setup.error_lines = {"evening.yaml:3:7: error: unknown key 'speker'"}; }
    harness.run(std::move(setup), 10min);
    CHECK(harness.wake_ups.empty());
    CHECK(harness.last_timeout == -1);
}

TEST_CASE("A countdown wakes the loop at its next displayed second, and the digits change then", "[kiosk][wake]") {
    if (skipped()) return;
    WakeHarness harness;
    Session session{test::script_of({test::item("Talk", {test::turn(Seat::left, Seconds{90})})})};
    push(key_down(SDLK_SPACE));  // begin: the turn's countdown runs from 1:30
    harness.run(harness.setup_for(&session), 10s);
    // Ten seconds, ten wake-ups: one at each whole second, none between.
    CHECK(harness.wake_ups.size() == 10);
    for (std::size_t i = 0; i < harness.wake_ups.size(); ++i) CHECK(harness.wake_ups[i] == Seconds{i + 1});
    REQUIRE(harness.countdowns.size() >= 11);
    CHECK(harness.countdowns[0] == "1:30");
    CHECK(harness.countdowns[1] == "1:29");
    CHECK(harness.countdowns[10] == "1:20");
}

TEST_CASE("A breathing guide wakes the loop for frames while it moves, not while the breath is held", "[kiosk][wake]") {
    if (skipped()) return;
    WakeHarness harness;
    // Box breathing: in 4 s, hold 4 s, out 4 s, hold 4 s.
    Session session{test::script_of({test::item("Breathe", {test::breathe(Seconds{60})})})};
    push(key_down(SDLK_SPACE));
    harness.run(harness.setup_for(&session), 16s);
    // Breathing in: about 30 frames a second.
    CHECK(harness.wake_ups_between(0s, 4s) >= 100);
    // Holding: only the countdown's seconds (5, 6, 7 s) until breathing out at 8 s.
    CHECK(harness.wake_ups_between(4s, 8s) <= 4);
    CHECK(harness.wake_ups_between(8s, 12s) >= 100);
    CHECK(harness.wake_ups_between(12s, 16s) <= 4);
}
