#pragma once
// Just enough UTF-8 for the shell's glyph checks: walking a string by code
// point, whatever bytes it holds, and printing one code point.
#include <cstddef>
#include <string>
#include <string_view>

namespace attune::kiosk {

// The code point starting at `offset`, which moves past it. A byte that does
// not start a valid sequence gives U+FFFD and moves by one byte.
char32_t decode_utf8(std::string_view text, std::size_t& offset);

std::string encode_utf8(char32_t code_point);

}  // namespace attune::kiosk
