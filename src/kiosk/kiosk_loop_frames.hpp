#pragma once
// Puts display lists on screen. A list is drawn only when it differs from
// the one shown (or the window lost its pixels); either way the presenter
// remembers when what is shown next changes, for the loop's sleep. Where the
// target keeps its pixels between frames (the software renderer on the
// window's surface), only the parts that changed are redrawn and presented:
// a countdown's second costs its digits and a wedge of its ring, whatever
// the size of the screen. One presenter per window.
#include <SDL.h>

#include <optional>

#include "damage.hpp"
#include "display_list.hpp"
#include "fonts.hpp"
#include "kiosk_window.hpp"
#include "list_renderer.hpp"
#include "time.hpp"

namespace attune::kiosk {

class FramePresenter {
public:
    // Draws with `renderer`; `window` is needed by PresentPath::changed_parts.
    FramePresenter(SDL_Renderer* renderer, FontLibrary& fonts, PresentPath path = PresentPath::whole_frames,
                   SDL_Window* window = nullptr);
    // The window's renderer, on the path the window allows.
    FramePresenter(const KioskWindow& window, FontLibrary& fonts);

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
    // Of those, how many were drawn in parts, and how many pixels all the
    // frames redrew (the benchmark and the tests read them).
    long partial_frames() const { return m_partial_frames; }
    long long pixels_drawn() const { return m_pixels; }
    PresentPath path() const { return m_path; }

private:
    void present_whole(const DisplayList& list);
    void present_parts(const DisplayList& list, const Damage& damage);

    SDL_Renderer* m_renderer;
    SDL_Window* m_window;
    PresentPath m_path;
    ListRenderer m_list_renderer;
    DisplayList m_shown;
    std::optional<TimePoint> m_next_change;
    bool m_redraw = true;
    long m_frames = 0;
    long m_partial_frames = 0;
    long long m_pixels = 0;
};

}  // namespace attune::kiosk
