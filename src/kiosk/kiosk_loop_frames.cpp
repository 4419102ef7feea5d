#include "kiosk_loop_frames.hpp"

#include <vector>

namespace attune::kiosk {

FramePresenter::FramePresenter(SDL_Renderer* renderer, FontLibrary& fonts, PresentPath path, SDL_Window* window)
    : m_renderer(renderer),
      m_window(window),
      m_path(path == PresentPath::changed_parts && !window ? PresentPath::whole_frames : path),
      m_list_renderer(renderer, fonts) {}

FramePresenter::FramePresenter(const KioskWindow& window, FontLibrary& fonts)
    : FramePresenter(window.renderer(), fonts, window.present_path(), window.window()) {}

bool FramePresenter::present(DisplayList list, TimePoint built_at) {
    // Kept even when nothing is drawn: the same picture may change sooner
    // (a held breath that begins to move).
    m_next_change = list.next_change ? std::optional<TimePoint>{built_at + *list.next_change} : std::nullopt;
    if (!m_redraw && list == m_shown) return false;
    const Damage damage =
        m_redraw || m_path == PresentPath::whole_frames ? Damage{DamageKind::whole, {}} : find_damage(m_shown, list);
    if (damage.kind == DamageKind::partial)
        present_parts(list, damage);
    else
        present_whole(list);
    m_pixels += damage.area(list.width, list.height);
    m_shown = std::move(list);
    m_redraw = false;
    ++m_frames;
    return true;
}

void FramePresenter::present_whole(const DisplayList& list) {
    m_list_renderer.draw(list);
    SDL_RenderPresent(m_renderer);
}

void FramePresenter::present_parts(const DisplayList& list, const Damage& damage) {
    m_list_renderer.draw_parts(list, damage.boxes);
    // Batched drawing must reach the surface before it is sent.
    SDL_RenderFlush(m_renderer);
    ++m_partial_frames;
    if (m_path != PresentPath::changed_parts) return;
    std::vector<SDL_Rect> rects;
    rects.reserve(damage.boxes.size());
    for (const PixelBox& box : damage.boxes) rects.push_back({box.x, box.y, box.w, box.h});
    if (SDL_UpdateWindowSurfaceRects(m_window, rects.data(), static_cast<int>(rects.size())) != 0)
        throw SdlError("cannot show the changed part of the screen");
}

void FramePresenter::forget_textures() {
    m_list_renderer.forget_textures();
    m_redraw = true;
}

}  // namespace attune::kiosk
