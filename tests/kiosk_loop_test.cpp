// The main loop, driven by SDL events pushed between its turns, on SDL's
// dummy video driver (the window is headless; the loop is the real one).
#include "kiosk_loop.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <functional>
#include <vector>

#include "kiosk_test_support.hpp"
#include "sdl_context.hpp"
#include "test_support.hpp"
#include "view.hpp"

using namespace attune;
using namespace attune::kiosk;

namespace {

using testing::key_down;
using testing::push;
using testing::quit_event;

// A tap where a button is, and the mouse click SDL synthesizes from it.
void tap_with_synthetic_click(const ButtonItem& button, int width, int height) {
    const float x = button.box.x + button.box.w / 2, y = button.box.y + button.box.h / 2;
    SDL_Event finger{};
    finger.type = SDL_FINGERDOWN;
    finger.tfinger.x = x / static_cast<float>(width);
    finger.tfinger.y = y / static_cast<float>(height);
    push(finger);
    SDL_Event click{};
    click.type = SDL_MOUSEBUTTONDOWN;
    click.button.which = SDL_TOUCH_MOUSEID;
    click.button.button = SDL_BUTTON_LEFT;
    click.button.x = static_cast<Sint32>(x);
    click.button.y = static_cast<Sint32>(y);
    push(click);
}

// Runs the loop; `turns[i]` is called before the loop's i-th sleep with what
// is on screen, and pushes the next events. After the last turn: SDL_QUIT.
struct Harness : testing::LoopFixture {
    void run(Session* session, std::vector<Turn> turns, std::vector<std::string> error_lines = {}) {
        run_turns(session, std::move(turns), testing::LoopExtras{std::move(error_lines)});
    }
};

bool skipped() { return testing::loop_tests_skipped(); }

Script three_says() {
    return test::script_of({test::item("Opening", {test::say("One"), test::say("Two"), test::say("Three")})});
}

}  // namespace

TEST_CASE("The loop draws the start screen and a key press begins the session", "[kiosk]") {
    if (skipped()) return;
    Harness harness;
    Session session{three_says()};
    bool start_screen_shown = false;
    harness.run(&session, {
                              [&](const DisplayList& shown) {
                                  start_screen_shown = shown.button("begin") != nullptr;
                                  push(key_down(SDLK_SPACE));
                              },
                          });
    CHECK(start_screen_shown);
    CHECK(session.snapshot(harness.now).phase == Phase::step);
}

TEST_CASE("A tap presses its button once, although SDL also reports it as a click", "[kiosk]") {
    if (skipped()) return;
    Harness harness;
    Session session{three_says()};
    bool tapped = false;
    harness.run(&session, {
                              [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                              [&](const DisplayList& shown) {
                                  const ButtonItem* next = shown.button("next");
                                  REQUIRE(next);
                                  tap_with_synthetic_click(*next, shown.width, shown.height);
                                  tapped = true;
                              },
                          });
    REQUIRE(tapped);
    // Begin shows "One"; the tap goes on to "Two", not on to "Three".
    CHECK(session.snapshot(harness.now).step == 1);
}

TEST_CASE("Esc does not close the kiosk, holding Ctrl+Q does", "[kiosk]") {
    if (skipped()) return;
    Harness harness;
    Session session{three_says()};
    int turns_after_escape = 0;
    int turns_held = 0;
    // Each turn pushes something, so the loop never sleeps for long. Ctrl+Q
    // goes down once and is never released: the loop then ends by itself.
    std::vector<std::function<void(const DisplayList&)>> turns;
    turns.push_back([&](const DisplayList&) { push(key_down(SDLK_ESCAPE)); });
    turns.push_back([&](const DisplayList&) {
        ++turns_after_escape;
        push(key_down(SDLK_q, KMOD_LCTRL));
    });
    // A harmless event a turn keeps the harness from sending SDL_QUIT; the
    // hold ends the loop by itself after two (fake) seconds.
    for (int i = 0; i < 100; ++i) {
        turns.push_back([&](const DisplayList&) {
            ++turns_held;
            SDL_Event nothing{};
            nothing.type = SDL_USEREVENT;
            push(nothing);
        });
    }
    harness.run(&session, std::move(turns));
    CHECK(turns_after_escape == 1);
    // 100 ms a turn: about 20 turns of holding, far fewer than the 100 offered.
    CHECK(turns_held >= 18);
    CHECK(turns_held <= 22);
}

TEST_CASE("A script that did not load shows the error screen with its lines", "[kiosk]") {
    if (skipped()) return;
    Harness harness;
    std::string shown_text;
    harness.run(nullptr,
                {
                    [&](const DisplayList& shown) {
                        for (const auto& item : shown.items)
                            if (const auto* text = std::get_if<TextItem>(&item)) shown_text += text->text + "\n";
                        push(key_down(SDLK_SPACE));  // nothing to do on the error screen
                    },
                },
                {"evening.yaml:3:7: error: unknown key 'speker'"});
    CHECK_THAT(shown_text, Catch::Contains("evening.yaml:3:7"));
}
