#include "utf8_decode.hpp"

namespace attune::kiosk {

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(offset);
    int length = 0;
    char32_t code_point = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        ++offset;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, code_point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, code_point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, code_point = lead & 0x07, minimum = 0x10000;
    } else {
        ++offset;
        return U'\uFFFD';
    }
    if (offset + static_cast<std::size_t>(length) > text.size()) {
        ++offset;
        return U'\uFFFD';
    }
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(offset + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++offset;
            return U'\uFFFD';
        }
        code_point = (code_point << 6) | (next & 0x3F);
    }
    if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
        ++offset;
        return U'\uFFFD';
    }
    offset += static_cast<std::size_t>(length);
    return code_point;
}

std::string encode_utf8(char32_t code_point) {
    std::string out;
    const auto push = [&](unsigned value) { out.push_back(static_cast<char>(value)); };
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

}  // namespace attune::kiosk
