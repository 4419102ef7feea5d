#pragma once
// SDL's events in the core's terms: key presses as `KeyPress` (the letter
// printed on the key, whatever the layout), clicks and taps as a point in
// output pixels. Pure functions of the event, so that they are tested
// without a keyboard or a touch screen.
#include <SDL.h>

#include <optional>

#include "key_map.hpp"

namespace attune::kiosk {

KeyPress translate_key(const SDL_Keysym& key);

// Whether a key-down that SDL repeats while the key is held should act again:
// only erasing does; a held Space must not run through the steps.
bool repeats(const KeyPress& press);

struct PointerPress {
    float x = 0, y = 0;  // output pixels
    bool operator==(const PointerPress&) const = default;
};

struct PointerGeometry {
    int window_width = 0, window_height = 0;  // points: what mouse events use
    int output_width = 0, output_height = 0;  // pixels: what the display list uses
};

// A left click or a finger touching down, where it landed. SDL also turns
// each touch into a synthetic mouse click (which == SDL_TOUCH_MOUSEID): that
// one is ignored, so that a tap never counts twice.
std::optional<PointerPress> pointer_press(const SDL_Event& event, const PointerGeometry& geometry);

// Motion of a real mouse (not one synthesized from a touch): shows the pointer.
bool real_mouse_motion(const SDL_Event& event);

}  // namespace attune::kiosk
