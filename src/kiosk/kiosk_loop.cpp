#include "kiosk_loop.hpp"

#include <ctime>

#include "console_input.hpp"
#include "monitor_watch.hpp"
#include "nudge.hpp"
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

// The mode the loop opens on: the session it was handed, else the picker
// when there is one, else the error screen with the lines it was given.
ShellMode first_mode(const LoopSetup& setup) {
    if (setup.session) return ConversationMode{SessionSlot::borrow(*setup.session), setup.script_path};
    if (setup.catalog) return PickerMode{};
    return ErrorMode{setup.error_lines, setup.script_path};
}

}  // namespace

KioskLoop::KioskLoop(LoopSetup setup)
    : m_setup(std::move(setup)),
      m_theme(m_setup.theme),
      m_words(m_setup.words),
      m_mode(first_mode(m_setup)),
      m_frames(m_setup.window, m_setup.fonts),
      m_metrics(m_setup.fonts),
      m_keeping(m_setup.keeping) {
    if (std::holds_alternative<PickerMode>(m_mode)) m_catalog = m_setup.catalog();
}

void KioskLoop::run() {
    // SDL starts with text input on; it is on only while something is typed.
    SDL_StopTextInput();
    SDL_ShowCursor(SDL_DISABLE);
    m_last_input = current_time();
    resume_after_crash(m_last_input);
    if (m_setup.counselor == CounselorMode::on) open_console();
    // Monitors switched off, on or moved move the console (kiosk_loop_console.cpp).
    if (m_setup.console) m_monitor_watch.emplace();
    while (true) {
        if (m_setup.interrupted && m_setup.interrupted()) return;
        const TimePoint now = current_time();
        advance(now);
        if (m_quit) return;
        present(build(now), now);
        present_console(now);
        sync_text_input(now);
        sync_cursor(now);
        if (m_setup.before_wait) m_setup.before_wait(m_frames.shown());

        SDL_Event event;
        if (wait_for_event(event, wait_timeout(now))) {
            const TimePoint arrived = current_time();
            handle(event, arrived);
            while (!m_quit && SDL_PollEvent(&event) == 1) handle(event, arrived);
        }
        if (m_quit) return;
    }
}

bool KioskLoop::conversation_unfinished() const {
    const Session* session = session_shown(m_mode);
    if (!session) return false;
    const Phase phase = session->snapshot(current_time()).phase;
    return phase != Phase::start && phase != Phase::finished;
}

void KioskLoop::advance(TimePoint now) {
    // A session whose script stopped loading waits behind the error screen,
    // not advanced: it comes back where it stood.
    if (Session* session = session_shown(m_mode)) {
        session->advance_to(now);
        sync_ui_state(m_ui, session->snapshot(now));
        play_cues(*session, now);
        keep_up(*session, now);
        console_at_end(*session, now);
    }
    // A nudge goes by itself after its few seconds.
    expire_nudge(m_ui, now);
    m_setup.sound.tick(now);
    m_ui.quit_progress = m_quit_hold.progress(now);
    if (m_quit_hold.complete(now)) m_quit = true;
    m_ui.leave_progress = m_leave_hold.progress(now);
    if (m_leave_hold.complete(now)) {
        m_leave_hold.release();
        if (Session* session = session_shown(m_mode)) carry_out(*session, UiAction::to_picker, now);
    }
}

void KioskLoop::play_cues(Session& session, TimePoint now) {
    m_setup.sound.set_muted(m_ui.muted);
    const bool sound = session.script().settings.sound;  // a picked script may want silence
    for (Cue cue : session.take_cues())
        if (sound) m_setup.sound.play(cue, now);
}

DisplayList KioskLoop::build(TimePoint now) const {
    const PixelSize size = m_setup.window.output_size();
    const ShellConfig shell = config();
    if (std::holds_alternative<PickerMode>(m_mode))
        return build_picker_view(PickerInput{m_catalog, m_picker, m_theme, m_setup.words, m_ui, m_metrics, size.width,
                                             size.height, m_setup.user_folder});
    if (const auto* error = std::get_if<ErrorMode>(&m_mode))
        return build_error_view(error->lines, m_theme, m_words, m_ui, m_metrics, size.width, size.height, shell);
    const Session& session = *session_shown(m_mode);
    const Snapshot state = session.snapshot(now);
    const Duration retry_left =
        m_keep && m_keep->retry_at && *m_keep->retry_at > now ? *m_keep->retry_at - now : Duration{0};
    // The start screen after the home screen says the space is open (the
    // kept mark) and the day the conversation was planned for.
    const bool in_space = start_in_space(now);
    return build_view(ViewInput{
        session.script(), state, session.record(), m_theme, m_words, m_ui, m_metrics, size.width, size.height,
        local_time_of_day(), shell, m_keep ? &*m_keep : nullptr, retry_left,
        m_keeping.kept() || in_space ? m_keeping.space_name() : std::string{}, m_home ? &*m_home : nullptr,
        m_next_meeting && state.phase == Phase::finished ? &*m_next_meeting : nullptr,
        m_kept_end && state.phase == Phase::finished ? &*m_kept_end : nullptr, in_space ? m_planned : std::nullopt});
}

void KioskLoop::present(DisplayList list, TimePoint now) {
    if (!m_frames.present(std::move(list), now)) return;
    if (m_frames.frames_drawn() == 1 && m_setup.started && m_setup.log) {
        const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(current_time() - *m_setup.started);
        m_setup.log("first frame on screen " + std::to_string(delay.count()) + " ms after start");
    }
}

int KioskLoop::wait_timeout(TimePoint now) const {
    // What is on screen says itself when it next changes; the session, the
    // hold-to-quit, the pointer and the sound device have their own timers.
    WakePlan plan{now};
    plan.at(m_frames.next_change());
    if (const Session* session = session_shown(m_mode)) plan.at(session->next_deadline());
    plan.at(m_quit_hold.next_change(now, animation_frame));
    plan.at(m_leave_hold.next_change(now, animation_frame));
    plan.at(m_cursor.next_change(now));
    plan.at(m_setup.sound.next_deadline());
    plan.at(keeping_deadline(now));
    plan.at(nudge_deadline(m_ui));
    if (m_console_window) plan.at(m_console_window->frames().next_change());
    return plan.timeout_ms();
}

bool KioskLoop::wait_for_event(SDL_Event& event, int timeout_ms) const {
    if (m_setup.wait) return m_setup.wait(event, timeout_ms);
    return SDL_WaitEventTimeout(&event, timeout_ms) == 1;
}

void KioskLoop::sync_text_input(TimePoint now) {
    const Session* session = session_shown(m_mode);
    // SDL's text input is one for all windows; its events say which window
    // they came from (handle routes them).
    const bool wanted = (m_keep ? keep_typing(*m_keep) : session && typing_now(m_ui, session->snapshot(now))) ||
                        (m_console_window && console_typing(m_console));
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

}  // namespace attune::kiosk
