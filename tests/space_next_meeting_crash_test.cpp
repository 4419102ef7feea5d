// The day a couple chose for their next conversation, kept at the end of a
// kept conversation, survives the kiosk killed with SIGKILL and the power
// lost at any moment of writing it: every day acknowledged is there after,
// exactly as chosen, the conversation before it is untouched, and the
// space reads clean.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <iostream>
#include <thread>

#include "crash_vfs.hpp"
#include "killed_writer.hpp"
#include "space_journal.hpp"
#include "space_name.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

const Day first_day = Day{std::chrono::year{2026} / 12 / 7};

// The i-th day chosen: a week on from the one before, every two weeks after it.
NextConversation chosen(std::uint32_t i) {
    NextConversation next;
    next.decided_unix_ms = 1'790'000'000'000 + std::int64_t{i} * 1000;
    next.day = first_day + std::chrono::days{7 * i};
    next.repeat = weeks(2);
    return next;
}

// A space holding one ended conversation, before any day was chosen.
void keep_one_conversation(Space& space) {
    SpaceJournal journal = SpaceJournal::begin(space, start_of());
    journal.command(CommandRecord{Duration{0}, cmd::Begin{}});
    ConversationEnd end;
    end.finish = FinishReason::completed;
    journal.end(end);
}

// Reads the space back: clean, the conversation whole, and the days kept
// exactly as chosen, in order. Returns how many days it holds.
std::size_t days_kept(const std::filesystem::path& file, const SpaceOptions& options = {}) {
    Space space = open_test_space(file, "correct horse battery", options);
    const SpaceContents contents = space.read_all();
    INFO("problems: " << contents.problems.size() << (contents.problems.empty() ? "" : " " + contents.problems[0]));
    REQUIRE(contents.problems.empty());
    const KeptHistory history = read_history(contents);
    REQUIRE(history.problems.empty());
    REQUIRE(history.conversations.size() == 1);
    REQUIRE(history.conversations[0].end);
    REQUIRE_FALSE(history.conversations[0].damaged);
    for (std::size_t i = 0; i < history.next_conversations.size(); ++i)
        REQUIRE(history.next_conversations[i].next == chosen(static_cast<std::uint32_t>(i)));
    return history.next_conversations.size();
}

}  // namespace

TEST_CASE("a kiosk killed with SIGKILL while it keeps the next conversation's day loses no day it confirmed",
          "[space][crash]") {
    const auto folder = fresh_folder("next-killed");
    int kills = 0;
    std::size_t acknowledged_in_all = 0;
    for (int run = 0; run < 20; ++run) {
        INFO("run " << run);
        const auto file = space_file(folder, "river" + std::to_string(run));
        {
            TestSpace made = make_test_space(folder, "river" + std::to_string(run));
            keep_one_conversation(made.space);
        }
        // Half the writers are killed at any moment, perhaps while the space
        // opens; the other half among the days they keep.
        const KillMoment moment = run < 10 ? KillMoment::from_fork : KillMoment::after_first_write;
        const auto delay = std::chrono::milliseconds{run < 10 ? 5 + 4 * run : 3 * (run - 10)};
        // The kiosk's side (in the child): the day both agreed on, durable
        // before it is acknowledged, again and again until killed.
        std::optional<Space> space;
        const std::size_t acknowledged = kill_writer(
            [&](std::uint32_t i) {
                if (i == 0) space.emplace(open_test_space(file));
                keep_next_conversation(*space, chosen(i));
            },
            moment, delay);
        ++kills;
        const std::size_t kept = days_kept(file);
        CHECK(kept >= acknowledged);
        CHECK(kept <= acknowledged + 1);  // the one in flight may have reached the disk
        acknowledged_in_all += acknowledged;
    }
    std::cout << "writers of the next conversation's day killed: " << kills << "; days acknowledged "
              << acknowledged_in_all << '\n';
    CHECK(acknowledged_in_all >= 10);  // each writer killed after its first write kept one at least
}

TEST_CASE("a power loss at any moment of keeping the next conversation's day loses no day acknowledged",
          "[space][crash]") {
    CrashVfs& vfs = CrashVfs::instance();
    const SpaceOptions options{CrashVfs::name()};
    const auto folder = fresh_folder("next-power");
    // How many writes, truncations and syncs keeping one day takes.
    std::uint64_t operations = 0;
    {
        TestSpace made = make_test_space(folder, "count", "correct horse battery", options);
        keep_one_conversation(made.space);
        vfs.arm(Fault::none, 0, 0);
        keep_next_conversation(made.space, chosen(0));
        operations = vfs.operations();
        vfs.disarm();
    }
    REQUIRE(operations > 0);
    int crashes = 0;
    for (std::uint64_t at = 1; at <= operations; ++at) {
        for (std::uint32_t seed = 1; seed <= 3; ++seed) {
            INFO("power lost at operation " << at << " of " << operations << ", seed " << seed);
            const std::string name = "river-" + std::to_string(at) + "-" + std::to_string(seed);
            const auto file = space_file(folder, name);
            bool acknowledged = false;
            {
                TestSpace made = make_test_space(folder, name, "correct horse battery", options);
                keep_one_conversation(made.space);
                vfs.arm(Fault::power_loss, at, seed * 7919u + static_cast<std::uint32_t>(at));
                try {
                    keep_next_conversation(made.space, chosen(0));
                    acknowledged = true;
                } catch (const SpaceError&) {
                }
                REQUIRE(vfs.crashed());
            }  // the connection closes while the power is out
            vfs.disarm();
            const std::size_t kept = days_kept(file, options);
            CHECK(kept <= 1);
            if (acknowledged) CHECK(kept == 1);
            ++crashes;
        }
    }
    std::cout << "power losses while the next conversation's day was kept: " << crashes << " over " << operations
              << " operations\n";
    CHECK(crashes >= 3);
}
