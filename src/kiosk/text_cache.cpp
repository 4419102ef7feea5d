#include "text_cache.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace attune::kiosk {

std::size_t TextKeyHash::operator()(const TextKey& key) const {
    std::size_t hash = std::hash<std::string>{}(key.text);
    mix_hash(hash, static_cast<std::size_t>(key.size));
    mix_hash(hash, static_cast<std::size_t>(key.weight));
    mix_hash(hash, color_bits(key.color));
    return hash;
}

int text_pixel_size(float size) { return std::max(1, static_cast<int>(std::lround(size))); }

TextCache::TextCache(SDL_Renderer* renderer, FontLibrary& fonts, int keep_frames)
    : m_renderer(renderer), m_fonts(fonts), m_cache(keep_frames) {}

CachedTexture TextCache::get(const TextKey& key) {
    if (key.text.empty()) return {};
    if (const CachedTexture* found = m_cache.find(key)) return *found;
    TTF_Font* font = m_fonts.font(static_cast<float>(key.size), key.weight);
    const SDL_Color color{key.color.r, key.color.g, key.color.b, key.color.a};
    SurfacePtr surface{TTF_RenderUTF8_Blended(font, key.text.c_str(), color)};
    if (!surface) throw SdlError("cannot render the text \"" + key.text.substr(0, 40) + "\"");
    TexturePtr texture = make_texture_from_surface(m_renderer, surface.get());
    return m_cache.insert(key, std::move(texture), surface->w, surface->h);
}

}  // namespace attune::kiosk
