#pragma once
// Durations as the script format writes them ("90", "1m30s", "1h5m") and as
// the screens and the plan print them ("1:30", "0:09:00").
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "time.hpp"

namespace attune {

// The duration grammar, defined once: the parser below walks these units
// and the JSON Schema's pattern (duration_pattern) is written from them.
struct DurationUnit {
    char symbol;
    std::int64_t seconds;
};
// In the order a duration must write them, each at most once.
inline constexpr std::array<DurationUnit, 3> duration_units{{{'h', 3600}, {'m', 60}, {'s', 1}}};
// A day is far more than any conversation needs; the cap keeps sums of
// durations from overflowing and catches typos like "9999999h".
inline constexpr std::int64_t max_duration_seconds = 24 * 3600;

// What a text is as a duration: a valid one, or why not. `zero` and
// `too_long` are written in the right form, so their messages can say so.
enum class DurationForm { valid, zero, too_long, malformed };
struct DurationReading {
    DurationForm form = DurationForm::malformed;
    Seconds value{0};  // when valid
};
DurationReading read_duration_text(std::string_view text);

// The grammar as an ECMAScript regular expression for the JSON Schema: the
// same forms as read_duration_text, with at least one digit that is not 0
// (the upper bound is left to the loader).
std::string duration_pattern();

// Parses the string form: one to three parts in the order h, m, s, each a
// whole number, e.g. "1h", "20m", "1m30s", "1h5m". A bare whole number ("90")
// is accepted too. Returns nothing for anything else and for zero.
std::optional<Seconds> parse_duration(std::string_view text);

// "H:MM:SS", as `--plan` prints totals.
std::string format_hms(Seconds value);

// "M:SS" below an hour, "H:MM:SS" from an hour on; for countdowns.
std::string format_countdown(Seconds value);

// Short human form for messages and the plan: "1m30s", "20m", "45s".
std::string format_short(Seconds value);

}  // namespace attune
