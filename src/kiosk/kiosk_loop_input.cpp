// The loop's events, each to the mode on screen: the picker moves its
// selection and starts scripts, a conversation maps keys and buttons to
// session commands and shell actions, the error screen only closes (or,
// while writing, reads the script again).
#include "key_times.hpp"
#include "kiosk_loop.hpp"
#include "monitor_watch.hpp"
#include "sdl_input.hpp"

namespace attune::kiosk {

namespace {

// The window an event belongs to; 0 for those of no window (a finger on a
// touch screen: the shared screen's, the only one a partner touches).
Uint32 window_of(const SDL_Event& event) {
    switch (event.type) {
        case SDL_WINDOWEVENT:
            return event.window.windowID;
        case SDL_KEYDOWN:
        case SDL_KEYUP:
            return event.key.windowID;
        case SDL_TEXTINPUT:
            return event.text.windowID;
        case SDL_TEXTEDITING:
            return event.edit.windowID;
        case SDL_MOUSEMOTION:
            return event.motion.windowID;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            return event.button.windowID;
        case SDL_MOUSEWHEEL:
            return event.wheel.windowID;
        default:
            return 0;
    }
}

// A click gives its window the keyboard. A window manager does that itself;
// a bare X server (a kiosk box) does not, and the counselor who clicks into
// the console expects to type there, and the partners' keys back after a
// click on the shared screen.
void focus_on_click(const SDL_Event& event) {
    if (event.type != SDL_MOUSEBUTTONDOWN) return;
    SDL_Window* window = SDL_GetWindowFromID(event.button.windowID);
    if (window && SDL_GetKeyboardFocus() != window) SDL_SetWindowInputFocus(window);
}

}  // namespace

void KioskLoop::handle(const SDL_Event& event, TimePoint now) {
    if (m_console_window) focus_on_click(event);
    // The counselor's window: its events are the console's alone.
    if (m_console_window && window_of(event) != 0 && window_of(event) == m_console_window->id()) {
        on_console_event(event, now);
        return;
    }
    if (monitors_changed(event)) {
        on_display_change();
        return;
    }
    if (event.type == SDL_KEYDOWN || event.type == SDL_TEXTINPUT || event.type == SDL_MOUSEBUTTONDOWN ||
        event.type == SDL_FINGERDOWN)
        m_last_input = now;
    switch (event.type) {
        case SDL_QUIT:
            m_quit = true;
            return;
        case SDL_WINDOWEVENT:
            on_window_event(event.window);
            return;
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET:
            m_frames.forget_textures();
            return;
        case SDL_SYSWMEVENT:
            m_key_time = key_time_of(event);
            return;
        case SDL_KEYDOWN:
            on_key_down(event.key, now);
            m_key_time.reset();
            return;
        case SDL_KEYUP:
            on_key_up(event.key, now);
            m_key_time.reset();
            return;
        case SDL_TEXTINPUT:
            if (m_keep) {
                keep_type_text(*m_keep, event.text.text);
                return;
            }
            if (Session* session = session_shown(m_mode)) type_text(m_ui, session->snapshot(now), event.text.text);
            return;
        case SDL_MOUSEMOTION:
            if (real_mouse_motion(event)) m_cursor.moved(now);
            return;
        default:
            break;
    }
    if (auto press = pointer_press(event, m_setup.window.pointer_geometry())) {
        if (event.type == SDL_MOUSEBUTTONDOWN) m_cursor.moved(now);
        on_press(press->x, press->y, now);
    }
}

void KioskLoop::on_window_event(const SDL_WindowEvent& event) {
    switch (event.event) {
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_SHOWN:
        case SDL_WINDOWEVENT_RESTORED:
        case SDL_WINDOWEVENT_SIZE_CHANGED:
            m_frames.redraw();
            break;
        case SDL_WINDOWEVENT_FOCUS_LOST:
            // The key-up of a held key may go elsewhere: the hold ends here.
            m_quit_hold.release();
            m_leave_hold.release();
            break;
        case SDL_WINDOWEVENT_CLOSE:
            // With the console open SDL sends no SDL_QUIT for the shared
            // screen's window alone; closing it closes the kiosk, as before.
            // (A late close of a console window already gone is not this.)
            if (event.windowID == m_setup.window.id()) m_quit = true;
            break;
        default:
            break;
    }
}

void KioskLoop::on_key_down(const SDL_KeyboardEvent& event, TimePoint now) {
    const KeyPress press = translate_key(event.keysym);
    // Ctrl+K opens the counselor's console again after it was closed.
    if (press.key == Key::k && press.modifiers.ctrl && !press.modifiers.alt && m_setup.console &&
        m_setup.counselor == CounselorMode::on) {
        if (!event.repeat) open_console();
        return;
    }
    if (std::holds_alternative<PickerMode>(m_mode)) {
        on_picker_key(press, event.repeat != 0, now);
        return;
    }
    if (m_home && on_home_key(press, event.repeat != 0, now)) return;
    if (m_keep && on_keep_key(press, event.repeat != 0, now)) return;
    if (m_next_meeting && on_meeting_key(press, event.repeat != 0)) return;
    if (event.repeat && !repeats(press)) return;
    Session* session = session_shown(m_mode);
    // The start screen after the home screen: Esc (not while a name is
    // typed) goes back to the home screen, whose Esc closes the space.
    if (press.key == Key::escape && start_in_space(now) && !typing_now(m_ui, session->snapshot(now))) {
        show_home(now);
        return;
    }
    const KeyAction action = session ? map_key(press, session->script(), session->snapshot(now), m_ui, config())
                                     : map_error_screen_key(press, config());
    if (const auto* command = std::get_if<Command>(&action)) {
        if (session) apply(*session, *command, now);
    } else if (const auto* ui = std::get_if<UiAction>(&action)) {
        if (*ui == UiAction::hold_to_quit)
            m_quit_hold.press(now, m_key_time);
        else if (*ui == UiAction::hold_to_leave)
            m_leave_hold.press(now, m_key_time);
        else if (*ui == UiAction::reload)
            reload(now);
        else if (session)
            carry_out(*session, *ui, now);
    }
}

void KioskLoop::on_key_up(const SDL_KeyboardEvent& event, TimePoint now) {
    // A hold the keys' own times say was long enough counts, even when the
    // loop saw the press too late to have ended it by its own clock.
    const SDL_Keycode code = event.keysym.sym;
    if ((code == SDLK_q || code == SDLK_LCTRL || code == SDLK_RCTRL) && m_quit_hold.release(m_key_time)) m_quit = true;
    if ((code == SDLK_RETURN || code == SDLK_RETURN2 || code == SDLK_KP_ENTER) && m_leave_hold.release(m_key_time)) {
        if (Session* session = session_shown(m_mode)) carry_out(*session, UiAction::to_picker, now);
    }
}

void KioskLoop::on_press(float x, float y, TimePoint now) {
    // What is on screen is what was pressed, even if the state moved since.
    const ButtonItem* button = m_frames.shown().button_at(x, y);
    if (!button) return;
    if (std::holds_alternative<PickerMode>(m_mode)) {
        on_picker_press(*button, now);
        return;
    }
    Session* session = session_shown(m_mode);
    if (!session) return;  // the error screen has no buttons
    if (m_home) {
        on_home_action(button->ui, now);
        return;
    }
    if (m_keep) {
        on_keep_action(button->ui, button->entry, now);
        return;
    }
    if (m_next_meeting && on_meeting_action(button->ui)) return;
    if (button->ui == UiAction::hold_to_quit)
        m_quit_hold.press(now);
    else if (button->ui == UiAction::reload)
        reload(now);
    else if (button->ui != UiAction::none)
        carry_out(*session, button->ui, now);
    else
        apply(*session, button->command, now);
}

void KioskLoop::on_picker_key(const KeyPress& press, bool repeat, TimePoint now) {
    const PickerAction action = map_picker_key(press);
    // Holding an arrow runs down the list; nothing else repeats.
    if (repeat && action != PickerAction::previous && action != PickerAction::next) return;
    switch (action) {
        case PickerAction::none:
            return;
        case PickerAction::hold_to_quit:
            m_quit_hold.press(now, m_key_time);
            return;
        case PickerAction::reload:
            reload(now);
            return;
        case PickerAction::start:
            start_picked(now);
            return;
        case PickerAction::previous:
        case PickerAction::next:
        case PickerAction::first:
        case PickerAction::last:
            move_selection(m_picker, action, m_catalog.size());
            return;
    }
}

void KioskLoop::on_picker_press(const ButtonItem& button, TimePoint now) {
    if (button.ui == UiAction::pick_entry) {
        if (tap_entry(m_picker, button.entry, m_catalog.size())) start_picked(now);
    } else if (button.ui == UiAction::start_picked) {
        start_picked(now);
    }
}

void KioskLoop::carry_out(Session& session, UiAction action, TimePoint now) {
    if (action == UiAction::to_picker) {
        // Only a session picked from the list has one to go back to.
        if (config().from_picker() && m_setup.catalog) open_picker();
        return;
    }
    const Snapshot state = session.snapshot(now);
    if (auto command = apply_ui_action(m_ui, action, session.script(), state)) apply(session, *command, now);
    m_setup.sound.set_muted(m_ui.muted);
}

void KioskLoop::apply(Session& session, const Command& command, TimePoint now) {
    // Begin asks first whether the partners want to keep the conversation,
    // unless their space is open already (the start screen after its home).
    if (std::holds_alternative<cmd::Begin>(command) && start_in_space(now)) {
        begin_conversation(now);
        return;
    }
    if (std::holds_alternative<cmd::Begin>(command) && m_keeping.setup().offered &&
        session.snapshot(now).phase == Phase::start) {
        m_keep = start_keep_flow(m_keeping.space_names(), m_keeping.setup().space_name);
        return;
    }
    apply_decided(session, command, now);
}

void KioskLoop::apply_decided(Session& session, const Command& command, TimePoint now) {
    if (m_keeping.journaling()) {
        // Written before it is shown: the command is tried on a copy, and
        // only a command that changes something is journaled and then shown.
        Session next = session;
        if (next.apply(command, now) != Outcome::applied) return;  // refused: the screen already says why
        try {
            m_keeping.record(space::CommandRecord{now - m_keeping.started(), command});
        } catch (const space::SpaceError& error) {
            keeping_failed(error, now);  // the couple goes on without keeping; nothing confirmed is lost
        }
        session = std::move(next);
        sync_ui_state(m_ui, session.snapshot(now));
        play_cues(session, now);
        return;
    }
    // A refused command (Ready before the cool-down is over, say) changes
    // nothing; the screen already says why.
    session.apply(command, now);
    sync_ui_state(m_ui, session.snapshot(now));
    play_cues(session, now);
}

}  // namespace attune::kiosk
