#pragma once
// Plays a session the way two cooperative partners would: for screenshots of
// any screen, for demos, and for tests that walk whole scripts through.
#include <optional>
#include <string>

#include "session.hpp"

namespace attune {

struct AutoplayResult {
    int actions = 0;
    TimePoint end;
    bool finished = false;
};

// One plausible action for what is on screen (speak for most of the time and
// hand on, answer a check-in calmly, agree, choose the way forward, wait out
// a cool-down and be ready, find an agreement under review working and
// keep it). Returns the time after it.
TimePoint autoplay_step(Session& session, TimePoint now);

// Plays until the session has finished or `max_actions` were taken.
AutoplayResult autoplay_to_end(Session& session, TimePoint now, int max_actions = 10000);

// Plays until `reached(snapshot)` holds; nothing when the session finished first.
template <typename Predicate>
std::optional<TimePoint> autoplay_until(Session& session, TimePoint now, Predicate reached, int max_actions = 10000) {
    for (int i = 0; i < max_actions; ++i) {
        session.advance_to(now);
        const Snapshot snapshot = session.snapshot(now);
        if (reached(snapshot)) return now;
        if (snapshot.phase == Phase::finished) return std::nullopt;
        now = autoplay_step(session, now);
    }
    return std::nullopt;
}

}  // namespace attune
