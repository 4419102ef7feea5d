#include "duration.hpp"

#include <cstdint>

namespace attune {
namespace {

// A day is far more than any conversation needs; the cap keeps sums of
// durations from overflowing and catches typos like "9999999h".
constexpr std::int64_t max_seconds = 24 * 3600;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string two_digits(std::int64_t value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

std::optional<Seconds> parse_duration(std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::int64_t total = 0;
    std::size_t i = 0;
    int parts = 0;
    int last_unit_rank = -1;  // h = 0, m = 1, s = 2: units must come in this order
    bool bare_number = true;
    while (i < text.size()) {
        if (!is_digit(text[i])) return std::nullopt;
        std::int64_t value = 0;
        while (i < text.size() && is_digit(text[i])) {
            value = value * 10 + (text[i] - '0');
            if (value > max_seconds) return std::nullopt;
            ++i;
        }
        if (i == text.size()) {
            // Digits with no unit are only allowed as the whole text.
            if (parts != 0) return std::nullopt;
            total = value;
            break;
        }
        bare_number = false;
        int rank = 0;
        std::int64_t unit = 0;
        switch (text[i]) {
            case 'h':
                rank = 0;
                unit = 3600;
                break;
            case 'm':
                rank = 1;
                unit = 60;
                break;
            case 's':
                rank = 2;
                unit = 1;
                break;
            default:
                return std::nullopt;
        }
        if (rank <= last_unit_rank) return std::nullopt;
        last_unit_rank = rank;
        total += value * unit;
        if (total > max_seconds) return std::nullopt;
        ++parts;
        ++i;
    }
    (void)bare_number;
    if (total <= 0 || total > max_seconds) return std::nullopt;
    return Seconds{total};
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
