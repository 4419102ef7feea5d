#pragma once
// A nudge: a short calm message the counselor sends to the shared screen
// ("Slow down", "Take a breath"). It shows for a few seconds, or until the
// counselor takes it back, and never covers the countdown or the floor
// (view_nudge.cpp). The script's `nudges` list is offered, or a built-in
// set in the script's language; the counselor may also type one.
#include <string>
#include <string_view>
#include <vector>

#include "script.hpp"
#include "time.hpp"
#include "ui_state.hpp"
#include "words.hpp"

namespace attune {

// Long enough to read twice at a calm pace, short enough not to linger.
inline constexpr Duration nudge_shown_for = std::chrono::seconds{8};

// The nudges the counselor can choose from: the script's, or the built-in set.
const std::vector<std::string>& nudges_for(const Script& script, const Words& words);

// Shows `text` from `now` on (control characters dropped, cut to the
// script format's limit); an empty text shows nothing. A nudge shown
// replaces the one before.
void show_nudge(UiState& ui, std::string_view text, TimePoint now);
// Takes the nudge off the screen now.
void dismiss_nudge(UiState& ui);
// Takes a nudge off once its time has passed; the shell calls it each turn.
void expire_nudge(UiState& ui, TimePoint now);
// When the nudge on screen goes; nothing when none is shown.
std::optional<TimePoint> nudge_deadline(const UiState& ui);

}  // namespace attune
