#pragma once
// Puts display lists on screen. A list is drawn only when it differs from
// the one shown (or the window lost its pixels); either way the presenter
// remembers when what is shown next changes, for the loop's sleep.
#include <SDL.h>

#include <optional>

#include "display_list.hpp"
#include "fonts.hpp"
#include "list_renderer.hpp"
#include "time.hpp"

namespace attune::kiosk {

class FramePresenter {
public:
    FramePresenter(SDL_Renderer* renderer, FontLibrary& fonts);

    // Shows `list`, built for the instant `built_at`. True when it was drawn.
    // Throws SdlError when drawing fails.
    bool present(DisplayList list, TimePoint built_at);

    // The window was exposed or resized: the next list is drawn even if unchanged.
    void redraw() { m_redraw = true; }
    // The render device was reset: its textures are gone.
    void forget_textures();

    const DisplayList& shown() const { return m_shown; }
    // When the list on screen would read differently; empty: not before an event.
    std::optional<TimePoint> next_change() const { return m_next_change; }
    long frames_drawn() const { return m_frames; }

private:
    SDL_Renderer* m_renderer;
    ListRenderer m_list_renderer;
    DisplayList m_shown;
    std::optional<TimePoint> m_next_change;
    bool m_redraw = true;
    long m_frames = 0;
};

}  // namespace attune::kiosk
