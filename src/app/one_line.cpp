#include "one_line.hpp"

namespace attune {
namespace {

std::string_view trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

}  // namespace

std::string one_line(std::string_view message) {
    std::string result;
    bool previous_indented = false;
    std::size_t start = 0;
    while (start <= message.size()) {
        auto end = message.find('\n', start);
        if (end == std::string_view::npos) end = message.size();
        const std::string_view line = message.substr(start, end - start);
        start = end + 1;
        const std::string_view text = trimmed(line);
        if (text.empty()) continue;
        const bool indented = line.front() == ' ' || line.front() == '\t';
        if (!result.empty()) {
            const char last = result.back();
            if (indented && previous_indented)
                result += ", ";
            else if (last == '.' || last == ':' || last == ';' || last == ',')
                result += ' ';
            else
                result += "; ";
        }
        result += text;
        previous_indented = indented;
    }
    return result;
}

}  // namespace attune
