#pragma once
// The kiosk's messages on standard error are one line each, so that a
// journal, a log file or grep keeps a message whole.
#include <string>
#include <string_view>

namespace attune {

// A message of several lines as one: indented lines (a list) are joined
// with ", ", others with "; " unless the line before ends a sentence or
// opens a list; surrounding spaces and empty lines go.
std::string one_line(std::string_view message);

}  // namespace attune
