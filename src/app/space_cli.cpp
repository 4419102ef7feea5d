#include "space_cli.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <thread>

#include "agreement_ledger.hpp"
#include "agreements_pdf.hpp"
#include "calendar.hpp"
#include "calendar_file.hpp"
#include "duration.hpp"
#include "export_file.hpp"
#include "fonts.hpp"
#include "kept_conversations.hpp"
#include "script_loader.hpp"
#include "secret_input.hpp"
#include "space_crypto.hpp"
#include "space_folder.hpp"
#include "space_name.hpp"
#include "space_overview.hpp"
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
    bool all = false;                           // agreements: the ended ones and every wording too
    bool checkins = false;                      // history: the revealed check-in answers, per track
    std::optional<std::string> agreements_pdf;  // export
    std::optional<std::string> calendar_file;   // export
    exporting::Paper paper = exporting::Paper::a4;
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
        auto output = [&]() -> std::string {
            if (i + 1 >= args.size() || args[i + 1].empty() || args[i + 1] == "-")
                throw UsageError(arg + " needs the name of the file to write");
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
        else if (arg == "--all")
            parsed.all = true;
        else if (arg == "--checkins")
            parsed.checkins = true;
        else if (arg == "--agreements")
            parsed.agreements_pdf = output();
        else if (arg == "--calendar")
            parsed.calendar_file = output();
        else if (arg == "--paper") {
            if (i + 1 >= args.size()) throw UsageError("--paper needs a4 or letter");
            const std::string& paper = args[++i];
            if (paper == "a4")
                parsed.paper = exporting::Paper::a4;
            else if (paper == "letter")
                parsed.paper = exporting::Paper::letter;
            else
                throw UsageError("--paper is a4 or letter, not " + paper);
        } else if (arg.starts_with("--passphrase") || arg.starts_with("--recovery-code"))
            throw UsageError(arg + ": a passphrase is never given as an argument; use --passphrase-file FILE");
        else if (arg.starts_with("--"))
            throw UsageError("unknown option " + arg);
        else
            words.push_back(arg);
    }
    if (words.empty())
        throw UsageError("which space command? create, list, agreements, history, export, passphrase, forget");
    parsed.verb = words[0];
    const bool wants_name = parsed.verb != "list";
    if (wants_name && words.size() != 2) throw UsageError("attune space " + parsed.verb + " needs one code name");
    if (!wants_name && words.size() != 1) throw UsageError("attune space list takes no code name");
    if (wants_name) {
        parsed.name = words[1];
        if (const auto problem = space::code_name_problem(parsed.name))
            throw UsageError("\"" + parsed.name + "\" cannot be a code name: " + *problem);
    }
    // Each option belongs to one command: one given to another is a mistake
    // worth saying, not something to ignore.
    if (parsed.all && parsed.verb != "agreements") throw UsageError("--all belongs to attune space agreements");
    if (parsed.checkins && parsed.verb != "history") throw UsageError("--checkins belongs to attune space history");
    const bool exports = parsed.agreements_pdf || parsed.calendar_file;
    if (exports && parsed.verb != "export")
        throw UsageError("--agreements and --calendar belong to attune space export");
    if (parsed.verb == "export" && !exports)
        throw UsageError("attune space export needs --agreements FILE.pdf, --calendar FILE.ics or both");
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
        if (m_args.verb == "export") return export_files();
        if (m_args.verb == "passphrase") return passphrase();
        if (m_args.verb == "forget") return forget();
        throw UsageError("unknown space command " + m_args.verb +
                         "; the commands are create, list, agreements, history, export, passphrase, forget");
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

    // The scripts of interrupted conversations, read from their kept text.
    static std::optional<Script> read_kept_script(const space::ConversationStart& start) {
        ScriptLoad load = load_script_text(start.script_text, start.script_title);
        return load.ok() ? std::optional<Script>(std::move(*load.script)) : std::nullopt;
    }

    // Everything the ledger commands read, once the space is open.
    struct Read {
        space::SpaceContents contents;
        space::KeptHistory history;
        space::AgreementLedger ledger;
        std::vector<std::string> problems;
    };

    Read read() {
        space::Space opened = open();
        Read read;
        read.contents = opened.read_all();
        read.history = space::read_history(read.contents);
        read.ledger = space::build_ledger(read.history, m_calendar, read_kept_script);
        read.problems = read.contents.problems;
        read.problems.insert(read.problems.end(), read.history.problems.begin(), read.history.problems.end());
        read.problems.insert(read.problems.end(), read.ledger.problems.begin(), read.ledger.problems.end());
        return read;
    }

    std::string day_text(Day day) const {
        const std::chrono::year_month_day date{day};
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                      static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
        return text;
    }

    static std::string words_of(const space::AgreementWording& wording) {
        return wording.aloud ? "(agreed aloud)" : wording.text;
    }

    int agreements() {
        const Read kept = read();
        const Day today = m_calendar.today();
        for (const auto& each : kept.ledger.agreements) {
            if (!each.in_force() && !m_args.all) continue;
            std::cout << day_text(each.wording().day) << "  " << each.prompt << ": " << words_of(each.wording());
            if (m_args.all) {
                std::cout << '\n' << "    " << each.id << "  " << each.script_title << "  ";
                if (each.in_force())
                    std::cout << "in force, " << (each.due_on(today) ? "due for review since " : "next review ")
                              << day_text(each.next_review());
                else
                    std::cout << "let go " << day_text(*each.ended);
                std::cout << '\n';
                print_history(each);
            } else {
                std::cout << '\n';
            }
        }
        return report(kept.problems);
    }

    static const char* origin_name(space::WordingOrigin origin) {
        switch (origin) {
            case space::WordingOrigin::made:
                return "worded";
            case space::WordingOrigin::made_again:
                return "worded again";
            case space::WordingOrigin::reworded:
                return "reworded in a review";
        }
        return "worded";
    }

    static const char* rating_name(const std::optional<ReviewRating>& rating) {
        if (!rating) return "not said";
        switch (*rating) {
            case ReviewRating::working:
                return "working";
            case ReviewRating::partly:
                return "partly";
            case ReviewRating::not_yet:
                return "not yet";
        }
        return "not said";
    }

    static const char* outcome_name(ReviewOutcome outcome) {
        switch (outcome) {
            case ReviewOutcome::kept:
                return "kept";
            case ReviewOutcome::reworded:
                return "reworded";
            case ReviewOutcome::let_go:
                return "let go";
        }
        return "kept";
    }

    // Every wording and review, in the order they happened.
    void print_history(const space::LedgerAgreement& agreement) const {
        for (const space::AgreementEvent& event : space::history_of(agreement)) {
            std::cout << "    " << day_text(event.day) << "  ";
            if (event.review) {
                std::cout << "reviewed: " << rating_name(event.review->ratings[0]) << " / "
                          << rating_name(event.review->ratings[1]) << ", " << outcome_name(event.review->outcome);
            } else {
                std::cout << origin_name(event.wording->origin) << ": " << words_of(*event.wording);
                if (!event.wording->confirmed[0] || !event.wording->confirmed[1]) std::cout << "  (confirmed by one)";
            }
            std::cout << '\n';
        }
    }

    int checkin_history() {
        const Read kept = read();
        const space::SpaceOverview overview =
            space::space_overview(kept.history, kept.ledger, m_calendar, read_kept_script);
        const auto& names = kept.history.conversations.empty() ? std::array<std::string, 2>{}
                                                               : kept.history.conversations.back().start.names;
        for (const auto& track : overview.tracks) {
            std::cout << track.track << " (1 to " << track.scale << ")\n";
            for (const auto& point : track.points) {
                std::cout << "  " << day_text(point.day);
                for (std::size_t seat = 0; seat < 2; ++seat) {
                    const std::string name = names[seat].empty() ? (seat == 0 ? "A" : "B") : names[seat];
                    std::cout << "  " << name << ' ';
                    if (point.values[seat])
                        std::cout << *point.values[seat];
                    else
                        std::cout << '-';
                }
                std::cout << '\n';
            }
        }
        std::vector<std::string> problems = kept.problems;
        problems.insert(problems.end(), overview.problems.begin(), overview.problems.end());
        return report(problems);
    }

    // The language of the latest conversation's script, for the words of an
    // export; English when it cannot be read.
    static std::string language_of(const space::KeptHistory& history) {
        for (auto at = history.conversations.rbegin(); at != history.conversations.rend(); ++at)
            if (const auto script = read_kept_script(at->start)) return script->language;
        return "en";
    }

    // The bundled fonts, as the kiosk finds them; not finding them is one
    // line like any export that cannot be written.
    static fs::path font_folder() {
        try {
            return kiosk::find_font_directory();
        } catch (const std::runtime_error& error) {
            throw exporting::ExportError(std::string("the agreements cannot be printed: ") + error.what());
        }
    }

    int export_files() {
        const Read kept = read();
        const std::string language = language_of(kept.history);
        std::vector<std::string> problems = kept.problems;
        if (m_args.agreements_pdf) {
            exporting::AgreementsPdf options;
            options.paper = m_args.paper;
            options.language = language;
            if (!kept.history.conversations.empty()) options.names = kept.history.conversations.back().start.names;
            options.font_folder = font_folder();
            options.today = m_calendar.today();
            exporting::write_export(*m_args.agreements_pdf, exporting::agreements_pdf(kept.ledger, options));
            std::cout << "The agreements are in " << *m_args.agreements_pdf
                      << " (plaintext, outside the space: keep it somewhere safe).\n";
        }
        if (m_args.calendar_file) {
            const auto& next = kept.history.next_conversations;
            const auto text = next.empty()
                                  ? std::nullopt
                                  : exporting::calendar_text(next.back().next, m_calendar.now_unix_ms(), language);
            if (text) {
                exporting::write_export(*m_args.calendar_file, *text);
                std::cout << "The next conversation is in " << *m_args.calendar_file << ".\n";
            } else {
                problems.push_back("no day for the next conversation has been agreed, so there is no calendar file");
            }
        }
        return report(problems);
    }

    int history() {
        if (m_args.checkins) return checkin_history();
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
    SystemCalendar m_calendar;
};

}  // namespace

bool is_space_command(const std::vector<std::string>& args) { return !args.empty() && args.front() == "space"; }

std::string space_usage() {
    return "Usage: attune space COMMAND [NAME] [OPTIONS]\n"
           "\n"
           "  create NAME        a new space; asks for its passphrase twice and shows its\n"
           "                     recovery code once\n"
           "  list               the code names of the spaces on this machine\n"
           "  agreements NAME    the agreements in force, one per line, oldest first;\n"
           "                     with --all the ones let go too, each with its id, its\n"
           "                     review day and every wording and review\n"
           "  history NAME       one line per conversation: date, script, duration, pauses;\n"
           "                     with --checkins both partners' revealed check-in\n"
           "                     answers, one line per conversation for each track\n"
           "  export NAME        --agreements FILE.pdf [--paper a4|letter]: the agreements\n"
           "                     in force with their history and review days, printable;\n"
           "                     --calendar FILE.ics: the next conversation for a calendar.\n"
           "                     The only plaintext that leaves a space: keep it safe\n"
           "  passphrase NAME    a new passphrase (the kept records stay as they are)\n"
           "  forget NAME        destroys the space's keys, then its file\n"
           "\n"
           "  --passphrase-file FILE      the passphrase from FILE's first line (- for\n"
           "                              standard input) instead of the terminal\n"
           "  --new-passphrase-file FILE  the new passphrase, the same way\n"
           "  --recovery-code-file FILE   open with the recovery code and set a new passphrase\n"
           "  --yes                       forget without typing the name\n"
           "\n"
           "Exit status: 0 done, 1 a space cannot be opened or is damaged, a new\n"
           "passphrase was refused, or an export could not be written, 2 usage.\n";
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
    } catch (const exporting::ExportError& error) {
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
