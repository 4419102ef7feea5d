#pragma once
// How long the loop may sleep: until the earliest of the times it is told
// (when the display list on screen next reads differently, the session's
// next deadline, the shell's own timers: hiding the pointer, the quit hold,
// closing the sound device). Nothing pending: it sleeps until an event comes.
// What changes on screen, and when, is the view's to say, not the plan's.
#include <optional>

#include "time.hpp"

namespace attune::kiosk {

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

}  // namespace attune::kiosk
