#pragma once
// What the shell keeps beside the session: things that are not part of the
// conversation (and so are not journaled): the help overlay, sound, a text
// being typed, the hold-to-quit progress. How the kiosk runs (started from
// the picker, reloadable while writing) is configuration, not state: it is
// `ShellConfig`, and the shell's modes (picker, conversation, error screen)
// are the shell's own.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "display_list.hpp"
#include "script.hpp"
#include "session.hpp"

namespace attune {

enum class Editing { none, name_left, name_right, agreement };

// A nudge on the shared screen (nudge.hpp): its text and since when.
struct ShownNudge {
    std::string text;
    TimePoint since{};
    bool operator==(const ShownNudge&) const = default;
};

struct UiState {
    bool help = false;   // the key overlay is shown
    bool muted = false;  // sound cues are off
    Editing editing = Editing::none;
    std::string draft;                         // the name or agreement being typed, UTF-8
    std::size_t edit_item = 0, edit_step = 0;  // where the agreement being typed belongs
    std::size_t edit_review = 0;               // a review's new words: the agreement's number in it (0: an agreement)
    float quit_progress = 0;                   // 0..1 while Ctrl+Q is held; the shell quits at 1
    // A choice: the option each partner's own keys point at, by seat (0-based).
    std::array<std::size_t, 2> choice_cursor{0, 0};
    // The summary: which partners have pressed their key to leave it. One
    // press of a clicker key never throws the summary away.
    std::array<bool, 2> leaving{false, false};
    // 0..1 while Enter is held on the summary; at 1 the shell goes back to the list.
    float leave_progress = 0;
    // The summary's page, counted on: the view shows it modulo the pages it
    // has (it alone knows how many fit), so "next" on the last page comes
    // round to the first and no press is ever lost.
    std::size_t summary_page = 0;
    // The counselor's nudge on the shared screen, until it expires or is taken back.
    std::optional<ShownNudge> nudge;

    bool operator==(const UiState&) const = default;
};

// Where the session on screen came from: the summary of one picked from the
// list leads back to the list.
enum class SessionOrigin { direct, picker };
// Whether Ctrl+R reads the script and theme again: only while writing
// (--windowed), so that a kiosk is never reloaded by accident.
enum class Reloading { off, on };
// Whether a counselor runs the conversation (--counselor). Only then do the
// counselor's powers (skip, back, a minute more, end a cool-down early)
// exist: at home, a partner who finds a hidden key must not be able to cut
// short the cool-down both agreed on.
enum class CounselorMode { off, on };

// What the view and the keys need to know about how the kiosk runs.
struct ShellConfig {
    SessionOrigin origin = SessionOrigin::direct;
    Reloading reloading = Reloading::off;
    CounselorMode counselor = CounselorMode::off;

    bool from_picker() const { return origin == SessionOrigin::picker; }
    bool reloadable() const { return reloading == Reloading::on; }
    bool counselor_present() const { return counselor == CounselorMode::on; }
    bool operator==(const ShellConfig&) const = default;
};
inline const ShellConfig default_shell_config{};

constexpr std::size_t max_name_characters = 40;
constexpr std::size_t max_agreement_characters = 1000;

// Whether typing is going on right now: a name on the start screen, or the
// agreement while its step is on screen (a pause suspends typing but keeps
// the draft).
bool typing_now(const UiState& ui, const Snapshot& snapshot);

// Carries out a shell action. Finishing an edit answers the session command
// that keeps the text (SetName or AgreementText); everything else answers
// nothing. Actions that make no sense in the current state change nothing;
// the picker's actions (pick_entry, start_picked, to_picker) are the shell's
// alone and change nothing here.
std::optional<Command> apply_ui_action(UiState& ui, UiAction action, const Script& script, const Snapshot& snapshot);

// Text from the platform's text input (UTF-8). Ignored unless typing now;
// control characters and invalid UTF-8 are dropped, the length is capped.
void type_text(UiState& ui, const Snapshot& snapshot, std::string_view text);

// Drops an edit whose moment has passed (the session left the start screen,
// or went on from the agreement being typed). Call after each command.
void sync_ui_state(UiState& ui, const Snapshot& snapshot);

}  // namespace attune
