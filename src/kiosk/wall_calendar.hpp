#pragma once
// The local calendar on the keeping's wall clock: the kiosk's days for the
// ledger, the home screen and the next conversation (tests give a fake
// wall clock, and so a fake calendar).
#include "calendar.hpp"
#include "conversation_keeping.hpp"

namespace attune::kiosk {

class WallCalendar final : public Calendar {
public:
    explicit WallCalendar(const ConversationKeeping& keeping) : m_keeping(keeping) {}
    std::int64_t now_unix_ms() const override { return m_keeping.wall_ms(); }
    Day day_of(std::int64_t unix_ms) const override { return SystemCalendar{}.day_of(unix_ms); }

private:
    const ConversationKeeping& m_keeping;
};

}  // namespace attune::kiosk
