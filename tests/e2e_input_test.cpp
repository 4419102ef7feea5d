// The real kiosk under Xvfb: a mouse click presses the button under it, Esc
// (which presentation clickers send) does not close the kiosk, holding Ctrl+Q
// for two seconds does, and SDL's invisible video drivers are refused.
#include <catch2/catch.hpp>
#include <thread>

#include "e2e_support.hpp"
#include "process.hpp"
#include "theme.hpp"

using namespace attune;
using namespace attune::test::e2e;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path short_script = std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "short.yaml";

}  // namespace

TEST_CASE("e2e: a mouse click on a button presses it", "[e2e]") {
    const Theme theme;
    KioskRun kiosk{short_script};

    const Screen start = kiosk.wait_for_role("begin");
    const Rect begin = start.button("begin");
    // The button is where the trace says: its fill is on screen there.
    const Screenshot shot = kiosk.screenshot();
    kiosk.expect_pixel(shot, static_cast<int>(begin.x + 8), static_cast<int>(begin.y + begin.h / 2), theme.primary_fill,
                       "the Begin button");

    kiosk.click(begin.x + begin.w / 2, begin.y + begin.h / 2);
    const Rect without = kiosk.wait_for_role("keep-without").button("keep-without");
    kiosk.click(without.x + without.w / 2, without.y + without.h / 2);
    kiosk.wait_for_role("say");

    const Screen say = kiosk.screens().back();
    const Rect next = say.button("next");
    kiosk.click(next.x + next.w / 2, next.y + next.h / 2);
    kiosk.wait_for("Sam's turn", [&](const Screen& s) { return s.color("floor") == theme.left_partner; });
}

TEST_CASE("e2e: Esc and a short Ctrl+Q leave the kiosk open but holding Ctrl+Q for two seconds closes it with 0",
          "[e2e]") {
    KioskRun kiosk{std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "short.yaml"};

    kiosk.wait_for_role("begin");
    kiosk.key({"Escape", "Escape"});
    // Still there, and still listening: the next key goes on.
    kiosk.key({"space"});
    kiosk.wait_for_role("keep-without");
    kiosk.key({"space"});
    kiosk.wait_for_role("say");
    REQUIRE(kiosk.running());

    kiosk.key({"ctrl+q"});  // pressed and released at once: not a hold
    kiosk.key({"Escape", "space"});
    kiosk.wait_for_role("countdown");
    REQUIRE(kiosk.running());

    const auto pressed = std::chrono::steady_clock::now();
    kiosk.key_down("ctrl+q");
    // The hold shows its progress ring while it fills.
    kiosk.wait_for_role("quit-progress", 1800ms);
    std::this_thread::sleep_until(pressed + 2200ms);
    kiosk.key_up("ctrl+q");
    const auto status = kiosk.wait_exit(10s);
    if (!status) kiosk.fail("the kiosk is still open 10 s after a 2.2 s hold of Ctrl+Q");
    // What the kiosk said, should it end otherwise (a sanitizer's report ends
    // it with 1, after everything else went well).
    INFO(kiosk.kiosk_log());
    CHECK(*status == 0);
}

TEST_CASE("e2e: the kiosk refuses the dummy video driver and a missing display with a clear message", "[e2e]") {
    const std::string script = (std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "short.yaml").string();

    const auto dummy = attune::test::run_process({ATTUNE_BINARY, script}, {{"SDL_VIDEODRIVER", "dummy"}});
    REQUIRE_FALSE(dummy.timed_out);
    CHECK(dummy.exit_code == 1);
    CHECK_THAT(dummy.err, Catch::Contains("cannot show the kiosk") && Catch::Contains("'dummy'") &&
                              Catch::Contains("SDL_VIDEODRIVER") && Catch::Contains("--screenshot"));

    // No display at all: SDL would fall back to its offscreen driver.
    const auto none = attune::test::run_process({ATTUNE_BINARY, script},
                                                {{"SDL_VIDEODRIVER", ""}, {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}});
    REQUIRE_FALSE(none.timed_out);
    CHECK(none.exit_code == 1);
    CHECK_THAT(none.err, Catch::Contains("cannot show the kiosk") || Catch::Contains("needs a display"));
    CHECK_THAT(none.err, Catch::Contains("DISPLAY") && Catch::Contains("--screenshot"));
}
