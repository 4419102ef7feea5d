#pragma once
// What the home screen shows, from the couple's open space: the space's
// overview (the ledger's agreements with their review days, the next
// conversation, tracks, milestones) turned into the view's plain data.
#include <optional>
#include <string>

#include "home.hpp"
#include "kept_conversations.hpp"
#include "space_overview.hpp"

namespace attune::kiosk {

// `history` gives the partners' names (the latest conversation's).
HomeData home_data_from(const space::SpaceOverview& overview, const space::KeptHistory& history, Day today);

// The day this conversation was planned for, as the start screen says it:
// the day chosen at the end of the last kept conversation or, when it
// repeats and has passed, its latest repetition up to today. Nothing when
// no day was chosen (or it was skipped).
std::optional<PlannedConversation> planned_conversation(const space::KeptHistory& history, Day today);

// "We tell each other the same day…": the first words of an agreement, for
// a milestone's sentence.
std::string first_words(const std::string& text, std::size_t words);

}  // namespace attune::kiosk
