#include "calendar.hpp"

#include <ctime>

namespace attune {

namespace {
// Floor division, so that a moment before 1970 falls on the day before.
std::int64_t floor_div(std::int64_t value, std::int64_t by) {
    const std::int64_t quotient = value / by;
    return (value % by != 0 && (value < 0) != (by < 0)) ? quotient - 1 : quotient;
}
constexpr std::int64_t ms_per_day = 86'400'000;
}  // namespace

std::int64_t SystemCalendar::now_unix_ms() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Day SystemCalendar::day_of(std::int64_t unix_ms) const {
    const std::time_t seconds = static_cast<std::time_t>(floor_div(unix_ms, 1000));
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) return Day{std::chrono::days{floor_div(unix_ms, ms_per_day)}};
    const std::chrono::year_month_day date{std::chrono::year{local.tm_year + 1900},
                                           std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                           std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    return Day{date};
}

Day FixedCalendar::day_of(std::int64_t unix_ms) const {
    const std::int64_t local = unix_ms + std::int64_t{m_offset.count()} * 60'000;
    return Day{std::chrono::days{floor_div(local, ms_per_day)}};
}

}  // namespace attune
