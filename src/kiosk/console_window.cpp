#include "console_window.hpp"

#include <algorithm>

namespace attune::kiosk {

namespace {

WindowOptions console_options(ConsolePlace place, const ConsoleWindowSetup& setup) {
    WindowOptions options;
    options.windowed = place.fit == ConsoleFit::windowed;
    const PixelSize size = fitting_window(place.display, console_window_width, console_window_height);
    options.width = size.width;
    options.height = size.height;
    options.render = setup.render;
    options.mode = setup.mode;
    options.display = place.display;
    options.title = setup.title;
    return options;
}

}  // namespace

ConsolePlace place_console(int shared_display, int displays) {
    for (int display = 0; display < displays; ++display)
        if (display != shared_display) return ConsolePlace{display, ConsoleFit::covering};
    return ConsolePlace{std::max(0, shared_display), ConsoleFit::windowed};
}

int shared_display_for(int requested, int displays, bool* fallback) {
    const bool exists = requested >= 0 && requested < displays;
    if (fallback) *fallback = !exists;
    return exists ? requested : 0;
}

ConsoleWindow::ConsoleWindow(ConsolePlace place, const ConsoleWindowSetup& setup, FontLibrary& fonts)
    : m_window(console_options(place, setup)), m_frames(m_window, fonts), m_place(place) {}

void ConsoleWindow::cover(const SDL_Rect& area) {
    m_window.cover(area);
    m_place.fit = ConsoleFit::covering;
    m_frames.redraw();
}

}  // namespace attune::kiosk
