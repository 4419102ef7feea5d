// The pause screen: the cool-down refuses to go on, never names who called
// it, and offers ready / more time / stop for today once it has run out.
#include <catch2/catch.hpp>

#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

bool has_command(const DisplayList& list, auto predicate) {
    for (const auto* button : buttons(list))
        if (button->ui == UiAction::none && predicate(button->command)) return true;
    return false;
}

}  // namespace

TEST_CASE("the cool-down shows a large countdown, the time to come back, and the message", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(18min + 42s);
    const DisplayList list = screen.build();
    CHECK(list.background == screen.theme.pause_background);
    CHECK(list.text("pause-heading")->text == "A pause was called");
    CHECK(list.text("cooldown")->text == "18:42");
    // 20:25:10 + 18:42 = 20:43:52, promised as 20:44 (never earlier).
    CHECK(list.text("back-at")->text == "Back at 20:44");
    CHECK(list.text("pause-message")->text ==
          "Let's take a break. Breathe slowly. We'll come back to this when we're both ready.");
    CHECK(list.text("pause-signal")->text == "Your pause signal: “harbour”");
    const DiskItem* ring = disk(list, "cooldown-disk");
    REQUIRE(ring);
    CHECK(ring->fraction == Approx((18 * 60 + 42) / 1200.0));
    CHECK(list.text("cooldown")->size > list.text("pause-heading")->size);
}

TEST_CASE("the script's own cool-down message replaces the built-in one", "[view]") {
    Screen screen;
    screen.script.pause.message = "Go for a short walk, separately.";
    screen.snapshot = pause_snapshot(10min);
    CHECK(screen.build().text("pause-message")->text == "Go for a short walk, separately.");
}

TEST_CASE("back-at wraps past midnight", "[view]") {
    Screen screen;
    screen.time_of_day = 23h + 50min;
    screen.snapshot = pause_snapshot(20min);
    CHECK(screen.build().text("back-at")->text == "Back at 00:10");
}

TEST_CASE("the cool-down refuses to go on: no Next, no Ready until it ends", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(5s);
    const DisplayList during = screen.build();
    CHECK(during.button("next") == nullptr);
    CHECK(during.button("ready-left") == nullptr);
    CHECK(during.button("ready-right") == nullptr);
    CHECK_FALSE(has_command(during, [](const Command& c) {
        return std::holds_alternative<cmd::Next>(c) || std::holds_alternative<cmd::Ready>(c);
    }));
    // Stopping for today is always possible.
    REQUIRE(during.button("stop"));
    CHECK(during.button("stop")->command == Command{cmd::StopForToday{}});
    CHECK(during.text("stop-key")->text == "End");

    screen.snapshot = pause_snapshot(0s, true);
    const DisplayList after = screen.build();
    CHECK(after.text("cooldown") == nullptr);
    CHECK(after.text("cooldown-over")->text == "Ready when you are");
    REQUIRE(after.button("ready-left"));
    REQUIRE(after.button("ready-right"));
    CHECK(after.button("ready-left")->command == Command{cmd::Ready{Seat::left}});
    CHECK(after.button("ready-right")->command == Command{cmd::Ready{Seat::right}});
    CHECK(after.button("ready-left")->label == "Sam: I'm ready");
    CHECK(after.text("ready-left-key")->text == "A");
    CHECK(after.text("ready-right-key")->text == "L");
    REQUIRE(after.button("more-time"));
    CHECK(std::holds_alternative<cmd::MoreTime>(after.button("more-time")->command));
    CHECK(after.button("next") == nullptr);
}

TEST_CASE("a ready partner shows as done, the other as a button that says \"I'm ready\"", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(0s, true);
    screen.snapshot.pause()->ready = {false, true};
    const DisplayList list = screen.build();

    // Done: nothing left to press, a quiet pill with a check mark in Alex's colour.
    CHECK(list.button("ready-right") == nullptr);
    CHECK(list.text("ready-right-key") == nullptr);
    REQUIRE(rect(list, "ready-right"));
    CHECK(rect(list, "ready-right")->color == screen.theme.surface);
    CHECK(rect(list, "ready-right")->color != screen.theme.primary_fill);
    REQUIRE(list.text("ready-right-label"));
    CHECK(list.text("ready-right-label")->text == "Alex is ready");
    CHECK(list.text("ready-right-label")->color == screen.theme.right_partner);
    REQUIRE(disk(list, "ready-right-mark"));
    CHECK(disk(list, "ready-right-mark")->color == screen.theme.right_partner);
    CHECK(list.text("ready-right-check")->text == "✓");
    const DiskItem* mark = disk(list, "ready-right-mark");
    CHECK(rect(list, "ready-right")->box.contains(mark->cx, mark->cy));
    CHECK_FALSE(has_command(list, [](const Command& c) {
        const auto* ready = std::get_if<cmd::Ready>(&c);
        return ready && ready->seat == Seat::right;
    }));

    // Still to do: the one obvious action, said in the partner's own words.
    REQUIRE(list.button("ready-left"));
    CHECK(list.button("ready-left")->label == "Sam: I'm ready");
    CHECK(list.button("ready-left")->primary);
    CHECK(list.button("ready-left")->command == Command{cmd::Ready{Seat::left}});
    CHECK(list.text("ready-left-key")->text == "A");
    // The done pill and the button stand where the buttons stood, one above the other.
    CHECK(rect(list, "ready-right")->box.y > list.button("ready-left")->box.y);
    CHECK(rect(list, "ready-right")->box.w == Approx(list.button("ready-left")->box.w));
}

TEST_CASE("the cool-down's time to come back is large enough to plan by", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(12min);
    const DisplayList list = screen.build();
    REQUIRE(list.text("back-at"));
    CHECK(list.text("back-at")->size >= screen.theme.body_size * 720);
    CHECK(list.text("back-at")->size > list.text("cooldown-caption")->size);
    // The breathing guide takes a good part of the screen, not a corner.
    REQUIRE(disk(list, "breath-outline"));
    CHECK(disk(list, "breath-outline")->radius >= 0.12f * 720);
    CHECK(list.text("breath-phase")->size >= screen.theme.heading_size * 720 * 0.99f);
}

TEST_CASE("nothing on the screen names who called the pause", "[view]") {
    for (const bool over : {false, true}) {
        Screen left_called;
        left_called.snapshot = pause_snapshot(over ? 0s : 12min, over);
        left_called.record.pauses.push_back(PauseRecord{5min, 0s, PauseCause::partner, Seat::left});
        Screen right_called = left_called;
        right_called.record.pauses.back().seat = Seat::right;
        Screen checkin_called = left_called;
        checkin_called.record.pauses.back().cause = PauseCause::checkin;
        checkin_called.snapshot.pause()->cause = PauseCause::checkin;

        const DisplayList list = left_called.build();
        INFO("cool-down over: " << over);
        // Who called it changes nothing at all on screen...
        CHECK(list == right_called.build());
        CHECK(list == checkin_called.build());
        // ...and during the cool-down no name appears at all.
        if (!over) {
            CHECK(all_words(list).find("Sam") == std::string::npos);
            CHECK(all_words(list).find("Alex") == std::string::npos);
        }
    }
}

TEST_CASE("after the last allowed pause the kiosk suggests stopping for today", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(0s, true);
    screen.snapshot.pause()->count = 3;
    screen.snapshot.pause()->suggest_stop = true;
    const DisplayList list = screen.build();
    REQUIRE(list.text("suggest-stop"));
    CHECK(list.text("suggest-stop")->text.find("pause 3") != std::string::npos);
    CHECK(list.button("stop")->primary);
    CHECK_FALSE(list.button("ready-left")->primary);

    screen.snapshot.pause()->suggest_stop = false;
    CHECK(screen.build().text("suggest-stop") == nullptr);
}

TEST_CASE("the cool-down breathes with the guide", "[view]") {
    Screen screen;
    screen.snapshot = pause_snapshot(19min);
    screen.snapshot.breath = breath_at(BreathPattern::box(), 65s);  // breathing in: the guide moves
    const DisplayList list = screen.build();
    CHECK(list.next_change == animation_frame);
    REQUIRE(disk(list, "breath"));
    CHECK(list.text("breath-phase"));

    screen.script.pause.breathing.reset();
    screen.snapshot.breath.reset();
    const DisplayList still = screen.build();
    CHECK(still.next_change == Duration{1s});  // only the cool-down's seconds
    CHECK(disk(still, "breath") == nullptr);
}

TEST_CASE("resuming by either partner is said on screen", "[view]") {
    Screen screen;
    screen.script.pause.resume = Quorum::either;
    screen.snapshot = pause_snapshot(0s, true);
    CHECK(screen.build().text("quorum-hint")->text == "One of you being ready is enough.");
}
