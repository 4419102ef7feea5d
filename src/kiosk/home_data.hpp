#pragma once
// What the home screen shows, from the couple's open space: the space's
// overview (the ledger's agreements with their review days, the next
// conversation, tracks, milestones) turned into the view's plain data.
#include <string>

#include "home.hpp"
#include "kept_conversations.hpp"
#include "space_overview.hpp"

namespace attune::kiosk {

// `history` gives the partners' names (the latest conversation's).
HomeData home_data_from(const space::SpaceOverview& overview, const space::KeptHistory& history, Day today);

// "We tell each other the same day…": the first words of an agreement, for
// a milestone's sentence.
std::string first_words(const std::string& text, std::size_t words);

}  // namespace attune::kiosk
