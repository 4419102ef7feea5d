#include "monitor_watch.hpp"

#include <SDL_syswm.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <string>

#if defined(ATTUNE_HAVE_XRANDR) && defined(SDL_VIDEO_DRIVER_X11)
#include <X11/extensions/Xrandr.h>
#define ATTUNE_WATCH_RANDR 1
#endif

namespace attune::kiosk {

namespace {

// The SDL event MonitorWatch pushes; 0 until a watch registered it.
std::atomic<Uint32> monitor_event{0};

std::vector<SDL_Rect> sdl_displays() {
    std::vector<SDL_Rect> areas;
    for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i) {
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(i, &bounds) == 0) areas.push_back(bounds);
    }
    return areas;
}

#ifdef ATTUNE_WATCH_RANDR
Display* x_display_of(SDL_Window* window) {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!window || SDL_GetWindowWMInfo(window, &info) != SDL_TRUE || info.subsystem != SDL_SYSWM_X11) return nullptr;
    return info.info.x11.display;
}
#endif

}  // namespace

MonitorWatch::MonitorWatch() {
#ifdef ATTUNE_WATCH_RANDR
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!driver || std::string(driver) != "x11") return;
    Display* display = XOpenDisplay(nullptr);
    if (!display) return;
    int event_base = 0, error_base = 0, major = 0, minor = 0;
    if (!XRRQueryExtension(display, &event_base, &error_base) || !XRRQueryVersion(display, &major, &minor) ||
        pipe(m_stop) != 0) {
        XCloseDisplay(display);
        return;
    }
    XRRSelectInput(display, DefaultRootWindow(display),
                   RRScreenChangeNotifyMask | RRCrtcChangeNotifyMask | RROutputChangeNotifyMask);
    XFlush(display);
    if (monitor_event == 0) monitor_event = SDL_RegisterEvents(1);
    m_display = display;
    m_thread = std::thread([this] { listen(); });
#endif
}

MonitorWatch::~MonitorWatch() {
    if (m_thread.joinable()) {
        // One byte into an empty pipe: the thread's poll wakes and it returns.
        const char stop = 1;
        [[maybe_unused]] const ssize_t written = write(m_stop[1], &stop, 1);
        m_thread.join();
    }
#ifdef ATTUNE_WATCH_RANDR
    if (m_display) XCloseDisplay(static_cast<Display*>(m_display));
#endif
    for (int fd : m_stop)
        if (fd >= 0) close(fd);
}

void MonitorWatch::listen() {
#ifdef ATTUNE_WATCH_RANDR
    auto* display = static_cast<Display*>(m_display);
    pollfd waits[2] = {{ConnectionNumber(display), POLLIN, 0}, {m_stop[0], POLLIN, 0}};
    while (true) {
        // Asleep until the X server speaks or the watch ends.
        if (XPending(display) == 0 && poll(waits, 2, -1) < 0) continue;
        if (waits[1].revents != 0) return;
        if (waits[0].revents & (POLLERR | POLLHUP)) return;  // the X server went; the loop hears of it itself
        bool changed = false;
        while (XPending(display) > 0) {
            XEvent event;
            XNextEvent(display, &event);
            XRRUpdateConfiguration(&event);
            changed = true;
        }
        waits[0].revents = 0;
        if (changed && monitor_event != 0) {
            SDL_Event wake{};
            wake.type = monitor_event;
            SDL_PushEvent(&wake);
        }
    }
#endif
}

bool monitors_changed(const SDL_Event& event) {
    if (event.type == SDL_DISPLAYEVENT)
        return event.display.event == SDL_DISPLAYEVENT_CONNECTED ||
               event.display.event == SDL_DISPLAYEVENT_DISCONNECTED;
    return monitor_event != 0 && event.type == monitor_event;
}

std::vector<SDL_Rect> lit_monitors(SDL_Window* window) {
#ifdef ATTUNE_WATCH_RANDR
    Display* display = x_display_of(window);
    int event_base = 0, error_base = 0;
    if (display && XRRQueryExtension(display, &event_base, &error_base)) {
        int count = 0;
        XRRMonitorInfo* monitors = XRRGetMonitors(display, DefaultRootWindow(display), True, &count);
        std::vector<SDL_Rect> areas;
        for (int i = 0; monitors && i < count; ++i) {
            const SDL_Rect area{monitors[i].x, monitors[i].y, monitors[i].width, monitors[i].height};
            if (monitors[i].primary)
                areas.insert(areas.begin(), area);
            else
                areas.push_back(area);
        }
        if (monitors) XRRFreeMonitors(monitors);
        if (!areas.empty()) return areas;
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
