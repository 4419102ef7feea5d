#include "utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace attune::utf8 {
namespace {

std::uint8_t byte_at(std::string_view text, std::size_t i) { return static_cast<std::uint8_t>(text[i]); }

bool is_continuation(std::uint8_t byte) { return (byte & 0xC0) == 0x80; }

// The length of the well-formed sequence starting at `offset` (overlong
// forms, surrogates and values above U+10FFFF refused), or 0.
std::size_t sequence_length(std::string_view text, std::size_t offset) {
    const std::uint8_t lead = byte_at(text, offset);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    std::uint8_t low = 0x80;  // allowed range of the second byte (RFC 3629 table)
    std::uint8_t high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // no overlong forms
        if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (offset + k >= text.size()) return 0;
        const std::uint8_t next = byte_at(text, offset + k);
        const bool ok = k == 1 ? (next >= low && next <= high) : is_continuation(next);
        if (!ok) return 0;
    }
    return length;
}

}  // namespace

std::optional<std::size_t> find_invalid(std::string_view text) {
    // A broken sequence is reported at its first byte, where the character
    // should have started.
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

bool is_lead_byte(unsigned char byte) { return byte >= 0xC2 && byte <= 0xF4; }

std::size_t count_characters(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) {
        if (!is_continuation(static_cast<std::uint8_t>(c))) ++count;
    }
    return count;
}

Decoded decode_at(std::string_view text, std::size_t offset) {
    const std::uint8_t lead = byte_at(text, offset);
    if (lead < 0x80) return {lead, 1};
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    length = std::min(length, text.size() - offset);
    char32_t value = lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        value = (value << 6) | (byte_at(text, offset + k) & 0x3F);
    }
    return {value, length};
}

char32_t decode_lenient(std::string_view text, std::size_t& offset) {
    if (sequence_length(text, offset) == 0) {
        ++offset;
        return U'\uFFFD';
    }
    const Decoded decoded = decode_at(text, offset);
    offset += decoded.length;
    return decoded.code_point;
}

std::string encode(char32_t code_point) {
    std::string out;
    const auto push = [&](char32_t value) { out.push_back(static_cast<char>(value)); };
    if (code_point < 0x80) {
        push(code_point);
    } else if (code_point < 0x800) {
        push(0xC0 | (code_point >> 6));
        push(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        push(0xE0 | (code_point >> 12));
        push(0x80 | ((code_point >> 6) & 0x3F));
        push(0x80 | (code_point & 0x3F));
    } else {
        push(0xF0 | (code_point >> 18));
        push(0x80 | ((code_point >> 12) & 0x3F));
        push(0x80 | ((code_point >> 6) & 0x3F));
        push(0x80 | (code_point & 0x3F));
    }
    return out;
}

std::string_view first_characters(std::string_view text, std::size_t count) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(byte_at(text, i))) continue;
        if (characters == count) return text.substr(0, i);
        ++characters;
    }
    return text;
}

std::size_t last_character_start(std::string_view text) {
    std::size_t i = text.size();
    while (i > 0) {
        --i;
        if (!is_continuation(byte_at(text, i))) return i;
    }
    return 0;
}

std::string shorten(std::string_view text, std::size_t max_characters) {
    const std::string_view kept = first_characters(text, max_characters);
    if (kept.size() == text.size()) return std::string(text);
    return std::string(kept) + "…";
}

std::string code_point_name(char32_t code_point) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
    return buffer;
}

TextPositions::TextPositions(std::string_view text) : m_text(text) {
    m_line_starts.push_back(0);
    m_checkpoints.reserve(text.size() / checkpoint_bytes + 1);
    bool ascii = true;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::uint8_t byte = byte_at(text, i);
        if (i % checkpoint_bytes == 0) m_checkpoints.push_back(characters);
        if (!is_continuation(byte)) ++characters;
        if (byte >= 0x80) ascii = false;
        if (byte == '\n') {
            m_line_is_ascii.push_back(ascii);
            m_line_starts.push_back(i + 1);
            ascii = true;
        }
    }
    m_line_is_ascii.push_back(ascii);
    if (text.size() % checkpoint_bytes == 0) m_checkpoints.push_back(characters);
}

std::size_t TextPositions::characters_before(std::size_t offset) const {
    const std::size_t block = offset / checkpoint_bytes;
    const std::size_t start = block * checkpoint_bytes;
    return m_checkpoints[block] + count_characters(m_text.substr(start, offset - start));
}

std::string_view TextPositions::line_text(std::size_t line) const {
    const std::size_t start = m_line_starts[line];
    std::size_t end = line + 1 < m_line_starts.size() ? m_line_starts[line + 1] - 1 : m_text.size();
    return m_text.substr(start, end - start);
}

SourcePos TextPositions::from_line_column(int line, int byte_column) const {
    if (line < 0) return {1, 1};
    if (static_cast<std::size_t>(line) >= m_line_starts.size()) {
        const std::size_t last = m_line_starts.size() - 1;
        return {static_cast<int>(last) + 1, static_cast<int>(count_characters(line_text(last))) + 1};
    }
    const std::string_view text = line_text(static_cast<std::size_t>(line));
    const std::size_t bytes = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), text.size());
    const std::size_t start = m_line_starts[static_cast<std::size_t>(line)];
    const std::size_t column = m_line_is_ascii[static_cast<std::size_t>(line)]
                                   ? bytes
                                   : characters_before(start + bytes) - characters_before(start);
    // A column past the line's end (yaml-cpp points there at a line break)
    // still counts the bytes beyond, which are then ASCII.
    const std::size_t beyond = static_cast<std::size_t>(std::max(byte_column, 0)) - bytes;
    return {line + 1, static_cast<int>(column + beyond) + 1};
}

SourcePos TextPositions::from_offset(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const std::size_t line = static_cast<std::size_t>(after - m_line_starts.begin()) - 1;
    const std::size_t column = characters_before(offset) - characters_before(m_line_starts[line]);
    return {static_cast<int>(line) + 1, static_cast<int>(column) + 1};
}

}  // namespace attune::utf8
