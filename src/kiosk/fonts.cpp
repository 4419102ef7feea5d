#include "fonts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "diagnostics.hpp"
#include "sdl_context.hpp"
#include "utf8.hpp"

namespace attune::kiosk {

namespace {

std::vector<std::filesystem::path> font_directory_candidates() {
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("ATTUNE_FONT_DIR"); env && *env) candidates.emplace_back(env);
    if (const char* env = std::getenv("ATTUNE_DATA_DIR"); env && *env)
        candidates.push_back(std::filesystem::path{env} / "fonts");
    if (char* base = SDL_GetBasePath()) {
        const std::filesystem::path executable_dir{base};
        SDL_free(base);
        candidates.push_back(executable_dir / ATTUNE_DATA_FROM_BIN / "fonts");
        candidates.push_back(executable_dir / "fonts");
    }
    candidates.emplace_back("/usr/share/fonts/opentype/inter");
    return candidates;
}

}  // namespace

std::filesystem::path find_font_directory() {
    std::string looked;
    for (const auto& candidate : font_directory_candidates()) {
        std::error_code error;
        if (std::filesystem::is_regular_file(font_file(candidate, FontWeight::regular), error))
            return candidate.lexically_normal();
        looked += "\n  " + candidate.string();
    }
    throw std::runtime_error("cannot find the fonts (Inter-Regular.otf); looked in:" + looked +
                             "\nSet ATTUNE_FONT_DIR to the folder that holds them.");
}

std::filesystem::path font_file(const std::filesystem::path& directory, FontWeight weight) {
    switch (weight) {
        case FontWeight::semibold:
            return directory / "Inter-SemiBold.otf";
        case FontWeight::bold:
            return directory / "Inter-Bold.otf";
        case FontWeight::regular:
            break;
    }
    return directory / "Inter-Regular.otf";
}

FontLibrary::FontLibrary(std::filesystem::path directory) : m_directory(std::move(directory)) {}

TTF_Font* FontLibrary::font(float pixel_size, FontWeight weight) {
    const int size = std::max(1, static_cast<int>(std::lround(pixel_size)));
    const auto key = std::make_pair(size, weight);
    if (auto found = m_fonts.find(key); found != m_fonts.end()) return found->second.get();
    FontPtr font = make_font(font_file(m_directory, weight).string(), size);
    // Light hinting keeps Inter's shapes at large sizes and still snaps
    // small text to the pixel grid vertically.
    TTF_SetFontHinting(font.get(), TTF_HINTING_LIGHT);
    return m_fonts.emplace(key, std::move(font)).first->second.get();
}

std::vector<MissingGlyph> missing_glyphs(FontLibrary& fonts, std::string_view utf8_text) {
    // The size does not change which glyphs a face has: use one small font.
    const FontWeight weights[] = {FontWeight::regular, FontWeight::semibold, FontWeight::bold};
    std::vector<MissingGlyph> missing;
    std::size_t offset = 0;
    while (offset < utf8_text.size()) {
        const std::size_t start = offset;
        const char32_t code_point = utf8::decode_lenient(utf8_text, offset);
        if (code_point == U'\n' || code_point == U'\r' || code_point == U'\t') continue;
        const bool seen = std::any_of(missing.begin(), missing.end(),
                                      [&](const MissingGlyph& m) { return m.code_point == code_point; });
        if (seen) continue;
        for (FontWeight weight : weights) {
            if (!TTF_GlyphIsProvided32(fonts.font(16, weight), code_point)) {
                missing.push_back({code_point, start});
                break;
            }
        }
    }
    return missing;
}

std::vector<MissingGlyph> missing_glyphs_in_bundled_fonts(std::string_view utf8_text) {
    FontRendererScope font_renderer;
    FontLibrary fonts{find_font_directory()};
    return missing_glyphs(fonts, utf8_text);
}

std::string describe_code_point(char32_t code_point) {
    char number[16];
    std::snprintf(number, sizeof number, "U+%04X", static_cast<unsigned>(code_point));
    std::string text = number;
    const bool printable =
        code_point >= 0x20 && code_point != 0x7F && !(code_point >= 0x80 && code_point < 0xA0) && code_point != 0xFFFD;
    if (printable) text += " " + in_quotes(utf8::encode(code_point));
    return text;
}

}  // namespace attune::kiosk
