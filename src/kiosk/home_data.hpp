#pragma once
// What the home screen shows, filled from the couple's open space. This is
// the kiosk's stand-in until the space's ledger and overview (agreements
// with their histories and review days, tracks, milestones, the next
// conversation) are merged: it reads what the space already holds, its
// conversations and the agreements in force, so that the screen shows a
// real space today. After the merge, `home_data_from` takes the overview
// and only turns its facts into the view's plain data.
#include <optional>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "home.hpp"
#include "kept_conversations.hpp"

namespace attune::kiosk {

// `read_script` finds a check-in's track in the script a conversation ran;
// `next_conversation` is the day the couple chose at their last end, if any.
HomeData home_data_from(const space::KeptHistory& history, const space::AgreementsInForce& agreements,
                        const space::ScriptReader& read_script, const Calendar& calendar,
                        std::optional<Day> next_conversation);

// "We tell each other the same day…": the first words of an agreement, for
// a milestone's sentence.
std::string first_words(const std::string& text, std::size_t words);

}  // namespace attune::kiosk
