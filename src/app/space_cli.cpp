#include "space_cli.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <thread>

#include "duration.hpp"
#include "kept_conversations.hpp"
#include "script_loader.hpp"
#include "secret_input.hpp"
#include "space_crypto.hpp"
#include "space_folder.hpp"
#include "space_name.hpp"
#include "space_store.hpp"
#include "utf8.hpp"

namespace attune {
namespace {

namespace fs = std::filesystem;
using space::SecretBytes;

// A usage error: exit 2.
class UsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// A new passphrase that cannot be used (the two typings differ, or it is
// too short): the user's input, not the command's arguments, so exit 1.
class RefusedPassphrase : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

constexpr std::size_t passphrase_min_characters = 8;

struct SpaceArgs {
    std::string verb;
    std::string name;
    std::optional<std::string> passphrase_file;
    std::optional<std::string> new_passphrase_file;
    std::optional<std::string> recovery_code_file;
    bool yes = false;
};

SpaceArgs parse(const std::vector<std::string>& args) {
    SpaceArgs parsed;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) throw UsageError(arg + " needs a file (or - for standard input)");
            return args[++i];
        };
        if (arg == "--passphrase-file")
            parsed.passphrase_file = value();
        else if (arg == "--new-passphrase-file")
            parsed.new_passphrase_file = value();
        else if (arg == "--recovery-code-file")
            parsed.recovery_code_file = value();
        else if (arg == "--yes")
            parsed.yes = true;
        else if (arg.starts_with("--passphrase") || arg.starts_with("--recovery-code"))
            throw UsageError(arg + ": a passphrase is never given as an argument; use --passphrase-file FILE");
        else if (arg.starts_with("--"))
            throw UsageError("unknown option " + arg);
        else
            words.push_back(arg);
    }
    if (words.empty()) throw UsageError("which space command? create, list, agreements, history, passphrase, forget");
    parsed.verb = words[0];
    const bool wants_name = parsed.verb != "list";
    if (wants_name && words.size() != 2) throw UsageError("attune space " + parsed.verb + " needs one code name");
    if (!wants_name && words.size() != 1) throw UsageError("attune space list takes no code name");
    if (wants_name) {
        parsed.name = words[1];
        if (const auto problem = space::code_name_problem(parsed.name))
            throw UsageError("\"" + parsed.name + "\" cannot be a code name: " + *problem);
    }
    return parsed;
}

std::string date_of(std::int64_t unix_ms, const char* format) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    ::localtime_r(&seconds, &local);
    char text[64];
    std::strftime(text, sizeof text, format, &local);
    return text;
}

SecretBytes new_passphrase(SecretInput& input, const SpaceArgs& args, const std::optional<std::string>& file) {
    SecretBytes first;
    if (file) {
        first = input.line_of_file(*file);
    } else {
        first = input.ask("New passphrase for " + args.name + ": ");
        const SecretBytes again = input.ask("The same passphrase again: ");
        if (first.text() != again.text()) throw RefusedPassphrase("the two passphrases differ; nothing was changed");
    }
    if (utf8::count_characters(first.text()) < passphrase_min_characters)
        throw RefusedPassphrase("a passphrase needs at least " + std::to_string(passphrase_min_characters) +
                                " characters");
    return first;
}

class SpaceCommand {
public:
    explicit SpaceCommand(SpaceArgs args) : m_args(std::move(args)), m_folder(spaces_folder()) {}

    int run() {
        if (m_args.verb == "create") return create();
        if (m_args.verb == "list") return list();
        if (m_args.verb == "agreements") return agreements();
        if (m_args.verb == "history") return history();
        if (m_args.verb == "passphrase") return passphrase();
        if (m_args.verb == "forget") return forget();
        throw UsageError("unknown space command " + m_args.verb +
                         "; the commands are create, list, agreements, history, passphrase, forget");
    }

private:
    fs::path file() const { return space::space_file(m_folder, m_args.name); }

    int create() {
        if (m_args.recovery_code_file) throw UsageError("a new space has no recovery code yet");
        const SecretBytes passphrase = new_passphrase(m_input, m_args, m_args.passphrase_file);
        prepare_folder(m_folder);
        if (fs::exists(file())) {
            std::cerr << "attune: a space named " << m_args.name << " already exists\n";
            return 1;
        }
        SecretBytes code;
        space::Space::create(file(), passphrase, cost_for_new_key(), code);
        std::cout << "The space " << m_args.name << " is ready.\n"
                  << "Its recovery code, shown only this once: " << std::flush;
        // Straight from guarded memory to the terminal: no stream buffer
        // keeps a copy of the code.
        const SecretBytes grouped = space::grouped_recovery_code(code);
        if (::write(STDOUT_FILENO, grouped.data(), grouped.size()) != static_cast<ssize_t>(grouped.size()))
            throw space::SpaceError(space::SpaceProblem::storage_failed,
                                    "the recovery code could not be shown; forget this space and create it again");
        std::cout << "\n"
                  << "Write it down and keep it apart from this machine: with it a forgotten passphrase\n"
                  << "can be replaced; without both, nobody can open the space.\n";
        return 0;
    }

    int list() {
        for (const auto& name : space::space_names(m_folder)) std::cout << name << '\n';
        return 0;
    }

    // Opens the space with the passphrase, or with the recovery code (and
    // then sets a new passphrase).
    space::Space open() {
        const fs::path path = file();
        if (!fs::exists(path))
            throw space::SpaceError(space::SpaceProblem::not_found, "there is no space named " + m_args.name);
        const auto delay = space::unlock_delay(space::failed_unlocks(path));
        if (delay.count() > 0) {
            std::cerr << "attune: waiting " << delay.count() << " s after earlier attempts that did not open "
                      << m_args.name << '\n';
            std::this_thread::sleep_for(delay);
        }
        if (m_args.recovery_code_file) {
            const SecretBytes typed = m_input.line_of_file(*m_args.recovery_code_file);
            const auto code = space::normalize_recovery_code(typed.text());
            if (!code) throw UsageError("that is not a recovery code (24 letters and digits in six groups)");
            space::Space opened = space::Space::open(path, space::SecretKind::recovery_code, *code, cost_policy());
            const SecretBytes passphrase = new_passphrase(m_input, m_args, m_args.new_passphrase_file);
            opened.change_passphrase(passphrase, cost_for_new_key());
            std::cerr << "attune: the space " << m_args.name << " has a new passphrase\n";
            return opened;
        }
        const SecretBytes passphrase = m_args.passphrase_file ? m_input.line_of_file(*m_args.passphrase_file)
                                                              : m_input.ask("Passphrase for " + m_args.name + ": ");
        return space::Space::open(path, space::SecretKind::passphrase, passphrase, cost_policy());
    }

    int report(const std::vector<std::string>& problems) {
        for (const auto& problem : problems) std::cerr << "attune: space " << m_args.name << ": " << problem << '\n';
        return problems.empty() ? 0 : 1;
    }

    int agreements() {
        space::Space opened = open();
        const space::SpaceContents contents = opened.read_all();
        const space::KeptHistory history = space::read_history(contents);
        const auto in_force = space::agreements_in_force(history, [](const space::ConversationStart& start) {
            ScriptLoad load = load_script_text(start.script_text, start.script_title);
            return load.ok() ? std::optional<Script>(std::move(*load.script)) : std::nullopt;
        });
        for (const auto& each : in_force.agreements) {
            std::cout << date_of(each.started_unix_ms, "%Y-%m-%d") << "  " << each.agreement.prompt << ": "
                      << (each.agreement.aloud ? "(agreed aloud)" : each.agreement.text) << '\n';
        }
        std::vector<std::string> problems = contents.problems;
        problems.insert(problems.end(), history.problems.begin(), history.problems.end());
        problems.insert(problems.end(), in_force.problems.begin(), in_force.problems.end());
        return report(problems);
    }

    int history() {
        space::Space opened = open();
        const space::SpaceContents contents = opened.read_all();
        const space::KeptHistory history = space::read_history(contents);
        for (const auto& each : history.conversations) {
            const auto pauses = each.end ? each.end->pauses : 0;
            std::cout << date_of(each.start.started_unix_ms, "%Y-%m-%d %H:%M") << "  " << each.start.script_title
                      << "  " << format_hms(std::chrono::duration_cast<Seconds>(each.duration()));
            if (each.end)
                std::cout << "  " << pauses << (pauses == 1 ? " pause" : " pauses");
            else
                std::cout << "  not finished";
            if (each.damaged) std::cout << "  (partly unreadable)";
            std::cout << '\n';
        }
        std::vector<std::string> problems = contents.problems;
        problems.insert(problems.end(), history.problems.begin(), history.problems.end());
        return report(problems);
    }

    int passphrase() {
        if (m_args.recovery_code_file) {
            open();  // sets the new passphrase
            return 0;
        }
        space::Space opened = open();
        const SecretBytes passphrase = new_passphrase(m_input, m_args, m_args.new_passphrase_file);
        opened.change_passphrase(passphrase, cost_for_new_key());
        std::cout << "The space " << m_args.name << " has a new passphrase; its recovery code is unchanged.\n";
        return 0;
    }

    int forget() {
        const fs::path path = file();
        if (!fs::exists(path)) {
            std::cerr << "attune: there is no space named " << m_args.name << '\n';
            return 1;
        }
        if (!m_args.yes) {
            const std::string typed =
                m_input.ask_visible("Forgetting " + m_args.name + " cannot be undone. Type its code name to go on: ");
            if (typed != m_args.name) {
                std::cerr << "attune: the name typed did not match; " << m_args.name << " is kept\n";
                return 1;
            }
        }
        space::forget_space(path);
        std::cout << "The space " << m_args.name << " is forgotten: its keys and its file are gone.\n";
        return 0;
    }

    SpaceArgs m_args;
    fs::path m_folder;
    SecretInput m_input;
};

}  // namespace

bool is_space_command(const std::vector<std::string>& args) { return !args.empty() && args.front() == "space"; }

std::string space_usage() {
    return "Usage: attune space COMMAND [NAME] [OPTIONS]\n"
           "\n"
           "  create NAME        a new space; asks for its passphrase twice and shows its\n"
           "                     recovery code once\n"
           "  list               the code names of the spaces on this machine\n"
           "  agreements NAME    the agreements in force, one per line, oldest first\n"
           "  history NAME       one line per conversation: date, script, duration, pauses\n"
           "  passphrase NAME    a new passphrase (the kept records stay as they are)\n"
           "  forget NAME        destroys the space's keys, then its file\n"
           "\n"
           "  --passphrase-file FILE      the passphrase from FILE's first line (- for\n"
           "                              standard input) instead of the terminal\n"
           "  --new-passphrase-file FILE  the new passphrase, the same way\n"
           "  --recovery-code-file FILE   open with the recovery code and set a new passphrase\n"
           "  --yes                       forget without typing the name\n"
           "\n"
           "Exit status: 0 done, 1 a space cannot be opened or is damaged, or a new\n"
           "passphrase was refused, 2 usage.\n";
}

int run_space_cli(const std::vector<std::string>& args) {
    ::umask(077);
    space::forbid_core_dumps();
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "help")) {
        std::cout << space_usage();
        return 0;
    }
    try {
        if (test_cost_requested())
            std::cerr << "attune: ATTUNE_SPACE_TEST_KDF=minimum: test key costs, not for real spaces\n";
        return SpaceCommand(parse(args)).run();
    } catch (const std::invalid_argument& error) {
        std::cerr << "attune space: " << error.what() << '\n';
        return 2;
    } catch (const space::SpaceError& error) {
        std::cerr << "attune: " << error.what() << '\n';
        return 1;
    } catch (const RefusedPassphrase& error) {
        std::cerr << "attune: " << error.what() << '\n';
        return 1;
    }
}

// Tests make spaces with libsodium's minimum cost instead of the calibrated
// one; this says so on every run, so that it cannot go unnoticed.
bool test_cost_requested() {
    const char* value = std::getenv("ATTUNE_SPACE_TEST_KDF");
    return value != nullptr && std::string(value) == "minimum";
}

space::CostPolicy cost_policy() {
    return test_cost_requested() ? space::CostPolicy::allow_test_costs : space::CostPolicy::production;
}

space::KdfCost cost_for_new_key() {
    if (test_cost_requested()) return space::minimum_test_cost();
    std::cerr << "attune: measuring this machine to make the key hard to guess (a few seconds)\n";
    return space::calibrate_cost().cost;
}

}  // namespace attune
