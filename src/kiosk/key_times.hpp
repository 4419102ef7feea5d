#pragma once
// The window system's own time of a key going down or up. SDL stamps an
// event when it reads it, which a loop busy drawing a frame does late; X11
// stamps it when it happened, in milliseconds of the X server's clock, and
// SDL passes that on in a window-manager event just before the key event.
#include <SDL.h>

#include <optional>

#include "idle_cursor.hpp"

namespace attune::kiosk {

// Asks SDL for the window-manager events that carry the times (under X11;
// elsewhere there are none, and holds are measured by the loop's clock).
// Call it before the window is made: SDL discards the events pending when
// an event filter is set.
void ask_for_key_times();

// The time of the key press or release that `event` (an SDL_SYSWMEVENT)
// announces, if it announces one.
std::optional<KeyTime> key_time_of(const SDL_Event& event);

}  // namespace attune::kiosk
