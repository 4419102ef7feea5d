// The key rules: Next, pause, each partner's keys, digits, typing, the
// counselor's Ctrl keys, and that the key hints on screen tell the truth.
#include "key_map.hpp"

#include <catch2/catch.hpp>

#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

KeyPress press(Key key) { return KeyPress{key, {}}; }
KeyPress ctrl(Key key) { return KeyPress{key, Modifiers{true, false, false}}; }

struct Keys {
    Script script = sample_script();
    Snapshot snapshot;
    UiState ui;
    ShellConfig config;
    KeyAction operator()(KeyPress key_press) const { return map_key(key_press, script, snapshot, ui, config); }
    KeyAction operator()(Key key) const { return (*this)(press(key)); }
};

KeyAction command(Command c) { return KeyAction{std::move(c)}; }
const KeyAction nothing{std::monostate{}};

}  // namespace

TEST_CASE("Space, Enter, Right and PageDown go on", "[keys]") {
    Keys keys;
    keys.snapshot = turn_snapshot(100s);
    for (Key key : {Key::space, Key::enter, Key::right, Key::page_down}) CHECK(keys(key) == command(cmd::Next{}));
    keys.snapshot = Snapshot{};  // the start screen
    for (Key key : {Key::space, Key::enter, Key::right, Key::page_down}) CHECK(keys(key) == command(cmd::Begin{}));
    CHECK(keys(Key::left) == nothing);
}

TEST_CASE("P, Pause and '.' pause whatever is running", "[keys]") {
    Keys keys;
    for (Snapshot running : {turn_snapshot(100s), step_snapshot(at_checkin, Activity::checkin, Seat::right),
                             step_snapshot(at_agreement, Activity::agreement)}) {
        keys.snapshot = running;
        for (Key key : {Key::p, Key::pause, Key::period}) CHECK(keys(key) == command(cmd::Pause{Seat::left}));
    }
    keys.snapshot.phase = phase::TimeBox{};
    CHECK(keys(Key::p) == command(cmd::Pause{Seat::left}));
    keys.snapshot = Snapshot{};
    CHECK(keys(Key::p) == nothing);
    keys.snapshot = pause_snapshot(10min);
    CHECK(keys(Key::p) == nothing);
    keys.snapshot.phase = phase::Finished{};
    CHECK(keys(Key::pause) == nothing);
}

TEST_CASE("the speaker answers the verdict with their own keys", "[keys]") {
    Keys keys;
    keys.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::left);
    CHECK(keys(Key::a) == command(cmd::ThatsIt{}));
    CHECK(keys(Key::s) == command(cmd::NotQuite{}));
    CHECK(keys(Key::l) == nothing);
    CHECK(keys(Key::k) == nothing);
    CHECK(keys(Key::space) == nothing);  // a clicker does not answer for the speaker
    keys.snapshot.floor = Seat::right;
    CHECK(keys(Key::l) == command(cmd::ThatsIt{}));
    CHECK(keys(Key::k) == command(cmd::NotQuite{}));
    CHECK(keys(Key::a) == nothing);
}

TEST_CASE("check-in digits answer for whoever's turn it is, within the scale", "[keys]") {
    Keys keys;
    keys.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::right);
    CHECK(keys(Key::digit_1) == command(cmd::Answer{Seat::right, 1}));
    CHECK(keys(Key::digit_5) == command(cmd::Answer{Seat::right, 5}));
    CHECK(keys(Key::digit_6) == nothing);
    CHECK(keys(Key::digit_0) == nothing);
    std::get<CheckinStep>(keys.script.agenda[1].steps[1].body).scale = 10;
    CHECK(keys(Key::digit_0) == command(cmd::Answer{Seat::right, 10}));
}

// Issue 8: a shared digit used to decide for both; now each partner picks
// with their own keys (S/K move their highlight, A/L pick it).
TEST_CASE("each partner picks a choice with their own keys", "[keys]") {
    Keys keys;
    keys.snapshot = step_snapshot(at_choice, Activity::choice);
    CHECK(keys(Key::digit_1) == nothing);
    CHECK(keys(Key::digit_2) == nothing);
    CHECK(keys(Key::space) == nothing);
    CHECK(keys(Key::a) == command(cmd::Choose{Seat::left, 0}));
    CHECK(keys(Key::l) == command(cmd::Choose{Seat::right, 0}));
    CHECK(keys(Key::s) == KeyAction{UiAction::choice_move_left});
    CHECK(keys(Key::k) == KeyAction{UiAction::choice_move_right});
    apply_ui_action(keys.ui, UiAction::choice_move_right, keys.script, keys.snapshot);
    CHECK(keys.ui.choice_cursor == std::array<std::size_t, 2>{0, 1});
    CHECK(keys(Key::l) == command(cmd::Choose{Seat::right, 1}));
    CHECK(keys(Key::a) == command(cmd::Choose{Seat::left, 0}));
    apply_ui_action(keys.ui, UiAction::choice_move_right, keys.script, keys.snapshot);
    CHECK(keys.ui.choice_cursor[1] == 0);  // two options: round again
}

TEST_CASE("in a turn, only the partner with the floor has a key of their own to end it", "[keys]") {
    Keys keys;
    keys.snapshot = turn_snapshot(100s);
    const Seat speaker = keys.snapshot.floor;
    CHECK(keys(yes_key(speaker)) == command(cmd::Next{speaker}));
    // The listener's key says who pressed it; the session refuses it.
    CHECK(keys(yes_key(other(speaker))) == command(cmd::Next{other(speaker)}));
    CHECK(keys(Key::space) == command(cmd::Next{}));
}

TEST_CASE("each partner votes on the time box with their own keys", "[keys]") {
    Keys keys;
    keys.snapshot = turn_snapshot(0s);
    keys.snapshot.phase = phase::TimeBox{};
    CHECK(keys(Key::a) == command(cmd::MoveOn{Seat::left}));
    CHECK(keys(Key::s) == command(cmd::MoreTime{Seat::left}));
    CHECK(keys(Key::l) == command(cmd::MoveOn{Seat::right}));
    CHECK(keys(Key::k) == command(cmd::MoreTime{Seat::right}));
    CHECK(keys(Key::space) == nothing);
}

TEST_CASE("during a pause: ready, more time, stop for today, Next does nothing", "[keys]") {
    Keys keys;
    keys.snapshot = pause_snapshot(0s, true);
    CHECK(keys(Key::a) == command(cmd::Ready{Seat::left}));
    CHECK(keys(Key::l) == command(cmd::Ready{Seat::right}));
    CHECK(keys(Key::s) == command(cmd::MoreTime{Seat::left}));
    CHECK(keys(Key::k) == command(cmd::MoreTime{Seat::right}));
    CHECK(keys(Key::end) == command(cmd::StopForToday{}));
    for (Key key : {Key::space, Key::enter, Key::right, Key::page_down, Key::escape}) CHECK(keys(key) == nothing);
}

TEST_CASE("agreement: Enter writes, each partner's key confirms, the other key says aloud", "[keys]") {
    Keys keys;
    keys.snapshot = step_snapshot(at_agreement, Activity::agreement);
    CHECK(keys(Key::enter) == KeyAction{UiAction::edit_agreement});
    CHECK(keys(Key::a) == command(cmd::Confirm{Seat::left}));
    CHECK(keys(Key::l) == command(cmd::Confirm{Seat::right}));
    CHECK(keys(Key::s) == command(cmd::AgreedAloud{}));
    CHECK(keys(Key::k) == command(cmd::AgreedAloud{}));
    CHECK(keys(Key::space) == nothing);
}

TEST_CASE("while typing, letters are text: only Enter, Esc, Backspace and Pause act", "[keys]") {
    Keys keys;
    keys.snapshot = step_snapshot(at_agreement, Activity::agreement);
    keys.ui.editing = Editing::agreement;
    keys.ui.edit_item = at_agreement.item;
    keys.ui.edit_step = at_agreement.step;
    for (Key key : {Key::a, Key::l, Key::p, Key::m, Key::period, Key::space, Key::digit_1, Key::question})
        CHECK(keys(key) == nothing);
    CHECK(keys(Key::enter) == KeyAction{UiAction::finish_edit});
    CHECK(keys(Key::escape) == KeyAction{UiAction::cancel_edit});
    CHECK(keys(Key::backspace) == KeyAction{UiAction::erase});
    // The Pause key types nothing, so a pause still wins.
    CHECK(keys(Key::pause) == command(cmd::Pause{Seat::left}));

    keys.snapshot = Snapshot{};
    keys.ui.editing = Editing::name_left;
    CHECK(keys(Key::space) == nothing);
    CHECK(keys(Key::enter) == KeyAction{UiAction::finish_edit});
}

TEST_CASE("on the start screen A and L change the names", "[keys]") {
    Keys keys;
    CHECK(keys(Key::a) == KeyAction{UiAction::edit_name_left});
    CHECK(keys(Key::l) == KeyAction{UiAction::edit_name_right});
}

TEST_CASE("the counselor's controls need Ctrl", "[keys]") {
    Keys keys;
    keys.config.counselor = CounselorMode::on;
    keys.snapshot = turn_snapshot(100s);
    CHECK(keys(ctrl(Key::s)) == command(cmd::Skip{}));
    CHECK(keys(ctrl(Key::b)) == command(cmd::Back{}));
    CHECK(keys(ctrl(Key::t)) == command(cmd::AddTime{Seconds{60}}));
    CHECK(keys(ctrl(Key::e)) == command(cmd::EndCooldown{}));
    CHECK(keys(ctrl(Key::q)) == KeyAction{UiAction::hold_to_quit});
    // Plain letters never reach the counselor's controls.
    CHECK(keys(Key::b) == nothing);
    CHECK(keys(Key::t) == nothing);
    CHECK(keys(Key::e) == nothing);
    CHECK(keys(Key::q) == nothing);
    // AltGr arrives as Ctrl+Alt on some systems: it types, it does not skip.
    CHECK(keys(KeyPress{Key::s, Modifiers{true, false, true}}) == nothing);
}

TEST_CASE("without a counselor the counselor's Ctrl keys do nothing, and Ctrl+Q still closes", "[keys]") {
    Keys keys;
    REQUIRE_FALSE(keys.config.counselor_present());  // the mode is off unless asked for
    for (Snapshot snapshot :
         {turn_snapshot(100s), pause_snapshot(10min), step_snapshot(at_checkin, Activity::checkin)}) {
        keys.snapshot = snapshot;
        for (Key key : {Key::s, Key::b, Key::t, Key::e}) CHECK(keys(ctrl(key)) == nothing);
        CHECK(keys(ctrl(Key::q)) == KeyAction{UiAction::hold_to_quit});
    }
    // Reading the script again while writing is the author's, not the counselor's.
    keys.config.reloading = Reloading::on;
    CHECK(keys(ctrl(Key::r)) == KeyAction{UiAction::reload});
    // The same keys in counselor mode, during the cool-down.
    keys.config.counselor = CounselorMode::on;
    keys.snapshot = pause_snapshot(10min);
    CHECK(keys(ctrl(Key::e)) == command(cmd::EndCooldown{}));
}

TEST_CASE("Escape does nothing, because presentation clickers send it", "[keys]") {
    Keys keys;
    for (Snapshot snapshot :
         {Snapshot{}, turn_snapshot(10s), pause_snapshot(0s, true), step_snapshot(at_reflect, Activity::verdict)}) {
        keys.snapshot = snapshot;
        CHECK(keys(Key::escape) == nothing);
    }
}

TEST_CASE("F1 and ? toggle help, M mutes, under help only pause and help act", "[keys]") {
    Keys keys;
    keys.snapshot = turn_snapshot(100s);
    CHECK(keys(Key::f1) == KeyAction{UiAction::toggle_help});
    CHECK(keys(Key::question) == KeyAction{UiAction::toggle_help});
    CHECK(keys(Key::m) == KeyAction{UiAction::toggle_mute});
    keys.ui.help = true;
    CHECK(keys(Key::space) == nothing);
    CHECK(keys(Key::f1) == KeyAction{UiAction::toggle_help});
    CHECK(keys(Key::escape) == KeyAction{UiAction::toggle_help});  // Esc closes help, and only help
    CHECK(keys(Key::p) == command(cmd::Pause{Seat::left}));
    keys.ui.help = false;
    CHECK(keys(Key::escape) == nothing);
}

TEST_CASE("the error screen only closes", "[keys]") {
    const ShellConfig config;
    CHECK(map_error_screen_key(press(Key::space), config) == nothing);
    CHECK(map_error_screen_key(press(Key::f1), config) == nothing);
    CHECK(map_error_screen_key(ctrl(Key::s), config) == nothing);
    CHECK(map_error_screen_key(ctrl(Key::q), config) == KeyAction{UiAction::hold_to_quit});
}

TEST_CASE("key labels name keys as the keyboard prints them", "[keys]") {
    const Words en = english_words();
    const Words de = german_words();
    const Words fr = french_words();
    CHECK(key_label(Key::a, en) == "A");
    CHECK(key_label(Key::digit_7, en) == "7");
    CHECK(key_label(Key::space, en) == "Space");
    CHECK(key_label(Key::space, de) == "Leertaste");
    CHECK(key_label(ctrl(Key::s), en) == "Ctrl+S");
    CHECK(key_label(ctrl(Key::s), de) == "Strg+S");
    CHECK(key_label(Key::space, fr) == "Espace");
    CHECK(key_label(Key::escape, fr) == "Échap");
    CHECK(letter_key('Q') == Key::q);
    CHECK(letter_key('-') == Key::other);
    CHECK(digit_key(0) == Key::digit_0);
}

// Reads a hint such as "A", "S / K", "Space", "End", "A · Space" back into keys.
static std::vector<Key> keys_in_hint(std::string hint, const Words& words) {
    for (std::size_t dot = hint.find(" · "); dot != std::string::npos; dot = hint.find(" · "))
        hint.replace(dot, std::string_view(" · ").size(), " / ");
    std::vector<Key> keys;
    std::size_t start = 0;
    while (start <= hint.size()) {
        const std::size_t end = std::min(hint.find(" / ", start), hint.size());
        const std::string part = hint.substr(start, end - start);
        for (int k = static_cast<int>(Key::a); k <= static_cast<int>(Key::f1); ++k)
            if (key_label(static_cast<Key>(k), words) == part) keys.push_back(static_cast<Key>(k));
        start = end + 3;
    }
    return keys;
}

TEST_CASE("every key shown beside a button does what the button does", "[keys][view]") {
    std::vector<Screen> screens(8);
    screens[0].snapshot = turn_snapshot(100s);
    screens[1].snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::right);
    screens[2].snapshot = step_snapshot(at_agreement, Activity::agreement);
    screens[2].snapshot.agreement_text = "We walk.";
    screens[3].snapshot = turn_snapshot(0s);
    screens[3].snapshot.phase = phase::TimeBox{};
    screens[4].snapshot = pause_snapshot(0s, true);
    screens[5].snapshot = pause_snapshot(10min);
    screens[6].snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::left);
    // screens[7]: the start screen
    int checked = 0;
    for (const Screen& screen : screens) {
        const DisplayList list = screen.build();
        for (const auto* button : buttons(list)) {
            const TextItem* hint = list.text(button->role + "-key");
            if (!hint) continue;
            const auto hinted = keys_in_hint(hint->text, screen.words);
            INFO(button->role << " hint '" << hint->text << "'");
            if (button->role.rfind("name-", 0) == 0) continue;  // "A to change the name": checked below
            REQUIRE_FALSE(hinted.empty());
            for (Key key : hinted) {
                const KeyAction action = map_key(press(key), screen.script, screen.snapshot, screen.ui, screen.config);
                if (button->ui != UiAction::none) {
                    CHECK(action == KeyAction{button->ui});
                } else {
                    // Shared buttons stand in for either seat: the command's kind must match.
                    REQUIRE(std::holds_alternative<Command>(action));
                    CHECK(std::get<Command>(action).index() == button->command.index());
                }
                ++checked;
            }
        }
    }
    CHECK(checked >= 20);
    Keys keys;
    CHECK(keys(yes_key(Seat::left)) == KeyAction{screens[7].build().button("name-left")->ui});
}
