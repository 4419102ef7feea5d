#include "cli_options.hpp"

#include <charconv>

#include "diagnostics.hpp"

namespace attune {
namespace {

// The largest screen attune draws on: 8K UHD. A larger size would only cost
// seconds and gigabytes for a screenshot no screen can show.
constexpr int max_width = 7680;
constexpr int max_height = 4320;

std::optional<std::pair<int, int>> parse_size(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos) return std::nullopt;
    int width = 0, height = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [after_width, width_error] = std::from_chars(begin, begin + x, width);
    auto [after_height, height_error] = std::from_chars(begin + x + 1, end, height);
    if (width_error != std::errc{} || height_error != std::errc{} || after_width != begin + x || after_height != end)
        return std::nullopt;
    if (width < 320 || height < 240 || width > max_width || height > max_height) return std::nullopt;
    return std::pair{width, height};
}

}  // namespace

std::string cli_usage() {
    return "Usage: attune [OPTIONS] [SCRIPT]\n"
           "\n"
           "Runs a structured conversation for two people on one shared screen.\n"
           "\n"
           "  attune SCRIPT               start the kiosk on a conversation script\n"
           "  attune                      start the kiosk on a list of the scripts to choose\n"
           "                              from (built-in, your own, --scripts); after a\n"
           "                              session, Next returns to the list\n"
           "  attune --validate FILE...   check scripts; prints FILE:LINE:COLUMN: error: ...\n"
           "                              (and warnings, e.g. a text too long for the screen)\n"
           "                              exit 0 when all are valid, 1 on errors, 2 on usage\n"
           "  attune --plan FILE          list the agenda with planned times and the total\n"
           "  attune --list               the scripts to choose from, with title, language\n"
           "                              and planned time (built-in, your own, --scripts)\n"
           "  attune --print-schema       the JSON Schema of scripts, for editors\n"
           "  attune space COMMAND ...    a couple's private space: create, list, agreements,\n"
           "                              history, passphrase, forget (attune space --help)\n"
           "  attune --screenshot OUT.png [--state NAME] [--size WxH] [SCRIPT]\n"
           "                              render one screen to a PNG or BMP file, headless;\n" +
           screenshot_state_help(std::string(30, ' '), 80) +
           "\n"
           "Options:\n"
           "  --theme NAME|FILE   calm (default), light, high-contrast, or a theme file\n"
           "  --scripts DIR       also offer the scripts in DIR (repeatable)\n"
           "  --windowed          a window instead of the whole screen (for writing scripts);\n"
           "                      Ctrl+R then reads the script and the theme again and\n"
           "                      goes on at the same step\n"
           "  --counselor         a counselor runs the conversation (also for the list of\n"
           "                      scripts): their console opens on a second display (a\n"
           "                      window with one display; Ctrl+K opens it again), and\n"
           "                      Ctrl+S skips a step, Ctrl+B goes back, Ctrl+T adds a\n"
           "                      minute, Ctrl+E ends a cool-down early; without it\n"
           "                      these keys do nothing\n"
           "  --no-console        with --counselor: the counselor uses the Ctrl keys on\n"
           "                      the shared keyboard, with no console of their own\n"
           "  --display N         the display the shared screen covers (0, the first, by\n"
           "                      default; one that is not there yet: the first)\n"
           "  --size WxH          window or screenshot size, e.g. 1920x1080\n"
           "  --space NAME        offer to keep the conversation in this space (both\n"
           "                      partners still choose it on the screen)\n"
           "  --passphrase-file FILE  the space's passphrase from FILE (- for standard\n"
           "                      input) instead of typing it on the screen\n"
           "  --help              this text\n"
           "  --version           the version\n"
           "\n"
           "Keys in the kiosk: F1 or ? shows them all. In the list: Up/Down to choose,\n"
           "Space or Enter to start, Ctrl+R to read the folders again.\n";
}

CliParse parse_cli(const std::vector<std::string>& args) {
    CliOptions options;
    bool mode_set = false;
    auto set_mode = [&](CliMode mode, const std::string& flag) -> std::string {
        if (mode_set && options.mode != mode)
            return "attune: " + flag + " cannot be combined with another mode (see attune --help)";
        options.mode = mode;
        mode_set = true;
        return {};
    };
    auto fail = [](std::string message) { return CliParse{std::nullopt, std::move(message)}; };

    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* flag) -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            (void)flag;
            return args[++i];
        };
        std::string error;
        if (arg == "--help" || arg == "-h") {
            error = set_mode(CliMode::help, arg);
        } else if (arg == "--version") {
            error = set_mode(CliMode::version, arg);
        } else if (arg == "--validate") {
            error = set_mode(CliMode::validate, arg);
        } else if (arg == "--plan") {
            error = set_mode(CliMode::plan, arg);
        } else if (arg == "--list") {
            error = set_mode(CliMode::list, arg);
        } else if (arg == "--print-schema") {
            error = set_mode(CliMode::print_schema, arg);
        } else if (arg == "--windowed") {
            options.windowed = true;
        } else if (arg == "--counselor") {
            options.counselor = true;
        } else if (arg == "--no-console") {
            options.no_console = true;
        } else if (arg == "--display") {
            auto text = value("--display");
            // A display that is not connected is no usage error (the kiosk may
            // start before the TV); only what is no display number at all is.
            if (!text || text->empty() || text->size() > 2 ||
                text->find_first_not_of("0123456789") != std::string::npos)
                return fail("attune: --display needs a display number, 0 for the first");
            options.display = std::stoi(*text);
        } else if (arg == "--theme") {
            auto theme = value("--theme");
            if (!theme) return fail("attune: --theme needs a name or a file");
            options.theme = *theme;
        } else if (arg == "--size") {
            auto text = value("--size");
            if (!text) return fail("attune: --size needs WIDTHxHEIGHT, e.g. 1920x1080");
            options.size = parse_size(*text);
            if (!options.size)
                return fail("attune: --size " + in_quotes(*text) + " is not WIDTHxHEIGHT between 320x240 and " +
                            std::to_string(max_width) + "x" + std::to_string(max_height));
        } else if (arg == "--screenshot") {
            error = set_mode(CliMode::screenshot, arg);
            auto path = value("--screenshot");
            if (!path) return fail("attune: --screenshot needs an output file (.png or .bmp)");
            options.screenshot_path = *path;
        } else if (arg == "--state") {
            auto state = value("--state");
            if (!state) return fail("attune: --state needs a screen name (see attune --help)");
            const auto parsed = parse_screenshot_state(*state);
            if (!parsed) return fail(unknown_screenshot_state(*state));
            options.screenshot_state = *parsed;
        } else if (arg == "--space") {
            auto name = value("--space");
            if (!name) return fail("attune: --space needs a code name");
            options.space = *name;
        } else if (arg == "--passphrase-file") {
            auto file = value("--passphrase-file");
            if (!file) return fail("attune: --passphrase-file needs a file (- for standard input)");
            options.passphrase_file = *file;
        } else if (arg == "--scripts") {
            auto dir = value("--scripts");
            if (!dir) return fail("attune: --scripts needs a folder");
            options.script_dirs.push_back(*dir);
        } else if (arg == "--") {
            for (++i; i < args.size(); ++i) options.files.push_back(args[i]);
        } else if (arg.size() > 1 && arg[0] == '-') {
            return fail("attune: unknown option " + in_quotes(arg) + " (see attune --help)");
        } else {
            options.files.push_back(arg);
        }
        if (!error.empty()) return fail(error);
    }

    switch (options.mode) {
        case CliMode::validate:
            if (options.files.empty()) return fail("attune: --validate needs at least one FILE");
            break;
        case CliMode::plan:
            if (options.files.size() != 1) return fail("attune: --plan needs exactly one FILE");
            break;
        case CliMode::kiosk:
        case CliMode::screenshot:
            if (options.files.size() > 1)
                return fail("attune: one script at a time (got " + std::to_string(options.files.size()) + ")");
            break;
        case CliMode::print_schema:
            if (!options.files.empty()) return fail("attune: --print-schema takes no FILE");
            break;
        case CliMode::list:
        case CliMode::help:
        case CliMode::version:
            break;
    }
    if ((!options.space.empty() || !options.passphrase_file.empty()) && options.mode != CliMode::kiosk)
        return fail("attune: --space and --passphrase-file are for the kiosk");
    if (options.counselor && options.mode != CliMode::kiosk && options.mode != CliMode::screenshot)
        return fail("attune: --counselor is for the kiosk");
    if (options.no_console && !options.counselor) return fail("attune: --no-console is for --counselor");
    if (!options.passphrase_file.empty() && options.space.empty())
        return fail("attune: --passphrase-file needs --space NAME");
    return {options, {}};
}

}  // namespace attune
