// The counselor's console in its own window (issue 12): built each turn
// from the same snapshot as the shared screen and drawn only when its list
// changed; its keys, clicks and typing go to the console alone, and its
// commands take the same path as the counselor's Ctrl keys, so that every
// override is recorded and journaled alike. Displays that come and go move
// the console, never the conversation.
#include "console_input.hpp"
#include "kiosk_loop.hpp"
#include "monitor_watch.hpp"
#include "nudge.hpp"
#include "sdl_input.hpp"

namespace attune::kiosk {

void KioskLoop::open_console() {
    if (!m_setup.console || m_console_window) return;
    const int displays = SDL_GetNumVideoDisplays();
    const int shared = m_setup.console->shared_covers ? m_setup.window.display() : -1;
    const ConsolePlace place = place_console(shared < 0 ? m_setup.console->shared_display : shared, displays);
    ConsoleWindowSetup window = m_setup.console->window;
    window.title = m_words.console_window_title;
    try {
        m_console_window.emplace(place, window, m_setup.fonts);
    } catch (const std::exception& error) {
        // The conversation goes on without it: the Ctrl keys still steer.
        if (m_setup.log) m_setup.log(std::string("the counselor's console did not open: ") + error.what());
        return;
    }
    if (m_setup.log)
        m_setup.log("the counselor's console is " +
                    std::string(place.fit == ConsoleFit::covering ? "covering display " : "a window on display ") +
                    std::to_string(place.display));
    // The shared screen keeps the keyboard (SDL gives it to the window shown
    // last when no window manager runs); a click into the console takes it.
    SDL_RaiseWindow(m_setup.window.window());
    SDL_SetWindowInputFocus(m_setup.window.window());
}

void KioskLoop::close_console(const std::string& why) {
    if (!m_console_window) return;
    m_console_window.reset();
    // A note or nudge half typed waits; text input follows the shared screen again.
    if (m_setup.log) m_setup.log(why);
}

DisplayList KioskLoop::build_console_list(TimePoint now) const {
    const PixelSize size = m_console_window->window().output_size();
    const Session* session = session_shown(m_mode);
    if (!session) {
        // The list of scripts or the error screen: nothing to steer yet.
        DisplayList list;
        list.width = size.width;
        list.height = size.height;
        list.background = m_theme.background;
        return list;
    }
    const Snapshot state = session->snapshot(now);
    return build_console(ConsoleInput{session->script(), state, session->record(), m_theme, m_words, m_ui, m_console,
                                      m_metrics, size.width, size.height});
}

void KioskLoop::present_console(TimePoint now) {
    if (!m_console_window) return;
    m_console_window->frames().present(build_console_list(now), now);
    if (m_setup.console_before_wait)
        m_setup.console_before_wait(m_console_window->frames().shown(), m_console_window->id());
}

void KioskLoop::on_console_event(const SDL_Event& event, TimePoint now) {
    switch (event.type) {
        case SDL_WINDOWEVENT:
            switch (event.window.event) {
                case SDL_WINDOWEVENT_CLOSE:
                    close_console("the counselor's console was closed; Ctrl+K on the shared screen opens it again");
                    return;
                case SDL_WINDOWEVENT_EXPOSED:
                case SDL_WINDOWEVENT_SHOWN:
                case SDL_WINDOWEVENT_RESTORED:
                case SDL_WINDOWEVENT_SIZE_CHANGED:
                    m_console_window->frames().redraw();
                    return;
                case SDL_WINDOWEVENT_FOCUS_LOST:
                    m_quit_hold.release();
                    return;
                default:
                    return;
            }
        case SDL_KEYDOWN:
            on_console_key(event.key, now);
            return;
        case SDL_KEYUP:
            // Ctrl+Q held on the counselor's keyboard quits too.
            if ((event.key.keysym.sym == SDLK_q || event.key.keysym.sym == SDLK_LCTRL ||
                 event.key.keysym.sym == SDLK_RCTRL) &&
                m_quit_hold.release(m_key_time))
                m_quit = true;
            return;
        case SDL_TEXTINPUT:
            console_type_text(m_console, event.text.text);
            return;
        default:
            break;
    }
    if (auto press = pointer_press(event, m_console_window->window().pointer_geometry()))
        on_console_action(console_action(m_console_window->frames().shown(), press->x, press->y), now);
}

void KioskLoop::on_console_key(const SDL_KeyboardEvent& event, TimePoint now) {
    const KeyPress press = translate_key(event.keysym);
    if (press.key == Key::q && press.modifiers.ctrl && !press.modifiers.alt) {
        if (!event.repeat) m_quit_hold.press(now, m_key_time);
        return;
    }
    if (event.repeat && press.key != Key::backspace) return;
    const Session* session = session_shown(m_mode);
    const std::size_t nudges = session ? nudges_for(session->script(), m_words).size() : 0;
    on_console_action(console_key(press, m_console, nudges), now);
}

void KioskLoop::on_console_action(const ConsoleAction& action, TimePoint now) {
    Session* session = session_shown(m_mode);
    if (!session) return;
    if (const auto* command = std::get_if<Command>(&action)) {
        // The same path as the counselor's Ctrl keys: recorded and journaled alike.
        apply(*session, *command, now);
    } else if (const auto* own = std::get_if<ConsoleUiAction>(&action)) {
        carry_out_console(*own, m_console, m_ui, nudges_for(session->script(), m_words), session->record().elapsed,
                          now);
    }
}

void KioskLoop::on_display_change() {
    if (!m_setup.console || !m_setup.console->shared_covers) return;
    const std::vector<SDL_Rect> monitors = lit_monitors(m_setup.window.window());
    if (monitors.empty()) return;
    // The shared screen stays on its monitor while that is lit, else it
    // covers the first one left; the conversation never stops for it.
    const SDL_Rect* under = monitor_under(monitors, m_setup.window.window());
    const SDL_Rect shared = under ? *under : monitors.front();
    if (!window_covers(m_setup.window.window(), shared)) {
        m_setup.window.cover(shared);
        m_frames.redraw();
        if (m_setup.log) m_setup.log("the shared screen moved to the monitor at x " + std::to_string(shared.x));
    }
    if (monitors.size() < 2) {
        // Never on the shared screen's monitor: the console shows private
        // notes and answers the script keeps from the partners. The Ctrl keys still steer.
        close_console(
            "the counselor's display went: the console closed (the Ctrl keys still steer); it opens again on a "
            "second display");
        return;
    }
    SDL_Rect console = monitors.front();
    for (const SDL_Rect& monitor : monitors)
        if (!SDL_RectEquals(&monitor, &shared)) {
            console = monitor;
            break;
        }
    if (!m_console_window) {
        open_console();
        if (!m_console_window) return;
    } else if (window_covers(m_console_window->window().window(), console)) {
        return;
    }
    m_console_window->cover(console);
    if (m_setup.log) m_setup.log("the counselor's console covers the monitor at x " + std::to_string(console.x));
}

void KioskLoop::console_at_end(const Session& session, TimePoint now) {
    // A conversation not kept takes its notes with it when it ends (a kept
    // one wrote them into its end record first, in keep_up).
    if (session.snapshot(now).phase != Phase::finished) return;
    if (m_console.notes.empty() && m_console.typing == ConsoleTyping::nothing) return;
    m_console = ConsoleState{};
}

}  // namespace attune::kiosk
