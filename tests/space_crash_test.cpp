// Power losses, full disks and failing disks in the middle of kept
// conversations (tests/crash_vfs.hpp simulates them): every record
// acknowledged before the fault is there afterwards, the recovered session
// equals an uncrashed replay of that prefix, and the space reads clean.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <iostream>

#include "crash_vfs.hpp"
#include "space_name.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

struct Planned {
    RecordKind kind;
    Bytes payload;
};

// A whole conversation as the records the kiosk will append, in order.
struct Conversation {
    Run run{long_script()};
    std::vector<Planned> records;
    Conversation() {
        walk_conversation(run);
        const TimePoint started = run.journal().front().at;
        records.push_back({RecordKind::conversation_start, encode(start_of())});
        for (const auto& entry : run.journal())
            records.push_back({RecordKind::command, encode(CommandRecord{entry.at - started, entry.command})});
        records.push_back({RecordKind::conversation_end, encode(summarize(run.record()))});
    }
};

const Conversation& conversation() {
    static const Conversation the_conversation;
    return the_conversation;
}

SpaceOptions crash_vfs() {
    CrashVfs::instance();
    return SpaceOptions{CrashVfs::name()};
}

// A folder in memory when the machine has one: the VFS decides what is
// durable, so the real disk only adds waiting.
std::filesystem::path crash_folder(const std::string& name) {
    const std::filesystem::path shm = "/dev/shm";
    if (!std::filesystem::is_directory(shm)) return fresh_folder(name);
    const auto folder = shm / ("attune-test-" + std::to_string(::getpid())) / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

// Removes the in-memory folders when the test process ends.
struct CrashFolders {
    ~CrashFolders() {
        std::error_code ignored;
        std::filesystem::remove_all(std::filesystem::path("/dev/shm") / ("attune-test-" + std::to_string(::getpid())),
                                    ignored);
    }
};
const CrashFolders crash_folders_cleanup;

void remove_space(const std::filesystem::path& file) {
    for (const auto& each : space_files(file)) std::filesystem::remove(each);
}

// Appends the planned records until one fails; returns how many were
// acknowledged. With `retry`, a failed record is tried once more and the
// conversation goes on.
struct Appended {
    std::size_t acknowledged = 0;
    int failures = 0;
    std::vector<SpaceProblem> problems;
};
enum class OnFailure { stop, retry_once };
Appended append_all(Space& space, OnFailure on_failure) {
    Appended result;
    for (const auto& record : conversation().records) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                space.append(record.kind, record.payload);
                ++result.acknowledged;
                break;
            } catch (const SpaceError& error) {
                ++result.failures;
                result.problems.push_back(error.problem());
                if (on_failure == OnFailure::stop || attempt == 1) return result;
            }
        }
    }
    // The keeper checkpoints at a conversation's end: a fault there loses
    // nothing either.
    try {
        space.checkpoint();
    } catch (const SpaceError& error) {
        ++result.failures;
        result.problems.push_back(error.problem());
    }
    return result;
}

// The session after the first `commands` commands, replayed from the journal.
Snapshot reference_after(std::size_t commands) {
    const auto& journal = conversation().run.journal();
    Session session(long_script());
    for (std::size_t i = 0; i < commands; ++i) session.apply(journal[i].command, journal[i].at);
    return session.snapshot(commands == 0 ? journal.front().at : journal[commands - 1].at);
}

// Reads the space back and checks it against the plan: the first
// `acknowledged` records at least (one more, the one in flight, may have
// reached the disk), each exactly as planned, and the session they replay to.
std::size_t check_recovered(const std::filesystem::path& file, std::size_t acknowledged) {
    Space space = open_test_space(file, "correct horse battery", crash_vfs());
    const SpaceContents contents = space.read_all();
    INFO("problems: " << contents.problems.size() << (contents.problems.empty() ? "" : " " + contents.problems[0]));
    REQUIRE(contents.problems.empty());
    const std::size_t recovered = contents.records.size();
    REQUIRE(recovered >= acknowledged);
    REQUIRE(recovered <= acknowledged + 1);
    const auto& planned = conversation().records;
    for (std::size_t i = 0; i < recovered; ++i) {
        REQUIRE(contents.records[i].seq == i + 1);
        REQUIRE(contents.records[i].kind == planned[i].kind);
        REQUIRE(contents.records[i].payload == planned[i].payload);
    }
    const KeptHistory history = read_history(contents);
    if (!history.conversations.empty()) {
        const auto& commands = history.conversations[0].commands;
        if (!commands.empty()) {
            const TimePoint started = conversation().run.journal().front().at;
            const Session replayed =
                replay(std::make_shared<const Script>(long_script()), std::nullopt, commands, started);
            REQUIRE(replayed.snapshot(started + commands.back().offset) == reference_after(commands.size()));
        }
    }
    return recovered;
}

// How many writes, truncations and syncs a whole conversation takes.
std::uint64_t operations_of_a_conversation(const std::filesystem::path& folder) {
    const auto file = space_file(folder, "count");
    remove_space(file);
    TestSpace made = make_test_space(folder, "count", "correct horse battery", crash_vfs());
    CrashVfs::instance().arm(Fault::none, 0, 0);
    append_all(made.space, OnFailure::stop);
    return CrashVfs::instance().operations();
}

// Three seeded power losses at every operation from `first` to `last` (of
// the conversation's operations, as fractions); returns how many.
int power_losses(double first, double last) {
    const auto folder = crash_folder("crash");
    CrashVfs& vfs = CrashVfs::instance();
    const std::uint64_t operations = operations_of_a_conversation(folder);
    REQUIRE(operations > 100);
    const auto file = space_file(folder, "river");
    int crashes = 0;
    std::uint64_t recovered_records = 0, written = 0, dropped = 0, garbled = 0;
    const auto from = static_cast<std::uint64_t>(first * static_cast<double>(operations)) + 1;
    const auto to = static_cast<std::uint64_t>(last * static_cast<double>(operations));
    for (std::uint64_t at = from; at <= to; ++at) {
        for (std::uint32_t seed = 1; seed <= 3; ++seed) {
            INFO("crash at operation " << at << " of " << operations << ", seed " << seed);
            remove_space(file);
            std::size_t acknowledged = 0;
            {
                TestSpace made = make_test_space(folder, "river", "correct horse battery", crash_vfs());
                vfs.arm(Fault::power_loss, at, seed * 7919u + static_cast<std::uint32_t>(at));
                acknowledged = append_all(made.space, OnFailure::stop).acknowledged;
                REQUIRE(vfs.crashed());
                const auto tally = vfs.tally();
                written += tally.written;
                dropped += tally.dropped;
                garbled += tally.garbled;
            }  // the connection closes while the power is out
            vfs.disarm();
            recovered_records += check_recovered(file, acknowledged);
            ++crashes;
        }
    }
    std::cout << "power losses at operations " << from << " to " << to << " of " << operations << ": " << crashes
              << "; records recovered " << recovered_records << "; held writes written " << written << ", dropped "
              << dropped << ", garbled " << garbled << '\n';
    CHECK(dropped > 0);
    CHECK(garbled > 0);
    return crashes;
}

}  // namespace

TEST_CASE("power losses in the first half of a kept conversation lose nothing acknowledged", "[space][crash]") {
    CHECK(power_losses(0.0, 0.5) >= 500);
}

TEST_CASE("power losses in the second half of a kept conversation lose nothing acknowledged", "[space][crash]") {
    CHECK(power_losses(0.5, 1.0) >= 500);
}

namespace {

// A fault of `fault` at every operation of a whole conversation, each
// retried once, the conversation going on.
void faults_at_every_operation(Fault fault) {
    const auto folder = crash_folder("full");
    CrashVfs& vfs = CrashVfs::instance();
    const std::uint64_t operations = operations_of_a_conversation(folder);
    const auto file = space_file(folder, "river");
    int reported = 0;
    for (std::uint64_t at = 1; at <= operations; ++at) {
        INFO((fault == Fault::disk_full ? "disk full" : "I/O error") << " at operation " << at);
        remove_space(file);
        Appended appended;
        {
            TestSpace made = make_test_space(folder, "river", "correct horse battery", crash_vfs());
            vfs.arm(fault, at, 1);
            appended = append_all(made.space, OnFailure::retry_once);
        }
        vfs.disarm();
        // Each failure was reported as what it was, and the retry went on.
        for (const SpaceProblem problem : appended.problems)
            CHECK(problem == (fault == Fault::disk_full ? SpaceProblem::storage_full : SpaceProblem::storage_failed));
        reported += appended.failures;
        CHECK(appended.acknowledged == conversation().records.size());
        CHECK(check_recovered(file, appended.acknowledged) == appended.acknowledged);
    }
    CHECK(reported > static_cast<int>(operations / 2));
}

}  // namespace

TEST_CASE("a full disk is reported and nothing acknowledged is lost", "[space][crash]") {
    faults_at_every_operation(Fault::disk_full);
}

TEST_CASE("a failing disk is reported and nothing acknowledged is lost", "[space][crash]") {
    faults_at_every_operation(Fault::io_error);
}
