#include "calendar_file.hpp"

#include <chrono>
#include <cstdio>

#include "export_words.hpp"

namespace attune::exporting {
namespace {

constexpr std::size_t most_octets = 75;

std::string basic_date(Day day) {
    const std::chrono::year_month_day date{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return text;
}

std::string utc_stamp(std::int64_t unix_ms) {
    const auto moment = std::chrono::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{unix_ms}};
    const auto day = std::chrono::floor<std::chrono::days>(moment);
    const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::seconds>(moment - day)};
    char text[16];
    std::snprintf(text, sizeof text, "T%02d%02d%02dZ", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return basic_date(day) + text;
}

// A period as a recurrence: whole weeks repeat weekly, anything else daily.
std::string recurrence(Period period) {
    if (period.days % 7 == 0) return "RRULE:FREQ=WEEKLY;INTERVAL=" + std::to_string(period.days / 7);
    return "RRULE:FREQ=DAILY;INTERVAL=" + std::to_string(period.days);
}

// "FR" for "fr": the language part of PRODID, as calendars write it.
std::string upper_case(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

}  // namespace

std::string fold_line(std::string_view line) {
    std::string folded;
    std::size_t used = 0;
    for (std::size_t at = 0; at < line.size();) {
        // A UTF-8 sequence is never cut: its length comes from its first byte.
        const auto lead = static_cast<unsigned char>(line[at]);
        std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        length = std::min(length, line.size() - at);
        if (used + length > most_octets) {
            folded += "\r\n ";
            used = 1;
        }
        folded.append(line.substr(at, length));
        used += length;
        at += length;
    }
    return folded + "\r\n";
}

std::string escape_text(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',')
            escaped += std::string{'\\', c};
        else if (c == '\n')
            escaped += "\\n";
        else if (c != '\r')
            escaped += c;
    }
    return escaped;
}

std::optional<std::string> calendar_text(const space::NextConversation& next, std::int64_t now_unix_ms,
                                         std::string_view language) {
    if (!next.day) return std::nullopt;
    const ExportWords words = export_words(language);
    const std::string day = basic_date(*next.day);
    std::string text;
    for (const std::string& line : {
             std::string("BEGIN:VCALENDAR"),
             std::string("VERSION:2.0"),
             std::string("PRODID:-//attune//attune " ATTUNE_VERSION "//") + upper_case(words.language),
             std::string("CALSCALE:GREGORIAN"),
             std::string("METHOD:PUBLISH"),
             std::string("BEGIN:VEVENT"),
             // The same agreement exported twice is the same event, so a
             // calendar updates it rather than showing it twice.
             "UID:attune-next-" + std::to_string(next.decided_unix_ms) + "-" + day + "@attune.invalid",
             "DTSTAMP:" + utc_stamp(now_unix_ms),
             "DTSTART;VALUE=DATE:" + day,
             "DTEND;VALUE=DATE:" + basic_date(*next.day + std::chrono::days{1}),
         }) {
        text += fold_line(line);
    }
    if (next.repeat) text += fold_line(recurrence(*next.repeat));
    text += fold_line("SUMMARY;LANGUAGE=" + words.language + ":" + escape_text(words.event_summary));
    text += fold_line("DESCRIPTION;LANGUAGE=" + words.language + ":" + escape_text(words.event_description));
    text += fold_line("TRANSP:TRANSPARENT");
    text += fold_line("CLASS:PRIVATE");
    text += fold_line("END:VEVENT");
    text += fold_line("END:VCALENDAR");
    return text;
}

}  // namespace attune::exporting
