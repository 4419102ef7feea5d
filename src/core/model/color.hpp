#pragma once
// A colour with alpha. It lives in the model because a theme (plain data the
// loader fills) and the display list (what the view draws) both speak it.
#include <cstdint>

namespace attune {

struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
};

}  // namespace attune
