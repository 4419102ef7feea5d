// `attune space ...` as a counselor uses it: the real binary, its output,
// its exit status, with a temporary XDG_DATA_HOME.
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fstream>
#include <regex>

#include "process.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::test;

namespace {

struct SpaceCli {
    std::filesystem::path home;
    explicit SpaceCli(const std::string& name) : home(fresh_folder("cli-" + name)) {}

    std::filesystem::path folder() const { return home / "attune" / "spaces"; }

    std::string file_with(const std::string& name, const std::string& text) const {
        const auto path = home / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

    ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {ATTUNE_BINARY, "space"});
        return run_process(args, {{"XDG_DATA_HOME", home.string()}, {"ATTUNE_SPACE_TEST_KDF", "minimum"}});
    }

    // The lines the user sees, without the test-cost notice.
    static std::string errors(const ProcessResult& result) {
        std::string kept;
        std::istringstream in(result.err);
        for (std::string line; std::getline(in, line);)
            if (line.find("ATTUNE_SPACE_TEST_KDF") == std::string::npos) kept += line + "\n";
        return kept;
    }
};

// Keeps one ended conversation in a space made by the binary.
void keep_one(const std::filesystem::path& file, const std::string& title, int pauses) {
    space::Space opened = open_test_space(file);
    space::ConversationStart start = start_of();
    start.script_title = title;
    space::ConversationKeeper keeper(opened, start, TimePoint{});
    keeper.command(cmd::Begin{}, TimePoint{} + std::chrono::seconds{2});
    SessionRecord record;
    record.elapsed = std::chrono::minutes{25} + std::chrono::seconds{13};
    for (int i = 0; i < pauses; ++i)
        record.pauses.push_back(PauseRecord{std::chrono::minutes{i}, std::chrono::minutes{i}});
    record.agreements.push_back(
        AgreementRecord{0, "What will we try?", title + ": walk on Sundays", false, {true, true}});
    record.finish = FinishReason::completed;
    keeper.end(record);
}

}  // namespace

TEST_CASE("attune space create, list and history from a passphrase file", "[space]") {
    const SpaceCli cli("create");
    const auto passphrase = cli.file_with("pw", "correct horse battery\n");
    const auto created = cli.run({"create", "river", "--passphrase-file", passphrase});
    CHECK(SpaceCli::errors(created).empty());
    REQUIRE(created.exit_code == 0);
    CHECK(std::regex_search(created.out,
                            std::regex("recovery code, shown only this once: ([A-Z2-9]{4}-){5}[A-Z2-9]{4}")));
    CHECK(cli.run({"create", "lake", "--passphrase-file", passphrase}).exit_code == 0);
    const auto listed = cli.run({"list"});
    CHECK(listed.exit_code == 0);
    CHECK(listed.out == "lake\nriver\n");

    keep_one(cli.folder() / "river.space", "Evening check-in", 2);
    keep_one(cli.folder() / "river.space", "Weekly meeting", 1);
    const auto history = cli.run({"history", "river", "--passphrase-file", passphrase});
    CHECK(SpaceCli::errors(history).empty());
    CHECK(history.exit_code == 0);
    CHECK(std::regex_match(history.out,
                           std::regex("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Evening check-in  0:25:13  2 pauses\n"
                                      "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Weekly meeting  0:25:13  1 pause\n")));
    const auto agreements = cli.run({"agreements", "river", "--passphrase-file", passphrase});
    CHECK(agreements.exit_code == 0);
    CHECK(std::regex_match(agreements.out,
                           std::regex("\\d{4}-\\d\\d-\\d\\d  What will we try\\?: Evening check-in: walk on Sundays\n"
                                      "\\d{4}-\\d\\d-\\d\\d  What will we try\\?: Weekly meeting: walk on Sundays\n")));
}

TEST_CASE("attune space refuses a wrong passphrase calmly with exit 1", "[space]") {
    const SpaceCli cli("wrong");
    REQUIRE(cli.run({"create", "river", "--passphrase-file", cli.file_with("pw", "correct horse battery")}).exit_code ==
            0);
    const auto wrong = cli.run({"history", "river", "--passphrase-file", cli.file_with("bad", "correct horse")});
    CHECK(wrong.exit_code == 1);
    CHECK(wrong.out.empty());
    CHECK(SpaceCli::errors(wrong) == "attune: the space river did not open with this passphrase\n");
    const auto missing = cli.run({"history", "sea", "--passphrase-file", cli.file_with("bad", "correct horse")});
    CHECK(missing.exit_code == 1);
    CHECK(SpaceCli::errors(missing) == "attune: there is no space named sea\n");
}

TEST_CASE("attune space usage errors exit 2 with one line", "[space]") {
    const SpaceCli cli("usage");
    const auto as_argument = cli.run({"create", "river", "--passphrase=secret"});
    CHECK(as_argument.exit_code == 2);
    CHECK(
        SpaceCli::errors(as_argument) ==
        "attune space: --passphrase=secret: a passphrase is never given as an argument; use --passphrase-file FILE\n");
    const auto bad_name =
        cli.run({"create", "../up", "--passphrase-file", cli.file_with("pw", "correct horse battery")});
    CHECK(bad_name.exit_code == 2);
    CHECK(SpaceCli::errors(bad_name) == "attune space: \"../up\" cannot be a code name: it contains '/'\n");
    CHECK(cli.run({"frobnicate", "river"}).exit_code == 2);
    CHECK(cli.run({"history"}).exit_code == 2);
    CHECK(cli.run({"list", "river"}).exit_code == 2);
}

TEST_CASE("attune space: a new passphrase that is too short is the user's input, exit 1", "[space]") {
    const SpaceCli cli("short");
    const auto short_one = cli.run({"create", "river", "--passphrase-file", cli.file_with("short", "seven77")});
    CHECK(short_one.exit_code == 1);
    CHECK(SpaceCli::errors(short_one) == "attune: a passphrase needs at least 8 characters\n");
    CHECK(cli.run({"list"}).out.empty());
}

TEST_CASE("attune space: the recovery code sets a new passphrase", "[space]") {
    const SpaceCli cli("recovery");
    const auto created =
        cli.run({"create", "river", "--passphrase-file", cli.file_with("pw", "correct horse battery")});
    std::smatch code;
    REQUIRE(std::regex_search(created.out, code, std::regex("([A-Z2-9]{4}-){5}[A-Z2-9]{4}")));
    const auto recovered = cli.run({"passphrase", "river", "--recovery-code-file", cli.file_with("code", code.str()),
                                    "--new-passphrase-file", cli.file_with("new", "a passphrase remembered")});
    CHECK(SpaceCli::errors(recovered) == "attune: the space river has a new passphrase\n");
    CHECK(recovered.exit_code == 0);
    CHECK(
        cli.run({"history", "river", "--passphrase-file", cli.file_with("new", "a passphrase remembered")}).exit_code ==
        0);
    CHECK(cli.run({"history", "river", "--passphrase-file", cli.file_with("pw", "correct horse battery")}).exit_code ==
          1);
    const auto not_a_code = cli.run({"history", "river", "--recovery-code-file", cli.file_with("x", "hello")});
    CHECK(not_a_code.exit_code == 2);
}

TEST_CASE("attune space: a damaged record is named, and the intact ones are still shown", "[space]") {
    const SpaceCli cli("damaged");
    const auto passphrase = cli.file_with("pw", "correct horse battery");
    REQUIRE(cli.run({"create", "river", "--passphrase-file", passphrase}).exit_code == 0);
    keep_one(cli.folder() / "river.space", "Evening check-in", 0);
    keep_one(cli.folder() / "river.space", "Weekly meeting", 0);
    {
        space::Database db((cli.folder() / "river.space").string(), space::OpenMode::existing);
        db.exec("UPDATE records SET sealed = zeroblob(length(sealed)) WHERE seq = 3");  // the first end
    }
    const auto history = cli.run({"history", "river", "--passphrase-file", passphrase});
    CHECK(history.exit_code == 1);
    CHECK_THAT(history.out, Catch::Contains("Evening check-in") && Catch::Contains("not finished"));
    CHECK_THAT(history.out, Catch::Contains("Weekly meeting  0:25:13  0 pauses"));
    CHECK(SpaceCli::errors(history) == "attune: space river: record 3 is damaged: it does not match its seal\n");
}

TEST_CASE("attune space forget destroys the space, asking for its name unless --yes", "[space]") {
    const SpaceCli cli("forget");
    REQUIRE(cli.run({"create", "river", "--passphrase-file", cli.file_with("pw", "correct horse battery")}).exit_code ==
            0);
    const auto forgotten = cli.run({"forget", "river", "--yes"});
    CHECK(forgotten.exit_code == 0);
    CHECK(cli.run({"list"}).out.empty());
    CHECK(cli.run({"forget", "river", "--yes"}).exit_code == 1);
}

TEST_CASE("attune space refuses a space from a newer attune with exit 1", "[space]") {
    const SpaceCli cli("newer");
    const auto passphrase = cli.file_with("pw", "correct horse battery");
    REQUIRE(cli.run({"create", "river", "--passphrase-file", passphrase}).exit_code == 0);
    {
        space::Database db((cli.folder() / "river.space").string(), space::OpenMode::existing);
        db.exec("PRAGMA user_version = " + std::to_string(space::space_format_version + 1));
    }
    const auto newer = cli.run({"agreements", "river", "--passphrase-file", passphrase});
    CHECK(newer.exit_code == 1);
    // The format after the one this version writes, whichever that is.
    CHECK(SpaceCli::errors(newer) == "attune: river.space was written by a newer attune (format " +
                                         std::to_string(space::space_format_version + 1) +
                                         "); this one reads up to format " +
                                         std::to_string(space::space_format_version) + "\n");
}

namespace {

// `attune space create river` on a terminal of its own (a pseudo-terminal),
// as a counselor runs it, waiting at its passphrase prompt.
struct OnTerminal {
    int master = -1;
    pid_t child = -1;

    explicit OnTerminal(const SpaceCli& cli) {
        child = ::forkpty(&master, nullptr, nullptr, nullptr);
        if (child == 0) {
            ::setenv("XDG_DATA_HOME", cli.home.c_str(), 1);
            ::setenv("ATTUNE_SPACE_TEST_KDF", "minimum", 1);
            ::execl(ATTUNE_BINARY, ATTUNE_BINARY, "space", "create", "river", static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~OnTerminal() {
        if (child > 0) {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        }
        if (master >= 0) ::close(master);
    }
    OnTerminal(const OnTerminal&) = delete;
    OnTerminal& operator=(const OnTerminal&) = delete;

    // Reads what the program wrote until `text` shows (or 10 s pass).
    bool wait_for(const std::string& text) {
        std::string seen;
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds{10};
        while (std::chrono::steady_clock::now() < until) {
            pollfd ready{master, POLLIN, 0};
            if (::poll(&ready, 1, 100) <= 0) continue;
            char chunk[256];
            const ssize_t got = ::read(master, chunk, sizeof chunk);
            if (got <= 0) return false;
            seen.append(chunk, static_cast<std::size_t>(got));
            if (seen.find(text) != std::string::npos) return true;
        }
        return false;
    }
    // The exit status after the program ends.
    int wait_status() {
        int status = 0;
        ::waitpid(child, &status, 0);
        child = -1;
        return status;
    }
    bool echoes() const {
        termios now{};
        return ::tcgetattr(master, &now) == 0 && (now.c_lflag & ECHO) != 0;
    }
};

}  // namespace

TEST_CASE("a signal at the passphrase prompt leaves the terminal echoing", "[space]") {
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        INFO("signal " << signal);
        const SpaceCli cli("signal-" + std::to_string(signal));
        OnTerminal terminal(cli);
        REQUIRE(terminal.child > 0);
        REQUIRE(terminal.wait_for("New passphrase for river: "));
        CHECK_FALSE(terminal.echoes());  // the prompt is really masked
        ::kill(terminal.child, signal);
        const int status = terminal.wait_status();
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == signal);
        CHECK(terminal.echoes());
    }
}

TEST_CASE("a passphrase file longer than 4096 bytes is refused, not cut", "[space]") {
    const SpaceCli cli("long");
    const auto result = cli.run({"create", "river", "--passphrase-file", cli.file_with("pw", std::string(5000, 'a'))});
    CHECK(result.exit_code == 1);
    CHECK(SpaceCli::errors(result).find("longer than 4096 bytes") != std::string::npos);
    CHECK(cli.run({"list"}).out.empty());
}
