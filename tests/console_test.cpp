// The counselor's console as a display list (issue 12): what it shows, what
// a click on it does (a pure function of the point), its own keys, and that
// it is legible at a laptop's 1280x720 and at 1920x1080.
#include "console.hpp"

#include <catch2/catch.hpp>

#include "fake_text_metrics.hpp"
#include "nudge.hpp"
#include "test_support.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

Script counselor_script() {
    Step hidden = checkin("How calm are you?", 5);
    std::get<CheckinStep>(hidden.body).reveal = false;
    Script script =
        script_of({item("Appreciations", {turn(Seat::left, 120s), hidden}, std::chrono::minutes{10}),
                   item("One concern", {say("two"), agreement("What will we try?")}), item("Closing", {say("three")})});
    script.partners = {Partner{"sam", "Sam"}, Partner{"alex", "Alex"}};
    return script;
}

struct Console {
    Run run{counselor_script()};
    Theme theme;
    Words words = english_words();
    UiState shared;
    ConsoleState state;
    int width = 1280, height = 720;
    DisplayList build() {
        const Snapshot shot = run.shot();
        return build_console(ConsoleInput{run.session().script(), shot, run.record(), theme, words, shared, state,
                                          test::fake_metrics(), width, height});
    }
};

ConsoleAction click(const DisplayList& list, const std::string& role, std::size_t entry = 0) {
    for (const DisplayItem& item : list.items)
        if (const auto* button = std::get_if<ButtonItem>(&item);
            button && button->role == role && button->entry == entry)
            return console_action(list, button->box.x + button->box.w / 2, button->box.y + button->box.h / 2);
    FAIL("no button " << role);
    return std::monostate{};
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

}  // namespace

TEST_CASE("a click on the console maps to the counselor's command, or to nothing where nothing applies", "[console]") {
    Console console;
    console.run.send(cmd::Begin{});
    console.run.wait(30s);
    DisplayList list = console.build();
    CHECK(click(list, "console-skip") == ConsoleAction{Command{cmd::Skip{}}});
    CHECK(click(list, "console-back") == ConsoleAction{Command{cmd::Back{}}});
    CHECK(click(list, "console-add-minute") == ConsoleAction{Command{cmd::AddTime{Seconds{60}}}});
    CHECK(click(list, "console-pause") == ConsoleAction{Command{cmd::CounselorPause{}}});
    CHECK(click(list, "console-jump", 2) == ConsoleAction{Command{cmd::JumpTo{2}}});
    CHECK(click(list, "console-nudge", 1) == ConsoleAction{ConsoleUiAction{ConsoleUi::send_nudge, 1}});
    CHECK(click(list, "console-note") == ConsoleAction{ConsoleUiAction{ConsoleUi::start_note, 0}});
    // No cool-down runs: its button shows, but a click does nothing; nor on the item that runs now.
    CHECK(click(list, "console-end-cooldown-off") == ConsoleAction{std::monostate{}});
    CHECK(click(list, "console-jump-off", 0) == ConsoleAction{std::monostate{}});
    CHECK(console_action(list, 1, 1) == ConsoleAction{std::monostate{}});
    console.run.send(cmd::Pause{Seat::right});
    list = console.build();
    CHECK(click(list, "console-end-cooldown") == ConsoleAction{Command{cmd::EndCooldown{}}});
    CHECK(click(list, "console-skip-off") == ConsoleAction{std::monostate{}});
}

TEST_CASE("the console's own keys steer without Ctrl, and a note takes the keys while it is typed", "[console]") {
    ConsoleState state;
    const auto key = [&](Key k) { return console_key(KeyPress{k, {}}, state, 4); };
    CHECK(key(Key::s) == ConsoleAction{Command{cmd::Skip{}}});
    CHECK(key(Key::b) == ConsoleAction{Command{cmd::Back{}}});
    CHECK(key(Key::t) == ConsoleAction{Command{cmd::AddTime{Seconds{60}}}});
    CHECK(key(Key::e) == ConsoleAction{Command{cmd::EndCooldown{}}});
    CHECK(key(Key::p) == ConsoleAction{Command{cmd::CounselorPause{}}});
    CHECK(key(Key::digit_3) == ConsoleAction{ConsoleUiAction{ConsoleUi::send_nudge, 2}});
    CHECK(key(Key::digit_5) == ConsoleAction{std::monostate{}});  // four nudges only
    CHECK(key(Key::digit_0) == ConsoleAction{ConsoleUiAction{ConsoleUi::dismiss_nudge, 0}});
    CHECK(key(Key::n) == ConsoleAction{ConsoleUiAction{ConsoleUi::start_note, 0}});
    state.typing = ConsoleTyping::note;
    CHECK(key(Key::s) == ConsoleAction{std::monostate{}});
    CHECK(key(Key::enter) == ConsoleAction{ConsoleUiAction{ConsoleUi::keep_note, 0}});
    CHECK(key(Key::escape) == ConsoleAction{ConsoleUiAction{ConsoleUi::cancel_note, 0}});
}

TEST_CASE("the console shows the agenda, the countdown, hidden check-in answers, notes and the nudge on screen",
          "[console]") {
    Console console;
    console.run.send(cmd::Begin{});
    console.run.wait(30s);
    console.state.notes.add("Sam softened", 20s);
    show_nudge(console.shared, "Slow down", console.run.clock().now());
    DisplayList list = console.build();
    std::string text = all_words(list);
    for (const char* expected : {"Appreciations", "One concern", "Closing", "Sam softened", "Slow down",
                                 "On the shared screen: Slow down", "Time box: 9:30 left", "Sam  0:30"}) {
        INFO(expected);
        CHECK(text.find(expected) != std::string::npos);
    }
    REQUIRE(list.text("console-countdown"));
    CHECK(list.text("console-countdown")->text == "1:30");
    // A check-in the script keeps from the partners: the counselor sees the answers as they come.
    console.run.send(cmd::Next{});
    console.run.send(cmd::Answer{Seat::left, 2});
    text = all_words(console.build());
    CHECK(text.find("How calm are you?: Sam 2, Alex – (not shown to the partners)") != std::string::npos);
    // A pause: how many, how long is left, never who called it.
    console.run.send(cmd::Pause{Seat::right});
    console.run.wait(std::chrono::minutes{6});
    REQUIRE(console.build().text("console-pause"));
    const std::string pause = console.build().text("console-pause")->text;
    CHECK(pause == "Pause 1: cool-down, 14:00 left");
    CHECK(pause.find("Alex") == std::string::npos);
    CHECK(pause.find("Sam") == std::string::npos);
}

TEST_CASE("the console fits and is legible at 1280x720 and 1920x1080, in English and German", "[console][render]") {
    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
        for (const Words& words : {english_words(), german_words()}) {
            Console console;
            console.width = width;
            console.height = height;
            console.words = words;
            console.run.send(cmd::Begin{});
            console.run.wait(30s);
            console.state.notes.add("Sam softened when Alex named the worry", 20s);
            console.state.typing = ConsoleTyping::note;
            console.state.note_draft = "Ask about the holidays";
            show_nudge(console.shared, "Slow down", console.run.clock().now());
            const DisplayList list = console.build();
            INFO(width << "x" << height << " " << words.language);
            std::vector<Rect> buttons;
            for (const DisplayItem& item : list.items) {
                if (const auto* text = std::get_if<TextItem>(&item)) {
                    INFO(text->role << " '" << text->text << "'");
                    // Laptop type: never below 15 px at 720 lines.
                    CHECK(text->size >= 15.0f * static_cast<float>(height) / 720.0f);
                    CHECK(text->box.x >= 0);
                    CHECK(text->box.x + text->box.w <= static_cast<float>(width) + 0.5f);
                    CHECK(text->box.y + text->box.h <= static_cast<float>(height) + 0.5f);
                }
                if (const auto* button = std::get_if<ButtonItem>(&item)) {
                    INFO(button->role);
                    CHECK(button->box.y + button->box.h <= static_cast<float>(height) + 0.5f);
                    for (const Rect& other : buttons) CHECK_FALSE(overlaps(other, button->box));
                    buttons.push_back(button->box);
                }
            }
        }
    }
}

TEST_CASE("the console's agenda shows the time each item took beside the time planned", "[console]") {
    Console console;
    console.run.send(cmd::Begin{});
    console.run.wait(90s);
    // The first item runs: its time so far against its plan, the others their plan.
    std::string text = all_words(console.build());
    INFO(text);
    CHECK(text.find("Appreciations   1:30 / 2:00") != std::string::npos);
    CHECK(text.find("One concern   1:30 /") == std::string::npos);
    // On to the second item: the first keeps what it took, and a pause
    // taken during the second item counts toward it.
    console.run.send(cmd::Next{});
    console.run.send(cmd::Answer{Seat::left, 3});
    console.run.send(cmd::Answer{Seat::right, 4});
    console.run.send(cmd::Next{});
    console.run.wait(20s);
    REQUIRE(console.run.shot().item == 1);
    console.run.wait(40s);
    const SessionRecord& record = console.run.record();
    REQUIRE(record.item_time.size() == 2);
    CHECK(record.item_time[0] == 90s);
    CHECK(record.item_time[1] == 60s);
    text = all_words(console.build());
    CHECK(text.find("Appreciations   1:30 / 2:00") != std::string::npos);
    CHECK(text.find("One concern   1:00 /") != std::string::npos);
    CHECK(text.find("Closing   1:00 /") == std::string::npos);
}

TEST_CASE("the console asks to be drawn again at the next whole second while the conversation runs", "[console]") {
    Console console;
    // Before the beginning nothing on the console moves.
    CHECK_FALSE(console.build().next_change);
    console.run.send(cmd::Begin{});
    console.run.wait(std::chrono::milliseconds{1300});
    // On a step where the shared screen may show nothing that moves, the
    // console's clocks still move: the next whole second of the time so far.
    const DisplayList list = console.build();
    REQUIRE(list.next_change);
    CHECK(*list.next_change <= std::chrono::milliseconds{700});
    CHECK(*list.next_change > Duration{0});
}
