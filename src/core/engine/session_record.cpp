#include "session_record.hpp"

#include <algorithm>

namespace attune {

Duration pause_length(const SessionRecord& record, const PauseRecord& pause) {
    return pause.ended.value_or(record.elapsed) - pause.started;
}

Duration paused_time(const SessionRecord& record) {
    Duration paused{0};
    for (const PauseRecord& pause : record.pauses) paused += pause_length(record, pause);
    return paused;
}

Duration total_time(const SessionRecord& record) { return record.elapsed; }

Duration active_time(const SessionRecord& record) { return total_time(record) - paused_time(record); }

std::size_t distinct_items_done(const SessionRecord& record) {
    std::vector<std::size_t> items = record.items_done;
    std::sort(items.begin(), items.end());
    return static_cast<std::size_t>(std::unique(items.begin(), items.end()) - items.begin());
}

Duration speaking_time(const SessionRecord& record, Seat seat) {
    const Duration now = active_time(record);
    Duration speaking{0};
    for (const SpeechRecord& speech : record.speeches)
        if (speech.seat == seat) speaking += speech.to.value_or(now) - speech.from;
    return speaking;
}

}  // namespace attune
