#pragma once
// Each line of text is rendered by SDL_ttf once and kept as a texture, keyed
// by everything that changes its pixels (text, size, weight, colour). The
// view breaks the lines; a key is always one line. Glyph rendering plus upload costs milliseconds at large sizes,
// so a screen that redraws only reuses textures.
#include <cstddef>
#include <string>

#include "display_list.hpp"
#include "fonts.hpp"
#include "texture_cache.hpp"

namespace attune::kiosk {

struct TextKey {
    std::string text;
    int size = 32;  // pixels
    FontWeight weight = FontWeight::regular;
    Color color;
    bool operator==(const TextKey&) const = default;
};

struct TextKeyHash {
    std::size_t operator()(const TextKey& key) const;
};

class TextCache {
public:
    // `keep_frames`: how many frames an unused string survives.
    TextCache(SDL_Renderer* renderer, FontLibrary& fonts, int keep_frames = 2);

    // The rendered string; an empty image (no texture) for empty text.
    // Throws SdlError when SDL_ttf or the renderer fails.
    CachedTexture get(const TextKey& key);

    void end_frame() { m_cache.end_frame(); }
    // Drops every texture (the renderer lost them, e.g. after a device reset).
    void clear() { m_cache.clear(); }
    std::size_t size() const { return m_cache.size(); }
    // How many strings were rendered since the cache was made.
    std::size_t renders() const { return m_cache.creations(); }

private:
    SDL_Renderer* m_renderer;
    FontLibrary& m_fonts;
    FrameTextureCache<TextKey, TextKeyHash> m_cache;
};

// Pixel size for a TextItem's float size.
int text_pixel_size(float size);

// Mixes one value into a hash (boost's hash_combine).
inline void mix_hash(std::size_t& hash, std::size_t value) {
    hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
}

inline std::size_t color_bits(Color color) {
    return (std::size_t{color.r} << 24) | (std::size_t{color.g} << 16) | (std::size_t{color.b} << 8) | color.a;
}

}  // namespace attune::kiosk
