#pragma once
// What the view needs to know about the fonts that will draw its text: how
// wide a string is and how far apart lines are. The shell implements it with
// the fonts it renders with (microui's back end hands its core a text-width
// function the same way); tests use a deterministic table.
#include <string_view>

#include "display_list.hpp"

namespace attune {

class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    // The width in pixels of one line of `text` (no line breaks in it) at
    // the pixel size `size` and this weight.
    virtual float width(std::string_view text, float size, FontWeight weight) const = 0;
    // The distance from one line's top to the next one's (the line skip).
    virtual float line_height(float size, FontWeight weight) const = 0;
};

}  // namespace attune
