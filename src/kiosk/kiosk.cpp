#include "kiosk.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "key_times.hpp"
#include "kiosk_loop.hpp"
#include "screen_trace.hpp"
#include "script_glyphs.hpp"
#include "script_loader.hpp"
#include "sdl_context.hpp"
#include "signal_watch.hpp"

namespace attune::kiosk {

namespace {

RenderPath requested_render_path(const KioskOptions& options, const Log& log) {
    if (options.render != RenderPath::automatic) return options.render;
    const char* env = std::getenv("ATTUNE_RENDERER");
    if (!env || !*env) return RenderPath::automatic;
    if (auto path = parse_render_path(env)) return *path;
    log(std::string("ATTUNE_RENDERER='") + env + "' is not software, accelerated or auto; choosing automatically");
    return RenderPath::automatic;
}

bool debug_wanted(const KioskOptions& options) {
    const char* env = std::getenv("ATTUNE_DEBUG");
    return options.debug || (env && *env && std::string(env) != "0");
}

// The script, or the lines of the error screen.
struct Loaded {
    std::optional<Script> script;
    std::vector<std::string> error_lines;
};

Loaded load(const KioskOptions& options, const Log& log) {
    if (options.picker) return {};
    if (options.script) return {options.script, {}};
    const ScriptLoad result = load_script_file(options.script_path);
    Loaded loaded;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        log(diagnostic.format());
        if (diagnostic.severity == Severity::error) loaded.error_lines.push_back(diagnostic.format());
    }
    if (result.ok())
        loaded.script = result.script;
    else if (loaded.error_lines.empty())
        loaded.error_lines.push_back(options.script_path.string() + ": cannot be loaded");
    return loaded;
}

// The primary language of the user's locale, for the picker's words.
std::string locale_language() {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        std::string tag{value};
        const auto end = tag.find_first_of("_.:@-");
        tag = tag.substr(0, end);
        if (tag == "C" || tag == "POSIX") return "en";
        return tag;
    }
    return "en";
}

std::unique_ptr<SdlContext> start_video() {
    try {
        return std::make_unique<SdlContext>(Subsystems::video);
    } catch (const SdlError& error) {
        throw std::runtime_error(std::string(error.what()) +
                                 "\nThe kiosk needs a display: start it from a graphical session (DISPLAY or "
                                 "WAYLAND_DISPLAY set). To render a screen without one, use --screenshot FILE.png.");
    }
}

// The console's window in counselor mode, unless --no-console.
std::optional<ConsoleSetup> counselor_console(const KioskOptions& options, const WindowOptions& shared) {
    if (options.counselor != CounselorMode::on || options.console != ConsoleWanted::window) return std::nullopt;
    ConsoleSetup console;
    console.shared_display = shared.display;
    console.shared_covers = !shared.windowed;
    console.window.render = shared.render;
    console.window.mode = shared.mode;
    return console;
}

int run(const KioskOptions& options, const Log& log) {
    const TimePoint started = options.launched.value_or(Clock::now());
    Loaded loaded = load(options, log);

    // Before SDL starts, so that SDL leaves these signals to it; destroyed
    // last, after every SDL object.
    const SignalWatch signals;
    // Created first, destroyed last: every SDL object below goes before it.
    const auto sdl = start_video();
    report_display_loss();
    // Before the window exists: asking SDL for the keys' times sets an event
    // filter, and SDL discards the events pending then.
    ask_for_key_times();
    WindowOptions window_options;
    window_options.windowed = options.windowed;
    window_options.width = options.width;
    window_options.height = options.height;
    window_options.render = requested_render_path(options, log);
    bool fallback = false;
    window_options.display = shared_display_for(options.display, SDL_GetNumVideoDisplays(), &fallback);
    if (fallback)
        log("display " + std::to_string(options.display) + " is not connected (" +
            std::to_string(SDL_GetNumVideoDisplays()) + " found): the shared screen is on display 0");
    KioskWindow window{window_options};
    const bool debug = debug_wanted(options);
    if (debug) log(window.describe());

    FontLibrary fonts{find_font_directory()};
    const Theme theme = options.theme.value_or(Theme{});
    const Words words = words_for_language(loaded.script    ? loaded.script->language
                                           : options.picker ? locale_language()
                                                            : "en");

    std::optional<Session> session;
    if (loaded.script) {
        for (const Diagnostic& warning : check_script_glyphs(*loaded.script, fonts)) log(warning.format());
        session.emplace(std::move(*loaded.script));
    }
    // On the picker, which script will run is not known yet: sound is
    // possible, and a script that wants silence gets it (the loop checks).
    SoundCues sound{options.picker || (session && session->script().settings.sound), log};
    const std::vector<ScriptFolder> folders = options.picker_folders;

    // $ATTUNE_SCREEN_TRACE: a line per screen change, for end-to-end tests.
    const auto trace = ScreenTrace::from_environment(started);
    const auto console_trace = ScreenTrace::from_environment(started, "ATTUNE_CONSOLE_TRACE");
    KioskLoop loop{LoopSetup{
        .window = window,
        .fonts = fonts,
        .theme = theme,
        .words = words,
        .session = session ? &*session : nullptr,
        .error_lines = loaded.error_lines,
        .sound = sound,
        .log = log,
        .started = debug ? std::optional<TimePoint>{started} : std::nullopt,
        .before_wait = trace ? [&trace](const DisplayList& shown) { trace->observe(shown); }
                             : std::function<void(const DisplayList&)>{},
        .catalog = options.picker ? [folders] { return build_catalog(folders); }
                                  : std::function<std::vector<CatalogEntry>()>{},
        .user_folder = options.user_folder,
        .reloading = options.windowed ? Reloading::on : Reloading::off,
        .counselor = options.counselor,
        .script_path = options.script ? std::filesystem::path{} : options.script_path,
        .theme_path = options.theme_path,
        .interrupted = [&signals] { return signals.caught().has_value(); },
        .keeping = options.keeping,
        .console = counselor_console(options, window_options),
        .console_before_wait =
            console_trace ? [&console_trace](const DisplayList& shown, Uint32) { console_trace->observe(shown); }
                          : std::function<void(const DisplayList&, Uint32)>{}}};
    loop.run();
    if (const auto signal_number = signals.caught()) {
        log("interrupted by " + signal_name(*signal_number) +
            (loop.conversation_unfinished() ? "; the conversation was not finished" : ""));
        return 128 + *signal_number;
    }
    return options.picker || loop.has_session() ? 0 : 1;
}

}  // namespace

int run_kiosk(const KioskOptions& options) {
    const Log log =
        options.log ? options.log : Log{[](const std::string& line) { std::cerr << "attune: " << line << '\n'; }};
    try {
        return run(options, log);
    } catch (const std::exception& error) {
        log(error.what());
        return 1;
    }
}

}  // namespace attune::kiosk
