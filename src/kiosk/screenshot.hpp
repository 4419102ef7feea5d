#pragma once
// Rendering a display list without a window: on an SDL_Surface through
// SDL's software renderer (`attune --screenshot`, golden-image tests).
#include <filesystem>

#include "display_list.hpp"
#include "fonts.hpp"
#include "sdl_handles.hpp"

namespace attune::kiosk {

// A surface of the list's width x height with the list drawn on it. Needs
// TTF_Init (an SdlContext, which may start no subsystem at all).
SurfacePtr render_to_surface(const DisplayList& list, FontLibrary& fonts);

// Writes a PNG or BMP, chosen by the extension (.png, .bmp, any case).
// Throws std::runtime_error for another extension or a failed write.
void save_image(SDL_Surface* surface, const std::filesystem::path& path);

// Everything at once: starts SDL_ttf, finds the bundled fonts, renders the
// list at its own size and writes the file. Throws std::runtime_error (or
// SdlError) with a sentence when something fails.
void render_to_file(const DisplayList& list, const std::filesystem::path& path);

}  // namespace attune::kiosk
