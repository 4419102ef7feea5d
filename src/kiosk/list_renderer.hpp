#pragma once
// Draws a DisplayList on an SDL_Renderer, item by item in list order.
// Coordinates are output pixels (the view lays out for the size it is given).
// Text: each line where the view placed it (the view breaks and aligns the
// lines with the same fonts' metrics); buttons with the padding, corner
// radius and outline the list gives them. Rectangles are
// snapped to whole pixels so that straight edges stay crisp; round parts
// come from the shape cache with smooth edges.
#include <optional>
#include <vector>

#include "damage.hpp"
#include "display_list.hpp"
#include "fonts.hpp"
#include "shape_cache.hpp"
#include "text_cache.hpp"

namespace attune::kiosk {

class ListRenderer {
public:
    ListRenderer(SDL_Renderer* renderer, FontLibrary& fonts);

    // Clears to the list's background and draws every item; the caller
    // presents. Throws SdlError when SDL fails.
    void draw(const DisplayList& list);
    // Redraws only `boxes` (inside the target): each one cleared to the
    // background and the items that reach into it drawn over it in list
    // order, clipped to it. The pixels outside them stay as they were.
    void draw_parts(const DisplayList& list, const std::vector<PixelBox>& boxes);

    TextCache& text_cache() { return m_text; }
    ShapeCache& shape_cache() { return m_shapes; }
    // After the renderer lost its textures (a GPU device reset).
    void forget_textures();

private:
    void draw_item(const DisplayItem& item);
    void draw_rect(const RectItem& rect);
    void draw_disk(const DiskItem& disk);
    void draw_text(const TextItem& text);
    void draw_button(const ButtonItem& button);
    void draw_rounded(const Rect& box, float radius, float outline, Color color);
    void draw_lines(const std::vector<TextLine>& lines, float size, FontWeight weight, Color color);
    void fill(int x, int y, int width, int height);

    SDL_Renderer* m_renderer;
    // The box being redrawn by draw_parts; empty during a whole frame.
    std::optional<PixelBox> m_clip;
    TextCache m_text;
    ShapeCache m_shapes;
};

}  // namespace attune::kiosk
