// The loop's moves between its modes: from the picker to a session and back
// after its summary; to the error screen when a script does not load, and
// back (at the same step) when Ctrl+R reads it again while it is written.
#include "kiosk_loop.hpp"
#include "script_glyphs.hpp"
#include "script_loader.hpp"
#include "theme_loader.hpp"

namespace attune::kiosk {

namespace {

// Lines for the error screen, every diagnostic in the log.
std::vector<std::string> error_lines_of(const std::vector<Diagnostic>& diagnostics, const Log& log) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (log) log(diagnostic.format());
        if (diagnostic.severity == Severity::error) lines.push_back(diagnostic.format());
    }
    return lines;
}

}  // namespace

UiState KioskLoop::fresh_ui() const {
    // Sound and a Ctrl+Q being held outlast the screen they began on.
    UiState ui;
    ui.muted = m_ui.muted;
    ui.quit_progress = m_ui.quit_progress;
    return ui;
}

void KioskLoop::start_picked(TimePoint now) {
    if (m_picker.selected >= m_catalog.size()) return;
    const CatalogEntry& entry = m_catalog[m_picker.selected];
    if (!can_start(entry)) return;  // the panel already says why
    for (const Diagnostic& warning : check_script_glyphs(*entry.script, m_setup.fonts))
        if (m_setup.log) m_setup.log(warning.format());
    begin_session(*entry.script, entry.path, SessionOrigin::picker, std::nullopt, now);
}

void KioskLoop::open_picker() {
    m_leave_hold.release();
    m_mode = PickerMode{};
    m_words = m_setup.words;
    m_ui = fresh_ui();
    forget_next_meeting();
}

void KioskLoop::begin_session(Script script, std::filesystem::path path, SessionOrigin origin,
                              std::optional<Place> place, TimePoint now) {
    m_words = words_for_language(script.language);
    SessionSlot session = SessionSlot::own(std::move(script));
    session->advance_to(now);
    if (place) session->apply(cmd::StartAt{place->item, place->step}, now);
    session->take_cues();  // a step restarted by Ctrl+R is not news
    m_mode = ConversationMode{std::move(session), std::move(path), origin};
    m_ui = fresh_ui();
    // A script picked anew starts with a clean console; read again (Ctrl+R,
    // at a place), the counselor's notes stay.
    if (!place) m_console = ConsoleState{};
    forget_next_meeting();
}

void KioskLoop::show_errors(std::vector<std::string> lines, TimePoint now) {
    if (auto* conversation = std::get_if<ConversationMode>(&m_mode)) {
        // The session waits behind the error screen; a later Ctrl+R that
        // succeeds brings it back at the step it was on.
        m_mode = interrupt(std::move(*conversation), std::move(lines), now);
    } else if (auto* error = std::get_if<ErrorMode>(&m_mode)) {
        error->lines = std::move(lines);  // still failing: the newest lines, the same session waiting
    }
    m_ui = fresh_ui();
    forget_next_meeting();
}

std::vector<std::string> KioskLoop::reload_theme() {
    if (m_setup.reloading == Reloading::off || !m_setup.theme_path) return {};
    ThemeLoad load = load_theme_file(*m_setup.theme_path);
    auto lines = error_lines_of(load.diagnostics, m_setup.log);
    if (load.ok()) m_theme = std::move(*load.theme);
    return lines;
}

void KioskLoop::reload_catalog() {
    if (!m_setup.catalog) return;
    std::vector<CatalogEntry> fresh = m_setup.catalog();
    keep_selection(m_picker, m_catalog, fresh);
    m_catalog = std::move(fresh);
}

void KioskLoop::reload(TimePoint now) {
    if (std::holds_alternative<PickerMode>(m_mode)) {
        // Reading the list again loses nothing, so it works in a kiosk too.
        reload_theme();  // its problems are in the log: the list has no error screen
        reload_catalog();
        if (m_setup.log) m_setup.log("read the script folders again");
        return;
    }
    if (m_setup.reloading == Reloading::off) return;
    const auto* conversation = std::get_if<ConversationMode>(&m_mode);
    auto* error = std::get_if<ErrorMode>(&m_mode);
    const std::filesystem::path path = conversation ? conversation->script_path : error->script_path;

    std::vector<std::string> problems = reload_theme();
    std::optional<Script> script;
    if (!path.empty()) {
        ScriptLoad load = load_script_file(path);
        auto lines = error_lines_of(load.diagnostics, m_setup.log);
        if (lines.empty() && !load.ok()) lines.push_back(path.string() + ": cannot be loaded");
        problems.insert(problems.begin(), lines.begin(), lines.end());
        if (load.ok()) script = std::move(load.script);
    }
    if (!problems.empty()) {
        show_errors(std::move(problems), now);
        return;
    }
    if (!script) {
        // A script handed over already loaded has no file: only the theme
        // changed, and a session waiting behind the error screen comes back.
        if (error && error->waiting) m_mode = resume(std::move(*error));
        return;
    }
    // The new script goes on where the session stood: now, or when its
    // script stopped loading.
    std::optional<Place> place;
    if (conversation)
        place = place_after_reload(conversation->session->script(), conversation->session->snapshot(now), *script);
    else if (error->waiting)
        place = place_after_reload(error->waiting->session->script(), error->waiting->stood, *script);
    for (const Diagnostic& warning : check_script_glyphs(*script, m_setup.fonts))
        if (m_setup.log) m_setup.log(warning.format());
    if (m_setup.log)
        m_setup.log("read " + path.string() + " again" +
                    (place
                         ? ", at part " + std::to_string(place->item + 1) + ", step " + std::to_string(place->step + 1)
                         : ""));
    begin_session(std::move(*script), path, origin_of(m_mode), place, now);
}

}  // namespace attune::kiosk
