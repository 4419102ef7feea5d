#pragma once
// The kiosk's main loop: it sleeps until something can change (an event,
// a deadline of the session, the next second of a countdown on screen, an
// animation frame while something moves), rebuilds the display list, and
// draws only when the list differs from what is on screen.
#include <SDL.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "display_list.hpp"
#include "fonts.hpp"
#include "idle_cursor.hpp"
#include "key_map.hpp"
#include "kiosk_window.hpp"
#include "list_renderer.hpp"
#include "session.hpp"
#include "sound_cues.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "words.hpp"

namespace attune::kiosk {

using Log = std::function<void(const std::string&)>;

struct LoopSetup {
    KioskWindow& window;
    FontLibrary& fonts;
    const Theme& theme;
    const Words& words;
    Session* session = nullptr;                 // nullptr: only the error screen
    std::vector<std::string> error_lines = {};  // what the error screen shows
    SoundCues& sound;
    Log log = {};
    // When set, the first frame's delay from this instant is logged
    // ("launch to first frame", for the benchmark).
    std::optional<TimePoint> started = {};
    // Called once per turn of the loop, before it sleeps, with what is on
    // screen. Tests drive the loop with it by pushing SDL events.
    std::function<void(const DisplayList& shown)> before_wait = {};
    // Where the loop reads the time; empty: the steady clock. Tests pass a
    // fake one so that a two-second hold takes no real time.
    std::function<TimePoint()> clock = {};
};

class KioskLoop {
public:
    explicit KioskLoop(LoopSetup setup);

    // Until Ctrl+Q has been held for two seconds, or the system asks the
    // program to end (SIGTERM, a window manager's close). Throws SdlError
    // when drawing fails.
    void run();

    // How many times the screen was drawn (the benchmark reports it).
    long frames_drawn() const { return m_frames; }

private:
    void advance(TimePoint now);
    DisplayList build(TimePoint now) const;
    void present(DisplayList list);
    int wait_timeout(TimePoint now) const;
    void sync_text_input(TimePoint now);
    void sync_cursor(TimePoint now);

    void handle(const SDL_Event& event, TimePoint now);
    void on_window_event(const SDL_WindowEvent& event);
    void on_key_down(const SDL_KeyboardEvent& event, TimePoint now);
    void on_key_up(const SDL_KeyboardEvent& event);
    void on_press(float x, float y, TimePoint now);
    void carry_out(UiAction action, TimePoint now);
    void apply(const Command& command, TimePoint now);
    void play_cues(TimePoint now);
    TimePoint current_time() const { return m_setup.clock ? m_setup.clock() : Clock::now(); }

    LoopSetup m_setup;
    ListRenderer m_renderer;
    UiState m_ui;
    IdleCursor m_cursor;
    QuitHold m_quit_hold;
    DisplayList m_shown;
    bool m_redraw = true;
    bool m_quit = false;
    bool m_text_input = false;
    bool m_cursor_visible = false;
    long m_frames = 0;
};

}  // namespace attune::kiosk
