#include "session_record.hpp"

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

Duration speaking_time(const SessionRecord& record, Seat seat) {
    const Duration now = active_time(record);
    Duration speaking{0};
    for (const SpeechRecord& speech : record.speeches)
        if (speech.seat == seat) speaking += speech.to.value_or(now) - speech.from;
    return speaking;
}

}  // namespace attune
