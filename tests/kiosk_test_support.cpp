#include "kiosk_test_support.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "screenshot.hpp"
#include "temp_dir.hpp"

namespace attune::kiosk::testing {

std::string sentences(std::size_t characters) {
    const std::string sentence = "We sit together and take a slow breath before we talk about the week. ";
    std::string text;
    while (text.size() < characters) text += sentence;
    text.resize(characters);
    return text;
}

Color pixel_at(SDL_Surface* surface, int x, int y) {
    // The surfaces under test are 32 bits per pixel (make_rgba_surface).
    const auto* row = static_cast<const unsigned char*>(surface->pixels) + y * surface->pitch;
    Uint32 pixel = 0;
    SDL_memcpy(&pixel, row + x * 4, 4);
    Color color;
    SDL_GetRGBA(pixel, surface->format, &color.r, &color.g, &color.b, &color.a);
    return color;
}

bool close_to(Color actual, Color expected, int tolerance) {
    const auto near = [tolerance](int a, int b) { return a - b <= tolerance && b - a <= tolerance; };
    return near(actual.r, expected.r) && near(actual.g, expected.g) && near(actual.b, expected.b) &&
           near(actual.a, expected.a);
}

std::string describe(Color color) {
    return "rgba(" + std::to_string(color.r) + ", " + std::to_string(color.g) + ", " + std::to_string(color.b) + ", " +
           std::to_string(color.a) + ")";
}

std::string keep_image(SDL_Surface* surface, const std::string& name) {
    std::filesystem::path directory = attune::test::temp_dir();
    if (char* base = SDL_GetBasePath()) {
        directory = base;
        SDL_free(base);
    }
    directory /= "kiosk-test-output";
    std::filesystem::create_directories(directory);
    const auto path = directory / (name + ".png");
    save_image(surface, path);
    return path.string();
}

void LoopFixture::run_turns(Session* session, std::vector<Turn> turns, LoopExtras extras, Sleeping sleeping) {
    std::size_t turn = 0;
    LoopSetup setup{.window = window,
                    .fonts = fonts,
                    .theme = theme,
                    .words = words,
                    .session = session,
                    .error_lines = std::move(extras.error_lines),
                    .sound = sound};
    setup.keeping = std::move(extras.keeping);
    setup.script_path = std::move(extras.script_path);
    setup.counselor = extras.counselor;
    setup.clock = [this] { return now; };
    if (sleeping == Sleeping::never) setup.wait = [](SDL_Event& event, int) { return SDL_PollEvent(&event) == 1; };
    setup.before_wait = [&](const DisplayList& shown) {
        if (turn < turns.size())
            turns[turn](shown);
        else
            push(quit_event());
        ++turn;
        now += std::chrono::milliseconds{100};
    };
    KioskLoop loop{std::move(setup)};
    loop.run();
}

WindowOptions LoopFixture::headless_window_options() {
    WindowOptions options;
    options.mode = RunMode::headless;
    options.windowed = true;
    options.width = 960;
    options.height = 540;
    return options;
}

void push(SDL_Event event) { REQUIRE(SDL_PushEvent(&event) == 1); }

const LoopFixture::Turn begin_and_keep = [](const DisplayList&) {
    push(key_down(SDLK_SPACE));
    push(key_down(SDLK_a));
    push(key_down(SDLK_l));
};

SDL_Event key_down(SDL_Keycode code, Uint16 modifiers) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = code;
    event.key.keysym.mod = modifiers;
    return event;
}

SDL_Event key_up(SDL_Keycode code) {
    SDL_Event event{};
    event.type = SDL_KEYUP;
    event.key.state = SDL_RELEASED;
    event.key.keysym.sym = code;
    return event;
}

SDL_Event quit_event() {
    SDL_Event event{};
    event.type = SDL_QUIT;
    return event;
}

bool loop_tests_skipped() {
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    if (driver && std::string(driver) == "dummy") return false;
    WARN("SDL_VIDEODRIVER is not dummy: skipped so that no window opens");
    return true;
}

}  // namespace attune::kiosk::testing
