// The console's own actions (console_input.hpp): a nudge typed by the
// counselor shows on the shared screen, a note kept has the conversation's
// time, Backspace and Esc do what a counselor expects, and a note never
// reaches the shared screen's state.
#include "console_input.hpp"

#include <catch2/catch.hpp>

#include "console.hpp"
#include "nudge.hpp"

using namespace attune;

namespace {

const std::vector<std::string> offered{"Slow down", "Take a breath"};
const TimePoint now{std::chrono::seconds{1000}};

void act(ConsoleState& console, UiState& shared, ConsoleUi what, std::size_t index = 0,
         Duration at = std::chrono::seconds{0}) {
    carry_out_console(ConsoleUiAction{what, index}, console, shared, offered, at, now);
}

}  // namespace

TEST_CASE("M on the console starts a nudge, the text typed shows on the shared screen after Enter", "[console]") {
    ConsoleState console;
    UiState shared;
    const auto start = console_key(KeyPress{Key::m, {}}, console, offered.size());
    REQUIRE(start == ConsoleAction{ConsoleUiAction{ConsoleUi::start_nudge, 0}});
    act(console, shared, ConsoleUi::start_nudge);
    CHECK(console_typing(console));
    console_type_text(console, "Let her fin");
    console_type_text(console, "ishh");
    CHECK(console_key(KeyPress{Key::backspace, {}}, console, offered.size()) ==
          ConsoleAction{ConsoleUiAction{ConsoleUi::erase, 0}});
    act(console, shared, ConsoleUi::erase);
    CHECK_FALSE(shared.nudge);  // nothing shows while it is typed
    // While typing, S is a letter, not a skip.
    CHECK(console_key(KeyPress{Key::s, {}}, console, offered.size()) == ConsoleAction{std::monostate{}});
    const auto enter = console_key(KeyPress{Key::enter, {}}, console, offered.size());
    REQUIRE(enter == ConsoleAction{ConsoleUiAction{ConsoleUi::send_nudge_typed, 0}});
    act(console, shared, ConsoleUi::send_nudge_typed);
    REQUIRE(shared.nudge);
    CHECK(shared.nudge->text == "Let her finish");
    CHECK(shared.nudge->since == now);
    CHECK_FALSE(console_typing(console));
    CHECK(console.nudge_draft.empty());
    CHECK(console.notes.empty());
}

TEST_CASE("Esc drops a nudge being typed and nothing shows", "[console]") {
    ConsoleState console;
    UiState shared;
    act(console, shared, ConsoleUi::start_nudge);
    console_type_text(console, "Not this");
    REQUIRE(console_key(KeyPress{Key::escape, {}}, console, offered.size()) ==
            ConsoleAction{ConsoleUiAction{ConsoleUi::cancel_nudge, 0}});
    act(console, shared, ConsoleUi::cancel_nudge);
    CHECK_FALSE(shared.nudge);
    CHECK_FALSE(console_typing(console));
    // Typing with nothing open goes nowhere.
    console_type_text(console, "stray");
    CHECK(console.nudge_draft.empty());
    CHECK(console.note_draft.empty());
}

TEST_CASE("A nudge typed stops at the script format's length", "[console]") {
    ConsoleState console;
    UiState shared;
    act(console, shared, ConsoleUi::start_nudge);
    console_type_text(console, std::string(max_nudge_characters + 20, 'a'));
    CHECK(console.nudge_draft.size() == max_nudge_characters);
}

TEST_CASE("A note kept has the conversation's time and never goes to the shared screen's state", "[console]") {
    ConsoleState console;
    UiState shared;
    act(console, shared, ConsoleUi::start_note);
    console_type_text(console, "Ask about the holidays");
    act(console, shared, ConsoleUi::keep_note, 0, std::chrono::minutes{12});
    REQUIRE(console.notes.notes().size() == 1);
    CHECK(console.notes.notes()[0].text == "Ask about the holidays");
    CHECK(console.notes.notes()[0].at == std::chrono::minutes{12});
    CHECK_FALSE(shared.nudge);
    CHECK(shared.draft.empty());
}

TEST_CASE("A nudge from the list and taking it back", "[console]") {
    ConsoleState console;
    UiState shared;
    act(console, shared, ConsoleUi::send_nudge, 1);
    REQUIRE(shared.nudge);
    CHECK(shared.nudge->text == "Take a breath");
    act(console, shared, ConsoleUi::dismiss_nudge);
    CHECK_FALSE(shared.nudge);
    act(console, shared, ConsoleUi::send_nudge, 7);  // not in the list: nothing
    CHECK_FALSE(shared.nudge);
}
