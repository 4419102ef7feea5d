#include "kiosk_loop.hpp"

#include <ctime>

#include "sdl_input.hpp"
#include "view.hpp"
#include "wake_plan.hpp"

namespace attune::kiosk {

namespace {

// "Back at 20:45" on the pause screen needs the local time of day; the
// core never reads a clock, so the shell passes it in.
Seconds local_time_of_day() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Seconds{local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec};
}

bool is_quit_chord(const KeyPress& press) { return press.key == Key::q && press.modifiers.ctrl; }

}  // namespace

KioskLoop::KioskLoop(LoopSetup setup)
    : m_setup(std::move(setup)),
      m_theme(m_setup.theme),
      m_words(m_setup.words),
      m_session(m_setup.session),
      m_script_path(m_setup.script_path),
      m_renderer(m_setup.window.renderer(), m_setup.fonts),
      m_metrics(m_setup.fonts) {
    m_ui.reloadable = m_setup.reloadable;
    m_ui.error_lines = m_setup.error_lines;
    if (!m_session && m_setup.catalog) {
        m_catalog = m_setup.catalog();
        m_in_picker = true;
    }
}

UiState KioskLoop::fresh_ui() const {
    UiState ui;
    ui.muted = m_ui.muted;
    ui.reloadable = m_setup.reloadable;
    ui.quit_progress = m_ui.quit_progress;
    return ui;
}

void KioskLoop::run() {
    // SDL starts with text input on; it is on only while something is typed.
    SDL_StopTextInput();
    SDL_ShowCursor(SDL_DISABLE);
    while (true) {
        const TimePoint now = current_time();
        advance(now);
        if (m_quit) return;
        present(build(now));
        sync_text_input(now);
        sync_cursor(now);
        if (m_setup.before_wait) m_setup.before_wait(m_shown);

        SDL_Event event;
        if (SDL_WaitEventTimeout(&event, wait_timeout(now)) == 1) {
            const TimePoint arrived = current_time();
            handle(event, arrived);
            while (!m_quit && SDL_PollEvent(&event) == 1) handle(event, arrived);
        }
        if (m_quit) return;
    }
}

void KioskLoop::advance(TimePoint now) {
    // A session whose script stopped loading waits behind the error screen.
    if (session_shown()) {
        m_session->advance_to(now);
        sync_ui_state(m_ui, m_session->snapshot(now));
        play_cues(now);
    }
    m_setup.sound.tick(now);
    m_ui.quit_progress = m_quit_hold.progress(now);
    if (m_quit_hold.complete(now)) m_quit = true;
}

void KioskLoop::play_cues(TimePoint now) {
    m_setup.sound.set_muted(m_ui.muted);
    const bool sound = m_session->script().settings.sound;  // a picked script may want silence
    for (Cue cue : m_session->take_cues())
        if (sound) m_setup.sound.play(cue, now);
}

DisplayList KioskLoop::build(TimePoint now) const {
    const PixelSize size = m_setup.window.output_size();
    if (m_in_picker)
        return build_picker_view(PickerInput{m_catalog, m_picker, m_theme, m_setup.words, m_ui, m_metrics, size.width,
                                             size.height, m_setup.user_folder});
    if (!session_shown())
        return build_error_view(m_ui.error_lines, m_theme, m_words, m_ui, m_metrics, size.width, size.height);
    const Snapshot state = m_session->snapshot(now);
    const ViewInput input{m_session->script(), state,       m_session->record(), m_theme, m_words, m_ui, m_metrics,
                          size.width,          size.height, local_time_of_day()};
    return build_view(input);
}

void KioskLoop::present(DisplayList list) {
    if (!m_redraw && list == m_shown) return;
    m_renderer.draw(list);
    SDL_RenderPresent(m_setup.window.renderer());
    m_shown = std::move(list);
    m_redraw = false;
    if (++m_frames == 1 && m_setup.started && m_setup.log) {
        const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(current_time() - *m_setup.started);
        m_setup.log("first frame on screen " + std::to_string(delay.count()) + " ms after start");
    }
}

int KioskLoop::wait_timeout(TimePoint now) const {
    WakePlan plan{now};
    if (session_shown()) {
        plan.at(m_session->next_deadline());
        plan.at(next_displayed_second(m_session->snapshot(now), now));
    }
    // The hold-to-quit ring fills smoothly; breathing guides move.
    if (m_shown.animating || m_quit_hold.held()) plan.after(animation_frame);
    plan.at(m_quit_hold.deadline());
    plan.at(m_cursor.next_change(now));
    plan.at(m_setup.sound.next_deadline());
    return plan.timeout_ms();
}

void KioskLoop::sync_text_input(TimePoint now) {
    const bool wanted = session_shown() && typing_now(m_ui, m_session->snapshot(now));
    if (wanted == m_text_input) return;
    if (wanted)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    m_text_input = wanted;
}

void KioskLoop::sync_cursor(TimePoint now) {
    const bool visible = m_cursor.visible(now);
    if (visible == m_cursor_visible) return;
    SDL_ShowCursor(visible ? SDL_ENABLE : SDL_DISABLE);
    m_cursor_visible = visible;
}

void KioskLoop::handle(const SDL_Event& event, TimePoint now) {
    switch (event.type) {
        case SDL_QUIT:
            m_quit = true;
            return;
        case SDL_WINDOWEVENT:
            on_window_event(event.window);
            return;
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET:
            m_renderer.forget_textures();
            m_redraw = true;
            return;
        case SDL_KEYDOWN:
            on_key_down(event.key, now);
            return;
        case SDL_KEYUP:
            on_key_up(event.key);
            return;
        case SDL_TEXTINPUT:
            if (session_shown()) type_text(m_ui, m_session->snapshot(now), event.text.text);
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
            m_redraw = true;
            break;
        case SDL_WINDOWEVENT_FOCUS_LOST:
            // The key-up of a held Ctrl+Q may go elsewhere: the hold ends here.
            m_quit_hold.release();
            break;
        default:
            break;
    }
}

void KioskLoop::on_key_down(const SDL_KeyboardEvent& event, TimePoint now) {
    const KeyPress press = translate_key(event.keysym);
    if (m_in_picker) {
        on_picker_key(press, event.repeat != 0, now);
        return;
    }
    if (event.repeat && !repeats(press)) return;
    if (!session_shown()) {
        // The error screen: closing, or (while writing) reading the script again.
        if (is_quit_chord(press))
            m_quit_hold.press(now);
        else if (press.key == Key::r && press.modifiers.ctrl && m_setup.reloadable)
            reload(now);
        return;
    }
    const KeyAction action = map_key(press, m_session->script(), m_session->snapshot(now), m_ui);
    if (const auto* command = std::get_if<Command>(&action))
        apply(*command, now);
    else if (const auto* ui = std::get_if<UiAction>(&action))
        carry_out(*ui, now);
}

void KioskLoop::on_key_up(const SDL_KeyboardEvent& event) {
    const SDL_Keycode code = event.keysym.sym;
    if (code == SDLK_q || code == SDLK_LCTRL || code == SDLK_RCTRL) m_quit_hold.release();
}

void KioskLoop::on_press(float x, float y, TimePoint now) {
    // What is on screen is what was pressed, even if the state moved since.
    const ButtonItem* button = m_shown.button_at(x, y);
    if (!button) return;
    if (m_in_picker) {
        on_picker_press(*button, now);
        return;
    }
    if (!session_shown()) return;
    if (button->ui != UiAction::none)
        carry_out(button->ui, now);
    else
        apply(button->command, now);
}

void KioskLoop::carry_out(UiAction action, TimePoint now) {
    if (action == UiAction::hold_to_quit) {
        m_quit_hold.press(now);
        return;
    }
    if (action == UiAction::reload) {
        reload(now);
        return;
    }
    if (action == UiAction::to_picker) {
        if (m_ui.from_picker && m_setup.catalog) open_picker();
        return;
    }
    const Snapshot state = m_session->snapshot(now);
    if (auto command = apply_ui_action(m_ui, action, m_session->script(), state)) apply(*command, now);
    m_setup.sound.set_muted(m_ui.muted);
}

void KioskLoop::apply(const Command& command, TimePoint now) {
    // A refused command (Ready before the cool-down is over, say) changes
    // nothing; the screen already says why.
    m_session->apply(command, now);
    sync_ui_state(m_ui, m_session->snapshot(now));
    play_cues(now);
}

}  // namespace attune::kiosk
