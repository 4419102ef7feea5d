#pragma once
// When the mouse pointer shows: after it moves, for a few seconds, then it
// hides so that it never sits in the middle of a conversation. Pure timing,
// so that it is tested without a mouse; the loop applies it with SDL_ShowCursor.
#include <cstdint>
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

// A time stamp of the window system's own clock, in milliseconds (it wraps
// after 49 days; differences of two are still right).
using KeyTime = std::uint32_t;

// A key held this long does what it names, with no further question; letting
// go earlier does nothing. Ctrl+Q held closes the kiosk; Enter held leaves
// the summary for the list. Progress drives the ring the view shows.
class KeyHold {
public:
    explicit KeyHold(Duration hold_for = std::chrono::seconds{2}) : m_hold_for(hold_for) {}

    // `key_time`: when the window system says the key went down, in
    // milliseconds of its own clock (X11 says it), if it does.
    void press(TimePoint now, std::optional<KeyTime> key_time = std::nullopt) {
        if (m_since) return;
        m_since = now;
        m_pressed = key_time;
    }
    // Ends the hold. True when the key was held for the whole hold by the
    // window system's own times of its press and its release: a loop that got
    // to the press late (a slow frame, a busy machine) would have measured
    // the hold shorter than the hands made it.
    bool release(std::optional<KeyTime> key_time = std::nullopt) {
        const bool held_long_enough =
            m_since && m_pressed && key_time &&
            std::chrono::milliseconds{static_cast<KeyTime>(*key_time - *m_pressed)} >= m_hold_for;
        m_since.reset();
        m_pressed.reset();
        return held_long_enough;
    }
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
    std::optional<TimePoint> m_since;  // when the loop saw the press
    std::optional<KeyTime> m_pressed;  // when the window system says it was
};

}  // namespace attune::kiosk
