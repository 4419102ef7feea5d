#pragma once
// A small PNG encoder (8-bit RGBA, no interlace, one zlib stream): enough
// for screenshots and for the images failed golden tests leave behind.
#include <SDL.h>

#include <filesystem>

namespace attune::kiosk {

// Throws std::runtime_error (with the path) when the file cannot be written.
void write_png(SDL_Surface* surface, const std::filesystem::path& path);

}  // namespace attune::kiosk
