#include "key_map.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "counselor_keys.hpp"

namespace attune {
namespace {

bool is_next_key(Key key) {
    return key == Key::space || key == Key::enter || key == Key::right || key == Key::page_down;
}

// 1..9 as themselves; 0 as 10, for a scale of ten. Nothing for other keys.
std::optional<int> digit_value(Key key) {
    if (key < Key::digit_0 || key > Key::digit_9) return std::nullopt;
    const int digit = static_cast<int>(key) - static_cast<int>(Key::digit_0);
    return digit == 0 ? 10 : digit;
}

// The partner whose "yes" or "other" key this is, if any.
std::optional<Seat> yes_seat(Key key) {
    if (key == yes_key(Seat::left)) return Seat::left;
    if (key == yes_key(Seat::right)) return Seat::right;
    return std::nullopt;
}
std::optional<Seat> other_seat(Key key) {
    if (key == other_key(Seat::left)) return Seat::left;
    if (key == other_key(Seat::right)) return Seat::right;
    return std::nullopt;
}

// A review's three answers, each partner on their own keys: which partner
// pressed, and which answer (0, 1, 2 in the order the screen lists them).
struct ReviewKey {
    Seat seat;
    std::size_t answer;
};
std::optional<ReviewKey> review_key(Key key) {
    for (const Seat seat : {Seat::left, Seat::right}) {
        if (key == yes_key(seat)) return ReviewKey{seat, 0};
        if (key == other_key(seat)) return ReviewKey{seat, 1};
        if (key == third_key(seat)) return ReviewKey{seat, 2};
    }
    return std::nullopt;
}

KeyAction review_action(Key key, const Snapshot& snapshot) {
    constexpr std::array ratings{ReviewRating::working, ReviewRating::partly, ReviewRating::not_yet};
    constexpr std::array outcomes{ReviewOutcome::kept, ReviewOutcome::reworded, ReviewOutcome::let_go};
    const auto pressed = review_key(key);
    switch (snapshot.review.stage) {
        case ReviewStage::none:
            if (is_next_key(key)) return Command{cmd::Next{}};
            return std::monostate{};
        case ReviewStage::rating:
            if (pressed) return Command{cmd::Rate{pressed->seat, ratings[pressed->answer]}};
            return std::monostate{};
        case ReviewStage::deciding:
            if (pressed) return Command{cmd::Decide{pressed->seat, outcomes[pressed->answer]}};
            return std::monostate{};
        case ReviewStage::rewording:
            // The new words are written and confirmed as an agreement's are.
            if (key == Key::enter) return UiAction::edit_agreement;
            // Esc goes back to keep / reword / let go; only the picks are
            // undone, so a clicker's stray Esc costs one more pick each.
            if (key == Key::escape) return Command{cmd::Reconsider{}};
            if (const auto seat = yes_seat(key)) return Command{cmd::Confirm{*seat}};
            if (other_seat(key)) return Command{cmd::AgreedAloud{}};
            return std::monostate{};
    }
    return std::monostate{};
}

bool running(const Snapshot& snapshot) { return snapshot.phase == Phase::step || snapshot.phase == Phase::time_box; }

// A pause from a shared key: the keyboard cannot tell who pressed it. The
// seat is only kept in the record (never shown), so the left seat stands in.
KeyAction pause_action(const Snapshot& snapshot) {
    if (!running(snapshot)) return std::monostate{};
    return Command{cmd::Pause{Seat::left}};
}

// The Ctrl keys. Holding Ctrl+Q to close belongs to everyone: closing the
// program is a couple's own way out and never shortens a cool-down (the
// journal keeps it running while attune is closed). Skip, back, a minute
// more and ending a cool-down early change the agreed structure, so they are
// the counselor's alone and do nothing unless a counselor runs the session.
KeyAction control_action(Key key, const ShellConfig& config) {
    if (key == Key::q) return UiAction::hold_to_quit;
    if (!config.counselor_present()) return std::monostate{};
    if (auto command = counselor_command(key)) return *command;
    return std::monostate{};
}

KeyAction typing_action(Key key) {
    switch (key) {
        case Key::enter:
            return UiAction::finish_edit;
        case Key::escape:
            return UiAction::cancel_edit;
        case Key::backspace:
            return UiAction::erase;
        case Key::f1:
            return UiAction::toggle_help;
        default:
            return std::monostate{};  // text arrives through the text input
    }
}

KeyAction step_action(Key key, const Script& script, const Snapshot& snapshot, const UiState& ui) {
    const Step* step = nullptr;
    if (snapshot.item < script.agenda.size() && snapshot.step < script.agenda[snapshot.item].steps.size())
        step = &script.agenda[snapshot.item].steps[snapshot.step];

    switch (snapshot.activity) {
        case Activity::say:
        case Activity::breathe:
        case Activity::not_heard:
            if (is_next_key(key)) return Command{cmd::Next{}};
            return std::monostate{};
        case Activity::turn:
        case Activity::reflect:
        case Activity::clarify:
            // The shared Next (a clicker, the counselor) goes on; a partner's
            // own "yes" key says who pressed it, and the session lets only
            // whoever has the floor end it.
            if (is_next_key(key)) return Command{cmd::Next{}};
            if (const auto seat = yes_seat(key)) return Command{cmd::Next{*seat}};
            return std::monostate{};
        case Activity::verdict:
            // Only the speaker answers whether the reflection fitted.
            if (key == yes_key(snapshot.floor)) return Command{cmd::ThatsIt{}};
            if (key == other_key(snapshot.floor)) return Command{cmd::NotQuite{}};
            return std::monostate{};
        case Activity::checkin: {
            if (snapshot.checkin_ask == CheckinAsk::still_low) {
                // Another pause (the pause key, above), stopping, or each partner's "go on".
                if (key == stop_key) return Command{cmd::StopForToday{}};
                if (const auto seat = yes_seat(key)) return Command{cmd::Ready{*seat}};
                return std::monostate{};
            }
            const auto value = digit_value(key);
            const auto* checkin = step ? std::get_if<CheckinStep>(&step->body) : nullptr;
            if (!value || !checkin || *value > checkin->scale) return std::monostate{};
            return Command{cmd::Answer{snapshot.floor, *value}};
        }
        case Activity::agreement:
            if (key == Key::enter) return UiAction::edit_agreement;
            if (const auto seat = yes_seat(key)) return Command{cmd::Confirm{*seat}};
            if (other_seat(key)) return Command{cmd::AgreedAloud{}};
            return std::monostate{};
        case Activity::choice: {
            // A shared digit cannot say who pressed it, so each partner picks
            // with their own keys: "other" moves their highlight, "yes" picks it.
            const auto* choice = step ? std::get_if<ChoiceStep>(&step->body) : nullptr;
            if (!choice || choice->options.empty()) return std::monostate{};
            if (const auto seat = other_seat(key))
                return *seat == Seat::left ? UiAction::choice_move_left : UiAction::choice_move_right;
            if (const auto seat = yes_seat(key)) {
                const std::size_t option = std::min(ui.choice_cursor[index_of(*seat)], choice->options.size() - 1);
                return Command{cmd::Choose{*seat, option}};
            }
            return std::monostate{};
        }
        case Activity::review:
            return review_action(key, snapshot);
    }
    return std::monostate{};
}

KeyAction phase_action(Key key, const Script& script, const Snapshot& snapshot, const UiState& ui,
                       const ShellConfig& config) {
    switch (snapshot.phase) {
        case Phase::start:
            if (is_next_key(key)) return Command{cmd::Begin{}};
            if (key == yes_key(Seat::left)) return UiAction::edit_name_left;
            if (key == yes_key(Seat::right)) return UiAction::edit_name_right;
            return std::monostate{};
        case Phase::step:
            return step_action(key, script, snapshot, ui);
        case Phase::time_box:
            if (const auto seat = yes_seat(key)) return Command{cmd::MoveOn{*seat}};
            if (const auto seat = other_seat(key)) return Command{cmd::MoreTime{*seat}};
            return std::monostate{};
        case Phase::paused:
            // Ready and more time are sent during the cool-down too: the
            // session refuses both until it has run out; the screen shows
            // neither button before then.
            if (const auto seat = yes_seat(key)) return Command{cmd::Ready{*seat}};
            if (const auto seat = other_seat(key)) return Command{cmd::MoreTime{*seat}};
            if (key == stop_key) return Command{cmd::StopForToday{}};
            return std::monostate{};
        case Phase::finished:
            // A long summary pages: the arrows and a clicker's page keys.
            if (key == Key::left || key == Key::page_up) return UiAction::previous_page;
            if (key == Key::right || key == Key::page_down) return UiAction::next_page;
            // Back to the list the session was picked from, when both
            // partners have pressed their own key: the summary is the one
            // written result of the evening, and a clicker's single press
            // (Space, Enter) must not throw it away.
            if (!config.from_picker()) return std::monostate{};
            // Or when Enter is held for two seconds (the shell times it):
            // deliberate, unlike the single press a clicker sends.
            if (key == Key::enter) return UiAction::hold_to_leave;
            if (const auto seat = yes_seat(key)) {
                if (ui.leaving[index_of(other(*seat))]) return UiAction::to_picker;
                return *seat == Seat::left ? UiAction::leave_left : UiAction::leave_right;
            }
            return std::monostate{};
    }
    return std::monostate{};
}

}  // namespace

std::optional<Command> counselor_command(Key key) {
    switch (key) {
        case Key::s:
            return Command{cmd::Skip{}};
        case Key::b:
            return Command{cmd::Back{}};
        case Key::t:
            return Command{cmd::AddTime{Seconds{60}}};
        case Key::e:
            return Command{cmd::EndCooldown{}};
        default:
            return std::nullopt;
    }
}

Key letter_key(char letter) {
    if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
    if (letter < 'a' || letter > 'z') return Key::other;
    return static_cast<Key>(static_cast<int>(Key::a) + (letter - 'a'));
}

Key digit_key(int digit) {
    if (digit < 0 || digit > 9) return Key::other;
    return static_cast<Key>(static_cast<int>(Key::digit_0) + digit);
}

Key yes_key(Seat seat) { return seat == Seat::left ? Key::a : Key::l; }
Key other_key(Seat seat) { return seat == Seat::left ? Key::s : Key::k; }
Key third_key(Seat seat) { return seat == Seat::left ? Key::d : Key::j; }

KeyAction map_error_screen_key(KeyPress press, const ShellConfig& config) {
    // The error screen has nothing to do but close (or, while writing, try again).
    const bool control = press.modifiers.ctrl && !press.modifiers.alt;
    if (control && press.key == Key::q) return UiAction::hold_to_quit;
    if (control && press.key == Key::r && config.reloadable()) return UiAction::reload;
    return std::monostate{};
}

KeyAction map_key(KeyPress press, const Script& script, const Snapshot& snapshot, const UiState& ui,
                  const ShellConfig& config) {
    const Key key = press.key;
    const bool control = press.modifiers.ctrl && !press.modifiers.alt;

    // Reading the script again is for writing it (--windowed); a kiosk is
    // never reloaded by an accidental Ctrl+R.
    if (control && key == Key::r)
        return config.reloadable() ? KeyAction{UiAction::reload} : KeyAction{std::monostate{}};
    if (control) return control_action(key, config);
    if (press.modifiers.alt) return std::monostate{};  // AltGr and menu shortcuts type or do nothing

    // The Pause key cannot type anything, so it pauses even during typing.
    if (key == Key::pause) return pause_action(snapshot);
    if (typing_now(ui, snapshot)) return typing_action(key);

    if (key == Key::f1 || key == Key::question) return UiAction::toggle_help;
    if (key == pause_key || key == Key::period) return pause_action(snapshot);
    if (key == Key::m) return UiAction::toggle_mute;
    // Help covers the screen: keys for what lies under it do nothing
    // meanwhile; Esc, the reflex for "close this", closes it.
    if (ui.help) return key == Key::escape ? KeyAction{UiAction::toggle_help} : KeyAction{std::monostate{}};
    return phase_action(key, script, snapshot, ui, config);
}

std::string key_label(Key key, const Words& words) {
    if (key >= Key::a && key <= Key::z)
        return std::string(1, static_cast<char>('A' + (static_cast<int>(key) - static_cast<int>(Key::a))));
    if (key >= Key::digit_0 && key <= Key::digit_9)
        return std::string(1, static_cast<char>('0' + (static_cast<int>(key) - static_cast<int>(Key::digit_0))));
    switch (key) {
        case Key::space:
            return words.key_space;
        case Key::enter:
            return words.key_enter;
        case Key::escape:
            return words.key_escape;
        case Key::backspace:
            return words.key_backspace;
        case Key::end:
            return words.key_end;
        case Key::pause:
            return words.key_pause;
        case Key::period:
            return ".";
        case Key::question:
            return "?";
        case Key::f1:
            return "F1";
        case Key::right:
            return "→";
        case Key::left:
            return "←";
        case Key::page_down:
            return words.key_page_down;
        case Key::page_up:
            return words.key_page_up;
        default:
            return "";
    }
}

std::string key_label(KeyPress press, const Words& words) {
    std::string label = key_label(press.key, words);
    if (press.modifiers.shift) label = "Shift+" + label;
    if (press.modifiers.ctrl) label = words.key_ctrl + "+" + label;
    return label;
}

}  // namespace attune
