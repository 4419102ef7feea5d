#pragma once
// What the console's own actions do (console.hpp): nudges sent or taken
// back, notes and nudges typed, kept, sent or dropped. The session's
// commands from the console (skip, a minute more, ...) are not here: the
// shell applies them on the same path as the Ctrl keys, so that they are
// recorded and journaled alike.
#include <string>
#include <string_view>
#include <vector>

#include "console.hpp"
#include "time.hpp"
#include "ui_state.hpp"

namespace attune {

// Carries out `action`: the shared screen's nudge changes in `shared`, the
// typing and the notes in `console`. `nudges` is the list the console
// offers (nudges_for), `at` the conversation's time for a note kept (the
// record's elapsed time), `now` when a nudge starts to show.
void carry_out_console(const ConsoleUiAction& action, ConsoleState& console, UiState& shared,
                       const std::vector<std::string>& nudges, Duration at, TimePoint now);

// Text typed on the console's keyboard: it goes to the note or the nudge
// being typed, and nowhere when nothing is. A nudge is cut at the script
// format's limit as it is typed, so that the counselor sees what will show.
void console_type_text(ConsoleState& console, std::string_view text);

// Whether the console wants text input (a note or a nudge is being typed).
inline bool console_typing(const ConsoleState& console) { return console.typing != ConsoleTyping::nothing; }

}  // namespace attune
