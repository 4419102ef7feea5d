#include "shape_raster.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace attune::kiosk {

namespace {

float clamp01(float value) { return std::clamp(value, 0.0f, 1.0f); }

// Signed distance (negative inside) from a point to the top-left corner
// region of a rounded box whose corner is at the origin.
float corner_distance(float x, float y, float radius) {
    const float qx = radius - x, qy = radius - y;
    if (qx > 0 && qy > 0) return std::hypot(qx, qy) - radius;
    return std::max(qx, qy) - radius;
}

Uint32* row_of(SDL_Surface* surface, int y) {
    return reinterpret_cast<Uint32*>(static_cast<unsigned char*>(surface->pixels) + y * surface->pitch);
}

// Straight (not premultiplied) ARGB, as SDL_PIXELFORMAT_ARGB8888 stores it.
Uint32 argb(float red, float green, float blue, float alpha) {
    // Rounded half up by truncation (the value is never negative here):
    // std::lround was a tenth of a breathing frame's time.
    const auto byte = [](float value) { return static_cast<Uint32>(std::clamp(value, 0.0f, 255.0f) + 0.5f); };
    return byte(alpha) << 24 | byte(red) << 16 | byte(green) << 8 | byte(blue);
}

}  // namespace

SurfacePtr rasterize_corner(float radius, int thickness, int tile) {
    SurfacePtr surface = make_rgba_surface(tile, tile);
    const float inner_radius = std::max(0.0f, radius - static_cast<float>(thickness));
    for (int y = 0; y < tile; ++y) {
        Uint32* row = row_of(surface.get(), y);
        for (int x = 0; x < tile; ++x) {
            const float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
            float coverage = clamp01(0.5f - corner_distance(px, py, radius));
            if (thickness > 0) {
                const float t = static_cast<float>(thickness);
                coverage *= clamp01(0.5f + corner_distance(px - t, py - t, inner_radius));
            }
            row[x] = argb(255, 255, 255, 255.0f * coverage);
        }
    }
    return surface;
}

DiskPlacement disk_placement(const DiskItem& disk) {
    const float reach = std::max(0.0f, disk.radius) + 1.0f;
    DiskPlacement placement;
    placement.x = static_cast<int>(std::floor(disk.cx - reach));
    placement.y = static_cast<int>(std::floor(disk.cy - reach));
    const int right = static_cast<int>(std::ceil(disk.cx + reach));
    placement.size = std::max(1, right - placement.x);
    return placement;
}

SurfacePtr rasterize_disk(const DiskItem& disk, const DiskPlacement& placement) {
    return rasterize_disk_part(disk, {placement.x, placement.y, placement.size, placement.size});
}

SurfacePtr rasterize_disk_part(const DiskItem& disk, const PixelBox& part) {
    SurfacePtr surface = make_rgba_surface(std::max(1, part.w), std::max(1, part.h));
    const float radius = std::max(0.0f, disk.radius);
    const bool hollow = disk.thickness > 0 && disk.thickness < radius;
    const float inner = hollow ? radius - disk.thickness : 0.0f;
    const float fraction = std::clamp(disk.fraction, 0.0f, 1.0f);
    const float tau = 2.0f * std::numbers::pi_v<float>;
    // The cut at the end of the filled part, clockwise from 12 (y grows down).
    const float end_x = std::sin(fraction * tau), end_y = -std::cos(fraction * tau);
    const Color fill = disk.color, track = disk.track;
    // Pixels a whole pixel outside the rim or inside the hole are transparent
    // (their coverage below is 0): they skip the square root and the cut. A
    // countdown ring is rasterised anew every second, mostly hole and corners.
    const float outside = (radius + 1.0f) * (radius + 1.0f);
    const float in_hole = hollow && inner > 1.0f ? (inner - 1.0f) * (inner - 1.0f) : -1.0f;
    // A whole filled disk is one colour a pixel inside its rim: the breathing
    // disk's band is mostly such pixels.
    const bool plain = !hollow && fraction >= 1.0f && radius > 1.0f;
    const float solid = plain ? (radius - 1.0f) * (radius - 1.0f) : -1.0f;
    const Uint32 solid_colour = fill.a > 0 ? argb(fill.r, fill.g, fill.b, fill.a) : 0;

    for (int row_index = 0; row_index < part.h; ++row_index) {
        Uint32* row = row_of(surface.get(), row_index);
        const float dy = static_cast<float>(part.y + row_index) + 0.5f - disk.cy;
        for (int column = 0; column < part.w; ++column) {
            const float dx = static_cast<float>(part.x + column) + 0.5f - disk.cx;
            const float squared = dx * dx + dy * dy;
            if (squared >= outside || squared <= in_hole) {
                row[column] = 0;
                continue;
            }
            if (squared <= solid) {
                row[column] = solid_colour;
                continue;
            }
            const float distance = std::sqrt(squared);
            float shape = clamp01(radius - distance + 0.5f);
            if (hollow) shape *= clamp01(distance - inner + 0.5f);
            if (shape <= 0.0f) {
                row[column] = 0;
                continue;
            }
            // How much of the pixel lies in the filled part: 0 or 1 away from
            // the two cuts, a ramp across them.
            float filled = fraction >= 1.0f ? 1.0f : 0.0f;
            if (fraction > 0.0f && fraction < 1.0f) {
                const float cross_start = dx;                     // start direction (0, -1) x (dx, dy)
                const float cross_end = dx * end_y - dy * end_x;  // (dx, dy) x end direction
                const bool inside =
                    fraction <= 0.5f ? (cross_start >= 0 && cross_end >= 0) : (cross_start >= 0 || cross_end >= 0);
                const float to_start = -dy >= 0 ? std::abs(dx) : distance;
                const float to_end = dx * end_x + dy * end_y >= 0 ? std::abs(cross_end) : distance;
                const float edge = std::min(to_start, to_end);
                filled = inside ? clamp01(0.5f + edge) : clamp01(0.5f - edge);
            }
            // Fill and track share the pixel by area, then the rim's coverage applies.
            const float fill_alpha = filled * fill.a, track_alpha = (1.0f - filled) * track.a;
            const float alpha = fill_alpha + track_alpha;
            if (alpha <= 0.0f) {
                row[column] = 0;
                continue;
            }
            const auto mix = [&](std::uint8_t f, std::uint8_t t) { return (fill_alpha * f + track_alpha * t) / alpha; };
            row[column] = argb(mix(fill.r, track.r), mix(fill.g, track.g), mix(fill.b, track.b), alpha * shape);
        }
    }
    return surface;
}

}  // namespace attune::kiosk
