// The journal of a kept conversation (space_journal.hpp): its records and its
// sealed progress row, read back as an unfinished conversation, gone on with,
// closed; the progress row in format 3 and the migrations to it; full and
// failing disks and power losses through the crash VFS.
#include "space_journal.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>

#include "crash_vfs.hpp"
#include "space_name.hpp"
#include "space_test_support.hpp"
#include "sqlite_handles.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

CommandRecord at_second(int second, Command command) {
    return CommandRecord{std::chrono::seconds{second}, std::move(command)};
}

Progress progress_at(int second, std::string draft = {}) {
    return Progress{std::chrono::seconds{second}, 1'790'000'000'000 + second * 1000, std::move(draft), 3, 1};
}

// A kept conversation of three commands and two progresses, not ended.
void three_commands(SpaceJournal& journal) {
    journal.command(at_second(1, cmd::Begin{}));
    journal.progress(progress_at(5));
    journal.command(at_second(20, cmd::Next{}));
    journal.command(at_second(31, cmd::AgreementText{"We call before we visit"}));
    journal.progress(progress_at(40, "We call before we visit, and"));
}

std::int64_t format_of(const std::filesystem::path& file) {
    Database db(file.string(), OpenMode::existing);
    return db.pragma_int("user_version");
}

void copy_fixture(const char* name, const std::filesystem::path& file) {
    std::filesystem::copy_file(std::filesystem::path(ATTUNE_TEST_DATA) / name, file);
}

}  // namespace

TEST_CASE("a progress reads back as it was written", "[space]") {
    const Progress progress{std::chrono::milliseconds{754'321}, 1'790'000'123'456, "Wir rufen an, bevor wir kommen ✓",
                            4, 2};
    CHECK(decode_progress(encode(progress)) == progress);
    CHECK(decode_progress(encode(Progress{})) == Progress{});
    Bytes newer = encode(progress);
    newer[0] = 2;
    CHECK_THROWS_WITH(decode_progress(newer), Catch::Contains("format 2"));
    Bytes longer = encode(progress);
    longer.push_back(0);
    CHECK_THROWS_AS(decode_progress(longer), DecodeError);
    const Bytes whole = encode(progress);
    for (std::size_t cut = 0; cut < whole.size(); ++cut)
        CHECK_THROWS_AS(decode_progress(std::span<const unsigned char>(whole.data(), cut)), DecodeError);
}

TEST_CASE("an unfinished conversation reached the later of its progress and its last command", "[space]") {
    Unfinished unfinished;
    CHECK(unfinished.reached() == Duration{0});
    unfinished.commands.push_back(at_second(12, cmd::Begin{}));
    CHECK(unfinished.reached() == std::chrono::seconds{12});
    unfinished.progress = progress_at(30);
    CHECK(unfinished.reached() == std::chrono::seconds{30});
    unfinished.commands.push_back(at_second(45, cmd::Next{}));
    CHECK(unfinished.reached() == std::chrono::seconds{45});
}

TEST_CASE("a kept conversation that did not end is read back with its commands and last progress", "[space]") {
    const auto folder = fresh_folder("journal-unfinished");
    {
        TestSpace made = make_test_space(folder, "river");
        CHECK_FALSE(unfinished_conversation(made.space));
        SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
        CHECK(journal.first_record() == 1);
        three_commands(journal);
    }
    Space space = open_test_space(space_file(folder, "river"));
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    CHECK(unfinished->start == start_of());
    REQUIRE(unfinished->commands.size() == 3);
    CHECK(unfinished->commands[2] == at_second(31, cmd::AgreementText{"We call before we visit"}));
    REQUIRE(unfinished->progress);
    CHECK(*unfinished->progress == progress_at(40, "We call before we visit, and"));
    CHECK(unfinished->reached() == std::chrono::seconds{40});
    // The progress row is not a record: the history holds the commands only.
    CHECK(space.record_count() == 4);
    CHECK(space.read_all().problems.empty());
}

TEST_CASE("an ended kept conversation is not offered again and its progress is gone", "[space]") {
    const auto folder = fresh_folder("journal-ended");
    TestSpace made = make_test_space(folder, "river");
    SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
    three_commands(journal);
    ConversationEnd end;
    end.finish = FinishReason::completed;
    end.duration = std::chrono::minutes{3};
    journal.end(end);
    CHECK_FALSE(unfinished_conversation(made.space));
    CHECK_FALSE(made.space.read_progress());
    const KeptHistory history = read_history(made.space.read_all());
    REQUIRE(history.conversations.size() == 1);
    CHECK(history.conversations[0].end == end);
}

TEST_CASE("going on with a kept conversation appends to it", "[space]") {
    const auto folder = fresh_folder("journal-go-on");
    const auto file = space_file(folder, "river");
    { make_test_space(folder, "river"); }
    {
        // An earlier, ended conversation: the unfinished one is the last.
        Space space = open_test_space(file);
        SpaceJournal earlier = SpaceJournal::begin(space, start_of());
        earlier.command(at_second(1, cmd::Begin{}));
        earlier.end(ConversationEnd{});
        SpaceJournal journal = SpaceJournal::begin(space, start_of());
        three_commands(journal);
    }
    {
        Space space = open_test_space(file);
        const auto unfinished = unfinished_conversation(space);
        REQUIRE(unfinished);
        SpaceJournal journal = SpaceJournal::go_on(space, *unfinished);
        CHECK(journal.first_record() == 4);
        journal.command(at_second(50, cmd::Confirm{Seat::left}));
        journal.progress(progress_at(55));
    }
    Space space = open_test_space(file);
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    REQUIRE(unfinished->commands.size() == 4);
    CHECK(unfinished->commands[3] == at_second(50, cmd::Confirm{Seat::left}));
    CHECK(unfinished->progress == progress_at(55));
    CHECK(read_history(space.read_all()).conversations.size() == 2);
}

TEST_CASE("going on refuses a conversation that is no longer the last unfinished one", "[space]") {
    const auto folder = fresh_folder("journal-stale");
    TestSpace made = make_test_space(folder, "river");
    SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
    three_commands(journal);
    const auto unfinished = unfinished_conversation(made.space);
    REQUIRE(unfinished);
    journal.end(ConversationEnd{});
    CHECK_THROWS_AS(SpaceJournal::go_on(made.space, *unfinished), SpaceError);
    CHECK_THROWS_AS(close_unfinished(made.space, *unfinished, ConversationEnd{}), SpaceError);
}

TEST_CASE("closing an unfinished kept conversation ends it so that it is no longer offered", "[space]") {
    const auto folder = fresh_folder("journal-close");
    TestSpace made = make_test_space(folder, "river");
    {
        SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
        three_commands(journal);
    }
    const auto unfinished = unfinished_conversation(made.space);
    REQUIRE(unfinished);
    ConversationEnd closed;
    closed.duration = unfinished->reached();
    close_unfinished(made.space, *unfinished, closed);
    CHECK_FALSE(unfinished_conversation(made.space));
    CHECK_FALSE(made.space.read_progress());
    const KeptHistory history = read_history(made.space.read_all());
    REQUIRE(history.conversations.size() == 1);
    REQUIRE(history.conversations[0].end);
    CHECK_FALSE(history.conversations[0].end->finish);
    CHECK(history.conversations[0].duration() == std::chrono::seconds{40});
}

TEST_CASE("a later conversation does not take an earlier one's progress", "[space]") {
    const auto folder = fresh_folder("journal-later");
    TestSpace made = make_test_space(folder, "river");
    {
        SpaceJournal first = SpaceJournal::begin(made.space, start_of());
        three_commands(first);
    }
    // Written before format 3's end clears it, or left by a crash: a row of
    // the first conversation while the second one runs.
    Words others;
    others.left_name = "Robin";
    SpaceJournal second = SpaceJournal::begin(made.space, start_of(others));
    second.command(at_second(2, cmd::Begin{}));
    REQUIRE(made.space.read_progress());
    const auto unfinished = unfinished_conversation(made.space);
    REQUIRE(unfinished);
    CHECK(unfinished->start.names[0] == "Robin");
    CHECK_FALSE(unfinished->progress);
}

TEST_CASE("a progress row moved to another conversation does not open", "[space]") {
    const auto folder = fresh_folder("journal-moved");
    const auto file = space_file(folder, "river");
    {
        TestSpace made = make_test_space(folder, "river");
        SpaceJournal first = SpaceJournal::begin(made.space, start_of());
        first.command(at_second(1, cmd::Begin{}));
        first.end(ConversationEnd{});
        SpaceJournal second = SpaceJournal::begin(made.space, start_of());
        three_commands(second);
        CHECK(made.space.read_progress()->conversation == 4);
    }
    {
        Database db(file.string(), OpenMode::existing);
        db.exec("UPDATE progress SET conversation = 1");
    }
    Space space = open_test_space(file);
    CHECK_FALSE(space.read_progress());
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    CHECK(unfinished->commands.size() == 3);
    CHECK_FALSE(unfinished->progress);
}

TEST_CASE("a format 1 space migrates to format 3 and keeps a progress", "[space]") {
    const auto folder = fresh_folder("migrate-v1");
    const auto file = folder / "fixture.space";
    copy_fixture("space-v1.space", file);
    CHECK(format_of(file) == 1);
    {
        Space space = open_test_space(file, "fixture passphrase");
        CHECK(format_of(file) == 3);
        CHECK(space.read_all().problems.empty());
        CHECK_FALSE(unfinished_conversation(space));
        SpaceJournal journal = SpaceJournal::begin(space, start_of());
        journal.progress(progress_at(9, "after the migration"));
    }
    Space space = open_test_space(file, "fixture passphrase");
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    CHECK(unfinished->progress == progress_at(9, "after the migration"));
    CHECK(read_history(space.read_all()).conversations.size() == 2);
}

TEST_CASE("a format 2 space migrates to format 3 and its interrupted conversation goes on", "[space]") {
    const auto folder = fresh_folder("migrate-v2");
    const auto file = folder / "fixture.space";
    copy_fixture("space-v2.space", file);
    CHECK(format_of(file) == 2);
    {
        Space space = open_test_space(file, "fixture passphrase");
        CHECK(format_of(file) == 3);
        CHECK(space.read_all().problems.empty());
        const auto unfinished = unfinished_conversation(space);
        REQUIRE(unfinished);
        CHECK(unfinished->start.script_title == "Interrupted conversation");
        CHECK(unfinished->commands.size() == 2);
        CHECK_FALSE(unfinished->progress);
        SpaceJournal journal = SpaceJournal::go_on(space, *unfinished);
        journal.progress(progress_at(44, "We call before we visit."));
    }
    Space space = open_test_space(file, "fixture passphrase");
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    CHECK(unfinished->progress == progress_at(44, "We call before we visit."));
    CHECK(unfinished->reached() == std::chrono::seconds{44});
}

namespace {

// The walked conversation of space_test_support (tests/couple_walk.*) as its
// journal writes it: every command at its offset, and a progress after each.
struct Walked {
    Run run{long_script()};
    TimePoint started;
    std::vector<CommandRecord> commands;
    Walked() {
        walk_conversation(run);
        started = run.journal().front().at;
        for (const auto& entry : run.journal()) commands.push_back({entry.at - started, entry.command});
    }
    Progress progress_after(std::size_t i) const {
        return Progress{commands[i].offset + std::chrono::seconds{1},
                        1'790'000'000'000 + static_cast<std::int64_t>(i) * 1000, "draft after " + std::to_string(i),
                        i % 3, 0};
    }
    // A command as the space keeps it (who called a pause is left out).
    static CommandRecord kept(const CommandRecord& record) { return decode_command_record(encode(record)); }
    // The session after the first `count` commands, uncrashed.
    Snapshot reference_after(std::size_t count) const {
        Session session(long_script());
        const auto& journal = run.journal();
        for (std::size_t i = 0; i < count; ++i) session.apply(journal[i].command, journal[i].at);
        return session.snapshot(count == 0 ? started : journal[count - 1].at);
    }
};

const Walked& walked() {
    static const Walked the_walk;
    return the_walk;
}

SpaceOptions crash_vfs() {
    CrashVfs::instance();
    return SpaceOptions{CrashVfs::name()};
}

void remove_space(const std::filesystem::path& file) {
    for (const auto& each : space_files(file)) std::filesystem::remove(each);
}

// What a journal call did before the power went out.
enum class Call { command, progress, end };
struct InFlight {
    Call call = Call::command;
    std::size_t index = 0;
};

}  // namespace

TEST_CASE("power losses after each acknowledged command of a kept conversation lose no command and no progress",
          "[space][crash]") {
    const Walked& walk = walked();
    const std::size_t total = walk.commands.size();
    REQUIRE(total > 40);
    const auto folder = fresh_folder("journal-power");
    const auto file = space_file(folder, "river");
    CrashVfs& vfs = CrashVfs::instance();
    int crashes = 0;
    std::size_t recovered_commands = 0, recovered_progress = 0;
    // At the first, second, third and fourth operation after each
    // acknowledged command (a commit takes a few writes and syncs), so that
    // the power goes out in every part of the next command's or progress's
    // commit.
    for (std::size_t round = 0; round < 4 * (total + 1); ++round) {
        const std::size_t acknowledged_first = round / 4;
        const std::uint64_t after = 1 + round % 4;
        INFO("power loss at operation " << after << " after command " << acknowledged_first << " of " << total);
        remove_space(file);
        std::size_t acknowledged = 0;
        std::optional<Progress> last_progress;
        std::optional<InFlight> in_flight;
        bool ended = false;
        {
            TestSpace made = make_test_space(folder, "river", "correct horse battery", crash_vfs());
            SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
            try {
                for (std::size_t i = 0; i < total; ++i) {
                    if (i == acknowledged_first)
                        vfs.arm(Fault::power_loss, after, static_cast<std::uint32_t>(7919 * round + 1));
                    in_flight = InFlight{Call::command, i};
                    journal.command(walk.commands[i]);
                    acknowledged = i + 1;
                    in_flight = InFlight{Call::progress, i};
                    journal.progress(walk.progress_after(i));
                    last_progress = walk.progress_after(i);
                }
                if (acknowledged_first == total) vfs.arm(Fault::power_loss, after, 1);
                in_flight = InFlight{Call::end, 0};
                journal.end(summarize(walk.run.record()));
                ended = true;
            } catch (const SpaceError&) {
                REQUIRE(vfs.crashed());
            }
        }  // the space closes while the power is out
        if (vfs.crashed()) ++crashes;
        vfs.disarm();
        Space space = open_test_space(file, "correct horse battery", crash_vfs());
        CHECK(space.read_all().problems.empty());
        const auto unfinished = unfinished_conversation(space);
        if (ended || (in_flight && in_flight->call == Call::end && !unfinished)) continue;
        REQUIRE(unfinished);
        const auto& commands = unfinished->commands;
        const bool command_in_flight = in_flight && in_flight->call == Call::command;
        REQUIRE(commands.size() >= acknowledged);
        REQUIRE(commands.size() <= acknowledged + (command_in_flight ? 1 : 0));
        for (std::size_t i = 0; i < commands.size(); ++i) REQUIRE(commands[i] == Walked::kept(walk.commands[i]));
        // The last acknowledged progress, or the one in flight when it got
        // through before the power went.
        if (in_flight && in_flight->call == Call::progress && unfinished->progress != last_progress)
            CHECK(unfinished->progress == walk.progress_after(in_flight->index));
        else
            CHECK(unfinished->progress == last_progress);
        if (!commands.empty()) {
            const Session replayed =
                replay(std::make_shared<const Script>(long_script()), std::nullopt, commands, walk.started);
            REQUIRE(replayed.snapshot(walk.started + commands.back().offset) == walk.reference_after(commands.size()));
        }
        recovered_commands += commands.size();
        recovered_progress += unfinished->progress ? 1 : 0;
    }
    std::cout << "kept-conversation power losses: " << crashes << " in a conversation of " << total
              << " commands; commands recovered " << recovered_commands << ", progresses recovered "
              << recovered_progress << '\n';
    CHECK(crashes >= static_cast<int>(4 * total));
}

TEST_CASE("a full or failing disk on a kept command or progress is reported and nothing acknowledged is lost",
          "[space][crash]") {
    const Walked& walk = walked();
    const auto folder = fresh_folder("journal-full");
    const auto file = space_file(folder, "river");
    CrashVfs& vfs = CrashVfs::instance();
    for (const Fault fault : {Fault::disk_full, Fault::io_error}) {
        for (std::uint64_t at = 1; at <= 3; ++at) {
            const SpaceProblem expected =
                fault == Fault::disk_full ? SpaceProblem::storage_full : SpaceProblem::storage_failed;
            INFO((fault == Fault::disk_full ? "disk full" : "I/O error")
                 << " at the " << at << ". operation of a call");
            remove_space(file);
            int reported = 0;
            {
                TestSpace made = make_test_space(folder, "river", "correct horse battery", crash_vfs());
                SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
                // Each call meets the fault once; the kiosk goes on, and
                // the call is made again.
                auto twice = [&](auto&& call) {
                    vfs.arm(fault, at, 1);
                    try {
                        call();
                    } catch (const SpaceError& error) {
                        CHECK(error.problem() == expected);
                        ++reported;
                        vfs.disarm();
                        call();
                    }
                    vfs.disarm();
                };
                for (std::size_t i = 0; i < walk.commands.size(); ++i) {
                    twice([&] { journal.command(walk.commands[i]); });
                    twice([&] { journal.progress(walk.progress_after(i)); });
                }
            }
            CHECK(reported > static_cast<int>(walk.commands.size()));
            Space space = open_test_space(file, "correct horse battery", crash_vfs());
            CHECK(space.read_all().problems.empty());
            const auto unfinished = unfinished_conversation(space);
            REQUIRE(unfinished);
            REQUIRE(unfinished->commands.size() == walk.commands.size());
            for (std::size_t i = 0; i < walk.commands.size(); ++i)
                REQUIRE(unfinished->commands[i] == Walked::kept(walk.commands[i]));
            CHECK(unfinished->progress == walk.progress_after(walk.commands.size() - 1));
        }
    }
}

TEST_CASE("a full disk on a kept command throws storage_full and the earlier commands stay", "[space][crash]") {
    const auto folder = fresh_folder("journal-full-once");
    const auto file = space_file(folder, "river");
    {
        TestSpace made = make_test_space(folder, "river", "correct horse battery", crash_vfs());
        SpaceJournal journal = SpaceJournal::begin(made.space, start_of());
        three_commands(journal);
        CrashVfs::instance().arm(Fault::disk_full, 1, 1);
        try {
            journal.command(at_second(50, cmd::Confirm{Seat::left}));
            FAIL("the command was written on a full disk");
        } catch (const SpaceError& error) {
            CHECK(error.problem() == SpaceProblem::storage_full);
            CHECK_THAT(error.what(), Catch::Contains("the disk is full"));
        }
        CrashVfs::instance().disarm();
    }
    Space space = open_test_space(file, "correct horse battery", crash_vfs());
    const auto unfinished = unfinished_conversation(space);
    REQUIRE(unfinished);
    CHECK(unfinished->commands.size() == 3);
    CHECK(unfinished->progress == progress_at(40, "We call before we visit, and"));
}
