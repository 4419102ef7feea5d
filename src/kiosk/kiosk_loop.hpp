#pragma once
// The kiosk's main loop: it sleeps until something can change (an event, a
// deadline of the session, the moment the display list says it next reads
// differently, the shell's own timers), rebuilds the display list, and draws
// only when the list differs from what is on screen.
//
// The loop is spread over files by what they do: kiosk_loop.cpp turns the
// loop (advance, build, present, sleep), kiosk_loop_input.cpp dispatches
// events to the mode on screen, kiosk_loop_transitions.cpp moves between the
// modes (kiosk_loop_modes.hpp) and reads files again, kiosk_loop_frames.cpp
// puts lists on screen.
#include <SDL.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "console.hpp"
#include "console_window.hpp"
#include "conversation_keeping.hpp"
#include "display_list.hpp"
#include "font_metrics.hpp"
#include "fonts.hpp"
#include "home.hpp"
#include "idle_cursor.hpp"
#include "keeping.hpp"
#include "key_map.hpp"
#include "kiosk_exports.hpp"
#include "kiosk_loop_frames.hpp"
#include "kiosk_loop_modes.hpp"
#include "kiosk_window.hpp"
#include "monitor_watch.hpp"
#include "next_meeting.hpp"
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

// The counselor's console in a window of its own (--counselor without
// --no-console): where the shared screen is and how the console's window is made.
struct ConsoleSetup {
    // The display the shared screen covers (after --display was checked);
    // the console takes another one when there is one.
    int shared_display = 0;
    // The shared screen covers its display (a kiosk), or is a window while
    // writing (--windowed): then it is never moved when displays come and go.
    bool shared_covers = true;
    ConsoleWindowSetup window = {};
};

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
    // How the loop sleeps: true with an event, or false once `timeout_ms`
    // has passed (-1: no timeout). Empty: SDL_WaitEventTimeout. Tests pass one
    // that moves the fake clock instead, and count the loop's wake-ups.
    std::function<bool(SDL_Event& event, int timeout_ms)> wait = {};

    // The picker: builds the list of scripts, at the start and again on
    // Ctrl+R. Set with no `session`: the loop opens on the picker, a script
    // picked there runs, and its summary leads back to the list.
    std::function<std::vector<CatalogEntry>()> catalog = {};
    std::string user_folder = {};  // where the user's scripts go, shown when the list is empty
    // While writing (--windowed): Ctrl+R reads the script (`script_path`, or
    // the file picked) and the theme (`theme_path`, when one was given)
    // again, and the session goes on at the same step. Off: Ctrl+R does
    // nothing during a session, so that a kiosk is never reloaded by accident.
    Reloading reloading = Reloading::off;
    // A counselor runs the conversations (--counselor): their Ctrl keys act.
    CounselorMode counselor = CounselorMode::off;
    std::filesystem::path script_path = {};
    std::optional<std::filesystem::path> theme_path = {};
    // Asked on every turn: true once a signal asks the kiosk to end; the loop
    // then leaves as it does for SDL_QUIT.
    std::function<bool()> interrupted = {};
    // Keeping the conversation (conversation_keeping.hpp): off unless the
    // kiosk offers it.
    KeepingSetup keeping = {};
    // The console's window, opened with the loop in counselor mode; empty:
    // no console (the counselor's Ctrl keys on the shared keyboard only).
    std::optional<ConsoleSetup> console = {};
    // Called once per turn, like `before_wait`, with what the console shows
    // and its window's id, while the console is open. Tests drive it so.
    std::function<void(const DisplayList& console, Uint32 window)> console_before_wait = {};
};

// A space open outside a running conversation closes itself after this
// long without a key or a touch.
inline constexpr Duration space_idle_lock = std::chrono::minutes{10};

class KioskLoop {
public:
    explicit KioskLoop(LoopSetup setup);

    // Until Ctrl+Q has been held for two seconds, or the system asks the
    // program to end (SIGTERM, a window manager's close). Throws SdlError
    // when drawing fails.
    void run();

    // How many times the screen was drawn (the benchmark reports it).
    long frames_drawn() const { return m_frames.frames_drawn(); }
    // Whether a session is running (or ended on its summary): false on the
    // picker and on the error screen.
    bool has_session() const { return std::holds_alternative<ConversationMode>(m_mode); }
    // Whether a conversation has begun and not reached its end: what an
    // interruption now would cut short.
    bool conversation_unfinished() const;
    // Whether the counselor's console window is open, and how often it was drawn.
    bool console_open() const { return m_console_window.has_value(); }
    long console_frames_drawn() const { return m_console_window ? m_console_window->frames().frames_drawn() : 0; }

private:
    // One turn (kiosk_loop.cpp).
    void advance(TimePoint now);
    DisplayList build(TimePoint now) const;
    void present(DisplayList list, TimePoint now);
    int wait_timeout(TimePoint now) const;
    bool wait_for_event(SDL_Event& event, int timeout_ms) const;
    void sync_text_input(TimePoint now);
    void sync_cursor(TimePoint now);
    void play_cues(Session& session, TimePoint now);
    ShellConfig config() const { return ShellConfig{origin_of(m_mode), m_setup.reloading, m_setup.counselor}; }
    TimePoint current_time() const { return m_setup.clock ? m_setup.clock() : Clock::now(); }

    // Events, to the mode on screen (kiosk_loop_input.cpp).
    void handle(const SDL_Event& event, TimePoint now);
    void on_window_event(const SDL_WindowEvent& event);
    void on_key_down(const SDL_KeyboardEvent& event, TimePoint now);
    void on_key_up(const SDL_KeyboardEvent& event, TimePoint now);
    void on_press(float x, float y, TimePoint now);
    void on_picker_key(const KeyPress& press, bool repeat, TimePoint now);
    void on_picker_press(const ButtonItem& button, TimePoint now);
    void carry_out(Session& session, UiAction action, TimePoint now);
    void apply(Session& session, const Command& command, TimePoint now);
    // The same once the partners said whether to keep the conversation.
    void apply_decided(Session& session, const Command& command, TimePoint now);

    // The counselor's console window (kiosk_loop_console.cpp).
    void open_console();
    void close_console(const std::string& why);
    DisplayList build_console_list(TimePoint now) const;
    void present_console(TimePoint now);
    void on_console_event(const SDL_Event& event, TimePoint now);
    void on_console_key(const SDL_KeyboardEvent& event, TimePoint now);
    void on_console_action(const ConsoleAction& action, TimePoint now);
    void on_display_change();
    void console_at_end(const Session& session, TimePoint now);

    // Keeping (kiosk_loop_keeping.cpp).
    bool on_keep_key(const KeyPress& press, bool repeat, TimePoint now);
    void on_keep_action(UiAction action, std::size_t entry, TimePoint now);
    void carry_out_keep(KeepRequest request, TimePoint now);
    void open_space(space::SecretKind kind, TimePoint now);
    void space_opened(TimePoint now);
    void begin_conversation(TimePoint now);
    void go_on_with(const space::Unfinished& unfinished, const std::filesystem::path& runtime_journal, TimePoint now);
    void resume_after_crash(TimePoint now);
    void keep_up(Session& session, TimePoint now);
    void keeping_failed(const space::SpaceError& error, TimePoint now);
    void show_working();
    std::optional<TimePoint> keeping_deadline(TimePoint now) const;
    // The couple's home screen, and the end of a kept conversation (kiosk_loop_home.cpp).
    void show_home(TimePoint now);
    bool on_home_key(const KeyPress& press, bool repeat, TimePoint now);
    void on_home_action(UiAction action, TimePoint now);
    void ask_next_meeting(const Session& session);
    // The start screen with the couple's space open, after its home screen:
    // Begin begins the kept conversation, Esc goes back to the home screen.
    bool start_in_space(TimePoint now) const;
    ExportResult export_file(HomeExport which);
    bool on_meeting_key(const KeyPress& press, bool repeat);
    bool on_meeting_action(UiAction action);  // whether the action was the question's
    // Leaving the end of a kept conversation: a question not answered keeps
    // no day, and the space it waited in closes.
    void forget_next_meeting();
    // Between the modes, and reading files again (kiosk_loop_transitions.cpp).
    void start_picked(TimePoint now);
    void open_picker();
    void begin_session(Script script, std::filesystem::path path, SessionOrigin origin, std::optional<Place> place,
                       TimePoint now);
    void show_errors(std::vector<std::string> lines, TimePoint now);
    void reload(TimePoint now);
    void reload_catalog();
    std::vector<std::string> reload_theme();
    UiState fresh_ui() const;

    LoopSetup m_setup;
    Theme m_theme;
    Words m_words;  // the language of the session on screen (or of the picker)
    ShellMode m_mode;
    std::vector<CatalogEntry> m_catalog;  // the picker's, kept between its visits
    PickerState m_picker;
    FramePresenter m_frames;
    FontMetrics m_metrics;  // the view measures text with the fonts the renderer draws with
    UiState m_ui;
    IdleCursor m_cursor;
    KeyHold m_quit_hold;
    KeyHold m_leave_hold;  // Enter held on the summary: back to the list
    ConversationKeeping m_keeping;
    std::optional<KeepFlow> m_keep;                 // the keeping screens, in front of the conversation
    std::optional<space::Unfinished> m_unfinished;  // what the open space holds that did not end
    TimePoint m_last_input{};                       // for the space's idle lock
    std::optional<HomeScreen> m_home;               // the open space's home screen, before the conversation
    // The day this conversation was planned for: read with the home screen,
    // shown on the start screen that follows it.
    std::optional<PlannedConversation> m_planned;
    std::optional<NextMeeting> m_next_meeting;  // a kept conversation's end: when to meet next
    std::optional<Period> m_meeting_every;      // how often after that day (the script's meet_every)
    // A kept conversation ended: what its review steps could bring back (the summary's changes).
    std::optional<std::vector<ReviewSubject>> m_kept_end;
    // The window system's time of the key event being handled, when it
    // announced one just before it (key_times.hpp).
    std::optional<KeyTime> m_key_time;
    // The counselor's console: its window (when open) and what is typed and kept on it.
    std::optional<ConsoleWindow> m_console_window;
    ConsoleState m_console;
    std::optional<MonitorWatch> m_monitor_watch;  // while the console may need moving
    bool m_quit = false;
    bool m_text_input = false;
    bool m_cursor_visible = false;
};

}  // namespace attune::kiosk
