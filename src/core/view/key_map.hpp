#pragma once
// Keys -> what they do, as a pure function of the screen, so that the rules
// are tested without a window. The shell translates its platform's key codes
// into `Key` (layout-independent where it matters: the letter printed on the
// key) and carries out the answer.
//
// The scheme (the screen shows the key next to each button):
//   Next .................. Space, Enter, Right, PageDown (what clickers send)
//   Pause ................. P, Pause, '.'  (a pause always wins)
//   left partner .......... A = yes (ready, agree, that's it, move on)
//                           S = the other choice (not quite, more time, agreed aloud)
//   right partner ......... L = yes, K = the other choice (mirrored on the home row)
//   check-in .............. the digits (0 is 10 on a scale of 10)
//   choice ................ S / K moves that partner's highlight, A / L picks it
//   review ................ left A / S / D, right L / K / J: the three answers on
//                           screen (working, partly, not yet; then keep it,
//                           reword it, let it go); new words as an agreement,
//                           Esc (not typing) back to keep / reword / let go
//   turn, reflection ...... the shared Next, or the own "yes" key of whoever has the floor
//   agreement ............. Enter starts and finishes typing, Esc cancels the typing
//   stop for today ........ End, during a pause
//   F1 or ? ............... help;  M ............ sound on/off
//   Ctrl+S skip, Ctrl+B back, Ctrl+T one more minute, Ctrl+E end the cool-down:
//   only in counselor mode (--counselor); otherwise they do nothing.
//   Ctrl+Q (held two seconds) closes, always; the shell times the hold.
//   Ctrl+R reads the script and theme again, only while writing (--windowed).
//   The summary of a session started from the picker: A and L (both partners), or
//   Enter held two seconds, go back to it; one press of Enter or Space does not.
//   Esc does nothing else outside typing: presentation clickers send it.
// While a name or the agreement is typed, letters, digits and space go to the
// text (through the platform's text input), not to commands.
#include <variant>

#include "display_list.hpp"
#include "script.hpp"
#include "session.hpp"
#include "ui_state.hpp"
#include "words.hpp"

namespace attune {

enum class Key {
    none,
    a,
    b,
    c,
    d,
    e,
    f,
    g,
    h,
    i,
    j,
    k,
    l,
    m,
    n,
    o,
    p,
    q,
    r,
    s,
    t,
    u,
    v,
    w,
    x,
    y,
    z,
    digit_0,
    digit_1,
    digit_2,
    digit_3,
    digit_4,
    digit_5,
    digit_6,
    digit_7,
    digit_8,
    digit_9,
    space,
    enter,
    escape,
    backspace,
    tab,
    delete_forward,
    left,
    right,
    up,
    down,
    page_up,
    page_down,
    home,
    end,
    pause,
    period,
    question,
    f1,
    other,
};

struct Modifiers {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;  // Ctrl+Alt is AltGr on some systems: never a counselor control
    bool operator==(const Modifiers&) const = default;
};

struct KeyPress {
    Key key = Key::none;
    Modifiers modifiers;
    bool operator==(const KeyPress&) const = default;
};

// Nothing, a session command, or a shell action.
using KeyAction = std::variant<std::monostate, Command, UiAction>;

// Letters and digits from characters ('a'..'z', 'A'..'Z', '0'..'9'); Key::other otherwise.
Key letter_key(char letter);
Key digit_key(int digit);

// What a key press does on the screen described by the arguments.
KeyAction map_key(KeyPress press, const Script& script, const Snapshot& snapshot, const UiState& ui,
                  const ShellConfig& config);
// What a key press does on the error screen: Ctrl+Q, and Ctrl+R while writing.
KeyAction map_error_screen_key(KeyPress press, const ShellConfig& config);

// The per-partner keys, for the key hints on screen.
Key yes_key(Seat seat);
Key other_key(Seat seat);
// The third answer of a review (D, J: next to the other two on the home row).
Key third_key(Seat seat);
constexpr Key pause_key = Key::p;
constexpr Key stop_key = Key::end;

// How a key is printed in a hint: "A", "Space", "Leertaste", "Ctrl+S".
std::string key_label(Key key, const Words& words);
std::string key_label(KeyPress press, const Words& words);

}  // namespace attune
