#pragma once
// Which parts of the screen change from one display list to the next, so
// that the shell redraws and presents only those (dirty rectangles, as
// rxi/lite's rencache does by hashing cells of the last frame). The lists
// are compared item by item, in order: a pixel outside the bounds of every
// item that differs is drawn by the same items in the same order in both
// lists, so it reads the same.
#include <cstddef>
#include <vector>

#include "display_list.hpp"

namespace attune {

// Whole pixels of the target.
struct PixelBox {
    int x = 0, y = 0, w = 0, h = 0;
    bool empty() const { return w <= 0 || h <= 0; }
    long area() const { return empty() ? 0 : static_cast<long>(w) * h; }
    bool operator==(const PixelBox&) const = default;
};

PixelBox unite(const PixelBox& a, const PixelBox& b);
PixelBox intersect(const PixelBox& a, const PixelBox& b);
bool overlaps(const PixelBox& a, const PixelBox& b);

// Every pixel an item may touch, with a margin for smooth edges and for the
// glyphs' overhang beyond their measured advance.
PixelBox item_bounds(const DisplayItem& item);

enum class DamageKind {
    none,     // nothing to draw
    partial,  // only `boxes`
    whole,    // the whole screen (a new size, background, screen, or too many changes)
};

struct Damage {
    DamageKind kind = DamageKind::none;
    std::vector<PixelBox> boxes;  // partial: a few boxes that do not overlap, inside the screen
    // The pixels to draw: the screen for a whole change, the boxes' area else.
    long area(int width, int height) const;
};

struct DamageLimits {
    // More boxes than this are merged (the ones whose union wastes least
    // first). The band of a breathing disk takes 22.
    std::size_t max_boxes = 24;
    // A change covering more than this share of the screen redraws all of it:
    // one large copy costs less than many clipped passes over the list.
    double whole_share = 0.5;
};

// What changes from `shown` to `next`.
Damage find_damage(const DisplayList& shown, const DisplayList& next, const DamageLimits& limits = {});

}  // namespace attune
