#pragma once
// The next conversation as an iCalendar file (RFC 5545) for the partners'
// calendars: one all-day event on the agreed day, repeating by the agreed
// period, named "Our conversation" in the couple's language and nothing
// more: no names, no agreements, nothing from the space but the day.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "space_records.hpp"

namespace attune::exporting {

// The file's text (lines end in CRLF, folded at 75 octets), or nothing when
// `next` names no day (the couple skipped choosing one).
std::optional<std::string> calendar_text(const space::NextConversation& next, std::int64_t now_unix_ms,
                                         std::string_view language);

// One content line folded as RFC 5545 section 3.1 asks: at most 75 octets a
// line, never inside a UTF-8 sequence, each continuation starting with a
// space; every line ends in CRLF.
std::string fold_line(std::string_view line);

// TEXT escaped as RFC 5545 section 3.3.11 asks (backslash, ';', ',', newline).
std::string escape_text(std::string_view text);

}  // namespace attune::exporting
