#include "loader_checks.hpp"

#include <vector>

#include "diagnostics.hpp"
#include "plan.hpp"
#include "script_loader.hpp"
#include "theme_loader.hpp"

namespace attune::fuzz {
namespace {

// The name messages give the input, as a path given on the command line would be.
constexpr const char* display_name = "fuzz.yaml";

// A load either succeeds without an error or fails with at least one, and
// every message names the file it was given and says something.
std::optional<std::string> check_diagnostics(bool loaded, const std::vector<Diagnostic>& diagnostics) {
    if (loaded && has_errors(diagnostics)) return "a load that succeeded reported an error";
    if (!loaded && !has_errors(diagnostics)) return "a load that failed reported no error";
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.file != display_name) return "a message names another file: " + diagnostic.format();
        if (diagnostic.message.empty()) return "a message says nothing: " + diagnostic.format();
        if (diagnostic.pos.line < 0 || diagnostic.pos.column < 0)
            return "a message has a negative position: " + diagnostic.format();
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> check_script_load(std::string_view text) {
    const ScriptLoad load = load_script_text(text, display_name);
    if (auto broken = check_diagnostics(load.ok(), load.diagnostics)) return broken;
    if (!load.ok()) return std::nullopt;
    // What --plan and the start screen do with a script that loads.
    if (load.script->agenda.empty()) return "a script that loads has no agenda";
    if (planned_time(*load.script) < Seconds{0}) return "a script that loads plans a negative time";
    if (plan_listing(*load.script).empty()) return "a script that loads has an empty plan";
    return std::nullopt;
}

std::optional<std::string> check_theme_load(std::string_view text) {
    const ThemeLoad load = load_theme_text(text, display_name);
    return check_diagnostics(load.ok(), load.diagnostics);
}

}  // namespace attune::fuzz
