#include "shape_cache.hpp"

#include <algorithm>
#include <bit>
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

namespace {

int exact(float value) { return std::bit_cast<int>(value); }

// Exact values: a texture is reused only for the very same disk, so that a
// part of a disk redrawn alone (rasterized afresh) matches the rest of it.
ShapeKey disk_key(const DiskItem& disk) {
    return ShapeKey{1,
                    {exact(disk.cx - std::floor(disk.cx)), exact(disk.cy - std::floor(disk.cy)), exact(disk.radius),
                     exact(disk.thickness), exact(std::clamp(disk.fraction, 0.0f, 1.0f)), 0},
                    disk.color,
                    disk.track};
}

}  // namespace

CachedTexture ShapeCache::disk(const DiskItem& disk) {
    const ShapeKey key = disk_key(disk);
    if (const CachedTexture* found = m_cache.find(key)) return *found;
    return upload(key, rasterize_disk(disk, disk_placement(disk)));
}

std::optional<CachedTexture> ShapeCache::cached_disk(const DiskItem& disk) {
    if (const CachedTexture* found = m_cache.find(disk_key(disk))) return *found;
    return std::nullopt;
}

}  // namespace attune::kiosk
