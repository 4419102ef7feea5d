#include "cli.hpp"

#include <iostream>
#include <string>
#include <vector>

#include "cli_options.hpp"
#include "duration.hpp"
#include "plan.hpp"
#include "script_loader.hpp"

namespace attune {
namespace {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& diagnostic : diagnostics) std::cerr << diagnostic.format() << '\n';
}

// --validate: every problem of every file, then one status for all.
int validate(const std::vector<std::string>& files) {
    bool any_error = false;
    for (const auto& file : files) {
        const ScriptLoad load = load_script_file(file);
        print_diagnostics(load.diagnostics);
        if (load.ok()) {
            std::cout << file << ": valid, " << load.script->agenda.size() << " item"
                      << (load.script->agenda.size() == 1 ? "" : "s") << ", planned "
                      << format_hms(planned_time(*load.script)) << '\n';
        } else {
            any_error = true;
        }
    }
    return any_error ? 1 : 0;
}

int plan(const std::string& file) {
    const ScriptLoad load = load_script_file(file);
    print_diagnostics(load.diagnostics);
    if (!load.ok()) return 1;
    const std::string listing = plan_listing(*load.script);
    std::cout << listing << (listing.ends_with('\n') ? "" : "\n");
    return 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    const CliParse parse = parse_cli(args);
    if (!parse.options) {
        std::cerr << parse.error << '\n';
        return 2;
    }
    const CliOptions& options = *parse.options;
    switch (options.mode) {
        case CliMode::help: std::cout << cli_usage(); return 0;
        case CliMode::version: std::cout << "attune " << ATTUNE_VERSION << '\n'; return 0;
        case CliMode::validate: return validate(options.files);
        case CliMode::plan: return plan(options.files.front());
        case CliMode::list:
        case CliMode::kiosk:
        case CliMode::screenshot:
            std::cerr << "attune: the kiosk is not built yet\n";
            return 2;
    }
    return 2;
}

}  // namespace attune
