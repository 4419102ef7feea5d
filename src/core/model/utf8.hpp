#pragma once
// UTF-8 checks, walking, encoding and character positions: the only UTF-8
// code of attune. Diagnostics count columns in characters (code points), not
// bytes, so "Grüße" is five columns wide.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace attune::utf8 {

// Byte offset where well-formed UTF-8 first breaks (overlong forms,
// surrogates and values above U+10FFFF included), or nothing. A broken
// multi-byte sequence is reported at its first byte.
std::optional<std::size_t> find_invalid(std::string_view text);

// True for a byte that can start a multi-byte sequence (0xC2..0xF4).
bool is_lead_byte(unsigned char byte);

// Number of code points in valid UTF-8 text.
std::size_t count_characters(std::string_view text);

// The code point starting at `offset` in valid UTF-8 text, and its length.
struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 1;
};
Decoded decode_at(std::string_view text, std::size_t offset);

// The code point starting at `offset` in any text, and `offset` moved past
// it. A byte that does not start a well-formed sequence gives U+FFFD and
// moves by one byte, so that text from outside can be walked safely.
char32_t decode_lenient(std::string_view text, std::size_t& offset);

// The UTF-8 bytes of a code point (at most U+10FFFF).
std::string encode(char32_t code_point);

// The first `count` code points of valid UTF-8 text (all of it when shorter).
std::string_view first_characters(std::string_view text, std::size_t count);

// The byte offset where the last code point of valid UTF-8 text starts (0
// for empty text).
std::size_t last_character_start(std::string_view text);

// At most `max_characters` code points of `text`, with "…" when shortened.
std::string shorten(std::string_view text, std::size_t max_characters);

// "U+00E4" style name of a code point, for messages.
std::string code_point_name(char32_t code_point);

// Maps byte positions of a text (valid UTF-8, lines ending in '\n') to
// 1-based lines and character columns.
class TextPositions {
public:
    explicit TextPositions(std::string_view text);

    // `line` and `byte_column` are 0-based, as yaml-cpp's marks are. Lines
    // past the end are clamped to just after the last character.
    SourcePos from_line_column(int line, int byte_column) const;
    SourcePos from_offset(std::size_t offset) const;

    std::size_t line_count() const { return m_line_starts.size(); }
    // The text of a 0-based line without its '\n'.
    std::string_view line_text(std::size_t line) const;
    std::size_t line_start(std::size_t line) const { return m_line_starts[line]; }

private:
    // Characters in the text before byte `offset`; counts from the nearest
    // checkpoint, so that many positions on one long line stay cheap.
    std::size_t characters_before(std::size_t offset) const;

    static constexpr std::size_t checkpoint_bytes = 64;
    std::string_view m_text;
    std::vector<std::size_t> m_line_starts;
    std::vector<bool> m_line_is_ascii;       // column == byte column + 1 when true
    std::vector<std::size_t> m_checkpoints;  // characters before each multiple of checkpoint_bytes
};

}  // namespace attune::utf8
