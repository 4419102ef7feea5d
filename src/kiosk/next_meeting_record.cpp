#include "next_meeting_record.hpp"

namespace attune::kiosk {

void keep_next_meeting(ConversationKeeping& keeping, MeetingAnswer answer, std::optional<Day> day,
                       const std::function<void(const std::string&)>& log) {
    (void)keeping;
    if (!log) return;
    if (answer == MeetingAnswer::skipped || !day) {
        log("the couple set no day for their next conversation");
        return;
    }
    const std::chrono::year_month_day date{*day};
    log("the couple chose a day for their next conversation (" + std::to_string(int(date.year())) + "-" +
        std::to_string(unsigned(date.month())) + "-" + std::to_string(unsigned(date.day())) +
        "); the space does not keep it yet");
}

}  // namespace attune::kiosk
