#include "console_input.hpp"

#include "counselor_notes.hpp"
#include "nudge.hpp"
#include "utf8.hpp"

namespace attune {

namespace {

std::string& draft_of(ConsoleState& console) {
    return console.typing == ConsoleTyping::nudge ? console.nudge_draft : console.note_draft;
}

void stop_typing(ConsoleState& console) {
    console.typing = ConsoleTyping::nothing;
    console.note_draft.clear();
    console.nudge_draft.clear();
}

}  // namespace

void carry_out_console(const ConsoleUiAction& action, ConsoleState& console, UiState& shared,
                       const std::vector<std::string>& nudges, Duration at, TimePoint now) {
    switch (action.what) {
        case ConsoleUi::send_nudge:
            if (action.index < nudges.size()) show_nudge(shared, nudges[action.index], now);
            return;
        case ConsoleUi::dismiss_nudge:
            dismiss_nudge(shared);
            return;
        case ConsoleUi::start_note:
            // A nudge half typed gives way to the note: what was typed of it goes.
            stop_typing(console);
            console.typing = ConsoleTyping::note;
            return;
        case ConsoleUi::start_nudge:
            stop_typing(console);
            console.typing = ConsoleTyping::nudge;
            return;
        case ConsoleUi::keep_note:
            if (console.typing_note()) console.notes.add(console.note_draft, at);
            stop_typing(console);
            return;
        case ConsoleUi::send_nudge_typed:
            if (console.typing_nudge()) show_nudge(shared, console.nudge_draft, now);
            stop_typing(console);
            return;
        case ConsoleUi::cancel_note:
        case ConsoleUi::cancel_nudge:
            stop_typing(console);
            return;
        case ConsoleUi::erase: {
            if (!console_typing(console)) return;
            std::string& draft = draft_of(console);
            if (!draft.empty()) draft.erase(utf8::last_character_start(draft));
            return;
        }
    }
}

void console_type_text(ConsoleState& console, std::string_view text) {
    if (!console_typing(console)) return;
    std::string& draft = draft_of(console);
    const std::size_t limit = console.typing_nudge() ? max_nudge_characters : max_note_characters;
    // Cut, not shortened with an ellipsis: typing past the limit adds nothing.
    const std::string longer = draft + std::string(text);
    draft = std::string(utf8::first_characters(longer, limit));
}

}  // namespace attune
