#include "shape_cache.hpp"

#include <algorithm>
#include <cmath>

#include "text_cache.hpp"

namespace attune::kiosk {

namespace {

int quantize(float value, float steps) { return static_cast<int>(std::lround(value * steps)); }

}  // namespace

std::size_t ShapeKeyHash::operator()(const ShapeKey& key) const {
    std::size_t hash = static_cast<std::size_t>(key.kind);
    for (int value : key.values) mix_hash(hash, static_cast<std::size_t>(value));
    mix_hash(hash, color_bits(key.color));
    mix_hash(hash, color_bits(key.track));
    return hash;
}

ShapeCache::ShapeCache(SDL_Renderer* renderer, int keep_frames) : m_renderer(renderer), m_cache(keep_frames) {}

CachedTexture ShapeCache::upload(const ShapeKey& key, SurfacePtr surface) {
    TexturePtr texture = make_texture_from_surface(m_renderer, surface.get());
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    return m_cache.insert(key, std::move(texture), surface->w, surface->h);
}

CachedTexture ShapeCache::corner(float radius, int thickness, int tile) {
    const int quarter_pixels = quantize(radius, 4.0f);
    const ShapeKey key{0, {quarter_pixels, thickness, tile, 0, 0, 0}, {}, {}};
    if (const CachedTexture* found = m_cache.find(key)) return *found;
    return upload(key, rasterize_corner(static_cast<float>(quarter_pixels) / 4.0f, thickness, tile));
}

CachedTexture ShapeCache::disk(const DiskItem& disk) {
    // The centre's position within its pixel matters for the edge's
    // coverage; an eighth of a pixel is finer than the eye can tell.
    const float fraction_x = disk.cx - std::floor(disk.cx), fraction_y = disk.cy - std::floor(disk.cy);
    const ShapeKey key{1,
                       {quantize(disk.radius, 4.0f), quantize(disk.thickness, 4.0f),
                        quantize(std::clamp(disk.fraction, 0.0f, 1.0f), 65536.0f), quantize(fraction_x, 8.0f),
                        quantize(fraction_y, 8.0f), 0},
                       disk.color,
                       disk.track};
    if (const CachedTexture* found = m_cache.find(key)) return *found;
    return upload(key, rasterize_disk(disk, disk_placement(disk)));
}

}  // namespace attune::kiosk
