// The counselor's console on a second display, end to end (issue 12): the
// real kiosk on Xorg with two monitors (tools/two-displays.sh), keys and
// clicks through xdotool. The shared screen covers the left monitor and the
// console the right one; the console's "end cool-down" ends it and the
// summary says so; a nudge from the console shows on the shared screen and
// goes; a note typed on the console changes nothing on the shared screen;
// switching the console's monitor off closes the console and the
// conversation goes on, switching it on again brings the console back;
// switching the shared screen's monitor off moves the shared screen.
#include <catch2/catch.hpp>
#include <thread>

#include "e2e_support.hpp"

using namespace attune;
using namespace attune::test::e2e;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path counselor_script = std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "counselor.yaml";

// Xorg with the dummy driver is what shows two monitors; without it these
// tests cannot run at all, and say so (they never pass silently).
bool skipped() {
    if (two_displays_available()) return false;
    WARN(
        "Xorg or its dummy driver is missing (tools/setup-debian.sh installs xserver-xorg-core "
        "xserver-xorg-video-dummy xcvt): the two-display tests did not run");
    return true;
}

// The console's window, where xdotool clicks: its buttons are traced in the window's own pixels.
struct Console {
    Rect window;
    void click(KioskRun& kiosk, const Screen& screen, const std::string& role) const {
        const Rect button = screen.button(role);
        kiosk.click(window.x + button.x + button.w / 2, window.y + button.y + button.h / 2);
    }
    // Keys go to the window under the pointer (a bare X server has no
    // window manager to give the focus): the pointer rests on the console.
    void point_at(KioskRun& kiosk) const { kiosk.click(window.x + window.w / 2, window.y + 8); }
};

Console find_console(KioskRun& kiosk) {
    for (int i = 0; i < 100; ++i) {
        if (auto rect = window_geometry(kiosk.display(), "attune: counselor")) return Console{*rect};
        std::this_thread::sleep_for(50ms);
    }
    kiosk.fail("no window named 'attune: counselor'");
}

// Begin on the shared keyboard, without keeping, up to Sam's turn.
void begin(KioskRun& kiosk) {
    kiosk.wait_for_role("begin");
    kiosk.click(960, 540);  // the pointer on the shared screen: its keys go there
    kiosk.key({"space"});
    kiosk.wait_for_role("keep-without");
    kiosk.key({"space"});
    kiosk.wait_for_role("countdown");
}

}  // namespace

TEST_CASE("e2e: with two displays the shared screen covers the first and the console the second", "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    kiosk.wait_for_role("begin");
    kiosk.wait_for_console("the agenda", [](const Screen& s) { return s.has("console-jump-off"); });
    const auto shared = window_geometry(kiosk.display(), "attune");
    REQUIRE(shared);
    CHECK(shared->x == 0);
    CHECK(shared->y == 0);
    CHECK(shared->w == 1920);
    CHECK(shared->h == 1080);
    const Console console = find_console(kiosk);
    CHECK(console.window.x == 1920);
    CHECK(console.window.y == 0);
    CHECK(console.window.w == 1280);
    CHECK(console.window.h == 720);
}

TEST_CASE("e2e: a click on the console's end cool-down ends it and the summary records it", "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    const Console console = find_console(kiosk);
    begin(kiosk);
    kiosk.key({"p"});  // a partner's pause: a two-minute cool-down
    kiosk.wait_for_role("cooldown-disk");
    const Screen cooling =
        kiosk.wait_for_console("end cool-down", [](const Screen& s) { return s.has("console-end-cooldown"); });
    console.click(kiosk, cooling, "console-end-cooldown");
    // Over long before its two minutes: each partner may say they are ready.
    kiosk.wait_for_console(
        "the cool-down over", [](const Screen& s) { return s.has("console-end-cooldown-off"); }, 10s);
    kiosk.click(960, 540);
    kiosk.key({"a", "l"});  // both partners ready
    kiosk.wait_for_role("countdown");
    const Screen running = kiosk.wait_for_console("skip", [](const Screen& s) { return s.has("console-skip"); });
    console.click(kiosk, running, "console-skip");
    const Screen thanks = kiosk.wait_for_role("say");
    (void)thanks;
    kiosk.click(960, 540);
    kiosk.key({"space"});
    const Screen summary = kiosk.wait_for_role("summary-override");
    CHECK(summary.has("summary-override"));
}

TEST_CASE("e2e: a nudge sent from the console shows on the shared screen and goes after its time", "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    const Console console = find_console(kiosk);
    begin(kiosk);
    console.point_at(kiosk);
    kiosk.key({"1"});
    const auto sent = std::chrono::steady_clock::now();
    kiosk.wait_for_role("nudge", 5s);
    kiosk.wait_for(
        "the nudge gone", [](const Screen& s) { return !s.has("nudge") && s.has("countdown"); }, 15s);
    const auto shown_for = std::chrono::steady_clock::now() - sent;
    CHECK(shown_for >= 7s);
    CHECK(shown_for < 12s);
    // One typed on the console: M, the words, Enter.
    kiosk.key({"m"});
    kiosk.xdotool_type("Let Sam finish");
    kiosk.key({"Return"});
    kiosk.wait_for_role("nudge", 5s);
}

TEST_CASE("e2e: a note typed on the console changes nothing on the shared screen", "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    const Console console = find_console(kiosk);
    kiosk.wait_for_role("begin");
    kiosk.wait_for_console("the note field", [](const Screen& s) { return s.has("console-note"); });
    console.point_at(kiosk);
    const std::size_t shared_screens = kiosk.screens().size();
    const Screenshot before = kiosk.screenshot();
    kiosk.key({"n"});
    kiosk.xdotool_type("Private words");
    kiosk.key({"Return"});
    kiosk.wait_for_console("the note kept", [](const Screen& s) { return s.has("console-note-kept"); });
    const Screenshot after = kiosk.screenshot();
    // The start screen holds still: not one line more in its trace, not one pixel changed on its monitor.
    CHECK(kiosk.screens().size() == shared_screens);
    long changed = 0;
    for (int y = 0; y < 1080; ++y)
        for (int x = 0; x < 1920; ++x)
            if (!near(before.at(x, y), after.at(x, y), 0)) ++changed;
    CHECK(changed == 0);
}

TEST_CASE("e2e: the console's display switched off closes the console while the conversation goes on and it comes back",
          "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    find_console(kiosk);
    begin(kiosk);
    kiosk.xrandr({"--output", "DUMMY1", "--off"});
    for (int i = 0; i < 100 && window_geometry(kiosk.display(), "attune: counselor"); ++i)
        std::this_thread::sleep_for(50ms);
    CHECK_FALSE(window_geometry(kiosk.display(), "attune: counselor"));
    // The countdown goes on, on the shared screen, still covering its monitor.
    std::this_thread::sleep_for(1500ms);
    REQUIRE(kiosk.running());
    CHECK(kiosk.screens().back().has("countdown"));
    const auto shared = window_geometry(kiosk.display(), "attune");
    REQUIRE(shared);
    CHECK(shared->w == 1920);
    kiosk.xrandr({"--output", "DUMMY1", "--mode", "m1280x720", "--right-of", "DUMMY0"});
    const Console back = find_console(kiosk);
    CHECK(back.window.x == 1920);
    CHECK(back.window.w == 1280);
    INFO(kiosk.kiosk_log());
    CHECK(kiosk.kiosk_log().find("console closed") != std::string::npos);
}

TEST_CASE(
    "e2e: the shared screen's display switched off moves the shared screen to the one left and closes the console",
    "[e2e]") {
    if (skipped()) return;
    KioskRun kiosk{{"--counselor", counselor_script.string()}, Displays::two};
    find_console(kiosk);
    begin(kiosk);
    kiosk.xrandr({"--output", "DUMMY0", "--off"});
    // The monitor left is the 1280x720 one: the shared screen covers it, and
    // the console, which would show the counselor's notes there, is gone.
    std::optional<Rect> shared;
    for (int i = 0; i < 100; ++i) {
        shared = window_geometry(kiosk.display(), "attune");
        if (shared && shared->w == 1280) break;
        std::this_thread::sleep_for(50ms);
    }
    REQUIRE(shared);
    CHECK(shared->w == 1280);
    CHECK(shared->h == 720);
    CHECK_FALSE(window_geometry(kiosk.display(), "attune: counselor"));
    std::this_thread::sleep_for(1s);
    REQUIRE(kiosk.running());
    CHECK(kiosk.screens().back().has("countdown"));
}
