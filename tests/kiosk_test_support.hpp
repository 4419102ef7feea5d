#pragma once
// Helpers for the kiosk's tests: a headless SDL with the bundled fonts, and
// reading pixels of a rendered screen.
#include <SDL.h>

#include <memory>
#include <string>

#include "display_list.hpp"
#include "fonts.hpp"
#include "sdl_context.hpp"
#include "sdl_handles.hpp"

namespace attune::kiosk::testing {

// SDL_ttf started (no video) and the bundled fonts found.
struct Headless {
    SdlContext sdl{Subsystems::none};
    FontLibrary fonts{find_font_directory()};
};

Color pixel_at(SDL_Surface* surface, int x, int y);

// Within `tolerance` on every channel.
bool close_to(Color actual, Color expected, int tolerance = 8);

std::string describe(Color color);

// Writes the image beside the test binary (kiosk-test-output/NAME.png) and
// returns where, so that a failed golden test can be looked at.
std::string keep_image(SDL_Surface* surface, const std::string& name);

}  // namespace attune::kiosk::testing
