#include "kiosk_loop_frames.hpp"

namespace attune::kiosk {

FramePresenter::FramePresenter(SDL_Renderer* renderer, FontLibrary& fonts)
    : m_renderer(renderer), m_list_renderer(renderer, fonts) {}

bool FramePresenter::present(DisplayList list, TimePoint built_at) {
    // Kept even when nothing is drawn: the same picture may change sooner
    // (a held breath that begins to move).
    m_next_change = list.next_change ? std::optional<TimePoint>{built_at + *list.next_change} : std::nullopt;
    if (!m_redraw && list == m_shown) return false;
    m_list_renderer.draw(list);
    SDL_RenderPresent(m_renderer);
    m_shown = std::move(list);
    m_redraw = false;
    ++m_frames;
    return true;
}

void FramePresenter::forget_textures() {
    m_list_renderer.forget_textures();
    m_redraw = true;
}

}  // namespace attune::kiosk
