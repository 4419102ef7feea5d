#pragma once
// Calendar days, for what is days apart: an agreement's review date, the
// next conversation, "kept for six weeks". The core never reads a clock: the
// shell passes a Calendar (the real one reads the wall clock and the local
// time zone), and tests pass a FixedCalendar they move by hand.
#include <chrono>
#include <cstdint>

#include "period.hpp"

namespace attune {

// One local calendar day (the count of days since 1970-01-01, as sys_days).
using Day = std::chrono::sys_days;

inline Day after(Day day, Period period) { return day + std::chrono::days{period.days}; }

class Calendar {
public:
    virtual ~Calendar() = default;
    // Milliseconds since the Unix epoch, as kept records store a moment.
    virtual std::int64_t now_unix_ms() const = 0;
    // The local day a kept moment fell on.
    virtual Day day_of(std::int64_t unix_ms) const = 0;
    Day today() const { return day_of(now_unix_ms()); }
};

// The machine's wall clock and local time zone (localtime_r).
class SystemCalendar final : public Calendar {
public:
    std::int64_t now_unix_ms() const override;
    Day day_of(std::int64_t unix_ms) const override;
};

// A calendar that stands still until moved, at a fixed offset from UTC.
class FixedCalendar final : public Calendar {
public:
    explicit FixedCalendar(std::int64_t unix_ms, std::chrono::minutes utc_offset = std::chrono::minutes{0})
        : m_now(unix_ms), m_offset(utc_offset) {}
    std::int64_t now_unix_ms() const override { return m_now; }
    Day day_of(std::int64_t unix_ms) const override;
    void advance(std::chrono::milliseconds by) { m_now += by.count(); }
    void advance_days(int count) { m_now += std::int64_t{count} * 86'400'000; }

private:
    std::int64_t m_now;
    std::chrono::minutes m_offset;
};

}  // namespace attune
