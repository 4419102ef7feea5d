#include "duration.hpp"

#include <algorithm>
#include <cstdint>

namespace attune {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string two_digits(std::int64_t value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

DurationReading read_duration_text(std::string_view text) {
    if (text.empty()) return {};
    // Sums stop growing past the cap, so that long texts cannot overflow.
    std::int64_t total = 0;
    std::size_t i = 0;
    std::size_t next_unit = 0;  // units must come in the order of duration_units
    while (i < text.size()) {
        if (!is_digit(text[i])) return {};
        std::int64_t value = 0;
        while (i < text.size() && is_digit(text[i])) {
            value = std::min(value * 10 + (text[i] - '0'), max_duration_seconds + 1);
            ++i;
        }
        if (i == text.size()) {
            // Digits with no unit are only allowed as the whole text.
            if (next_unit != 0) return {};
            total = value;
            break;
        }
        std::size_t unit = next_unit;
        while (unit < duration_units.size() && duration_units[unit].symbol != text[i]) ++unit;
        if (unit == duration_units.size()) return {};
        next_unit = unit + 1;
        total = std::min(total + value * duration_units[unit].seconds, max_duration_seconds + 1);
        ++i;
    }
    if (total == 0) return {DurationForm::zero};
    if (total > max_duration_seconds) return {DurationForm::too_long};
    return {DurationForm::valid, Seconds{total}};
}

std::optional<Seconds> parse_duration(std::string_view text) {
    const DurationReading reading = read_duration_text(text);
    if (reading.form != DurationForm::valid) return std::nullopt;
    return reading.value;
}

std::string duration_pattern() {
    std::string parts;
    for (const DurationUnit& unit : duration_units) parts += std::string("(?:[0-9]+") + unit.symbol + ")?";
    return "^(?=[^1-9]*[1-9])(?:[0-9]+|" + parts + ")$";
}

std::string format_hms(Seconds value) {
    std::int64_t s = value.count();
    const char* sign = s < 0 ? "-" : "";
    if (s < 0) s = -s;
    return sign + std::to_string(s / 3600) + ':' + two_digits(s / 60 % 60) + ':' + two_digits(s % 60);
}

std::string format_countdown(Seconds value) {
    std::int64_t s = value.count();
    const char* sign = s < 0 ? "-" : "";
    if (s < 0) s = -s;
    if (s >= 3600) return sign + format_hms(Seconds{s});
    return sign + std::to_string(s / 60) + ':' + two_digits(s % 60);
}

std::string format_short(Seconds value) {
    std::int64_t s = value.count();
    if (s <= 0) return "0s";
    std::string out;
    if (s >= 3600) out += std::to_string(s / 3600) + "h";
    if (s / 60 % 60) out += std::to_string(s / 60 % 60) + "m";
    if (s % 60) out += std::to_string(s % 60) + "s";
    return out;
}

}  // namespace attune
