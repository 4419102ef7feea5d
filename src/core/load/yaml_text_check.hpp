#pragma once
// Checks on the raw text before yaml-cpp sees it. yaml-cpp 0.7 recurses per
// nesting level and counts columns in bytes; these checks refuse what could
// hurt it (deep flow nesting, control characters, invalid UTF-8) and what a
// counselor would otherwise get a baffling message for (tab indentation).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "utf8.hpp"

namespace attune::yaml {

struct YamlLimits;

// Replaces "\r\n" and lone "\r" by "\n" and drops a leading UTF-8 byte order
// mark, so that lines are counted the same way here and in yaml-cpp.
std::string normalize_line_breaks(std::string_view text);

// yaml-cpp 0.7 ends a plain scalar at '?' inside [ ] and { }, so that
// `{ question: Ready?, scale: 5 }` fails although YAML allows it. Such
// question marks are replaced by this byte (refused in scripts, so it cannot
// occur otherwise); the tree builder puts the '?' back. One byte for one
// keeps yaml-cpp's columns right.
inline constexpr char question_mark_stand_in = '\x01';
void protect_question_marks(std::string& text);

// The '[' or '{' still open at byte `end`, for "not closed" messages that
// yaml-cpp reports where it gave up rather than where the bracket stands.
std::optional<std::size_t> innermost_open_bracket(std::string_view text, std::size_t end);

// Errors for the normalized text, in file order; empty when it may be parsed.
std::vector<Diagnostic> check_text(std::string_view text, const utf8::TextPositions& positions,
                                   const std::string& display_name, const YamlLimits& limits);

}  // namespace attune::yaml
