// The shell's contact with the platform: which video drivers it accepts,
// how it draws, and how keys, clicks and taps reach the core.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "kiosk_window.hpp"
#include "sdl_context.hpp"
#include "sdl_input.hpp"
#include "video_driver.hpp"

using namespace attune;
using namespace attune::kiosk;

TEST_CASE("The kiosk refuses SDL's invisible video drivers, tests and screenshots accept them", "[kiosk]") {
    for (const char* driver : {"dummy", "offscreen"}) {
        const auto refusal = refuse_video_driver(driver, RunMode::kiosk);
        REQUIRE(refusal);
        CHECK_THAT(*refusal, Catch::Contains(driver) && Catch::Contains("--screenshot"));
        CHECK_FALSE(refuse_video_driver(driver, RunMode::headless));
    }
    CHECK_FALSE(refuse_video_driver("x11", RunMode::kiosk));
    CHECK_FALSE(refuse_video_driver("wayland", RunMode::kiosk));
    CHECK_FALSE(refuse_video_driver("kmsdrm", RunMode::kiosk));
}

TEST_CASE("Opening the kiosk window on the dummy driver fails with the explanation", "[kiosk]") {
    // The tests run with SDL_VIDEODRIVER=dummy, as a machine without a display would.
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    if (!driver || std::string(driver) != "dummy") {
        WARN("SDL_VIDEODRIVER is not dummy: skipped");
        return;
    }
    SdlContext sdl{Subsystems::video};
    WindowOptions options;
    options.mode = RunMode::kiosk;
    CHECK_THROWS_WITH(KioskWindow{options}, Catch::Contains("no display") && Catch::Contains("'dummy'"));
    options.mode = RunMode::headless;
    options.windowed = true;
    options.width = 640;
    options.height = 360;
    KioskWindow window{options};
    CHECK(window.output_size() == PixelSize{640, 360});
    CHECK_THAT(window.describe(), Catch::Contains("video dummy") && Catch::Contains("software"));
}

TEST_CASE("X11 draws with the software renderer unless told otherwise", "[kiosk]") {
    CHECK(resolve_render_path(RenderPath::automatic, "x11") == RenderPath::software);
    CHECK(resolve_render_path(RenderPath::automatic, "wayland") == RenderPath::accelerated);
    CHECK(resolve_render_path(RenderPath::accelerated, "x11") == RenderPath::accelerated);
    CHECK(parse_render_path("gpu") == RenderPath::accelerated);
    CHECK(parse_render_path("software") == RenderPath::software);
    CHECK_FALSE(parse_render_path("fast"));
}

namespace {

SDL_Keysym keysym(SDL_Keycode code, Uint16 modifiers = KMOD_NONE) {
    SDL_Keysym key{};
    key.sym = code;
    key.mod = modifiers;
    return key;
}

SDL_Event finger_down(float x, float y) {
    SDL_Event event{};
    event.type = SDL_FINGERDOWN;
    event.tfinger.x = x;
    event.tfinger.y = y;
    return event;
}

SDL_Event mouse_down(int x, int y, Uint32 which = 0, Uint8 button = SDL_BUTTON_LEFT) {
    SDL_Event event{};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.x = x;
    event.button.y = y;
    event.button.which = which;
    event.button.button = button;
    return event;
}

}  // namespace

TEST_CASE("Keys arrive as the letter printed on them, with Ctrl for the counselor's controls", "[kiosk]") {
    CHECK(translate_key(keysym(SDLK_a)) == KeyPress{Key::a, {}});
    CHECK(translate_key(keysym(SDLK_q, KMOD_LCTRL)) == KeyPress{Key::q, {true, false, false}});
    CHECK(translate_key(keysym(SDLK_KP_7)).key == Key::digit_7);
    CHECK(translate_key(keysym(SDLK_KP_0)).key == Key::digit_0);
    CHECK(translate_key(keysym(SDLK_KP_ENTER)).key == Key::enter);
    CHECK(translate_key(keysym(SDLK_PAGEDOWN)).key == Key::page_down);  // what clickers send
    CHECK(translate_key(keysym(SDLK_SLASH, KMOD_LSHIFT)).key == Key::question);
    CHECK(translate_key(keysym(SDLK_SLASH)).key == Key::other);
    CHECK(translate_key(keysym(SDLK_F1)).key == Key::f1);
    // AltGr (MODE on X11) is never taken for Ctrl+Alt counselor controls.
    CHECK(translate_key(keysym(SDLK_q, KMOD_MODE)).modifiers.alt);
}

TEST_CASE("A held key acts once, except erasing", "[kiosk]") {
    CHECK_FALSE(repeats(KeyPress{Key::space, {}}));
    CHECK_FALSE(repeats(KeyPress{Key::q, {true, false, false}}));
    CHECK(repeats(KeyPress{Key::backspace, {}}));
}

TEST_CASE("A tap counts once: the mouse click SDL makes from it is ignored", "[kiosk]") {
    const PointerGeometry geometry{1920, 1080, 1920, 1080};
    const auto tap = pointer_press(finger_down(0.25f, 0.5f), geometry);
    REQUIRE(tap);
    CHECK(*tap == PointerPress{480.0f, 540.0f});
    CHECK_FALSE(pointer_press(mouse_down(480, 540, SDL_TOUCH_MOUSEID), geometry));
    CHECK(pointer_press(mouse_down(480, 540), geometry) == PointerPress{480.0f, 540.0f});
    CHECK_FALSE(pointer_press(mouse_down(480, 540, 0, SDL_BUTTON_RIGHT), geometry));
}

TEST_CASE("On a HiDPI screen clicks land in output pixels, where the view laid out", "[kiosk]") {
    const PointerGeometry geometry{1280, 720, 2560, 1440};  // window points, output pixels
    CHECK(pointer_press(mouse_down(100, 50), geometry) == PointerPress{200.0f, 100.0f});
    CHECK(pointer_press(finger_down(0.5f, 0.5f), geometry) == PointerPress{1280.0f, 720.0f});
}

TEST_CASE("A tap on the left half reaches the left partner's button", "[kiosk]") {
    // The view places per-partner buttons on their partner's half; the shell
    // hands the tap to whatever button is under it.
    DisplayList list;
    list.width = 1920;
    list.height = 1080;
    ButtonItem left, right;
    left.box = {100, 900, 600, 120};
    left.command = cmd::Ready{Seat::left};
    right.box = {1220, 900, 600, 120};
    right.command = cmd::Ready{Seat::right};
    list.items.push_back(left);
    list.items.push_back(right);
    const PointerGeometry geometry{1920, 1080, 1920, 1080};
    const auto tap = pointer_press(finger_down(0.2f, 0.88f), geometry);
    REQUIRE(tap);
    const ButtonItem* hit = list.button_at(tap->x, tap->y);
    REQUIRE(hit);
    CHECK(hit->command == Command{cmd::Ready{Seat::left}});
    CHECK_FALSE(list.button_at(960, 960));  // between the two: nothing
}

TEST_CASE("Only a real mouse shows the pointer, not a finger", "[kiosk]") {
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.which = 0;
    CHECK(real_mouse_motion(motion));
    motion.motion.which = SDL_TOUCH_MOUSEID;
    CHECK_FALSE(real_mouse_motion(motion));
}
