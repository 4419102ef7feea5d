#include "list_renderer.hpp"

#include <algorithm>
#include <cmath>

namespace attune::kiosk {

namespace {

int whole(float value) { return static_cast<int>(std::lround(value)); }

void set_color(SDL_Renderer* renderer, Color color) {
    SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a);
}

}  // namespace

ListRenderer::ListRenderer(SDL_Renderer* renderer, FontLibrary& fonts)
    : m_renderer(renderer), m_text(renderer, fonts), m_shapes(renderer) {}

void ListRenderer::forget_textures() {
    m_text.clear();
    m_shapes.clear();
}

void ListRenderer::draw(const DisplayList& list) {
    m_clip.reset();
    SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_NONE);
    set_color(m_renderer, list.background);
    SDL_RenderClear(m_renderer);
    SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_BLEND);
    for (const DisplayItem& item : list.items) draw_item(item);
    m_text.end_frame();
    m_shapes.end_frame();
}

void ListRenderer::draw_parts(const DisplayList& list, const std::vector<PixelBox>& boxes) {
    std::vector<PixelBox> bounds;
    bounds.reserve(list.items.size());
    for (const DisplayItem& item : list.items) bounds.push_back(item_bounds(item));
    for (const PixelBox& box : boxes) {
        if (box.empty()) continue;
        m_clip = box;
        const SDL_Rect clip{box.x, box.y, box.w, box.h};
        SDL_RenderSetClipRect(m_renderer, &clip);
        // SDL_RenderClear ignores the clip: the box is filled instead.
        SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_NONE);
        set_color(m_renderer, list.background);
        SDL_RenderFillRect(m_renderer, &clip);
        SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_BLEND);
        for (std::size_t i = 0; i < list.items.size(); ++i)
            if (overlaps(bounds[i], box)) draw_item(list.items[i]);
    }
    m_clip.reset();
    SDL_RenderSetClipRect(m_renderer, nullptr);
    m_text.end_frame();
    m_shapes.end_frame();
}

void ListRenderer::draw_item(const DisplayItem& item) {
    std::visit(
        [this](const auto& element) {
            using T = std::decay_t<decltype(element)>;
            if constexpr (std::is_same_v<T, RectItem>)
                draw_rect(element);
            else if constexpr (std::is_same_v<T, DiskItem>)
                draw_disk(element);
            else if constexpr (std::is_same_v<T, TextItem>)
                draw_text(element);
            else
                draw_button(element);
        },
        item);
}

void ListRenderer::fill(int x, int y, int width, int height) {
    if (width <= 0 || height <= 0) return;
    const SDL_Rect rect{x, y, width, height};
    SDL_RenderFillRect(m_renderer, &rect);
}

// Nine pieces: four corner tiles (one texture, mirrored) and plain
// rectangles between them, so that a large card costs no large texture.
void ListRenderer::draw_rounded(const Rect& box, float radius, float outline, Color color) {
    const int x = whole(box.x), y = whole(box.y);
    const int width = whole(box.x + box.w) - x, height = whole(box.y + box.h) - y;
    if (width <= 0 || height <= 0 || color.a == 0) return;
    const int thickness = outline > 0 ? std::clamp(whole(outline), 1, std::max(1, std::min(width, height) / 2)) : 0;
    radius = std::clamp(radius, 0.0f, static_cast<float>(std::min(width, height)) * 0.5f);
    set_color(m_renderer, color);

    if (radius < 1.0f) {
        // Square corners: rectangles alone.
        if (thickness == 0) {
            fill(x, y, width, height);
        } else {
            fill(x, y, width, thickness);
            fill(x, y + height - thickness, width, thickness);
            fill(x, y + thickness, thickness, height - 2 * thickness);
            fill(x + width - thickness, y + thickness, thickness, height - 2 * thickness);
        }
        return;
    }
    const int tile = static_cast<int>(std::ceil(std::max(radius, static_cast<float>(thickness))));
    // Tiles never overlap, even when the radius is half an odd size.
    const int left = std::min(tile, width / 2), right = std::min(tile, width - left);
    const int top = std::min(tile, height / 2), bottom = std::min(tile, height - top);

    const CachedTexture corner = m_shapes.corner(radius, thickness, tile);
    SDL_SetTextureColorMod(corner.texture, color.r, color.g, color.b);
    SDL_SetTextureAlphaMod(corner.texture, color.a);
    const auto put = [&](int w, int h, int dx, int dy, int flip) {
        const SDL_Rect source{0, 0, w, h};
        const SDL_Rect target{dx, dy, w, h};
        if (SDL_RenderCopyEx(m_renderer, corner.texture, &source, &target, 0.0, nullptr,
                             static_cast<SDL_RendererFlip>(flip)) != 0)
            throw SdlError("cannot draw a rounded corner");
    };
    put(left, top, x, y, SDL_FLIP_NONE);
    put(right, top, x + width - right, y, SDL_FLIP_HORIZONTAL);
    put(left, bottom, x, y + height - bottom, SDL_FLIP_VERTICAL);
    put(right, bottom, x + width - right, y + height - bottom, SDL_FLIP_HORIZONTAL | SDL_FLIP_VERTICAL);

    const int middle_width = width - left - right, middle_height = height - top - bottom;
    if (thickness == 0) {
        fill(x + left, y, middle_width, top);
        fill(x, y + top, width, middle_height);
        fill(x + left, y + height - bottom, middle_width, bottom);
    } else {
        fill(x + left, y, middle_width, thickness);
        fill(x + left, y + height - thickness, middle_width, thickness);
        fill(x, y + top, thickness, middle_height);
        fill(x + width - thickness, y + top, thickness, middle_height);
    }
}

void ListRenderer::draw_rect(const RectItem& rect) { draw_rounded(rect.box, rect.radius, rect.outline, rect.color); }

void ListRenderer::draw_disk(const DiskItem& disk) {
    if (disk.radius <= 0 || (disk.color.a == 0 && disk.track.a == 0)) return;
    const DiskPlacement place = disk_placement(disk);
    if (m_clip) {
        // A disk not drawn before (the ring a second later, the breathing
        // disk a frame later) is rasterized only where the box cuts it, when
        // that is less than half of it: a 4K breathing guide stays cheap.
        const PixelBox whole_disk{place.x, place.y, place.size, place.size};
        const PixelBox part = intersect(whole_disk, *m_clip);
        if (part.empty()) return;
        if (part.area() * 2 < whole_disk.area() && !m_shapes.cached_disk(disk)) {
            SurfacePtr pixels = rasterize_disk_part(disk, part);
            TexturePtr texture = make_texture_from_surface(m_renderer, pixels.get());
            SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
            const SDL_Rect target{part.x, part.y, part.w, part.h};
            if (SDL_RenderCopy(m_renderer, texture.get(), nullptr, &target) != 0) throw SdlError("cannot draw a disk");
            // The software renderer copies at once; other renderers may
            // batch the copy, so the texture lives until it is done.
            SDL_RenderFlush(m_renderer);
            return;
        }
    }
    const CachedTexture image = m_shapes.disk(disk);
    const SDL_Rect target{place.x, place.y, image.width, image.height};
    if (SDL_RenderCopy(m_renderer, image.texture, nullptr, &target) != 0) throw SdlError("cannot draw a disk");
}

void ListRenderer::draw_lines(const std::vector<TextLine>& lines, float size, FontWeight weight, Color color) {
    if (color.a == 0) return;
    for (const TextLine& line : lines) {
        const CachedTexture image = m_text.get(TextKey{line.text, text_pixel_size(size), weight, color});
        if (!image.texture) continue;
        // Whole pixels: a glyph texture drawn between pixels would be resampled.
        const SDL_Rect target{whole(line.x), whole(line.y), image.width, image.height};
        if (SDL_RenderCopy(m_renderer, image.texture, nullptr, &target) != 0) throw SdlError("cannot draw text");
    }
}

void ListRenderer::draw_text(const TextItem& text) { draw_lines(text.lines, text.size, text.weight, text.color); }

void ListRenderer::draw_button(const ButtonItem& button) {
    draw_rounded(button.box, button.radius, 0, button.fill);
    if (button.outline.a != 0) draw_rounded(button.box, button.radius, button.outline_width, button.outline);
    draw_lines(button.label_lines, button.size, button.weight, button.text);
}

}  // namespace attune::kiosk
