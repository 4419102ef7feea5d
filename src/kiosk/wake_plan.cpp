#include "wake_plan.hpp"

#include <algorithm>
#include <limits>

namespace attune::kiosk {

void WakePlan::at(std::optional<TimePoint> when) {
    if (!when) return;
    if (!m_earliest || *when < *m_earliest) m_earliest = when;
}

int WakePlan::timeout_ms() const {
    if (!m_earliest) return -1;
    if (*m_earliest <= m_now) return 0;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*m_earliest - m_now).count();
    return static_cast<int>(std::min<long long>(wait, std::numeric_limits<int>::max()));
}

TimePoint next_whole_second_down(Duration remaining, TimePoint now) {
    const Duration below = std::chrono::floor<Seconds>(remaining);
    const Duration delay = remaining > below ? remaining - below : Duration{Seconds{1}};
    return now + delay;
}

TimePoint next_whole_second_up(Duration elapsed, TimePoint now) {
    const Duration above = std::chrono::ceil<Seconds>(elapsed);
    const Duration delay = above > elapsed ? above - elapsed : Duration{Seconds{1}};
    return now + delay;
}

std::optional<TimePoint> next_displayed_second(const Snapshot& snapshot, TimePoint now) {
    WakePlan plan{now};
    // Timers are frozen during a pause: only the pause's own clocks move then.
    if (const PauseView* pause = snapshot.pause()) {
        if (pause->cooldown_remaining > Duration{0}) plan.at(next_whole_second_down(pause->cooldown_remaining, now));
        plan.at(next_whole_second_up(pause->elapsed, now));
        return plan.earliest();
    }
    if (snapshot.phase != Phase::step && snapshot.phase != Phase::time_box) return std::nullopt;
    if (snapshot.timer) plan.at(next_whole_second_down(snapshot.timer->remaining, now));
    if (snapshot.item_box) plan.at(next_whole_second_down(snapshot.item_box->remaining, now));
    return plan.earliest();
}

}  // namespace attune::kiosk
