#pragma once
// The day a couple chose at the end of a kept conversation for their next
// one. The space's record of it (the ledger's "next conversation") is not
// merged into this branch yet: until it is, the choice is only logged (the
// day, never anything the couple said) and the home screen shows no day.
// After the merge, this writes the record into the open space.
#include <optional>
#include <string>

#include "calendar.hpp"
#include "conversation_keeping.hpp"

namespace attune::kiosk {

enum class MeetingAnswer { day_chosen, skipped };

void keep_next_meeting(ConversationKeeping& keeping, MeetingAnswer answer, std::optional<Day> day,
                       const std::function<void(const std::string&)>& log);

}  // namespace attune::kiosk
