#include "damage.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace attune {

namespace {

// From float edges to the whole pixels that contain them, `margin` wider on every side.
PixelBox enclosing(float left, float top, float right, float bottom, int margin) {
    const int x0 = static_cast<int>(std::floor(left)) - margin, y0 = static_cast<int>(std::floor(top)) - margin;
    const int x1 = static_cast<int>(std::ceil(right)) + margin, y1 = static_cast<int>(std::ceil(bottom)) + margin;
    return {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A line's glyphs: its measured width (or, for a line nobody measured, an
// em per character), the line's height (the font's line skip, at least its
// glyphs' height) or, unknown, one and a half sizes, and a margin for glyphs
// that reach beyond their advance.
PixelBox line_bounds(const TextLine& line, float size, float line_height) {
    const float width = line.width > 0 ? line.width : size * static_cast<float>(code_points(line.text));
    const float height = line_height > 0 ? line_height : size * 1.5f;
    const int margin = 2 + static_cast<int>(std::ceil(size * 0.1f));
    return enclosing(line.x, line.y, line.x + width, line.y + height, margin);
}

PixelBox lines_bounds(PixelBox bounds, const std::vector<TextLine>& lines, float size, float line_height) {
    for (const TextLine& line : lines)
        if (!line.text.empty()) bounds = unite(bounds, line_bounds(line, size, line_height));
    return bounds;
}

PixelBox box_bounds(const Rect& box) { return enclosing(box.x, box.y, box.x + box.w, box.y + box.h, 1); }

PixelBox disk_bounds(const DiskItem& disk) {
    const float reach = std::max(0.0f, disk.radius) + 1.0f;
    return enclosing(disk.cx - reach, disk.cy - reach, disk.cx + reach, disk.cy + reach, 1);
}

// Two disks that differ only in how far they are filled: what changes is
// the wedge between the two cuts (its band, for a ring).
bool only_fraction_differs(const DiskItem& a, const DiskItem& b) {
    DiskItem same = b;
    same.fraction = a.fraction;
    return same == a && a.fraction != b.fraction;
}

// Two whole filled disks that differ only in their radius: what changes is
// the band between the two rims.
bool only_radius_differs(const DiskItem& a, const DiskItem& b) {
    if (a.thickness != 0 || b.thickness != 0 || a.fraction < 1 || b.fraction < 1 || a.track.a != 0) return false;
    DiskItem same = b;
    same.radius = a.radius;
    return same == a && a.radius != b.radius;
}

float clamp_fraction(float fraction) { return std::clamp(fraction, 0.0f, 1.0f); }

// The box around a ring's part between two fractions (clockwise from 12):
// its ends at both radii and the outer points of the quarter turns it passes.
PixelBox wedge_bounds(const DiskItem& disk, float from, float to) {
    const float tau = 2.0f * std::numbers::pi_v<float>;
    const float outer = std::max(0.0f, disk.radius) + 1.0f;
    const bool hollow = disk.thickness > 0 && disk.thickness < disk.radius;
    const float inner = hollow ? std::max(0.0f, disk.radius - disk.thickness - 1.0f) : 0.0f;
    // Starts at one end (the centre, for a filled disk) and widens to the others.
    float left = disk.cx + inner * std::sin(from * tau), top = disk.cy - inner * std::cos(from * tau);
    float right = left, bottom = top;
    const auto take = [&](float turn, float radius) {
        const float x = disk.cx + radius * std::sin(turn * tau), y = disk.cy - radius * std::cos(turn * tau);
        left = std::min(left, x), right = std::max(right, x), top = std::min(top, y), bottom = std::max(bottom, y);
    };
    for (const float turn : {from, to}) {
        take(turn, inner);
        take(turn, outer);
    }
    for (float quarter = 0; quarter <= 1.0f; quarter += 0.25f)
        if (quarter > from && quarter < to) take(quarter, outer);
    // The cut's smooth edge reaches a pixel to either side.
    return enclosing(left, top, right, bottom, 2);
}

// Boxes covering the band between two radii of a disk: a cap above and
// below, and at each side a column of boxes that follow the rims.
void band_boxes(const DiskItem& disk, float radius_a, float radius_b, std::vector<PixelBox>& out) {
    const float outer = std::max(radius_a, radius_b) + 2.0f;
    const float inner = std::max(0.0f, std::min(radius_a, radius_b) - 2.0f);
    const float cx = disk.cx, cy = disk.cy;
    if (inner <= 0) {
        out.push_back(enclosing(cx - outer, cy - outer, cx + outer, cy + outer, 1));
        return;
    }
    // The caps: every row beyond the inner rim changes across its whole chord.
    const float cap = std::sqrt(std::max(0.0f, outer * outer - inner * inner));
    out.push_back(enclosing(cx - cap, cy - outer, cx + cap, cy - inner, 1));
    out.push_back(enclosing(cx - cap, cy + inner, cx + cap, cy + outer, 1));
    // The sides: bands spaced evenly in angle, narrow where the rims are
    // steep; each from the inner rim at its far edge to the outer rim at its near edge.
    constexpr int bands = 5;
    float previous = 0;
    for (int k = 1; k <= bands; ++k) {
        const float y = inner * std::sin(static_cast<float>(k) * std::numbers::pi_v<float> * 0.5f / bands);
        const float near = std::sqrt(std::max(0.0f, outer * outer - previous * previous));
        const float far = std::sqrt(std::max(0.0f, inner * inner - y * y));
        for (const float sign : {-1.0f, 1.0f}) {
            const float top = sign < 0 ? cy - y : cy + previous, bottom = sign < 0 ? cy - previous : cy + y;
            out.push_back(enclosing(cx - near, top, cx - far, bottom, 1));
            out.push_back(enclosing(cx + far, top, cx + near, bottom, 1));
        }
        previous = y;
    }
}

// Where an item at the same place in both lists changes.
void item_damage(const DisplayItem& before, const DisplayItem& after, std::vector<PixelBox>& out) {
    if (before == after) return;
    const auto* old_disk = std::get_if<DiskItem>(&before);
    const auto* new_disk = std::get_if<DiskItem>(&after);
    if (old_disk && new_disk) {
        if (only_fraction_differs(*old_disk, *new_disk)) {
            const float a = clamp_fraction(old_disk->fraction), b = clamp_fraction(new_disk->fraction);
            out.push_back(wedge_bounds(*new_disk, std::min(a, b), std::max(a, b)));
            return;
        }
        if (only_radius_differs(*old_disk, *new_disk)) {
            band_boxes(*new_disk, old_disk->radius, new_disk->radius, out);
            return;
        }
    }
    out.push_back(item_bounds(before));
    out.push_back(item_bounds(after));
}

// Merges boxes until at most `limit` remain, always the pair whose union
// adds the fewest pixels. Pairs whose union adds no more than they share
// (an item's old and new place) merge in any case: their overlap would be
// drawn twice.
void merge_boxes(std::vector<PixelBox>& boxes, std::size_t limit) {
    while (boxes.size() > 1) {
        long best_waste = 0;
        std::size_t best_i = 0, best_j = 0;
        bool found = false;
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const long shared = intersect(boxes[i], boxes[j]).area();
                const long added = unite(boxes[i], boxes[j]).area() - boxes[i].area() - boxes[j].area() + shared;
                const long waste = added <= shared ? std::min(0L, added) : added;
                if (!found || waste < best_waste) best_waste = waste, best_i = i, best_j = j, found = true;
            }
        if (best_waste > 0 && boxes.size() <= limit) return;
        boxes[best_i] = unite(boxes[best_i], boxes[best_j]);
        boxes.erase(boxes.begin() + static_cast<std::ptrdiff_t>(best_j));
    }
}

}  // namespace

PixelBox unite(const PixelBox& a, const PixelBox& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    const int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const int x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}

PixelBox intersect(const PixelBox& a, const PixelBox& b) {
    const int x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    const int x1 = std::min(a.x + a.w, b.x + b.w), y1 = std::min(a.y + a.h, b.y + b.h);
    if (x1 <= x0 || y1 <= y0) return {};
    return {x0, y0, x1 - x0, y1 - y0};
}

bool overlaps(const PixelBox& a, const PixelBox& b) { return !intersect(a, b).empty(); }

PixelBox item_bounds(const DisplayItem& item) {
    return std::visit(
        [](const auto& element) -> PixelBox {
            using T = std::decay_t<decltype(element)>;
            if constexpr (std::is_same_v<T, RectItem>)
                return box_bounds(element.box);
            else if constexpr (std::is_same_v<T, DiskItem>)
                return disk_bounds(element);
            else if constexpr (std::is_same_v<T, TextItem>)
                return lines_bounds({}, element.lines, element.size, element.line_height);
            else
                return lines_bounds(box_bounds(element.box), element.label_lines, element.size, 0);
        },
        item);
}

long Damage::area(int width, int height) const {
    if (kind == DamageKind::whole) return static_cast<long>(width) * height;
    long sum = 0;
    for (const PixelBox& box : boxes) sum += box.area();
    return sum;
}

Damage find_damage(const DisplayList& shown, const DisplayList& next, const DamageLimits& limits) {
    Damage damage;
    if (shown.width != next.width || shown.height != next.height || shown.background != next.background) {
        damage.kind = DamageKind::whole;
        return damage;
    }
    std::vector<PixelBox> boxes;
    const std::size_t common = std::min(shown.items.size(), next.items.size());
    for (std::size_t i = 0; i < common; ++i) item_damage(shown.items[i], next.items[i], boxes);
    for (std::size_t i = common; i < shown.items.size(); ++i) boxes.push_back(item_bounds(shown.items[i]));
    for (std::size_t i = common; i < next.items.size(); ++i) boxes.push_back(item_bounds(next.items[i]));

    const PixelBox screen{0, 0, next.width, next.height};
    std::erase_if(boxes, [&](PixelBox& box) {
        box = intersect(box, screen);
        return box.empty();
    });
    if (boxes.empty()) return damage;
    merge_boxes(boxes, std::max<std::size_t>(1, limits.max_boxes));
    damage.kind = DamageKind::partial;
    damage.boxes = std::move(boxes);
    if (static_cast<double>(damage.area(next.width, next.height)) >
        limits.whole_share * static_cast<double>(screen.area())) {
        damage.kind = DamageKind::whole;
        damage.boxes.clear();
    }
    return damage;
}

}  // namespace attune
