// The real kiosk under Xvfb, driven as the partners drive it: a whole short
// session with the keyboard, and a pause that holds until its cool-down ends.
// Screens are recognised by the kiosk's screen trace and checked on the
// pixels an X client reads back (xwd).
#include <catch2/catch.hpp>

#include "e2e_support.hpp"
#include "theme.hpp"

using namespace attune;
using namespace attune::test::e2e;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path short_script = std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "short.yaml";

// The floor name is drawn in the speaker's colour: whose turn it is shows in
// the pixels as well as in the trace.
bool floor_is(const Screen& screen, Color partner) {
    return screen.has("countdown") && screen.color("floor") == partner;
}

}  // namespace

TEST_CASE("e2e: a whole short session runs from the start screen to the summary with the keyboard", "[e2e]") {
    const Theme theme;
    KioskRun kiosk{short_script};

    kiosk.wait_for_role("begin");
    kiosk.key({"space"});
    // Begin asks whether to keep the conversation; Space goes on without.
    kiosk.wait_for_role("keep-without");
    kiosk.key({"space"});
    kiosk.wait_for_role("say");
    kiosk.key({"Return"});
    kiosk.wait_for("Sam's turn", [&](const Screen& s) { return floor_is(s, theme.left_partner); });
    const Screenshot turn = kiosk.screenshot();
    kiosk.expect_pixel(turn, 2, 2, theme.background, "the turn's background");
    if (turn.count(theme.left_partner) < 500 || turn.count(theme.right_partner) > 50)
        kiosk.fail("Sam has the floor, but the screen is not drawn in Sam's colour");

    kiosk.key({"Right"});
    kiosk.wait_for("Alex's turn", [&](const Screen& s) { return floor_is(s, theme.right_partner); });
    kiosk.key({"Next"});  // PageDown, what presentation clickers send
    const Screen left_answers = kiosk.wait_for_role("answer-1");
    REQUIRE(describe(left_answers.color("floor")) == describe(theme.left_partner));
    kiosk.key({"4"});
    kiosk.wait_for("the right partner's check-in",
                   [&](const Screen& s) { return s.has("answer-1") && s.color("floor") == theme.right_partner; });
    kiosk.key({"5"});
    kiosk.wait_for_role("breath");
    kiosk.key({"space"});
    kiosk.wait_for_role("say");
    kiosk.key({"space"});
    kiosk.wait_for_role("summary-heading");

    const Screenshot summary = kiosk.screenshot();
    kiosk.expect_pixel(summary, 2, 2, theme.background, "the summary's background");
    if (summary.count(theme.text) < 500) kiosk.fail("the summary shows hardly any text");
    // The summary stays until someone closes the kiosk.
    REQUIRE(kiosk.running());
}

TEST_CASE("e2e: a pause refuses Next and Ready until its cool-down ends and then A and L resume the turn", "[e2e]") {
    const Theme theme;
    KioskRun kiosk{short_script};

    kiosk.wait_for_role("begin");
    kiosk.key({"space"});
    // Begin asks whether to keep the conversation; Space goes on without.
    kiosk.wait_for_role("keep-without");
    kiosk.key({"space"});
    kiosk.wait_for_role("say");
    kiosk.key({"space"});
    kiosk.wait_for("Sam's turn", [&](const Screen& s) { return floor_is(s, theme.left_partner); });

    kiosk.key({"p"});
    const Screen cooling = kiosk.wait_for_role("cooldown");
    const auto paused_at = std::chrono::steady_clock::now();
    REQUIRE(describe(cooling.background) == describe(theme.pause_background));
    REQUIRE_FALSE(cooling.has("ready-left"));
    const Screenshot pause = kiosk.screenshot();
    kiosk.expect_pixel(pause, 2, 2, theme.pause_background, "the cool-down screen's background");
    if (pause.count(theme.pause_accent) < 1000) kiosk.fail("the cool-down ring is not on screen");

    // Next and both partners' "ready" while the cool-down runs: all refused.
    kiosk.key({"space", "a", "l", "Return"});
    const auto sent_after = std::chrono::steady_clock::now() - paused_at;
    // The script's cool-down is 3 s; the keys must have gone in well before its end.
    INFO("the keys were sent " << std::chrono::duration_cast<std::chrono::milliseconds>(sent_after).count()
                               << " ms into the cool-down");
    REQUIRE(sent_after < 2500ms);

    const Screen over = kiosk.wait_for_role("ready-left");
    // Nothing left the pause screen meanwhile (a Next did not go on, a Ready did not resume).
    for (const Screen& screen : kiosk.screens()) {
        if (screen.ms < cooling.ms) continue;
        INFO(screen.line);
        REQUIRE(describe(screen.background) == describe(theme.pause_background));
        REQUIRE(screen.has("pause-heading"));
    }
    // The early "ready" was not kept: both buttons still ask.
    REQUIRE(describe(over.color("ready-left")) == describe(theme.primary_fill));
    REQUIRE(describe(over.color("ready-right")) == describe(theme.primary_fill));
    const Screenshot ready = kiosk.screenshot();
    const Rect left_button = over.button("ready-left");
    kiosk.expect_pixel(ready, static_cast<int>(left_button.x + 8), static_cast<int>(left_button.y + left_button.h / 2),
                       theme.primary_fill, "the left partner's Ready button");

    kiosk.key({"a"});
    kiosk.wait_for("the left partner's ready",
                   [&](const Screen& s) { return s.has("ready-left") && s.color("ready-left") != theme.primary_fill; });
    kiosk.key({"l"});
    // Back in the same turn: the Next pressed during the pause did not skip it.
    kiosk.wait_for("Sam's turn again", [&](const Screen& s) { return floor_is(s, theme.left_partner); });
    const Screenshot resumed = kiosk.screenshot();
    kiosk.expect_pixel(resumed, 2, 2, theme.background, "the resumed turn's background");
    if (resumed.count(theme.left_partner) < 500 || resumed.count(theme.right_partner) > 50)
        kiosk.fail("after the pause, the turn is not Sam's");
}
