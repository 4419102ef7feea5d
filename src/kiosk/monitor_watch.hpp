#pragma once
// Which monitors are lit, and when that changes. SDL 2.26 hears of a monitor
// only when its cable goes (an X output disconnected); a monitor switched
// off (`xrandr --output … --off`, a desktop's display settings) keeps its
// place in SDL's list. On X11 the loop therefore asks the X server's RandR
// extension itself: its notices wake the loop like any event (no polling),
// and its list of monitors is what is really lit. Elsewhere SDL's displays
// and display events are used.
#include <SDL.h>

#include <vector>

namespace attune::kiosk {

// Starts listening to the X server's monitor changes on `window`'s display.
void watch_monitors(SDL_Window* window);

// Whether `event` says the monitors changed: SDL's display events, or the X
// server's RandR notices (window-manager events, kept by the event filter).
bool monitors_changed(const SDL_Event& event);

// The lit monitors' areas on the desktop, the primary first where known.
std::vector<SDL_Rect> lit_monitors(SDL_Window* window);

// Whether `window` lies exactly over `area`.
bool window_covers(SDL_Window* window, const SDL_Rect& area);

// The monitor under the middle of `window`, or nothing.
const SDL_Rect* monitor_under(const std::vector<SDL_Rect>& monitors, SDL_Window* window);

}  // namespace attune::kiosk
