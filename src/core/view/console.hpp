#pragma once
// The counselor's console (issue 12) as a display list, so that the one
// renderer draws it into whichever window shows it: a second display, a
// window beside the shared screen, or a screenshot. It shows where the
// conversation is and what comes next, and steers it: every button is a
// hit region that a click maps to an action (console_action), and the
// console's own keys map to the same actions (console_key).
//
// It is the counselor's alone: check-in answers show here as they come, even
// those the script keeps from the partners, and the counselor's notes live
// only here (ConsoleState), never in what the shared screen is built from.
#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "counselor_notes.hpp"
#include "display_list.hpp"
#include "key_map.hpp"
#include "script.hpp"
#include "session.hpp"
#include "text_metrics.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "words.hpp"

namespace attune {

// What the counselor is typing on the console, if anything: a private note,
// or a nudge of their own for the shared screen.
enum class ConsoleTyping { nothing, note, nudge };

// What the console keeps beside the session: the note or nudge being typed,
// and the notes kept.
struct ConsoleState {
    ConsoleTyping typing = ConsoleTyping::nothing;
    std::string note_draft;
    std::string nudge_draft;
    CounselorNotes notes;
    bool typing_note() const { return typing == ConsoleTyping::note; }
    bool typing_nudge() const { return typing == ConsoleTyping::nudge; }
};

// What a click or a key on the console does that is not a session command.
enum class ConsoleUi {
    send_nudge,        // `index`: the nudge of the list to show on the shared screen
    dismiss_nudge,     // take the nudge on the shared screen back
    start_note,        // start typing a note
    keep_note,         // keep the note typed (with the conversation's time)
    cancel_note,       // drop the note typed
    start_nudge,       // start typing a nudge of one's own
    send_nudge_typed,  // show the nudge typed on the shared screen
    cancel_nudge,      // drop the nudge typed
    erase,             // Backspace while typing: the last character goes
};
struct ConsoleUiAction {
    ConsoleUi what = ConsoleUi::send_nudge;
    std::size_t index = 0;
    bool operator==(const ConsoleUiAction&) const = default;
};
// Nothing, a session command (skip, back, a minute more, end the cool-down,
// the counselor's pause, jump to an item), or the console's own action.
using ConsoleAction = std::variant<std::monostate, Command, ConsoleUiAction>;

struct ConsoleInput {
    const Script& script;
    const Snapshot& snapshot;
    const SessionRecord& record;
    const Theme& theme;
    const Words& words;
    const UiState& shared;  // the shared screen's state: the nudge it shows
    const ConsoleState& console;
    const TextMetrics& metrics;
    int width = 1280;
    int height = 720;
};

DisplayList build_console(const ConsoleInput& input);

// What a click at (x, y) does on the console drawn from `console`.
ConsoleAction console_action(const DisplayList& console, float x, float y);

// The console's own keys: S skip, B back, T a minute more, E end the
// cool-down, P pause, 1..9 send that nudge, 0 take it back, M type a nudge
// (Enter sends it, Esc drops it), N a note (Enter keeps it, Esc drops it).
// While a note or a nudge is typed, only Enter, Esc, Backspace and the text
// count. No Ctrl needed: this keyboard is the counselor's.
ConsoleAction console_key(KeyPress press, const ConsoleState& console, std::size_t nudges);

}  // namespace attune
