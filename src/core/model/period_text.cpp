#include "period_text.hpp"

#include <algorithm>

namespace attune {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

PeriodReading read_period_text(std::string_view text) {
    std::size_t digits = 0;
    // The value stops growing past the cap, so that long texts cannot overflow.
    int value = 0;
    while (digits < text.size() && is_digit(text[digits])) {
        value = std::min(value * 10 + (text[digits] - '0'), Period::max_days + 1);
        ++digits;
    }
    if (digits == 0) return {};
    if (digits == text.size()) return {PeriodForm::bare_number};
    if (digits + 1 != text.size()) return {};
    const auto unit = std::find_if(period_units.begin(), period_units.end(),
                                   [&](const PeriodUnit& each) { return each.symbol == text[digits]; });
    if (unit == period_units.end()) return {};
    const int days = std::min(value * unit->days, Period::max_days + 1);
    if (days == 0) return {PeriodForm::zero};
    if (days > Period::max_days) return {PeriodForm::too_long};
    return {PeriodForm::valid, Period{days}};
}

std::optional<Period> parse_period(std::string_view text) {
    const PeriodReading reading = read_period_text(text);
    if (reading.form != PeriodForm::valid) return std::nullopt;
    return reading.value;
}

std::string period_pattern() {
    std::string symbols;
    for (const PeriodUnit& unit : period_units) symbols += unit.symbol;
    return "^(?=[^1-9]*[1-9])[0-9]+[" + symbols + "]$";
}

std::string format_period(Period period) {
    if (period.days > 0 && period.days % 7 == 0) return std::to_string(period.days / 7) + "w";
    return std::to_string(period.days) + "d";
}

}  // namespace attune
