#pragma once
// The end of a kept conversation asks when to meet next: the day the
// script's `meet_every` suggests, a day earlier or later with the arrows,
// and both partners say yes with their own keys, or they skip and no date
// is set. The answer is handed to the shell as a request; the space keeps it.
#include <array>
#include <optional>

#include "calendar.hpp"
#include "display_list.hpp"
#include "key_map.hpp"
#include "period.hpp"

namespace attune {

enum class MeetingStage { asking, agreed, skipped };

struct NextMeeting {
    Day today{};
    Day day{};  // the day on screen: the suggestion, moved by the arrows
    MeetingStage stage = MeetingStage::asking;
    std::array<bool, 2> agreed{false, false};  // by seat; moving the day asks both again
};

// The question, with the day `every` after `today` suggested; a script
// without `meet_every` suggests nothing, and nothing is asked.
std::optional<NextMeeting> start_next_meeting(std::optional<Period> every, Day today);

// What the shell is asked to do.
enum class MeetingRequest {
    none,
    keep_date,  // both agreed on `day`
    no_date,    // they skipped: nothing is written
};

// While asking: ↑ and ↓ move the day (never before tomorrow, never more than
// a year on), each partner's own key (A, L) says yes, Esc skips. Answered,
// the summary's own keys take over (nothing is mapped here).
UiAction map_meeting_key(const KeyPress& press, const NextMeeting& meeting);
MeetingRequest apply_meeting_action(NextMeeting& meeting, UiAction action);

}  // namespace attune
