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

}  // namespace attune::kiosk
