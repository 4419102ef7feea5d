#pragma once
// Which monitors are lit, and when that changes. SDL 2.26 hears of a monitor
// only when an X output is unplugged or plugged; a monitor switched off
// (`xrandr --output … --off`) or moved keeps its place in SDL's list, and
// SDL's X connection does not pass on the X server's other RandR notices.
// On X11, MonitorWatch therefore opens a connection of its own and listens
// in a thread that sleeps until the X server speaks; each change wakes the
// loop with an SDL event (no polling). Elsewhere SDL's displays and display
// events are used.
#include <SDL.h>

#include <thread>
#include <vector>

namespace attune::kiosk {

class MonitorWatch {
public:
    // Watches the X server SDL's x11 driver uses; does nothing with another
    // driver or when the X server cannot be reached.
    MonitorWatch();
    ~MonitorWatch();
    MonitorWatch(const MonitorWatch&) = delete;
    MonitorWatch& operator=(const MonitorWatch&) = delete;

private:
    void listen();

    void* m_display = nullptr;  // the watch's own X connection (Display*)
    int m_stop[2] = {-1, -1};   // a pipe: a byte written ends the thread
    std::thread m_thread;
};

// Whether `event` says the monitors changed: SDL's display events, or MonitorWatch's.
bool monitors_changed(const SDL_Event& event);

// The lit monitors' areas on the desktop, the primary first where known.
std::vector<SDL_Rect> lit_monitors(SDL_Window* window);

// Whether `window` lies exactly over `area`.
bool window_covers(SDL_Window* window, const SDL_Rect& area);

// The monitor under the middle of `window`, or nothing.
const SDL_Rect* monitor_under(const std::vector<SDL_Rect>& monitors, SDL_Window* window);

}  // namespace attune::kiosk
