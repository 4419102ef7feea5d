#include "ui_state.hpp"

#include "utf8.hpp"

namespace attune {
namespace {

// Words are taken for an agreement, or for a review's agreement both chose to reword.
bool taking_words(const Snapshot& snapshot) {
    return snapshot.phase == Phase::step &&
           (snapshot.activity == Activity::agreement ||
            (snapshot.activity == Activity::review && snapshot.review.stage == ReviewStage::rewording));
}

// The words being typed belong to what is on screen: the same step, and in
// a review the same agreement (`review.number` is 0 outside a review).
bool agreement_on_screen(const UiState& ui, const Snapshot& snapshot) {
    return taking_words(snapshot) && snapshot.item == ui.edit_item && snapshot.step == ui.edit_step &&
           snapshot.review.number == ui.edit_review;
}

// A draft put aside by Esc stays with its agreement: while it is on screen,
// and in a review while the couple went back from its new words to the
// choice (rewording it again finds the draft).
bool draft_belongs(const UiState& ui, const Snapshot& snapshot) {
    if (agreement_on_screen(ui, snapshot)) return true;
    return snapshot.phase == Phase::step && snapshot.activity == Activity::review &&
           snapshot.review.stage == ReviewStage::deciding && snapshot.item == ui.edit_item &&
           snapshot.step == ui.edit_step && snapshot.review.number == ui.edit_review && ui.edit_review > 0;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\n");
    return std::string(text.substr(first, last - first + 1));
}

void stop_editing(UiState& ui) {
    ui.editing = Editing::none;
    ui.draft.clear();
}

const ChoiceStep* choice_on_screen(const Script& script, const Snapshot& snapshot) {
    if (snapshot.item >= script.agenda.size() || snapshot.step >= script.agenda[snapshot.item].steps.size())
        return nullptr;
    return std::get_if<ChoiceStep>(&script.agenda[snapshot.item].steps[snapshot.step].body);
}

}  // namespace

bool typing_now(const UiState& ui, const Snapshot& snapshot) {
    switch (ui.editing) {
        case Editing::none:
            return false;
        case Editing::name_left:
        case Editing::name_right:
            return snapshot.phase == Phase::start;
        case Editing::agreement:
            return agreement_on_screen(ui, snapshot);
    }
    return false;
}

std::optional<Command> apply_ui_action(UiState& ui, UiAction action, const Script& script, const Snapshot& snapshot) {
    switch (action) {
        case UiAction::none:
        case UiAction::hold_to_quit:
        case UiAction::hold_to_leave:
            return std::nullopt;  // the shell times the hold
        case UiAction::pick_entry:
        case UiAction::start_picked:
        case UiAction::to_picker:
        case UiAction::reload:
            return std::nullopt;  // the shell switches screens
        case UiAction::previous_page:
            if (ui.summary_page > 0) --ui.summary_page;
            return std::nullopt;
        case UiAction::next_page:
            ++ui.summary_page;
            return std::nullopt;
        case UiAction::toggle_help:
            ui.help = !ui.help;
            return std::nullopt;
        case UiAction::choice_move_left:
        case UiAction::choice_move_right: {
            if (snapshot.phase != Phase::step || snapshot.activity != Activity::choice) return std::nullopt;
            const auto* choice = choice_on_screen(script, snapshot);
            if (!choice || choice->options.empty()) return std::nullopt;
            auto& cursor = ui.choice_cursor[action == UiAction::choice_move_left ? 0 : 1];
            cursor = (cursor + 1) % choice->options.size();
            return std::nullopt;
        }
        case UiAction::leave_left:
        case UiAction::leave_right:
            if (snapshot.phase == Phase::finished) ui.leaving[action == UiAction::leave_left ? 0 : 1] = true;
            return std::nullopt;
        case UiAction::toggle_mute:
            ui.muted = !ui.muted;
            return std::nullopt;
        case UiAction::edit_name_left:
        case UiAction::edit_name_right: {
            if (snapshot.phase != Phase::start) return std::nullopt;
            const Seat seat = action == UiAction::edit_name_left ? Seat::left : Seat::right;
            ui.editing = seat == Seat::left ? Editing::name_left : Editing::name_right;
            // A name is typed afresh ("Partner A" is a placeholder, not a
            // start); Enter on nothing keeps the old name.
            ui.draft.clear();
            return std::nullopt;
        }
        case UiAction::edit_agreement:
            if (!taking_words(snapshot)) return std::nullopt;
            {
                const bool draft_waits = !ui.draft.empty() && ui.edit_item == snapshot.item &&
                                         ui.edit_step == snapshot.step && ui.edit_review == snapshot.review.number;
                ui.editing = Editing::agreement;
                ui.edit_item = snapshot.item;
                ui.edit_step = snapshot.step;
                ui.edit_review = snapshot.review.number;
                if (!draft_waits) ui.draft = snapshot.agreement_text;
            }
            return std::nullopt;
        case UiAction::finish_edit: {
            if (!typing_now(ui, snapshot)) return std::nullopt;
            std::optional<Command> command;
            if (ui.editing == Editing::agreement)
                command = cmd::AgreementText{trimmed(ui.draft)};
            else
                command = cmd::SetName{ui.editing == Editing::name_left ? Seat::left : Seat::right, trimmed(ui.draft)};
            stop_editing(ui);
            return command;
        }
        case UiAction::cancel_edit:
            // Esc (which clickers send, too) must not throw away an agreement
            // being typed: typing stops, and the draft waits for the next
            // "write it down". A name goes back to what it was.
            if (ui.editing == Editing::agreement)
                ui.editing = Editing::none;
            else
                stop_editing(ui);
            return std::nullopt;
        case UiAction::erase:
            if (typing_now(ui, snapshot) && !ui.draft.empty()) ui.draft.erase(utf8::last_character_start(ui.draft));
            return std::nullopt;
    }
    return std::nullopt;
}

void type_text(UiState& ui, const Snapshot& snapshot, std::string_view text) {
    if (!typing_now(ui, snapshot) || utf8::find_invalid(text)) return;
    const bool is_name = ui.editing != Editing::agreement;
    const std::size_t limit = is_name ? max_name_characters : max_agreement_characters;
    std::size_t count = utf8::count_characters(ui.draft);
    std::size_t offset = 0;
    while (offset < text.size() && count < limit) {
        const auto decoded = utf8::decode_at(text, offset);
        const char32_t c = decoded.code_point;
        // Control characters would show as boxes or break the line; Enter
        // finishes an edit instead of breaking a line.
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        if (!control) {
            ui.draft.append(text.substr(offset, decoded.length));
            ++count;
        }
        offset += decoded.length;
    }
}

void sync_ui_state(UiState& ui, const Snapshot& snapshot) {
    // Each choice starts with both highlights on its first option; a pause keeps them.
    if (snapshot.phase != Phase::paused && !(snapshot.phase == Phase::step && snapshot.activity == Activity::choice))
        ui.choice_cursor = {0, 0};
    // A summary opens at its first page, with nobody leaving yet.
    if (snapshot.phase != Phase::finished) {
        ui.leaving = {false, false};
        ui.summary_page = 0;
    }
    switch (ui.editing) {
        case Editing::none:
            // A draft left by Esc lasts as long as its agreement is on screen.
            if (!ui.draft.empty() && !draft_belongs(ui, snapshot) && snapshot.phase != Phase::paused) ui.draft.clear();
            break;
        case Editing::name_left:
        case Editing::name_right:
            if (snapshot.phase != Phase::start) stop_editing(ui);
            break;
        case Editing::agreement:
            // A pause keeps the draft for when the agreement comes back.
            if (snapshot.phase != Phase::paused && !agreement_on_screen(ui, snapshot)) stop_editing(ui);
            break;
    }
}

}  // namespace attune
