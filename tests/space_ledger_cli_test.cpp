// `attune space agreements --all`, `history --checkins` and `export` as a
// counselor uses them: the real binary on a space whose history the test
// writes, days before today on the machine's own calendar.
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <regex>

#include "process.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::test;

namespace {

struct LedgerCli {
    std::filesystem::path home;
    std::string passphrase;
    explicit LedgerCli(const std::string& name) : home(fresh_folder("ledger-cli-" + name)) {
        passphrase = (home / "pw").string();
        std::ofstream(passphrase) << "correct horse battery\n";
        REQUIRE(run({"create", "river", "--passphrase-file", passphrase}).exit_code == 0);
    }

    std::filesystem::path file() const { return home / "attune" / "spaces" / "river.space"; }

    ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {ATTUNE_BINARY, "space"});
        return run_process(args, {{"XDG_DATA_HOME", home.string()}, {"ATTUNE_SPACE_TEST_KDF", "minimum"}});
    }

    static std::string errors(const ProcessResult& result) {
        std::string kept;
        std::istringstream in(result.err);
        for (std::string line; std::getline(in, line);)
            if (line.find("ATTUNE_SPACE_TEST_KDF") == std::string::npos) kept += line + "\n";
        return kept;
    }

    // Keeps a conversation held `days_ago` with these facts; returns the
    // number of its first record.
    std::uint64_t hold(int days_ago, space::ConversationEnd facts) const {
        space::Space opened = open_test_space(file());
        space::ConversationStart start = start_of();
        start.script_title = "Our boundaries";
        start.started_unix_ms = now_ms() - std::int64_t{days_ago} * 86'400'000;
        const std::uint64_t first = opened.append(space::RecordKind::conversation_start, encode(start));
        opened.append(space::RecordKind::command,
                      encode(space::CommandRecord{std::chrono::seconds{1}, Command{cmd::Begin{}}}));
        facts.finish = FinishReason::completed;
        opened.append(space::RecordKind::conversation_end, encode(facts));
        return first;
    }

    static std::int64_t now_ms() {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

space::KeptAgreement agreement(std::string prompt, std::string text) {
    space::KeptAgreement made;
    made.prompt = std::move(prompt);
    made.text = std::move(text);
    made.review_in = weeks(1);
    return made;
}

space::KeptReview review(std::string id, ReviewOutcome outcome, std::string text = {}) {
    return space::KeptReview{0,       std::move(id),   {ReviewRating::working, ReviewRating::partly},
                             outcome, std::move(text), false};
}

// A history: two agreements set down twenty days ago; ten days ago the first
// was reworded; three days ago the second was let go.
void keep_a_history(const LedgerCli& cli) {
    space::ConversationEnd first;
    first.agreements = {agreement("Phones at dinner?", "Phones stay in the hall"),
                        agreement("Weekends?", "Sundays are ours")};
    const auto seq = cli.hold(20, first);
    space::ConversationEnd second;
    second.reviews = {
        review("c" + std::to_string(seq) + ".0", ReviewOutcome::reworded, "Phones in the hall from seven")};
    cli.hold(10, second);
    space::ConversationEnd third;
    third.reviews = {review("c" + std::to_string(seq) + ".1", ReviewOutcome::let_go)};
    cli.hold(3, third);
}

}  // namespace

TEST_CASE("attune space agreements shows what is in force, and with --all every wording and the ones let go",
          "[space]") {
    const LedgerCli cli("agreements");
    keep_a_history(cli);
    const auto in_force = cli.run({"agreements", "river", "--passphrase-file", cli.passphrase});
    CHECK(LedgerCli::errors(in_force).empty());
    CHECK(in_force.exit_code == 0);
    CHECK(std::regex_match(in_force.out,
                           std::regex("\\d{4}-\\d\\d-\\d\\d  Phones at dinner\\?: Phones in the hall from seven\n")));

    const auto all = cli.run({"agreements", "river", "--all", "--passphrase-file", cli.passphrase});
    CHECK(LedgerCli::errors(all).empty());
    CHECK(all.exit_code == 0);
    const std::string d = "\\d{4}-\\d\\d-\\d\\d";
    INFO(all.out);
    CHECK(std::regex_match(all.out, std::regex(d +
                                               "  Phones at dinner\\?: Phones in the hall from seven\n"
                                               "    c1\\.0  Our boundaries  in force, due for review since " +
                                               d + "\n    " + d + "  worded: Phones stay in the hall\n    " + d +
                                               "  reviewed: working / partly, reworded\n    " + d +
                                               "  reworded in a review: Phones in the hall from seven\n" + d +
                                               "  Weekends\\?: Sundays are ours\n"
                                               "    c1\\.1  Our boundaries  let go " +
                                               d + "\n    " + d + "  worded: Sundays are ours\n    " + d +
                                               "  reviewed: working / partly, let go\n")));
}

TEST_CASE("attune space history --checkins shows both partners' answers per track", "[space]") {
    const LedgerCli cli("checkins");
    for (int week = 3; week >= 1; --week) {
        space::ConversationEnd end;
        end.checkins = {space::KeptCheckin{0, "How close do you feel?", Seat::left, 5 - week, 5, "Close"},
                        space::KeptCheckin{0, "How close do you feel?", Seat::right, 4, 5, "Close"}};
        cli.hold(week * 7, end);
    }
    const auto history = cli.run({"history", "river", "--checkins", "--passphrase-file", cli.passphrase});
    CHECK(LedgerCli::errors(history).empty());
    CHECK(history.exit_code == 0);
    const std::string d = "\\d{4}-\\d\\d-\\d\\d";
    CHECK(std::regex_match(
        history.out, std::regex("Close \\(1 to 5\\)\n"
                                "  " +
                                d + "  Sam 2  Alex 4\n  " + d + "  Sam 3  Alex 4\n  " + d + "  Sam 4  Alex 4\n")));
}

TEST_CASE("attune space export writes the agreements' PDF and the next conversation's calendar file", "[space]") {
    const LedgerCli cli("export");
    keep_a_history(cli);
    const auto pdf = (cli.home / "agreements.pdf").string();
    const auto ics = (cli.home / "next.ics").string();

    // No next conversation agreed yet: the PDF is written, the calendar file
    // cannot be, and that is said in one line.
    const auto without = cli.run({"export", "river", "--agreements", pdf, "--calendar", ics, "--passphrase-file",
                                  cli.passphrase, "--paper", "letter"});
    CHECK(without.exit_code == 1);
    CHECK_THAT(without.out, Catch::Contains("The agreements are in " + pdf));
    CHECK(LedgerCli::errors(without) ==
          "attune: space river: no day for the next conversation has been agreed, so there is no calendar file\n");
    CHECK_FALSE(std::filesystem::exists(ics));
    const ProcessResult text = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
    CHECK_THAT(text.out, Catch::Contains("Phones in the hall from seven"));
    CHECK_THAT(run_process({"pdfinfo", pdf}).out, Catch::Contains("(letter)"));

    {
        space::Space opened = open_test_space(cli.file());
        const Day today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        space::keep_next_conversation(
            opened, space::NextConversation{LedgerCli::now_ms(), today + std::chrono::days{7}, weeks(2)});
    }
    const auto with = cli.run({"export", "river", "--calendar", ics, "--passphrase-file", cli.passphrase});
    CHECK(LedgerCli::errors(with).empty());
    CHECK(with.exit_code == 0);
    CHECK(with.out == "The next conversation is in " + ics + ".\n");
    std::ifstream in(ics, std::ios::binary);
    const std::string calendar{std::istreambuf_iterator<char>(in), {}};
    CHECK_THAT(calendar, Catch::StartsWith("BEGIN:VCALENDAR\r\n"));
    CHECK_THAT(calendar, Catch::Contains("RRULE:FREQ=WEEKLY;INTERVAL=2\r\n"));
    CHECK_THAT(calendar, Catch::Contains("SUMMARY;LANGUAGE=en:Our conversation\r\n"));
    // Nothing of the conversations' words leaves with it.
    CHECK(calendar.find("Phones") == std::string::npos);
    CHECK(calendar.find("Sam") == std::string::npos);
}

TEST_CASE("attune space export and the ledger options refuse a wrong use with exit 2", "[space]") {
    const LedgerCli cli("export-usage");
    const auto nothing = cli.run({"export", "river", "--passphrase-file", cli.passphrase});
    CHECK(nothing.exit_code == 2);
    CHECK(LedgerCli::errors(nothing) ==
          "attune space: attune space export needs --agreements FILE.pdf, --calendar FILE.ics or both\n");
    CHECK(cli.run({"export", "river", "--agreements", "a.pdf", "--paper", "a3"}).exit_code == 2);
    CHECK(cli.run({"export", "river", "--agreements"}).exit_code == 2);
    CHECK(cli.run({"history", "river", "--all"}).exit_code == 2);
    CHECK(cli.run({"agreements", "river", "--checkins"}).exit_code == 2);
    CHECK(cli.run({"history", "river", "--calendar", "x.ics"}).exit_code == 2);
}
