#pragma once
// How long the loop may sleep. It wakes for the earliest of: the session's
// own next deadline, the next whole second of any countdown on screen (its
// digits change then), an animation frame while something moves, and the
// shell's own timers (hiding the pointer, the quit hold, closing the sound
// device). Nothing pending: it sleeps until an event comes.
#include <optional>

#include "session.hpp"
#include "time.hpp"

namespace attune::kiosk {

// About 30 frames a second: smooth enough for a breathing guide, half the
// cost of 60.
constexpr Duration animation_frame = std::chrono::milliseconds{33};

class WakePlan {
public:
    explicit WakePlan(TimePoint now) : m_now(now) {}
    void at(std::optional<TimePoint> when);
    void after(Duration delay) { at(m_now + delay); }
    std::optional<TimePoint> earliest() const { return m_earliest; }

    // Milliseconds for SDL_WaitEventTimeout, rounded up so that the loop does
    // not wake a moment early and find nothing changed; -1: wait for an event.
    int timeout_ms() const;

private:
    TimePoint m_now;
    std::optional<TimePoint> m_earliest;
};

// The next instant at which a whole-second reading of a countdown (going
// down) or of an elapsed time (going up) changes.
TimePoint next_whole_second_down(Duration remaining, TimePoint now);
TimePoint next_whole_second_up(Duration elapsed, TimePoint now);

// The earliest change of any time the snapshot shows: the step's countdown,
// the item's time box, the cool-down and the time since the pause began.
std::optional<TimePoint> next_displayed_second(const Snapshot& snapshot, TimePoint now);

}  // namespace attune::kiosk
