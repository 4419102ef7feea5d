#pragma once
// Helpers for the kiosk's tests: a headless SDL with the bundled fonts, and
// reading pixels of a rendered screen.
#include <SDL.h>

#include <filesystem>
#include <memory>
#include <string>

#include "display_list.hpp"
#include "fonts.hpp"
#include "kiosk_loop.hpp"
#include "kiosk_window.hpp"
#include "sdl_context.hpp"
#include "sdl_handles.hpp"
#include "sound_cues.hpp"
#include "theme.hpp"
#include "time.hpp"
#include "words.hpp"

namespace attune::kiosk::testing {

// Plain prose of about `characters` bytes (ASCII), for texts too long for a box.
std::string sentences(std::size_t characters);

// SDL_ttf started (no video) and the bundled fonts found.
struct Headless {
    SdlContext sdl{Subsystems::none};
    FontLibrary fonts{find_font_directory()};
};

// What a loop test may add to the setup: the error screen's lines, keeping.
struct LoopExtras {
    std::vector<std::string> error_lines = {};
    KeepingSetup keeping = {};
    // The session's script file: a kept conversation keeps its text, which
    // going on after an interruption reads again.
    std::filesystem::path script_path = {};
    CounselorMode counselor = CounselorMode::off;
};

// What a test of the real loop needs: a headless 960x540 window, the fonts,
// the default look, no sound, and a clock the test moves.
struct LoopFixture {
    SdlContext sdl{Subsystems::video};
    KioskWindow window{headless_window_options()};
    FontLibrary fonts{find_font_directory()};
    Theme theme;
    Words words = words_for_language("en");
    SoundCues sound{false, {}};
    TimePoint now = Clock::now();

    static WindowOptions headless_window_options();

    // Runs the loop on the fixture's clock: `turns[i]` is called before the
    // loop's i-th sleep with what is on screen and pushes the next events;
    // after the last turn, SDL_QUIT. 100 ms pass with every turn. The
    // setup's window, fonts, theme, words and sound are the fixture's.
    // `Sleeping::never`: the loop polls instead of sleeping, so that a test
    // may move the clock by minutes without waiting for them.
    enum class Sleeping { real, never };
    using Turn = std::function<void(const DisplayList&)>;
    void run_turns(Session* session, std::vector<Turn> turns, LoopExtras extras, Sleeping sleeping = Sleeping::real);
};

// The loop tests of keeping, the home screen and the ledger: the loop
// polls, so that a test moves the clock by minutes without waiting for them.
struct KeepingLoop : LoopFixture {
    void run(Session& session, KeepingSetup keeping, std::vector<Turn> turns, std::filesystem::path script_path = {}) {
        run_turns(&session, std::move(turns), LoopExtras{{}, std::move(keeping), std::move(script_path)},
                  Sleeping::never);
    }
};

// Begin, then both partners' own keys: keep it.
extern const LoopFixture::Turn begin_and_keep;

// Events for the loop tests: pushed onto SDL's queue as a partner's keys would.
void push(SDL_Event event);
SDL_Event key_down(SDL_Keycode code, Uint16 modifiers = KMOD_NONE);
SDL_Event key_up(SDL_Keycode code);
SDL_Event quit_event();

// Loop tests need SDL's dummy video driver (CTest sets it); anywhere else
// they are skipped with a warning rather than open a window.
bool loop_tests_skipped();

Color pixel_at(SDL_Surface* surface, int x, int y);

// Within `tolerance` on every channel.
bool close_to(Color actual, Color expected, int tolerance = 8);

std::string describe(Color color);

// Writes the image beside the test binary (kiosk-test-output/NAME.png) and
// returns where, so that a failed golden test can be looked at.
std::string keep_image(SDL_Surface* surface, const std::string& name);

}  // namespace attune::kiosk::testing
