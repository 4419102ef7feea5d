// The loop's picker and Ctrl+R, driven by SDL events on the dummy video
// driver: picking a script with keys and taps, coming back after the
// summary, and reading a script and theme again while they are written.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <vector>

#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "script_loader.hpp"
#include "sdl_context.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"
#include "view.hpp"

using namespace attune;
using namespace attune::kiosk;

namespace {

using testing::push;
using testing::quit_event;

void press(SDL_Keycode code, Uint16 modifiers = KMOD_NONE) { push(testing::key_down(code, modifiers)); }

void click(const ButtonItem& button) {
    SDL_Event event{};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.x = static_cast<Sint32>(button.box.x + button.box.w / 2);
    event.button.y = static_cast<Sint32>(button.box.y + button.box.h / 2);
    push(event);
}

std::string words_on(const DisplayList& shown) {
    std::string out;
    for (const auto& item : shown.items) {
        if (const auto* text = std::get_if<TextItem>(&item)) out += text->text + "\n";
        if (const auto* button = std::get_if<ButtonItem>(&item)) out += button->label + "\n";
    }
    return out;
}

const ButtonItem* entry_button(const DisplayList& shown, std::size_t entry) {
    for (const auto& item : shown.items)
        if (const auto* button = std::get_if<ButtonItem>(&item);
            button && button->ui == UiAction::pick_entry && button->entry == entry)
            return button;
    return nullptr;
}

using Turn = std::function<void(const DisplayList&)>;

struct Harness : testing::LoopFixture {
    std::vector<std::string> log;

    // Runs the loop; each turn sees the screen and pushes the next events.
    void run(LoopSetup setup, std::vector<Turn> turns) {
        std::size_t turn = 0;
        setup.log = [this](const std::string& line) { log.push_back(line); };
        setup.clock = [this] { return now; };
        setup.before_wait = [&](const DisplayList& shown) {
            if (turn < turns.size()) {
                turns[turn](shown);
                // The loop sleeps until something happens; the fake clock never
                // wakes it, so every turn ends with an event.
                SDL_Event wake{};
                wake.type = SDL_USEREVENT;
                push(wake);
            } else {
                push(quit_event());
            }
            ++turn;
            now += std::chrono::milliseconds{100};
        };
        KioskLoop loop{std::move(setup)};
        loop.run();
    }

    LoopSetup setup(Session* session = nullptr) {
        return LoopSetup{
            .window = window, .fonts = fonts, .theme = theme, .words = words, .session = session, .sound = sound};
    }
};

bool skipped() { return testing::loop_tests_skipped(); }

CatalogEntry entry_of(Script script, std::filesystem::path path) {
    CatalogEntry entry;
    entry.path = std::move(path);
    entry.origin = ScriptOrigin::built_in;
    entry.script = std::move(script);
    return entry;
}

std::vector<CatalogEntry> small_catalog() {
    Script first = test::script_of({test::item("Opening", {test::say("Hello from the first")})});
    first.title = "First talk";
    Script second = test::script_of({test::item("Eröffnung", {test::say("Hallo aus dem zweiten")})});
    second.title = "Zweites Gespräch";
    second.language = "de";
    CatalogEntry broken;
    broken.path = "/scripts/draft.yaml";
    broken.origin = ScriptOrigin::user;
    broken.diagnostics.push_back({"/scripts/draft.yaml", {3, 7}, Severity::error, "unknown key 'speakr'"});
    std::vector<CatalogEntry> catalog;
    catalog.push_back(entry_of(first, "/scripts/first.yaml"));
    catalog.push_back(entry_of(second, "/scripts/second.yaml"));
    catalog.push_back(std::move(broken));
    return catalog;
}

// A script file to edit while the kiosk runs.
struct ScriptFile {
    std::filesystem::path path = attune::test::temp_dir() / "attune-picker-test" / "writing.yaml";
    ScriptFile() { std::filesystem::create_directories(path.parent_path()); }
    void write(const std::string& second_text, const std::string& extra = "") const {
        std::ofstream(path, std::ios::binary) << "title: Writing\n"
                                                 "partners:\n"
                                                 "  - { id: sam, name: Sam }\n"
                                                 "  - { id: alex, name: Alex }\n"
                                                 "agenda:\n"
                                                 "  - id: talk\n"
                                                 "    title: Talk\n"
                                                 "    steps:\n"
                                                 "      - say: First words\n"
                                                 "      - say: "
                                              << second_text << "\n"
                                              << extra;
    }
    Script load() const {
        ScriptLoad load = load_script_file(path);
        REQUIRE(load.ok());
        return *load.script;
    }
};

}  // namespace

TEST_CASE("With no script, the kiosk opens on the picker and a key starts the selected script", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    setup.catalog = small_catalog;
    std::string first_screen, started_screen, after_begin;
    harness.run(std::move(setup), {
                                      [&](const DisplayList& shown) {
                                          first_screen = words_on(shown);
                                          press(SDLK_DOWN);
                                          press(SDLK_SPACE);
                                      },
                                      [&](const DisplayList& shown) {
                                          started_screen = words_on(shown);
                                          press(SDLK_SPACE);  // Begin
                                      },
                                      [&](const DisplayList& shown) { after_begin = words_on(shown); },
                                  });
    CHECK_THAT(first_screen, Catch::Contains("Choose a conversation"));
    CHECK_THAT(first_screen, Catch::Contains("First talk"));
    CHECK_THAT(first_screen, Catch::Contains("draft.yaml"));
    // The second script's start screen, in its own language.
    CHECK_THAT(started_screen, Catch::Contains("Zweites Gespräch"));
    CHECK_THAT(started_screen, Catch::Contains("Beginnen"));
    CHECK_THAT(after_begin, Catch::Contains("Hallo aus dem zweiten"));
}

TEST_CASE("A script that does not load cannot be started from the picker", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    setup.catalog = small_catalog;
    std::string after;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) {
                                          press(SDLK_END);
                                          press(SDLK_SPACE);
                                          press(SDLK_RETURN);
                                      },
                                      [&](const DisplayList& shown) { after = words_on(shown); },
                                  });
    CHECK_THAT(after, Catch::Contains("Choose a conversation"));
    CHECK_THAT(after, Catch::Contains("draft.yaml:3:7: error: unknown key 'speakr'"));
}

TEST_CASE("A tap selects a script and a second tap starts it", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    setup.catalog = small_catalog;
    std::string after_one_tap, after_two;
    harness.run(std::move(setup), {
                                      [&](const DisplayList& shown) {
                                          const ButtonItem* second = entry_button(shown, 1);
                                          REQUIRE(second);
                                          click(*second);
                                      },
                                      [&](const DisplayList& shown) {
                                          after_one_tap = words_on(shown);
                                          const ButtonItem* second = entry_button(shown, 1);
                                          REQUIRE(second);
                                          click(*second);
                                      },
                                      [&](const DisplayList& shown) { after_two = words_on(shown); },
                                  });
    CHECK_THAT(after_one_tap, Catch::Contains("Choose a conversation"));
    CHECK_THAT(after_one_tap, Catch::Contains("DE · about 1 min"));  // the panel now shows the second
    CHECK_THAT(after_two, Catch::Contains("Beginnen"));
}

// Issue 8: both partners' keys (not one clicker press) leave the summary.
TEST_CASE("After the summary of a picked script, both partners' keys return to the picker", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    setup.catalog = small_catalog;
    std::string summary, back;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) { press(SDLK_SPACE); },  // start "First talk"
                                      [&](const DisplayList&) { press(SDLK_SPACE); },  // Begin
                                      [&](const DisplayList&) { press(SDLK_SPACE); },  // Next: the end
                                      [&](const DisplayList& shown) {
                                          summary = words_on(shown);
                                          press(SDLK_SPACE);  // a clicker's press: the summary stays
                                          press(SDLK_a);
                                          press(SDLK_l);
                                      },
                                      [&](const DisplayList& shown) { back = words_on(shown); },
                                  });
    CHECK_THAT(summary, Catch::Contains("Thank you both"));
    CHECK_THAT(summary, Catch::Contains("Choose another conversation"));
    CHECK_THAT(back, Catch::Contains("Choose a conversation"));
    CHECK_THAT(back, Catch::Contains("First talk"));
}

// Issue 8: Enter held two seconds leaves the summary too; a press of it
// (what a clicker sends) does not.
TEST_CASE("After the summary of a picked script, Enter held two seconds returns to the picker", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    setup.catalog = small_catalog;
    std::string after_press, while_held, after_hold;
    std::vector<Turn> turns{
        [&](const DisplayList&) { press(SDLK_SPACE); },  // start "First talk"
        [&](const DisplayList&) { press(SDLK_SPACE); },  // Begin
        [&](const DisplayList&) { press(SDLK_SPACE); },  // Next: the end
        [&](const DisplayList&) {
            press(SDLK_RETURN);  // a clicker's press: down and up at once
            push(testing::key_up(SDLK_RETURN));
        },
        [&](const DisplayList&) { harness.now += std::chrono::seconds{3}; },
        [&](const DisplayList& shown) {
            after_press = words_on(shown);
            press(SDLK_RETURN);  // held from here on
        },
        [&](const DisplayList&) { harness.now += std::chrono::seconds{1}; },
        [&](const DisplayList& shown) {
            while_held = words_on(shown);
            harness.now += std::chrono::seconds{1};
        },
        [&](const DisplayList& shown) { after_hold = words_on(shown); },
    };
    harness.run(std::move(setup), std::move(turns));
    CHECK_THAT(after_press, Catch::Contains("Thank you both"));
    CHECK_THAT(while_held, Catch::Contains("Thank you both"));
    CHECK_THAT(while_held, Catch::Contains("Keep holding to choose another conversation"));
    CHECK_THAT(after_hold, Catch::Contains("Choose a conversation"));
    CHECK_THAT(after_hold, Catch::Contains("First talk"));
}

TEST_CASE("Ctrl+R on the picker reads the folders again", "[kiosk][picker]") {
    if (skipped()) return;
    Harness harness;
    LoopSetup setup = harness.setup();
    int built = 0;
    setup.catalog = [&built] {
        ++built;
        auto catalog = small_catalog();
        if (built > 1) catalog[0].script->title = "First talk, revised";
        return catalog;
    };
    std::string after;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) { press(SDLK_r, KMOD_LCTRL); },
                                      [&](const DisplayList& shown) { after = words_on(shown); },
                                  });
    CHECK(built == 2);
    CHECK_THAT(after, Catch::Contains("First talk, revised"));
}

TEST_CASE("While writing, Ctrl+R reads the script again and stays at the same step", "[kiosk][reload]") {
    if (skipped()) return;
    ScriptFile file;
    file.write("Second words");
    Harness harness;
    Session session{file.load()};
    LoopSetup setup = harness.setup(&session);
    setup.reloading = Reloading::on;
    setup.script_path = file.path;
    std::string before, changed, broken, mended;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) {
                                          press(SDLK_SPACE);  // Begin
                                          press(SDLK_SPACE);  // to the second step
                                      },
                                      [&](const DisplayList& shown) {
                                          before = words_on(shown);
                                          file.write("Second words, as rewritten");
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) {
                                          changed = words_on(shown);
                                          file.write("Second words", "      - turn: { speakr: sam, time: 2m }\n");
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) {
                                          broken = words_on(shown);
                                          press(SDLK_SPACE);  // does nothing on the error screen
                                          file.write("Second words, mended");
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) { mended = words_on(shown); },
                                  });
    CHECK_THAT(before, Catch::Contains("Second words"));
    CHECK_THAT(changed, Catch::Contains("Second words, as rewritten"));
    CHECK_THAT(changed, Catch::Contains("Next"));  // still the step, not the start screen
    CHECK_THAT(broken, Catch::Contains(file.path.string() + ":11:"));
    CHECK_THAT(broken, Catch::Contains("speakr"));
    CHECK_THAT(mended, Catch::Contains("Second words, mended"));
    CHECK_THAT(mended, Catch::Contains("Next"));
}

TEST_CASE("While writing, Ctrl+R on a script replaced by a named pipe shows the calm error screen at once",
          "[kiosk][reload]") {
    if (skipped()) return;
    ScriptFile file;
    file.write("Second words");
    Harness harness;
    Session session{file.load()};
    LoopSetup setup = harness.setup(&session);
    setup.reloading = Reloading::on;
    setup.script_path = file.path;
    std::string refused;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) {
                                          press(SDLK_SPACE);  // Begin
                                          std::filesystem::remove(file.path);
                                          REQUIRE(::mkfifo(file.path.c_str(), 0600) == 0);  // nobody writes to it
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) { refused = words_on(shown); },
                                  });
    std::filesystem::remove(file.path);
    CHECK_THAT(refused, Catch::Contains("is not a regular file"));
}

TEST_CASE("Outside --windowed, Ctrl+R does nothing during a session", "[kiosk][reload]") {
    if (skipped()) return;
    ScriptFile file;
    file.write("Second words");
    Harness harness;
    Session session{file.load()};
    LoopSetup setup = harness.setup(&session);
    setup.script_path = file.path;
    std::string after;
    harness.run(std::move(setup), {
                                      [&](const DisplayList&) {
                                          press(SDLK_SPACE);
                                          press(SDLK_SPACE);
                                          file.write("Second words, as rewritten");
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) { after = words_on(shown); },
                                  });
    CHECK_THAT(after, Catch::Contains("Second words"));
    CHECK_THAT(after, !Catch::Contains("as rewritten"));
    CHECK(session.snapshot(harness.now).step == 1);
}

TEST_CASE("While writing, Ctrl+R reads the theme again too", "[kiosk][reload]") {
    if (skipped()) return;
    ScriptFile file;
    file.write("Second words");
    const auto theme_path = file.path.parent_path() / "theme.yaml";
    std::ofstream(theme_path) << "name: mine\ncolors: { background: \"#102030\" }\n";
    Harness harness;
    Session session{file.load()};
    LoopSetup setup = harness.setup(&session);
    setup.reloading = Reloading::on;
    setup.script_path = file.path;
    setup.theme_path = theme_path;
    Color before{}, after{};
    harness.run(std::move(setup), {
                                      [&](const DisplayList& shown) {
                                          before = shown.background;
                                          press(SDLK_r, KMOD_LCTRL);
                                      },
                                      [&](const DisplayList& shown) { after = shown.background; },
                                  });
    CHECK(before == Theme{}.background);
    CHECK(after == Color{0x10, 0x20, 0x30});
}
