// The counselor's console in its own window, in the real loop (issue 12):
// its keys, clicks and typing act on the console and the session, never as
// the partners' keys; what the shared screen is built from never holds the
// counselor's notes; a nudge from the console shows on the shared screen
// and goes after its time with the loop asleep until then; closing the
// console's window closes only the console, and Ctrl+K opens it again.
#include <catch2/catch.hpp>

#include "console_input.hpp"
#include "kept_conversations.hpp"
#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "nudge.hpp"
#include "sdl_context.hpp"
#include "space_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;

namespace {

using testing::key_down;
using testing::push;

SDL_Event key_in(Uint32 window, SDL_Keycode code, Uint16 modifiers = KMOD_NONE) {
    SDL_Event event = key_down(code, modifiers);
    event.key.windowID = window;
    return event;
}

SDL_Event text_in(Uint32 window, const char* text) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    event.text.windowID = window;
    SDL_strlcpy(event.text.text, text, sizeof event.text.text);
    return event;
}

SDL_Event click_in(Uint32 window, const ButtonItem& button) {
    SDL_Event event{};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.windowID = window;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = SDL_PRESSED;
    event.button.clicks = 1;
    event.button.x = static_cast<Sint32>(button.box.x + button.box.w / 2);
    event.button.y = static_cast<Sint32>(button.box.y + button.box.h / 2);
    return event;
}

SDL_Event close_window(Uint32 window) {
    SDL_Event event{};
    event.type = SDL_WINDOWEVENT;
    event.window.event = SDL_WINDOWEVENT_CLOSE;
    event.window.windowID = window;
    return event;
}

const ButtonItem* button_of(const DisplayList& list, const std::string& role) {
    for (const DisplayItem& item : list.items)
        if (const auto* button = std::get_if<ButtonItem>(&item); button && button->role == role) return button;
    return nullptr;
}

bool has_role(const DisplayList& list, const std::string& role) {
    for (const DisplayItem& item : list.items)
        if (std::visit([&](const auto& it) { return it.role == role; }, item)) return true;
    return false;
}

// Every word the list shows, texts and button labels.
std::string all_text(const DisplayList& list) {
    std::string out;
    for (const DisplayItem& item : list.items) {
        if (const auto* text = std::get_if<TextItem>(&item)) out += text->text + "\n";
        if (const auto* button = std::get_if<ButtonItem>(&item)) out += button->label + "\n";
    }
    return out;
}

// The loop with a console window (headless: a window beside the shared one).
// Each turn sees both lists; `timeouts` keeps how long the loop asked to sleep.
struct ConsoleHarness : testing::LoopFixture {
    using ConsoleTurn = std::function<void(const DisplayList& shared, const DisplayList& console, Uint32 console_id)>;
    std::vector<int> timeouts;
    std::vector<std::string> log;
    KeepingSetup keeping = {};
    bool console_open_at_end = false;
    long console_frames = 0;

    void run(Session& session, std::vector<ConsoleTurn> turns, Duration per_turn = std::chrono::milliseconds{100}) {
        std::size_t turn = 0;
        DisplayList console;
        Uint32 console_id = 0;
        LoopSetup setup{
            .window = window, .fonts = fonts, .theme = theme, .words = words, .session = &session, .sound = sound};
        setup.log = [this](const std::string& line) { log.push_back(line); };
        setup.counselor = CounselorMode::on;
        setup.keeping = keeping;
        ConsoleSetup console_setup;
        console_setup.shared_covers = false;
        console_setup.window.mode = RunMode::headless;
        setup.console = console_setup;
        setup.clock = [this] { return now; };
        setup.wait = [this, per_turn](SDL_Event& event, int timeout_ms) {
            timeouts.push_back(timeout_ms);
            if (SDL_PollEvent(&event) == 1) return true;
            now += per_turn;  // asleep until the deadline: the fake clock moves instead
            return false;
        };
        setup.console_before_wait = [&](const DisplayList& shown, Uint32 id) {
            console = shown;
            console_id = id;
        };
        setup.before_wait = [&](const DisplayList& shown) {
            if (turn < turns.size())
                turns[turn](shown, console, console_id);
            else
                push(testing::quit_event());
            ++turn;
            console = DisplayList{};
            console_id = 0;
        };
        KioskLoop loop{std::move(setup)};
        loop.run();
        console_open_at_end = loop.console_open();
        console_frames = loop.console_frames_drawn();
    }
};

Script two_items() {
    Script script = test::script_of({test::item("Talk", {test::turn(Seat::left, Seconds{300}), test::say("Then")}),
                                     test::item("Close", {test::say("Thanks")})});
    script.partners = {Partner{"sam", "Sam"}, Partner{"alex", "Alex"}};
    return script;
}

}  // namespace

TEST_CASE("The console's own keys skip a step and never act as the partners' keys", "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    ConsoleHarness harness;
    Session session{two_items()};
    std::size_t step_before_a = 99;
    harness.run(session, {
                             [&](const DisplayList&, const DisplayList& console, Uint32 id) {
                                 REQUIRE(id != 0);
                                 CHECK(has_role(console, "console-skip-off"));  // not begun: nothing to skip
                                 push(key_down(SDLK_SPACE));                    // Begin, on the shared keyboard
                             },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) {
                                 // 'a' is the left partner's key on the shared keyboard; on the console, nothing.
                                 step_before_a = session.snapshot(harness.now).step;
                                 push(key_in(id, SDLK_a));
                             },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) {
                                 CHECK(session.snapshot(harness.now).step == step_before_a);
                                 push(key_in(id, SDLK_s));  // the console's skip
                             },
                         });
    CHECK(session.snapshot(harness.now).step == 1);
    REQUIRE(session.record().overrides.size() == 1);
    CHECK(session.record().overrides[0].kind == OverrideKind::skip);
}

TEST_CASE("A note typed on the console is on the console and never in the shared screen's list", "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    ConsoleHarness harness;
    Session session{two_items()};
    std::vector<std::string> shared_texts;
    std::string console_text;
    harness.run(session, {
                             [&](const DisplayList&, const DisplayList&, Uint32) { push(key_down(SDLK_SPACE)); },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) {
                                 push(key_in(id, SDLK_n));
                                 push(text_in(id, "Ask about "));
                                 // Typed on the shared keyboard: never into the counselor's note.
                                 push(text_in(0, "SHARED-TYPING"));
                                 push(text_in(id, "PRIVATE-NOTE"));
                             },
                             [&](const DisplayList& shared, const DisplayList& console, Uint32 id) {
                                 shared_texts.push_back(all_text(shared));
                                 CHECK(all_text(console).find("Ask about PRIVATE-NOTE") != std::string::npos);
                                 push(key_in(id, SDLK_RETURN));
                             },
                             [&](const DisplayList& shared, const DisplayList& console, Uint32) {
                                 shared_texts.push_back(all_text(shared));
                                 console_text = all_text(console);
                             },
                         });
    CHECK(console_text.find("PRIVATE-NOTE") != std::string::npos);
    CHECK(console_text.find("SHARED-TYPING") == std::string::npos);
    for (const std::string& text : shared_texts) CHECK(text.find("PRIVATE") == std::string::npos);
}

TEST_CASE(
    "A nudge clicked on the console shows on the shared screen and goes after its time with the loop asleep until then",
    "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    ConsoleHarness harness;
    Session session{two_items()};
    bool shown = false, gone = false;
    TimePoint sent{};
    int longest_sleep_while_shown = 0;
    std::vector<ConsoleHarness::ConsoleTurn> turns{
        [&](const DisplayList&, const DisplayList&, Uint32) { push(key_down(SDLK_SPACE)); },
        [&](const DisplayList&, const DisplayList& console, Uint32 id) {
            const ButtonItem* nudge = button_of(console, "console-nudge");
            REQUIRE(nudge);
            push(click_in(id, *nudge));
            sent = harness.now;
        },
    };
    // Then the loop sleeps on its own; the turns only watch.
    for (int i = 0; i < 40; ++i)
        turns.push_back([&](const DisplayList& shared, const DisplayList&, Uint32) {
            if (has_role(shared, "nudge")) shown = true;
            if (shown && !has_role(shared, "nudge") && !gone) {
                gone = true;
                CHECK(harness.now - sent >= nudge_shown_for);
                CHECK(harness.now - sent < nudge_shown_for + std::chrono::seconds{2});
            }
        });
    // Each sleep lasts a second of the fake clock unless an event comes.
    harness.run(session, std::move(turns), std::chrono::seconds{1});
    (void)longest_sleep_while_shown;
    CHECK(shown);
    CHECK(gone);
    // Never a busy wait: every sleep asked was a positive time or until an event.
    for (int timeout : harness.timeouts) CHECK(timeout != 0);
}

TEST_CASE("Closing the console's window closes only the console and Ctrl+K opens it again", "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    ConsoleHarness harness;
    Session session{two_items()};
    bool closed_seen = false, reopened = false;
    harness.run(session, {
                             [&](const DisplayList&, const DisplayList&, Uint32) { push(key_down(SDLK_SPACE)); },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) { push(close_window(id)); },
                             [&](const DisplayList& shared, const DisplayList&, Uint32 id) {
                                 closed_seen = id == 0;
                                 CHECK(has_role(shared, "countdown"));  // the conversation goes on
                                 push(key_down(SDLK_k, KMOD_LCTRL));
                             },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) { reopened = id != 0; },
                         });
    CHECK(closed_seen);
    CHECK(reopened);
    CHECK(harness.console_open_at_end);
    CHECK(session.snapshot(harness.now).phase == Phase::step);
}

TEST_CASE("The notes of a conversation not kept go when it ends", "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    ConsoleHarness harness;
    Session session{test::script_of({test::item("Only", {test::say("One")})})};
    bool kept_during = false, kept_after = true;
    harness.run(session, {
                             [&](const DisplayList&, const DisplayList&, Uint32) { push(key_down(SDLK_SPACE)); },
                             [&](const DisplayList&, const DisplayList&, Uint32 id) {
                                 push(key_in(id, SDLK_n));
                                 push(text_in(id, "a note"));
                                 push(key_in(id, SDLK_RETURN));
                             },
                             [&](const DisplayList&, const DisplayList& console, Uint32 id) {
                                 kept_during = has_role(console, "console-note-kept");
                                 push(key_in(id, SDLK_s));  // the last step skipped: the end
                             },
                             [&](const DisplayList&, const DisplayList& console, Uint32) {
                                 kept_after = has_role(console, "console-note-kept");
                             },
                         });
    CHECK(session.snapshot(harness.now).phase == Phase::finished);
    CHECK(kept_during);
    CHECK_FALSE(kept_after);
}

TEST_CASE("The notes of a kept conversation are in its end record, marked as the counselor's", "[kiosk][console]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("console-kept-notes");
    std::filesystem::create_directories(folder / "spaces");
    std::filesystem::create_directories(folder / "runtime");
    test::make_test_space(folder / "spaces", "river");
    ConsoleHarness harness;
    harness.keeping.offered = true;
    harness.keeping.spaces_folder = folder / "spaces";
    harness.keeping.runtime_folder = folder / "runtime";
    harness.keeping.policy = space::CostPolicy::allow_test_costs;
    harness.keeping.new_key_cost = [] { return space::minimum_test_cost(); };
    harness.keeping.wall_ms = [] { return std::int64_t{1'790'000'000'000}; };
    harness.keeping.space_name = "river";
    harness.keeping.passphrase = std::make_shared<const space::SecretBytes>(test::secret("correct horse battery"));
    Session session{test::script_of({test::item("Only", {test::say("One")})})};
    const auto shared_key = [](SDL_Keycode code) {
        return [code](const DisplayList&, const DisplayList&, Uint32) { push(key_down(code)); };
    };
    std::string shared_text;
    harness.run(session, {
                             shared_key(SDLK_SPACE),  // Begin: keep it?
                             [&](const DisplayList&, const DisplayList&, Uint32) {
                                 push(key_down(SDLK_a));  // both keep it
                                 push(key_down(SDLK_l));
                             },
                             shared_key(SDLK_SPACE),  // the home screen: on to the start
                             shared_key(SDLK_SPACE),  // the start screen: Begin
                             [&](const DisplayList&, const DisplayList&, Uint32 id) {
                                 push(key_in(id, SDLK_n));
                                 push(text_in(id, "Kept for the counselor"));
                                 push(key_in(id, SDLK_RETURN));
                             },
                             [&](const DisplayList& shared, const DisplayList&, Uint32) {
                                 shared_text = all_text(shared);
                                 push(key_down(SDLK_SPACE));  // the last step: the end
                             },
                             [&](const DisplayList&, const DisplayList&, Uint32) {},
                         });
    CHECK(session.snapshot(harness.now).phase == Phase::finished);
    CHECK(shared_text.find("Kept for the counselor") == std::string::npos);
    const space::KeptHistory history =
        space::read_history(test::open_test_space(folder / "spaces" / "river.space").read_all());
    REQUIRE(history.conversations.size() == 1);
    REQUIRE(history.conversations.front().end);
    const auto& notes = history.conversations.front().end->counselor_notes;
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().text == "Kept for the counselor");
}
