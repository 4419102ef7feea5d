// The journal of a conversation that is not kept (runtime_journal.hpp): the
// runtime folder and its permissions, records read back, a torn tail left
// out at every byte, the lock that keeps a living kiosk's conversation from
// being taken over, and a failed write cut back.
#include "runtime_journal.hpp"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "killed_writer.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

namespace fs = std::filesystem;

// Sets an environment variable for one test and puts it back after.
class EnvironmentVariable {
public:
    EnvironmentVariable(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value != nullptr)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~EnvironmentVariable() {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    EnvironmentVariable(const EnvironmentVariable&) = delete;
    EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

class Umask {
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

mode_t mode_of(const fs::path& path) {
    struct stat status {};
    REQUIRE(::lstat(path.c_str(), &status) == 0);
    return status.st_mode & 07777;
}

// A folder standing in for $XDG_RUNTIME_DIR: this user's, 0700.
fs::path fake_runtime_dir(const std::string& name) {
    const fs::path base = fresh_folder(name);
    fs::permissions(base, fs::perms::owner_all, fs::perm_options::replace);
    return base;
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

CommandRecord at_second(int second, Command command) {
    return CommandRecord{std::chrono::seconds{second}, std::move(command)};
}

Progress progress_at(int second, std::string draft = {}) {
    return Progress{std::chrono::seconds{second}, 1'790'000'000'000 + second * 1000, std::move(draft), 2, 0};
}

ConversationStart start_at(std::int64_t unix_ms) {
    ConversationStart start = start_of();
    start.started_unix_ms = unix_ms;
    return start;
}

// A journal of `commands` commands with a progress after each, closed
// (as a closed window leaves it); returns its path.
fs::path closed_journal(const fs::path& folder, int commands, std::int64_t started = 1'790'000'000'000) {
    RuntimeJournal journal = RuntimeJournal::begin(folder, start_at(started));
    for (int i = 1; i <= commands; ++i) {
        journal.command(at_second(i * 10, cmd::AgreementText{"draft " + std::to_string(i)}));
        journal.progress(progress_at(i * 10 + 5, "typed " + std::to_string(i)));
    }
    return journal.path();
}

std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
    return files;
}

}  // namespace

TEST_CASE("no runtime folder without a private XDG_RUNTIME_DIR of this user's", "[space][runtime]") {
    const fs::path base = fake_runtime_dir("runtime-none");
    {
        EnvironmentVariable unset("XDG_RUNTIME_DIR", nullptr);
        CHECK_FALSE(runtime_folder());
    }
    {
        EnvironmentVariable empty("XDG_RUNTIME_DIR", "");
        CHECK_FALSE(runtime_folder());
    }
    {
        EnvironmentVariable relative("XDG_RUNTIME_DIR", "run/user");
        CHECK_FALSE(runtime_folder());
    }
    {
        EnvironmentVariable missing("XDG_RUNTIME_DIR", (base / "missing").c_str());
        CHECK_FALSE(runtime_folder());
    }
    {
        write_bytes(base / "a-file", "not a folder");
        EnvironmentVariable file("XDG_RUNTIME_DIR", (base / "a-file").c_str());
        CHECK_FALSE(runtime_folder());
    }
    {
        const fs::path open = base / "open";
        fs::create_directory(open);
        fs::permissions(open, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec,
                        fs::perm_options::replace);
        EnvironmentVariable wide("XDG_RUNTIME_DIR", open.c_str());
        CHECK_FALSE(runtime_folder());
        CHECK_FALSE(fs::exists(open / "attune"));
    }
    if (::geteuid() == 0) {
        // Only root can give a folder away to show that another's is refused.
        const fs::path others = base / "others";
        fs::create_directory(others);
        fs::permissions(others, fs::perms::owner_all, fs::perm_options::replace);
        REQUIRE(::chown(others.c_str(), 4242, 4242) == 0);
        EnvironmentVariable theirs("XDG_RUNTIME_DIR", others.c_str());
        CHECK_FALSE(runtime_folder());
        CHECK_FALSE(fs::exists(others / "attune"));
    }
    EnvironmentVariable good("XDG_RUNTIME_DIR", base.c_str());
    CHECK(runtime_folder() == base / "attune");
}

TEST_CASE("the runtime folder is 0700 and a journal 0600 whatever the umask", "[space][runtime]") {
    const fs::path base = fake_runtime_dir("runtime-umask");
    EnvironmentVariable runtime("XDG_RUNTIME_DIR", base.c_str());
    {
        const Umask open(000);
        const auto folder = runtime_folder();
        REQUIRE(folder);
        CHECK(mode_of(*folder) == 0700);
        RuntimeJournal journal = RuntimeJournal::begin(*folder, start_of());
        CHECK(mode_of(journal.path()) == 0600);
        journal.command(at_second(1, cmd::Begin{}));
        CHECK(mode_of(journal.path()) == 0600);
    }
    {
        // A stricter umask would make the file unwritable and the folder
        // unusable: the modes are set exactly.
        const Umask strict(0277);
        fs::permissions(base / "attune", fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec,
                        fs::perm_options::replace);
        const auto folder = runtime_folder();
        REQUIRE(folder);
        CHECK(mode_of(*folder) == 0700);
        RuntimeJournal journal = RuntimeJournal::begin(*folder, start_of());
        CHECK(mode_of(journal.path()) == 0600);
        journal.command(at_second(1, cmd::Begin{}));
    }
}

TEST_CASE("a runtime journal reads back its start, commands and last progress, and ends by removing itself",
          "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-round-trip");
    const fs::path path = closed_journal(folder, 3);
    {
        const auto found = find_unfinished(folder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].path == path);
        CHECK(found[0].state == JournalState::resumable);
        CHECK(found[0].problems.empty());
        CHECK(found[0].unfinished.start == start_of());
        REQUIRE(found[0].unfinished.commands.size() == 3);
        CHECK(found[0].unfinished.commands[2] == at_second(30, cmd::AgreementText{"draft 3"}));
        CHECK(found[0].unfinished.progress == progress_at(35, "typed 3"));
        CHECK(found[0].unfinished.reached() == std::chrono::seconds{35});
    }
    {
        RuntimeJournal journal = RuntimeJournal::go_on(path);
        CHECK(journal.unfinished().commands.size() == 3);
        journal.command(at_second(40, cmd::Confirm{Seat::left}));
    }
    {
        const auto found = find_unfinished(folder);
        REQUIRE(found.size() == 1);
        REQUIRE(found[0].unfinished.commands.size() == 4);
        CHECK(found[0].unfinished.commands[3] == at_second(40, cmd::Confirm{Seat::left}));
        CHECK(found[0].unfinished.progress == progress_at(35, "typed 3"));
    }
    RuntimeJournal journal = RuntimeJournal::go_on(path);
    journal.end(ConversationEnd{});
    CHECK_FALSE(fs::exists(path));
    CHECK(find_unfinished(folder).empty());
    CHECK(files_in(folder).empty());
}

TEST_CASE("a torn tail at every byte of the last record leaves every earlier record readable", "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-torn");
    const fs::path whole_path = closed_journal(folder, 4);
    const std::string whole = bytes_of(whole_path);
    fs::remove(whole_path);
    // The last record is the fourth progress; find where it starts by
    // writing the same journal without it.
    std::size_t last_start = 0;
    {
        RuntimeJournal journal = RuntimeJournal::begin(folder, start_at(1'790'000'000'000));
        for (int i = 1; i <= 4; ++i) {
            journal.command(at_second(i * 10, cmd::AgreementText{"draft " + std::to_string(i)}));
            if (i < 4) journal.progress(progress_at(i * 10 + 5, "typed " + std::to_string(i)));
        }
        last_start = static_cast<std::size_t>(fs::file_size(journal.path()));
        journal.end(ConversationEnd{});
    }
    REQUIRE(last_start < whole.size());
    int cuts = 0;
    for (std::size_t cut = last_start; cut < whole.size(); ++cut) {
        INFO("cut at byte " << cut << " of " << whole.size() << " (last record from " << last_start << ")");
        const fs::path torn = folder / "conversation-torn.journal";
        write_bytes(torn, whole.substr(0, cut));
        const auto found = find_unfinished(folder);
        REQUIRE(found.size() == 1);
        CHECK(found[0].state == JournalState::resumable);
        CHECK(found[0].problems.empty() == (cut == last_start));
        REQUIRE(found[0].unfinished.commands.size() == 4);
        CHECK(found[0].unfinished.commands[3] == at_second(40, cmd::AgreementText{"draft 4"}));
        // The last whole progress is the third one.
        CHECK(found[0].unfinished.progress == progress_at(35, "typed 3"));
        // Going on cuts the torn tail off, so that what follows reads.
        {
            RuntimeJournal journal = RuntimeJournal::go_on(torn);
            journal.progress(progress_at(60, "after the tear"));
        }
        const auto again = find_unfinished(folder);
        REQUIRE(again.size() == 1);
        CHECK(again[0].problems.empty());
        CHECK(again[0].unfinished.commands.size() == 4);
        CHECK(again[0].unfinished.progress == progress_at(60, "after the tear"));
        fs::remove(torn);
        ++cuts;
    }
    CHECK(cuts > 20);
    // A garbled last record (a power cut on a disk) is left out the same way.
    std::string garbled = whole;
    garbled[garbled.size() - 3] = static_cast<char>(garbled[garbled.size() - 3] ^ 0x5a);
    write_bytes(folder / "conversation-garbled.journal", garbled);
    const auto found = find_unfinished(folder);
    REQUIRE(found.size() == 1);
    CHECK(found[0].unfinished.commands.size() == 4);
    CHECK(found[0].unfinished.progress == progress_at(35, "typed 3"));
    REQUIRE(found[0].problems.size() == 1);
    CHECK_THAT(found[0].problems[0], Catch::StartsWith("conversation-garbled.journal: its last"));
}

TEST_CASE("a journal held by a living kiosk is not found, not gone on with and not discarded", "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-locked");
    const fs::path closed = closed_journal(folder, 2, 1'790'000'000'000);
    RuntimeJournal live = RuntimeJournal::begin(folder, start_at(1'790'000'900'000));
    live.command(at_second(1, cmd::Begin{}));
    const auto found = find_unfinished(folder);
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == closed);
    CHECK_THROWS_AS(RuntimeJournal::go_on(live.path()), JournalInUse);
    CHECK_THROWS_AS(discard(live.path()), JournalInUse);
    CHECK(fs::exists(live.path()));
    // One kiosk going on with a closed journal holds it in turn.
    RuntimeJournal taken = RuntimeJournal::go_on(closed);
    CHECK(find_unfinished(folder).empty());
    CHECK_THROWS_AS(RuntimeJournal::go_on(closed), JournalInUse);
    live.command(at_second(2, cmd::Next{}));
}

TEST_CASE("unfinished journals come newest first and an unreadable one is named without throwing", "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-found");
    const fs::path older = closed_journal(folder, 1, 1'790'000'000'000);
    const fs::path newer = closed_journal(folder, 2, 1'790'000'600'000);
    write_bytes(folder / "conversation-junk.journal", "not a journal at all");
    std::string future = bytes_of(older);
    future[15] = 9;  // the format byte after the magic line
    write_bytes(folder / "conversation-future.journal", future);
    write_bytes(folder / "notes.txt", "ignored: not a journal's name");
    write_bytes(folder / ".conversation-being-made.journal.new", "ignored: hidden, being made");
    write_bytes(folder / ".conversation-abandoned.journal.new", "removed: hidden and an hour old");
    const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours{1};
    fs::last_write_time(folder / ".conversation-abandoned.journal.new", hour_ago);
    const auto found = find_unfinished(folder);
    REQUIRE(found.size() == 4);
    CHECK(found[0].path == newer);
    CHECK(found[1].path == older);
    CHECK(fs::exists(folder / ".conversation-being-made.journal.new"));
    CHECK_FALSE(fs::exists(folder / ".conversation-abandoned.journal.new"));
    CHECK(found[0].state == JournalState::resumable);
    CHECK(found[1].state == JournalState::resumable);
    for (std::size_t i = 2; i < 4; ++i) {
        CHECK(found[i].state == JournalState::unreadable);
        REQUIRE(found[i].problems.size() == 1);
        CHECK_THAT(found[i].problems[0], Catch::StartsWith(found[i].path.filename().string() + ": "));
    }
    CHECK_THROWS_AS(RuntimeJournal::go_on(folder / "conversation-junk.journal"), SpaceError);
    discard(folder / "conversation-junk.journal");
    discard(folder / "conversation-future.journal");
    discard(older);
    const auto left = find_unfinished(folder);
    REQUIRE(left.size() == 1);
    CHECK(left[0].path == newer);
    CHECK(find_unfinished(folder / "missing").empty());
}

TEST_CASE("a runtime journal write that fails is reported and cut back, and the journal goes on", "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-full");
    RuntimeJournal journal = RuntimeJournal::begin(folder, start_of());
    journal.command(at_second(1, cmd::Begin{}));
    const auto size = fs::file_size(journal.path());
    // The file may grow by 40 bytes more, then writes fail (as on a full
    // disk, whose error is the same for the journal: the write is refused).
    struct rlimit old {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto* const old_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = size + 40;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    std::optional<SpaceProblem> problem;
    try {
        journal.command(at_second(2, cmd::AgreementText{std::string(200, 'x')}));
    } catch (const SpaceError& error) {
        problem = error.problem();
    }
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, old_handler);
    CHECK(problem == SpaceProblem::storage_failed);
    CHECK(fs::file_size(journal.path()) == size);
    journal.command(at_second(3, cmd::Next{}));
    const fs::path path = journal.path();
    { const RuntimeJournal closing = std::move(journal); }
    const RuntimeJournal reopened = RuntimeJournal::go_on(path);
    const Unfinished& found = reopened.unfinished();
    CHECK(found.commands == std::vector<CommandRecord>{at_second(1, cmd::Begin{}), at_second(3, cmd::Next{})});
}

TEST_CASE("a kiosk killed with SIGKILL while it writes leaves a journal with every acknowledged command",
          "[space][runtime]") {
    const fs::path folder = fresh_folder("runtime-killed");
    int kills = 0, journals = 0;
    std::size_t recovered = 0;
    for (int run = 0; run < 20; ++run) {
        INFO("run " << run);
        // The first runs are killed at any moment, perhaps while the journal
        // is being made; the others among the commands.
        const KillMoment moment = run < 5 ? KillMoment::from_fork : KillMoment::after_first_write;
        const auto delay = std::chrono::milliseconds{run < 5 ? 1 + 5 * run : 2 * (run - 5)};
        // The writer (in the child): one command after another, each
        // acknowledged once it is durable. The journal begins with the first.
        std::optional<RuntimeJournal> journal;
        const std::size_t acknowledged = kill_writer(
            [&](std::uint32_t i) {
                if (i == 0) journal.emplace(RuntimeJournal::begin(folder, start_of()));
                journal->command(at_second(static_cast<int>(i), cmd::AgreementText{"text " + std::to_string(i)}));
            },
            moment, delay);
        ++kills;
        // Its lock died with it: the journal is found, unless it was killed
        // before its start was in place (then nothing was acknowledged).
        const auto found = find_unfinished(folder);
        if (found.empty()) {
            CHECK(acknowledged == 0);
            continue;
        }
        REQUIRE(found.size() == 1);
        CHECK(found[0].state == JournalState::resumable);
        const auto& commands = found[0].unfinished.commands;
        CHECK(commands.size() >= acknowledged);
        for (std::size_t i = 0; i < commands.size(); ++i)
            REQUIRE(commands[i] == at_second(static_cast<int>(i), cmd::AgreementText{"text " + std::to_string(i)}));
        recovered += commands.size();
        ++journals;
        discard(found[0].path);
    }
    std::cout << "runtime journal writers killed: " << kills << "; journals found " << journals
              << "; commands recovered " << recovered << '\n';
    CHECK(recovered > 0);
    CHECK(journals >= 15);  // every writer killed after its first command left its journal
}
