#include "day_words.hpp"

#include <sstream>
#include <vector>

namespace attune {
namespace {

std::vector<std::string> split(const std::string& list) {
    std::istringstream in(list);
    std::vector<std::string> parts;
    for (std::string part; in >> part;) parts.push_back(part);
    return parts;
}

}  // namespace

std::string day_words(const Words& words, Day day) {
    const std::chrono::year_month_day date{day};
    const std::chrono::weekday weekday{day};
    const auto weekdays = split(words.weekday_names);
    const auto months = split(words.month_names);
    // Monday is the first of the list; iso_encoding counts Monday as 1.
    const unsigned weekday_index = weekday.iso_encoding() - 1;
    const unsigned month_index = static_cast<unsigned>(date.month()) - 1;
    const std::string weekday_name = weekday_index < weekdays.size() ? weekdays[weekday_index] : "";
    const std::string month_name = month_index < months.size() ? months[month_index] : "";
    return fill(
        words.date_pattern,
        {{"weekday", weekday_name}, {"day", std::to_string(static_cast<unsigned>(date.day()))}, {"month", month_name}});
}

std::string number_words(const Words& words, int count) {
    const auto names = split(words.number_names);
    if (count >= 0 && static_cast<std::size_t>(count) < names.size()) return names[static_cast<std::size_t>(count)];
    return std::to_string(count);
}

std::string number_words_capitalized(const Words& words, int count) {
    std::string text = number_words(words, count);
    // The names are ASCII at their first letter in both languages.
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace attune
