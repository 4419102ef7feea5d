#pragma once
// The kiosk's main loop: it sleeps until something can change (an event,
// a deadline of the session, the next second of a countdown on screen, an
// animation frame while something moves), rebuilds the display list, and
// draws only when the list differs from what is on screen.
#include <SDL.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "display_list.hpp"
#include "font_metrics.hpp"
#include "fonts.hpp"
#include "idle_cursor.hpp"
#include "key_map.hpp"
#include "kiosk_window.hpp"
#include "list_renderer.hpp"
#include "picker.hpp"
#include "reload_position.hpp"
#include "script_catalog.hpp"
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
    const Theme& theme;          // until Ctrl+R reads the theme file again
    const Words& words;          // the picker's and error screen's; a session speaks its script's language
    Session* session = nullptr;  // nullptr: the picker when `catalog` is set, else the error screen
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

    // The picker: builds the list of scripts, at the start and again on
    // Ctrl+R. Set with no `session`: the loop opens on the picker, a script
    // picked there runs, and its summary leads back to the list.
    std::function<std::vector<CatalogEntry>()> catalog = {};
    std::string user_folder = {};  // where the user's scripts go, shown when the list is empty
    // While writing (--windowed): Ctrl+R reads the script (`script_path`, or
    // the file picked) and the theme (`theme_path`, when one was given)
    // again, and the session goes on at the same step. Off: Ctrl+R does
    // nothing during a session, so that a kiosk is never reloaded by accident.
    bool reloadable = false;
    std::filesystem::path script_path = {};
    std::optional<std::filesystem::path> theme_path = {};
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
    // Whether a session is running (or ended on its summary): false on the
    // picker and on the error screen.
    bool has_session() const { return m_session != nullptr && m_ui.error_lines.empty(); }

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
    bool session_shown() const { return m_session && m_ui.error_lines.empty(); }
    UiState fresh_ui() const;

    // The picker, and moving between it and a session (kiosk_loop_picker.cpp).
    void on_picker_key(const KeyPress& press, bool repeat, TimePoint now);
    void on_picker_press(const ButtonItem& button, TimePoint now);
    void start_picked(TimePoint now);
    void open_picker();
    void begin_session(Script script, std::filesystem::path path, std::optional<Place> place, TimePoint now);
    void reload(TimePoint now);
    void reload_catalog();
    std::vector<std::string> reload_theme();
    TimePoint current_time() const { return m_setup.clock ? m_setup.clock() : Clock::now(); }

    LoopSetup m_setup;
    Theme m_theme;
    Words m_words;
    Session* m_session = nullptr;          // what runs: the setup's, or one the loop made
    std::optional<Session> m_own_session;  // picked, or read again by Ctrl+R
    std::filesystem::path m_script_path;   // the running script's file, for Ctrl+R
    std::optional<Snapshot> m_kept;        // where a session stood when its script stopped loading
    bool m_in_picker = false;
    std::vector<CatalogEntry> m_catalog;
    PickerState m_picker;
    ListRenderer m_renderer;
    FontMetrics m_metrics;  // the view measures text with the fonts the renderer draws with
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
