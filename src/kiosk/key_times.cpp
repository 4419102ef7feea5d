#include "key_times.hpp"

#include <SDL_syswm.h>

namespace attune::kiosk {

#if defined(ATTUNE_HAVE_X11) && defined(SDL_VIDEO_DRIVER_X11)
namespace {

// Only the window-manager events that carry a key's time reach the queue:
// the others would wake the loop for nothing.
int keep_key_times(void*, SDL_Event* event) {
    return event->type != SDL_SYSWMEVENT || key_time_of(*event).has_value() ? 1 : 0;
}

}  // namespace
#endif

void ask_for_key_times() {
#if defined(ATTUNE_HAVE_X11) && defined(SDL_VIDEO_DRIVER_X11)
    SDL_SetEventFilter(keep_key_times, nullptr);
    SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE);
#endif
}

std::optional<KeyTime> key_time_of(const SDL_Event& event) {
#if defined(ATTUNE_HAVE_X11) && defined(SDL_VIDEO_DRIVER_X11)
    if (event.type != SDL_SYSWMEVENT || event.syswm.msg == nullptr) return std::nullopt;
    const SDL_SysWMmsg& message = *event.syswm.msg;
    if (message.subsystem != SDL_SYSWM_X11) return std::nullopt;
    const XEvent& x_event = message.msg.x11.event;
    if (x_event.type != KeyPress && x_event.type != KeyRelease) return std::nullopt;
    return static_cast<KeyTime>(x_event.xkey.time);
#else
    static_cast<void>(event);
    return std::nullopt;
#endif
}

}  // namespace attune::kiosk
