#include "yaml_text_check.hpp"

#include <cstdint>
#include <cstdio>
#include <optional>

#include "yaml_tree.hpp"

namespace attune::yaml {
namespace {

// A file with many tab-indented lines gets a message for the first few only.
constexpr std::size_t max_reported_lines = 10;

Diagnostic error_at(const std::string& file, SourcePos pos, std::string message) {
    return Diagnostic{file, pos, Severity::error, std::move(message)};
}

bool is_refused_control(char32_t c) {
    if (c == '\t' || c == '\n') return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Walks the text the way YAML's flow syntax sees it: quoted texts and
// comments are skipped (a quote only opens where YAML lets a quoted scalar
// start, so the apostrophe in "it's" and the lone quote in `say: she said
// "stop` are not quotes) and `visit(index, previous, depth)` is called for
// every other character with the bracket depth before it. `visit` returns
// false to stop.
template <class Visit>
void walk_flow_syntax(std::string_view text, Visit visit) {
    int depth = 0;
    char quote = 0;
    char previous = '\n';
    // What stands before the current character on its line: the last
    // character that is not a space ('\n': none), and whether everything so
    // far is block indicators ("- ", "? ") that a value may follow.
    char last_mark = '\n';
    bool only_indicators = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            last_mark = '\n';
            only_indicators = true;
        }
        if (quote != 0) {
            if (quote == '"' && c == '\\') {
                ++i;  // skip the escaped character
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;  // '' is an escaped quote inside single quotes
                } else {
                    quote = 0;
                }
            }
            previous = c;
            if (quote == 0) {
                last_mark = c;
                only_indicators = false;
            }
            continue;
        }
        if (c == '#' && (previous == ' ' || previous == '\n' || previous == '\t')) {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
            previous = '\n';
            continue;
        }
        const bool at_token_start = previous == ' ' || previous == '\n' || previous == '\t' || previous == '[' ||
                                    previous == '{' || previous == ',' || previous == ':' || previous == '-';
        // A value starts at the beginning of a line, after "key:", after a
        // bracket or comma, or after the "- " of a list entry; elsewhere a
        // quote mark is part of a plain text.
        const bool value_may_start = last_mark == '\n' || last_mark == ':' || last_mark == '[' || last_mark == '{' ||
                                     last_mark == ',' || ((last_mark == '-' || last_mark == '?') && only_indicators);
        if (!visit(i, previous, depth)) return;
        if ((c == '"' || c == '\'') && at_token_start && value_may_start) {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        if (c != ' ' && c != '\t' && c != '\n') {
            only_indicators = only_indicators && (c == '-' || c == '?') && at_token_start;
            last_mark = c;
        }
        previous = c;
    }
}

}  // namespace

std::string normalize_line_breaks(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

void protect_question_marks(std::string& text) {
    walk_flow_syntax(text, [&](std::size_t i, char previous, int depth) {
        const bool inside_scalar = previous != ' ' && previous != '\t' && previous != '\n' && previous != '[' &&
                                   previous != '{' && previous != ',';
        if (depth > 0 && text[i] == '?' && inside_scalar) text[i] = question_mark_stand_in;
        return true;
    });
}

std::optional<std::size_t> innermost_open_bracket(std::string_view text, std::size_t end) {
    std::vector<std::size_t> open;
    walk_flow_syntax(text, [&](std::size_t i, char, int) {
        if (i >= end) return false;
        if (text[i] == '[' || text[i] == '{') open.push_back(i);
        if ((text[i] == ']' || text[i] == '}') && !open.empty()) open.pop_back();
        return true;
    });
    if (open.empty()) return std::nullopt;
    return open.back();
}

std::vector<Diagnostic> check_text(std::string_view text, const utf8::TextPositions& positions,
                                   const std::string& display_name, const YamlLimits& limits) {
    std::vector<Diagnostic> out;
    if (const auto bad = utf8::find_invalid(text)) {
        const auto value = static_cast<unsigned char>(text[*bad]);
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(value));
        const char* what = utf8::is_lead_byte(value) ? " here starts a character that is cut off or malformed"
                                                     : " here is not part of any character";
        out.push_back(
            error_at(display_name, positions.from_offset(*bad),
                     std::string("the file is not valid UTF-8: the byte ") + byte + what + "; save the file as UTF-8"));
        return out;  // positions after a bad byte mean little
    }

    std::size_t tab_lines = 0;
    std::size_t long_lines = 0;
    for (std::size_t line = 0; line < positions.line_count(); ++line) {
        const std::string_view line_text = positions.line_text(line);
        const std::size_t start = positions.line_start(line);
        std::size_t characters = 0;
        bool in_indentation = true;
        for (std::size_t i = 0; i < line_text.size();) {
            const utf8::Decoded decoded = utf8::decode_at(line_text, i);
            if (is_refused_control(decoded.code_point)) {
                out.push_back(error_at(display_name, positions.from_offset(start + i),
                                       "the file contains the control character " +
                                           utf8::code_point_name(decoded.code_point) +
                                           " here; a script holds only text (is this a binary file?)"));
                return out;  // binary junk would repeat this on every line
            }
            if (in_indentation && decoded.code_point == '\t' &&
                line_text.find_first_not_of(" \t") != std::string_view::npos) {
                if (tab_lines++ < max_reported_lines) {
                    out.push_back(error_at(display_name, positions.from_offset(start + i),
                                           "a tab is used for indentation here; YAML indents "
                                           "with spaces only"));
                }
                in_indentation = false;  // one message per line is enough
            }
            if (decoded.code_point != ' ' && decoded.code_point != '\t') in_indentation = false;
            ++characters;
            i += decoded.length;
        }
        if (characters > limits.max_line_characters && long_lines++ < max_reported_lines) {
            out.push_back(
                error_at(display_name, {static_cast<int>(line) + 1, static_cast<int>(limits.max_line_characters) + 1},
                         "this line is " + std::to_string(characters) + " characters long; a line can have at most " +
                             std::to_string(limits.max_line_characters)));
        }
    }
    if (!out.empty()) return out;

    std::optional<std::size_t> deep;
    walk_flow_syntax(text, [&](std::size_t i, char, int depth) {
        if ((text[i] == '[' || text[i] == '{') && depth + 1 > limits.max_depth) deep = i;
        return !deep;
    });
    if (deep) {
        out.push_back(error_at(display_name, positions.from_offset(*deep),
                               "brackets are nested more than " + std::to_string(limits.max_depth) +
                                   " levels deep here; a script needs only a few levels"));
    }
    return out;
}

}  // namespace attune::yaml
