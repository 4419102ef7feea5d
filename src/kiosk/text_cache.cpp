#include "text_cache.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace attune::kiosk {

namespace {

int wrapped_align(Align align) {
    switch (align) {
        case Align::center:
            return TTF_WRAPPED_ALIGN_CENTER;
        case Align::right:
            return TTF_WRAPPED_ALIGN_RIGHT;
        case Align::left:
            break;
    }
    return TTF_WRAPPED_ALIGN_LEFT;
}

}  // namespace

std::size_t TextKeyHash::operator()(const TextKey& key) const {
    std::size_t hash = std::hash<std::string>{}(key.text);
    mix_hash(hash, static_cast<std::size_t>(key.size));
    mix_hash(hash, static_cast<std::size_t>(key.weight));
    mix_hash(hash, color_bits(key.color));
    mix_hash(hash, static_cast<std::size_t>(key.wrap_width));
    mix_hash(hash, static_cast<std::size_t>(key.align));
    return hash;
}

int text_pixel_size(float size) { return std::max(1, static_cast<int>(std::lround(size))); }

TextCache::TextCache(SDL_Renderer* renderer, FontLibrary& fonts, int keep_frames)
    : m_renderer(renderer), m_fonts(fonts), m_cache(keep_frames) {}

CachedTexture TextCache::get(const TextKey& key) {
    if (key.text.empty()) return {};
    if (const CachedTexture* found = m_cache.find(key)) return *found;
    TTF_Font* font = m_fonts.font(static_cast<float>(key.size), key.weight);
    TTF_SetFontWrappedAlign(font, wrapped_align(key.align));
    const SDL_Color color{key.color.r, key.color.g, key.color.b, key.color.a};
    // The wrapped renderer breaks at spaces within the width, and at '\n'
    // always (width 0 means only there).
    SurfacePtr surface{TTF_RenderUTF8_Blended_Wrapped(font, key.text.c_str(), color,
                                                      static_cast<Uint32>(std::max(0, key.wrap_width)))};
    if (!surface) throw SdlError("cannot render the text \"" + key.text.substr(0, 40) + "\"");
    TexturePtr texture = make_texture_from_surface(m_renderer, surface.get());
    return m_cache.insert(key, std::move(texture), surface->w, surface->h);
}

}  // namespace attune::kiosk
