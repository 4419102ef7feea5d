#pragma once
// A period: how far apart reviews and conversations are, in whole days. A
// script writes it as days or weeks (`3d`, `2w`), at most a year (`52w`);
// the loader turns it into days. Dates are calendar days (see calendar.hpp):
// "due after a week" means seven calendar days later, whatever the hour.
#include <compare>

namespace attune {

struct Period {
    static constexpr int max_days = 52 * 7;
    int days = 14;
    auto operator<=>(const Period&) const = default;
};

constexpr Period days(int count) { return Period{count}; }
constexpr Period weeks(int count) { return Period{count * 7}; }

}  // namespace attune
