#pragma once
// Whether a window manager looks after the kiosk's window. On a bare X
// server (a kiosk started from xinit, Xvfb in the tests) there is none, and
// a fullscreen request would only make SDL wait 100 ms for an answer that
// never comes (SDL 2.26 waits that long for the manager), a third of the
// start-up budget for nothing: the borderless window at the display's bounds
// already covers the display there.
#include <SDL.h>

namespace attune::kiosk {

// False only on X11 with no EWMH window manager (no _NET_SUPPORTING_WM_CHECK
// on the root window); true elsewhere and whenever it cannot tell, so that
// asking for fullscreen stays the default.
bool window_manager_running(SDL_Window* window);

}  // namespace attune::kiosk
