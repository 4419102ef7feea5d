#include "idle_cursor.hpp"

#include <algorithm>

namespace attune::kiosk {

std::optional<TimePoint> IdleCursor::next_change(TimePoint now) const {
    if (!visible(now)) return std::nullopt;
    return *m_last_motion + m_hide_after;
}

float KeyHold::progress(TimePoint now) const {
    if (!m_since) return 0.0f;
    const auto held_for = std::chrono::duration<float>(now - *m_since).count();
    return std::clamp(held_for / std::chrono::duration<float>(m_hold_for).count(), 0.0f, 1.0f);
}

std::optional<TimePoint> KeyHold::deadline() const {
    if (!m_since) return std::nullopt;
    return *m_since + m_hold_for;
}

std::optional<TimePoint> KeyHold::next_change(TimePoint now, Duration frame) const {
    if (!m_since) return std::nullopt;
    return std::min(now + frame, *m_since + m_hold_for);
}

}  // namespace attune::kiosk
