#include "monitor_watch.hpp"

#include <SDL_syswm.h>

#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
#include <X11/extensions/Xrandr.h>
#endif

namespace attune::kiosk {

namespace {

#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
// The X server's first RandR event number, once watching; -1 before.
int randr_event_base = -1;

Display* x_display_of(SDL_Window* window) {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!window || SDL_GetWindowWMInfo(window, &info) != SDL_TRUE || info.subsystem != SDL_SYSWM_X11) return nullptr;
    return info.info.x11.display;
}
#endif

std::vector<SDL_Rect> sdl_displays() {
    std::vector<SDL_Rect> areas;
    for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i) {
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(i, &bounds) == 0) areas.push_back(bounds);
    }
    return areas;
}

}  // namespace

void watch_monitors(SDL_Window* window) {
#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
    Display* display = x_display_of(window);
    int event_base = 0, error_base = 0;
    if (!display || !XRRQueryExtension(display, &event_base, &error_base)) return;
    // SDL selected output changes on the root window already; one mask per
    // client and window, so theirs stays in ours.
    XRRSelectInput(display, DefaultRootWindow(display),
                   RRScreenChangeNotifyMask | RRCrtcChangeNotifyMask | RROutputChangeNotifyMask);
    randr_event_base = event_base;
#else
    static_cast<void>(window);
#endif
}

bool monitors_changed(const SDL_Event& event) {
    if (event.type == SDL_DISPLAYEVENT)
        return event.display.event == SDL_DISPLAYEVENT_CONNECTED ||
               event.display.event == SDL_DISPLAYEVENT_DISCONNECTED;
#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
    if (event.type != SDL_SYSWMEVENT || randr_event_base < 0 || event.syswm.msg == nullptr) return false;
    if (event.syswm.msg->subsystem != SDL_SYSWM_X11) return false;
    const int type = event.syswm.msg->msg.x11.event.type;
    return type == randr_event_base + RRScreenChangeNotify || type == randr_event_base + RRNotify;
#else
    return false;
#endif
}

std::vector<SDL_Rect> lit_monitors(SDL_Window* window) {
#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
    if (Display* display = randr_event_base >= 0 ? x_display_of(window) : nullptr) {
        int count = 0;
        XRRMonitorInfo* monitors = XRRGetMonitors(display, DefaultRootWindow(display), True, &count);
        if (monitors && count > 0) {
            std::vector<SDL_Rect> areas;
            for (int i = 0; i < count; ++i) {
                const SDL_Rect area{monitors[i].x, monitors[i].y, monitors[i].width, monitors[i].height};
                if (monitors[i].primary)
                    areas.insert(areas.begin(), area);
                else
                    areas.push_back(area);
            }
            XRRFreeMonitors(monitors);
            return areas;
        }
        if (monitors) XRRFreeMonitors(monitors);
    }
#else
    static_cast<void>(window);
#endif
    return sdl_displays();
}

bool window_covers(SDL_Window* window, const SDL_Rect& area) {
    int x = 0, y = 0, width = 0, height = 0;
    SDL_GetWindowPosition(window, &x, &y);
    SDL_GetWindowSize(window, &width, &height);
    return x == area.x && y == area.y && width == area.w && height == area.h;
}

const SDL_Rect* monitor_under(const std::vector<SDL_Rect>& monitors, SDL_Window* window) {
    int x = 0, y = 0, width = 0, height = 0;
    SDL_GetWindowPosition(window, &x, &y);
    SDL_GetWindowSize(window, &width, &height);
    const SDL_Point middle{x + width / 2, y + height / 2};
    for (const SDL_Rect& monitor : monitors)
        if (SDL_PointInRect(&middle, &monitor)) return &monitor;
    return nullptr;
}

}  // namespace attune::kiosk
