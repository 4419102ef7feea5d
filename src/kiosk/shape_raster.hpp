#pragma once
// Round shapes rasterized on the CPU with exact edge coverage (each pixel's
// alpha is how much of it the shape covers, from a signed distance), then
// drawn as textures. Both SDL renderers then show the same smooth edges:
// SDL 2.26's software renderer snaps triangle corners to whole pixels and
// leaves seams between triangles, so triangle meshes look ragged there.
#include "damage.hpp"
#include "display_list.hpp"
#include "sdl_handles.hpp"

namespace attune::kiosk {

// The top-left corner of a rounded rectangle whose top-left is at (0, 0),
// on a `tile` x `tile` surface: white, alpha = coverage. `thickness` 0 fills
// it; otherwise only an outline that thick (inside the edge). The other
// corners are the same tile mirrored.
SurfacePtr rasterize_corner(float radius, int thickness, int tile);

// Where a disk's surface goes: whole pixels around its centre.
struct DiskPlacement {
    int x = 0, y = 0, size = 0;
    bool operator==(const DiskPlacement&) const = default;
};
DiskPlacement disk_placement(const DiskItem& disk);

// The disk (or ring) in its colours: the filled fraction clockwise from 12
// o'clock, the track in the rest, transparent around it.
SurfacePtr rasterize_disk(const DiskItem& disk, const DiskPlacement& placement);
// Only the part of the screen `part` of that disk, pixel for pixel the same
// as the whole disk's surface there: a partial redraw of a large disk (the
// breathing guide's band, a countdown ring's wedge) rasterizes only its damage.
SurfacePtr rasterize_disk_part(const DiskItem& disk, const PixelBox& part);

}  // namespace attune::kiosk
