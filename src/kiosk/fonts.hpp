#pragma once
// The bundled fonts (Inter, OFL-1.1, in fonts/): where they are, one
// TTF_Font per (pixel size, weight) opened on first use, and which
// characters of a text they cannot draw.
#include <SDL_ttf.h>

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "display_list.hpp"
#include "sdl_handles.hpp"

namespace attune::kiosk {

// The first directory holding Inter-Regular.otf among: $ATTUNE_FONT_DIR,
// $ATTUNE_DATA_DIR/fonts, PREFIX/share/attune/fonts of an installed program,
// the fonts/ next to the program (a build folder links it to the source
// tree's), and Debian's fonts-inter. No source path is compiled in. Throws
// std::runtime_error naming every place it looked.
std::filesystem::path find_font_directory();

// The file of a weight inside a font directory.
std::filesystem::path font_file(const std::filesystem::path& directory, FontWeight weight);

// Needs TTF_Init (an SdlContext). Not copyable: it owns the fonts.
class FontLibrary {
public:
    explicit FontLibrary(std::filesystem::path directory);

    // A font of this pixel size (rounded, at least 1) and weight; opened once.
    // Throws SdlError when the file cannot be opened.
    TTF_Font* font(float pixel_size, FontWeight weight);
    const std::filesystem::path& directory() const { return m_directory; }
    std::size_t open_fonts() const { return m_fonts.size(); }

private:
    std::filesystem::path m_directory;
    std::map<std::pair<int, FontWeight>, FontPtr> m_fonts;
};

struct MissingGlyph {
    char32_t code_point = 0;
    std::size_t byte_offset = 0;  // of its first occurrence in the text
    bool operator==(const MissingGlyph&) const = default;
};

// The characters of `utf8_text` that some bundled weight cannot draw, each
// once, in order of first appearance. Line breaks and tabs are layout, not
// glyphs, and never count; bytes that are not UTF-8 count as U+FFFD.
std::vector<MissingGlyph> missing_glyphs(FontLibrary& fonts, std::string_view utf8_text);

// The same for callers without an SdlContext (`attune --validate`): starts
// the font renderer for the call, using find_font_directory().
std::vector<MissingGlyph> missing_glyphs_in_bundled_fonts(std::string_view utf8_text);

// "U+1F600" followed by the character itself when it is printable: "U+00E9 'é'".
std::string describe_code_point(char32_t code_point);

}  // namespace attune::kiosk
