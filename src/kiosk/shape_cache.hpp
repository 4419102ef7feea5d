#pragma once
// Rasterized round shapes kept as textures: corner tiles of rounded
// rectangles (white, tinted when drawn, so a few serve every colour) and
// whole disks (in their colours; a countdown ring makes one a second).
#include <cstddef>
#include <optional>

#include "display_list.hpp"
#include "shape_raster.hpp"
#include "texture_cache.hpp"

namespace attune::kiosk {

struct ShapeKey {
    int kind = 0;  // 0: corner tile, 1: disk
    int values[6] = {};
    Color color, track;
    bool operator==(const ShapeKey&) const = default;
};

struct ShapeKeyHash {
    std::size_t operator()(const ShapeKey& key) const;
};

class ShapeCache {
public:
    explicit ShapeCache(SDL_Renderer* renderer, int keep_frames = 2);

    // A corner tile (see rasterize_corner); radius kept to a quarter pixel.
    CachedTexture corner(float radius, int thickness, int tile);
    // A disk's texture; its place is disk_placement(disk).
    CachedTexture disk(const DiskItem& disk);
    // The disk's texture when it is already there; nothing else is made.
    std::optional<CachedTexture> cached_disk(const DiskItem& disk);

    void end_frame() { m_cache.end_frame(); }
    void clear() { m_cache.clear(); }
    std::size_t size() const { return m_cache.size(); }
    std::size_t rasterized() const { return m_cache.creations(); }

private:
    CachedTexture upload(const ShapeKey& key, SurfacePtr surface);

    SDL_Renderer* m_renderer;
    FrameTextureCache<ShapeKey, ShapeKeyHash> m_cache;
};

}  // namespace attune::kiosk
