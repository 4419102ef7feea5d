#pragma once
// Durations as the script format writes them ("90", "1m30s", "1h5m") and as
// the screens and the plan print them ("1:30", "0:09:00").
#include <optional>
#include <string>
#include <string_view>

#include "time.hpp"

namespace attune {

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
