// The loop's picker and its Ctrl+R: choosing a script from the list,
// starting a session on it and coming back after its summary; reading the
// script and the theme again while they are written.
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

void KioskLoop::on_picker_key(const KeyPress& press, bool repeat, TimePoint now) {
    const PickerAction action = map_picker_key(press);
    // Holding an arrow runs down the list; nothing else repeats.
    if (repeat && action != PickerAction::previous && action != PickerAction::next) return;
    switch (action) {
        case PickerAction::none:
            return;
        case PickerAction::hold_to_quit:
            m_quit_hold.press(now);
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

void KioskLoop::start_picked(TimePoint now) {
    if (m_picker.selected >= m_catalog.size()) return;
    const CatalogEntry& entry = m_catalog[m_picker.selected];
    if (!can_start(entry)) return;  // the panel already says why
    for (const Diagnostic& warning : check_script_glyphs(*entry.script, m_setup.fonts))
        if (m_setup.log) m_setup.log(warning.format());
    begin_session(*entry.script, entry.path, std::nullopt, now);
    m_ui.from_picker = true;
}

void KioskLoop::open_picker() {
    m_in_picker = true;
    m_session = nullptr;
    m_own_session.reset();
    m_script_path.clear();
    m_kept.reset();
    m_words = m_setup.words;
    m_ui = fresh_ui();
}

void KioskLoop::begin_session(Script script, std::filesystem::path path, std::optional<Place> place, TimePoint now) {
    const bool from_picker = m_ui.from_picker;
    m_words = words_for_language(script.language);
    m_own_session.emplace(std::move(script));
    m_session = &*m_own_session;
    m_session->advance_to(now);
    if (place) m_session->apply(cmd::StartAt{place->item, place->step}, now);
    m_session->take_cues();  // a step restarted by Ctrl+R is not news
    m_script_path = std::move(path);
    m_kept.reset();
    m_in_picker = false;
    m_ui = fresh_ui();
    m_ui.from_picker = from_picker;
}

std::vector<std::string> KioskLoop::reload_theme() {
    if (!m_setup.reloadable || !m_setup.theme_path) return {};
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
    if (m_in_picker) {
        // Reading the list again loses nothing, so it works in a kiosk too.
        reload_theme();  // its problems are in the log: the list has no error screen
        reload_catalog();
        if (m_setup.log) m_setup.log("read the script folders again");
        return;
    }
    if (!m_setup.reloadable) return;
    std::vector<std::string> problems = reload_theme();
    std::optional<Script> script;
    if (!m_script_path.empty()) {
        ScriptLoad load = load_script_file(m_script_path);
        auto lines = error_lines_of(load.diagnostics, m_setup.log);
        if (lines.empty() && !load.ok()) lines.push_back(m_script_path.string() + ": cannot be loaded");
        problems.insert(problems.begin(), lines.begin(), lines.end());
        if (load.ok()) script = std::move(load.script);
    }
    if (!problems.empty()) {
        // The session waits behind the error screen; a later Ctrl+R that
        // succeeds brings it back at the step it was on.
        if (session_shown()) m_kept = m_session->snapshot(now);
        const bool from_picker = m_ui.from_picker;
        m_ui = fresh_ui();
        m_ui.from_picker = from_picker;
        m_ui.error_lines = std::move(problems);
        return;
    }
    if (!script) {
        // A script handed over already loaded has no file: only the theme changed.
        m_ui.error_lines.clear();
        m_kept.reset();
        return;
    }
    std::optional<Place> place;
    if (m_session) {
        const Snapshot before = m_kept ? *m_kept : m_session->snapshot(now);
        place = place_after_reload(m_session->script(), before, *script);
    }
    for (const Diagnostic& warning : check_script_glyphs(*script, m_setup.fonts))
        if (m_setup.log) m_setup.log(warning.format());
    if (m_setup.log)
        m_setup.log("read " + m_script_path.string() + " again" +
                    (place
                         ? ", at part " + std::to_string(place->item + 1) + ", step " + std::to_string(place->step + 1)
                         : ""));
    begin_session(std::move(*script), m_script_path, place, now);
}

}  // namespace attune::kiosk
