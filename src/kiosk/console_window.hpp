#pragma once
// The counselor's console in a window of its own (issue 12): a second
// KioskWindow with its own renderer and its own FramePresenter, so that
// it is drawn only when its display list changed. Where it goes: on a
// display other than the shared screen's, covering it; with one display, an
// ordinary window the counselor can move and resize.
#include <string>

#include "fonts.hpp"
#include "kiosk_loop_frames.hpp"
#include "kiosk_window.hpp"

namespace attune::kiosk {

// How the console sits on its display.
enum class ConsoleFit {
    covering,  // the whole display is the counselor's
    windowed,  // a window beside the shared screen on the one display
};

struct ConsolePlace {
    int display = 0;
    ConsoleFit fit = ConsoleFit::windowed;
    bool operator==(const ConsolePlace&) const = default;
};

// A laptop's screen: the console's size as a window (smaller where the display is).
inline constexpr int console_window_width = 1280, console_window_height = 720;

// The console's place with `displays` displays when the shared screen is
// on `shared_display`: the first other display, covered; with only one, a
// window on it.
ConsolePlace place_console(int shared_display, int displays);

// The display the shared screen goes on: `requested` when there is such a
// display, else display 0 (a kiosk may start before the TV is on: it
// shows on what there is rather than not at all). `fallback` is set when
// the request could not be met.
int shared_display_for(int requested, int displays, bool* fallback = nullptr);

// What the console's window is made from: the shared window's way of
// drawing, the title in the session's language.
struct ConsoleWindowSetup {
    RenderPath render = RenderPath::automatic;
    RunMode mode = RunMode::kiosk;
    std::string title = "attune: counselor";
};

class ConsoleWindow {
public:
    // Throws SdlError when SDL cannot open the window.
    ConsoleWindow(ConsolePlace place, const ConsoleWindowSetup& setup, FontLibrary& fonts);

    KioskWindow& window() { return m_window; }
    const KioskWindow& window() const { return m_window; }
    FramePresenter& frames() { return m_frames; }
    const FramePresenter& frames() const { return m_frames; }
    Uint32 id() const { return m_window.id(); }
    ConsolePlace place() const { return m_place; }

    // Covers this monitor's area (one SDL's list of displays does not know).
    void cover(const SDL_Rect& area);

private:
    KioskWindow m_window;
    FramePresenter m_frames;
    ConsolePlace m_place;
};

}  // namespace attune::kiosk
