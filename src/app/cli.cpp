#include "cli.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "catalogue_file.hpp"
#include "cli_options.hpp"
#include "data_paths.hpp"
#include "duration.hpp"
#include "kiosk.hpp"
#include "kiosk_environment.hpp"
#include "one_line.hpp"
#include "plan.hpp"
#include "runtime_journal.hpp"
#include "screenshot_mode.hpp"
#include "script_catalog.hpp"
#include "script_glyphs.hpp"
#include "script_loader.hpp"
#include "script_schema.hpp"
#include "secret_input.hpp"
#include "space_cli.hpp"
#include "space_folder.hpp"
#include "space_name.hpp"
#include "text_fit.hpp"
#include "theme_loader.hpp"
#include "utf8.hpp"
#include "words.hpp"

namespace attune {
namespace {

// The words of every language but English come from the data folder's
// catalogues, read when a language is first shown; a missing or damaged one
// is said in one line, and that language shows English.
void use_installed_catalogues() {
    set_catalogue_source([data_dir = find_data_dir()](const std::string& language) {
        if (!data_dir) {
            std::cerr << "attune: no data folder, so no words for the language '" << language
                      << "'; the words are shown in English\n";
            return std::shared_ptr<const MessageCatalogue>{};
        }
        CatalogueFileRead read = read_catalogue_file(locale_dir(*data_dir), language);
        if (!read.catalogue) std::cerr << read.problem << '\n';
        return read.catalogue;
    });
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& diagnostic : diagnostics) std::cerr << diagnostic.format() << '\n';
}

// Warnings for characters the bundled fonts cannot draw and for text too
// long for the screen, merged into the loader's diagnostics in file order.
void add_glyph_warnings(ScriptLoad& load) {
    if (!load.script) return;
    try {
        auto warnings = kiosk::check_script_glyphs(*load.script);
        load.diagnostics.insert(load.diagnostics.end(), warnings.begin(), warnings.end());
        auto too_long = kiosk::check_text_fit(*load.script);
        load.diagnostics.insert(load.diagnostics.end(), too_long.begin(), too_long.end());
        std::stable_sort(load.diagnostics.begin(), load.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::pair{a.pos.line, a.pos.column} < std::pair{b.pos.line, b.pos.column};
                         });
    } catch (const std::exception& error) {
        std::cerr << "attune: cannot check the text with the bundled fonts: " << error.what() << '\n';
    }
}

// --validate: every problem of every file, then one status for all.
int validate(const std::vector<std::string>& files) {
    bool any_error = false;
    for (const auto& file : files) {
        ScriptLoad load = load_script_file(file);
        add_glyph_warnings(load);
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

// The theme named by --theme (the calm default when none), or its errors.
// A name that is no installed theme is answered with the names that are,
// rather than with the path of a file that the user never typed.
std::optional<ThemeLoad> load_theme(const CliOptions& options, const std::optional<std::filesystem::path>& data_dir) {
    if (options.theme.empty()) return ThemeLoad{Theme{}, {}};
    const auto path = theme_path(options.theme, data_dir.value_or("."));
    std::error_code error;
    if (is_theme_name(options.theme) && !std::filesystem::exists(path, error)) {
        const auto names = data_dir ? installed_theme_names(*data_dir) : std::vector<std::string>{};
        std::string known;
        for (const auto& name : names) known += (known.empty() ? "" : ", ") + name;
        std::cerr << "attune: there is no theme " << in_quotes(options.theme) << "; "
                  << (known.empty() ? "no themes are installed" : "the themes are " + known)
                  << " (or give a theme file)\n";
        return std::nullopt;
    }
    return load_theme_file(path);
}

// The script to run: the one given, else the built-in default.
std::optional<std::filesystem::path> script_to_run(const CliOptions& options,
                                                   const std::optional<std::filesystem::path>& data_dir) {
    if (!options.files.empty()) return std::filesystem::path{options.files.front()};
    if (data_dir) return default_script_path(*data_dir);
    std::cerr << "attune: cannot find the built-in scripts; give a script file, or set "
                 "ATTUNE_DATA_DIR to the folder that holds scripts/ and themes/\n";
    return std::nullopt;
}

// Built-in first, then the user's own folder, then folders given with --scripts.
std::vector<ScriptFolder> script_folders(const CliOptions& options,
                                         const std::optional<std::filesystem::path>& data_dir) {
    std::vector<ScriptFolder> folders;
    if (data_dir) folders.push_back({*data_dir / "scripts", ScriptOrigin::built_in});
    if (auto user = user_script_folder(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")))
        folders.push_back({*user, ScriptOrigin::user});
    for (const auto& dir : options.script_dirs) folders.push_back({dir, ScriptOrigin::given});
    return folders;
}

// --list: one line per script; a script with errors is listed too, marked.
int list(const CliOptions& options) {
    for (const auto& dir : options.script_dirs)
        if (!std::filesystem::is_directory(dir)) std::cerr << "attune: --scripts " << dir << ": no such folder\n";
    const auto catalog = build_catalog(script_folders(options, find_data_dir()));
    // Columns line up in characters, not bytes ("Zuhören").
    std::size_t width = 5;
    for (const auto& entry : catalog) width = std::max(width, utf8::count_characters(entry.display_title()));
    for (const auto& entry : catalog) {
        const std::string title = entry.display_title();
        std::cout << title << std::string(width - utf8::count_characters(title), ' ') << "  ";
        if (entry.script) {
            std::cout << entry.script->language << "  " << format_hms(entry.planned);
        } else {
            const auto errors = std::count_if(entry.diagnostics.begin(), entry.diagnostics.end(),
                                              [](const Diagnostic& d) { return d.severity == Severity::error; });
            std::cout << "does not load: " << errors << (errors == 1 ? " error" : " errors");
        }
        std::cout << "  " << entry.path.string() << '\n';
    }
    if (catalog.empty()) std::cerr << "attune: no scripts found\n";
    return 0;
}

int screenshot(const CliOptions& options) {
    const auto data_dir = find_data_dir();
    std::optional<ThemeLoad> theme = load_theme(options, data_dir);
    if (!theme) return 1;
    print_diagnostics(theme->diagnostics);
    if (!theme->ok()) return 1;
    ScreenshotRequest request;
    request.theme = *theme->theme;
    request.state = options.screenshot_state;
    request.output = options.screenshot_path;
    request.counselor = options.counselor ? CounselorMode::on : CounselorMode::off;
    if (options.size) std::tie(request.width, request.height) = *options.size;
    if (request.state == ScreenshotState::picker) {
        request.catalog = build_catalog(script_folders(options, data_dir));
        return take_screenshot(request);
    }
    const auto path = script_to_run(options, data_dir);
    if (!path) return 1;
    ScriptLoad load = load_script_file(*path);
    print_diagnostics(load.diagnostics);
    const bool loaded = load.ok();
    if (loaded) {
        request.script = std::move(load.script);
    } else {
        for (const auto& diagnostic : load.diagnostics)
            if (diagnostic.severity == Severity::error) request.error_lines.push_back(diagnostic.format());
    }
    // The error screen is still written, for the author to look at, but the
    // status says the script did not load, as --validate's does.
    const int written = take_screenshot(request);
    return loaded ? written : 1;
}

// The user's folder as a person would type it: "~/.config/attune/scripts".
std::string shown_folder(const std::filesystem::path& folder) {
    const std::string text = folder.string();
    const char* home = std::getenv("HOME");
    if (home && *home && text.starts_with(std::string(home) + "/")) return "~" + text.substr(std::string(home).size());
    return text;
}

// What the kiosk needs to keep conversations: the spaces' folder, the space
// `--space` names and its passphrase file, the runtime folder for the
// journal of a conversation that is not kept. A usage problem is one line
// and exit 2, a space that does not exist exit 1, before any window opens.
std::optional<int> keeping_setup(const CliOptions& options, kiosk::KeepingSetup& keeping) {
    keeping.offered = true;
    keeping.spaces_folder = spaces_folder();
    keeping.runtime_folder = space::runtime_folder();
    keeping.policy = cost_policy();
    keeping.new_key_cost = [] { return cost_for_new_key(); };
    if (options.space.empty()) return std::nullopt;
    if (const auto problem = space::code_name_problem(options.space)) {
        std::cerr << "attune: --space \"" << options.space << "\" cannot be a code name: " << *problem << '\n';
        return 2;
    }
    if (!std::filesystem::exists(space::space_file(keeping.spaces_folder, options.space))) {
        std::cerr << "attune: there is no space named \"" << options.space
                  << "\" (attune space list shows them; the kiosk can make one)\n";
        return 1;
    }
    keeping.space_name = options.space;
    if (!options.passphrase_file.empty()) {
        try {
            SecretInput input;
            keeping.passphrase =
                std::make_shared<const space::SecretBytes>(input.line_of_file(options.passphrase_file));
        } catch (const std::exception& error) {
            std::cerr << "attune: --passphrase-file " << options.passphrase_file << ": " << error.what() << '\n';
            return 1;
        }
    }
    return std::nullopt;
}

// A script given: it runs. None: the picker over the built-in scripts, the
// user's folder and the --scripts folders.
int kiosk_mode(const CliOptions& options, TimePoint launched) {
    const auto data_dir = find_data_dir();
    std::optional<ThemeLoad> theme = load_theme(options, data_dir);
    if (!theme) return 1;
    print_diagnostics(theme->diagnostics);
    if (!theme->ok()) return 1;
    // A --space that cannot be used is said before anything about the display.
    kiosk::KeepingSetup keeping;
    if (const auto failed = keeping_setup(options, keeping)) return *failed;
    const VideoChoice video = choose_video(DisplayEnvironment::from_process());
    if (video == VideoChoice::none) {
        std::cerr << no_display_message() << '\n';
        return 1;
    }
    apply_video_choice(video);
    kiosk::KioskOptions kiosk_options;
    // Each message the kiosk writes is one line on standard error.
    kiosk_options.log = [](const std::string& message) { std::cerr << "attune: " << one_line(message) << '\n'; };
    if (options.files.empty()) {
        for (const auto& dir : options.script_dirs)
            if (!std::filesystem::is_directory(dir)) std::cerr << "attune: --scripts " << dir << ": no such folder\n";
        kiosk_options.picker = true;
        kiosk_options.picker_folders = script_folders(options, data_dir);
        if (auto user = user_script_folder(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")))
            kiosk_options.user_folder = shown_folder(*user);
    } else {
        kiosk_options.script_path = options.files.front();
    }
    if (!options.theme.empty()) kiosk_options.theme_path = theme_path(options.theme, data_dir.value_or("."));
    kiosk_options.theme = theme->theme;
    kiosk_options.windowed = options.windowed;
    kiosk_options.counselor = options.counselor ? CounselorMode::on : CounselorMode::off;
    kiosk_options.console =
        options.counselor && !options.no_console ? kiosk::ConsoleWanted::window : kiosk::ConsoleWanted::none;
    kiosk_options.display = options.display;
    if (options.size) std::tie(kiosk_options.width, kiosk_options.height) = *options.size;
    kiosk_options.launched = launched;
    kiosk_options.keeping = std::move(keeping);
    return kiosk::run_kiosk(kiosk_options);
}

int run_mode(int argc, char** argv) {
    const TimePoint launched = Clock::now();
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (is_space_command(args)) return run_space_cli({args.begin() + 1, args.end()});
    const CliParse parse = parse_cli(args);
    if (!parse.options) {
        std::cerr << parse.error << '\n';
        return 2;
    }
    const CliOptions& options = *parse.options;
    switch (options.mode) {
        case CliMode::help:
            std::cout << cli_usage();
            return 0;
        case CliMode::version:
            std::cout << "attune " << ATTUNE_VERSION << '\n';
            return 0;
        case CliMode::print_schema:
            std::cout << script_schema_json();
            return 0;
        case CliMode::validate:
            return validate(options.files);
        case CliMode::plan:
            return plan(options.files.front());
        case CliMode::screenshot:
            return screenshot(options);
        case CliMode::list:
            return list(options);
        case CliMode::kiosk:
            return kiosk_mode(options, launched);
    }
    return 2;
}

// Prints the one line that an exception ends the program with.
void report_failure(const std::string& reason) { std::cerr << "attune: " << reason << '\n'; }

}  // namespace

// The one catch ladder of the program: whatever goes wrong below ends in one
// line on stderr and exit status 1, never in std::terminate's abort.
int run_cli(int argc, char** argv) {
    try {
        use_installed_catalogues();
        return run_mode(argc, argv);
    } catch (const std::filesystem::filesystem_error& error) {
        // "loop/x: Too many levels of symbolic links", not the library's
        // "filesystem error: status: ..." with the path in brackets.
        const std::string path = error.path1().empty() ? "" : error.path1().string() + ": ";
        report_failure(path + error.code().message());
    } catch (const std::bad_alloc&) {
        report_failure("out of memory");
    } catch (const std::exception& error) {
        report_failure(error.what());
    } catch (...) {
        report_failure("stopped by an unexpected error");
    }
    return 1;
}

}  // namespace attune
