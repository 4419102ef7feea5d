#pragma once
// Periods as the script format writes them ("3d", "2w") and as messages and
// the plan print them. A period is a whole number of days or weeks in one
// part: how far apart reviews and conversations are is counted in days on a
// calendar, never in hours, and "1w3d" would only be harder to read than "10d".
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "period.hpp"

namespace attune {

struct PeriodUnit {
    char symbol;
    int days;
};
// The units a period may use; the parser and the schema's pattern both walk them.
inline constexpr std::array<PeriodUnit, 2> period_units{{{'d', 1}, {'w', 7}}};

// What a text is as a period: a valid one, or why not. `zero` and
// `too_long` are written in the right form, so their messages can say so;
// `bare_number` is a whole number without a unit ("14"), which could mean
// days or weeks, so the message asks for the unit.
enum class PeriodForm { valid, zero, too_long, bare_number, malformed };
struct PeriodReading {
    PeriodForm form = PeriodForm::malformed;
    Period value{};  // when valid
};
PeriodReading read_period_text(std::string_view text);

// Valid periods only.
std::optional<Period> parse_period(std::string_view text);

// The grammar as an ECMAScript regular expression for the JSON Schema: the
// same forms as read_period_text, with at least one digit that is not 0
// (the upper bound, 52 weeks, is left to the loader).
std::string period_pattern();

// The short form a script would write: "2w" for whole weeks, else "10d".
std::string format_period(Period period);

}  // namespace attune
