#pragma once
// When the mouse pointer shows: after it moves, for a few seconds, then it
// hides so that it never sits in the middle of a conversation. Pure timing,
// so that it is tested without a mouse; the loop applies it with SDL_ShowCursor.
#include <optional>

#include "time.hpp"

namespace attune::kiosk {

class IdleCursor {
public:
    explicit IdleCursor(Duration hide_after = std::chrono::seconds{3}) : m_hide_after(hide_after) {}

    // A real mouse moved (touches never show the pointer).
    void moved(TimePoint now) { m_last_motion = now; }
    bool visible(TimePoint now) const { return m_last_motion && now < *m_last_motion + m_hide_after; }
    // When the pointer hides next, while it shows.
    std::optional<TimePoint> next_change(TimePoint now) const;

private:
    Duration m_hide_after;
    std::optional<TimePoint> m_last_motion;
};

// A key held this long does what it names, with no further question; letting
// go earlier does nothing. Ctrl+Q held closes the kiosk; Enter held leaves
// the summary for the list. Progress drives the ring the view shows.
class KeyHold {
public:
    explicit KeyHold(Duration hold_for = std::chrono::seconds{2}) : m_hold_for(hold_for) {}

    void press(TimePoint now) {
        if (!m_since) m_since = now;
    }
    void release() { m_since.reset(); }
    bool held() const { return m_since.has_value(); }
    // 0 while not held, rising to 1 over the hold.
    float progress(TimePoint now) const;
    bool complete(TimePoint now) const { return m_since && now >= *m_since + m_hold_for; }
    std::optional<TimePoint> deadline() const;
    // While held, the progress changes all the time: it is read again one
    // `frame` from now, or at the end of the hold if that comes first. The
    // hold begins at 0, when the view shows no ring yet to ask for frames.
    std::optional<TimePoint> next_change(TimePoint now, Duration frame) const;

private:
    Duration m_hold_for;
    std::optional<TimePoint> m_since;
};

}  // namespace attune::kiosk
