#include "next_meeting.hpp"

#include <algorithm>

namespace attune {

std::optional<NextMeeting> start_next_meeting(std::optional<Period> every, Day today) {
    if (!every) return std::nullopt;
    NextMeeting meeting;
    meeting.today = today;
    meeting.day = after(today, *every);
    return meeting;
}

UiAction map_meeting_key(const KeyPress& press, const NextMeeting& meeting) {
    if (meeting.stage != MeetingStage::asking) return UiAction::none;
    if (press.modifiers.ctrl || press.modifiers.alt) return UiAction::none;
    switch (press.key) {
        case Key::up:
            return UiAction::meeting_earlier;
        case Key::down:
            return UiAction::meeting_later;
        case Key::escape:
            return UiAction::meeting_skip;
        default:
            break;
    }
    if (press.key == yes_key(Seat::left)) return UiAction::meeting_agree_left;
    if (press.key == yes_key(Seat::right)) return UiAction::meeting_agree_right;
    return UiAction::none;
}

MeetingRequest apply_meeting_action(NextMeeting& meeting, UiAction action) {
    if (meeting.stage != MeetingStage::asking) return MeetingRequest::none;
    const Day first = meeting.today + std::chrono::days{1};
    const Day last = after(meeting.today, Period{Period::max_days});
    switch (action) {
        case UiAction::meeting_earlier:
        case UiAction::meeting_later: {
            const Day moved = meeting.day + std::chrono::days{action == UiAction::meeting_earlier ? -1 : 1};
            const Day day = std::clamp(moved, first, last);
            // A yes was given to the day that was shown: a new day asks again.
            if (day != meeting.day) meeting.agreed = {false, false};
            meeting.day = day;
            return MeetingRequest::none;
        }
        case UiAction::meeting_agree_left:
        case UiAction::meeting_agree_right: {
            bool& mine = meeting.agreed[action == UiAction::meeting_agree_left ? 0 : 1];
            mine = !mine;  // a key pressed by mistake is pressed again
            if (meeting.agreed[0] && meeting.agreed[1]) {
                meeting.stage = MeetingStage::agreed;
                return MeetingRequest::keep_date;
            }
            return MeetingRequest::none;
        }
        case UiAction::meeting_skip:
            meeting.stage = MeetingStage::skipped;
            meeting.agreed = {false, false};
            return MeetingRequest::no_date;
        default:
            return MeetingRequest::none;
    }
}

}  // namespace attune
