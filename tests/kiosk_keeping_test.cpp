// The real loop with keeping offered, on a fake clock: a conversation not
// kept journals into the runtime folder until it ends; an open space left
// alone for ten minutes outside a conversation closes itself.
#include <catch2/catch.hpp>

#include "crash_vfs.hpp"
#include "kept_conversations.hpp"
#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "space_journal.hpp"
#include "space_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using testing::key_down;
using testing::push;
using testing::quit_event;

namespace {

Script three_says() {
    return test::script_of({test::item("Opening", {test::say("One"), test::say("Two"), test::say("Three")})});
}

KeepingSetup keeping_in(const std::filesystem::path& folder) {
    KeepingSetup keeping;
    keeping.offered = true;
    keeping.spaces_folder = folder / "spaces";
    keeping.runtime_folder = folder / "runtime";
    std::filesystem::create_directories(*keeping.runtime_folder);
    keeping.policy = space::CostPolicy::allow_test_costs;
    keeping.new_key_cost = [] { return space::minimum_test_cost(); };
    keeping.wall_ms = [] { return std::int64_t{1'790'000'000'000}; };
    return keeping;
}

using Harness = testing::KeepingLoop;

// Begin, then both partners' own keys: keep it.
const testing::LoopFixture::Turn begin_pressed = [](const DisplayList&) { push(key_down(SDLK_SPACE)); };
const testing::LoopFixture::Turn both_keep = [](const DisplayList&) {
    push(key_down(SDLK_a));
    push(key_down(SDLK_l));
};

std::size_t journals_in(const std::filesystem::path& folder) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file()) ++count;
    return count;
}

}  // namespace

TEST_CASE("a conversation that is not kept journals in the runtime folder until it ends", "[kiosk][keeping]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("keeping-runtime");
    Harness harness;
    Session session{three_says()};
    std::size_t journals_while_running = 0;
    harness.run(session, keeping_in(folder),
                {
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // Begin: the question
                    [&](const DisplayList& shown) {
                        REQUIRE(shown.button("keep-without"));
                        CHECK(session.snapshot(harness.now).phase == Phase::start);  // nothing begun yet
                        push(key_down(SDLK_SPACE));                                  // without keeping
                    },
                    [&](const DisplayList& shown) {
                        CHECK(shown.text("kept-mark") == nullptr);
                        journals_while_running = journals_in(folder / "runtime");
                        push(key_down(SDLK_SPACE));
                    },
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) {},
                });
    CHECK(journals_while_running == 1);
    CHECK(session.snapshot(harness.now).phase == Phase::finished);
    CHECK(journals_in(folder / "runtime") == 0);  // ended: nothing left behind
}

TEST_CASE("an open space left ten minutes without a key outside a conversation closes itself", "[kiosk][keeping]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("keeping-idle");
    {
        // The space holds a conversation that did not end: opening it offers
        // to go on, and the space stays open on that question.
        std::filesystem::create_directories(folder / "spaces");
        test::TestSpace made = test::make_test_space(folder / "spaces", "river");
        space::SpaceJournal journal = space::SpaceJournal::begin(made.space, test::start_of());
        journal.command(space::CommandRecord{Duration{0}, cmd::Begin{}});
    }
    KeepingSetup keeping = keeping_in(folder);
    keeping.space_name = "river";
    keeping.passphrase = std::make_shared<const space::SecretBytes>(test::secret("correct horse battery"));
    Harness harness;
    Session session{three_says()};
    bool offered = false, closed = false;
    harness.run(session, std::move(keeping),
                {
                    begin_pressed,
                    both_keep,
                    [&](const DisplayList& shown) {
                        offered = shown.button("keep-go-on") != nullptr;
                        harness.now += std::chrono::minutes{9};  // nine minutes: still open
                    },
                    [&](const DisplayList& shown) {
                        CHECK(shown.button("keep-go-on") != nullptr);
                        harness.now += std::chrono::minutes{1};
                    },
                    [&](const DisplayList&) {},
                    [&](const DisplayList& shown) {
                        closed = shown.button("keep-go-on") == nullptr && shown.text("keep-problem") != nullptr;
                    },
                });
    CHECK(offered);
    CHECK(closed);
    CHECK(session.snapshot(harness.now).phase == Phase::start);
}

TEST_CASE("a full disk during a kept conversation is said calmly and the couple goes on without keeping",
          "[kiosk][keeping]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("keeping-full");
    std::filesystem::create_directories(folder / "spaces");
    test::make_test_space(folder / "spaces", "river");
    KeepingSetup keeping = keeping_in(folder);
    keeping.space_name = "river";
    keeping.passphrase = std::make_shared<const space::SecretBytes>(test::secret("correct horse battery"));
    keeping.space_options.vfs = test::CrashVfs::name();
    test::CrashVfs& vfs = test::CrashVfs::instance();
    vfs.disarm();
    Harness harness;
    Session session{three_says()};
    bool home = false, kept = false, told = false, gone_on = false;
    harness.run(session, std::move(keeping),
                {
                    begin_pressed,
                    both_keep,
                    // The space opens on the couple's home screen; Space
                    // leads to the start screen, whose Space begins.
                    [&](const DisplayList& shown) {
                        home = shown.button("home-begin") != nullptr;
                        push(key_down(SDLK_SPACE));
                    },
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList& shown) {
                        kept = shown.text("kept-mark") != nullptr && session.snapshot(harness.now).step == 0;
                        vfs.arm(test::Fault::disk_full, 1, 7);  // the next write fails
                        push(key_down(SDLK_SPACE));
                    },
                    [&](const DisplayList& shown) {
                        told = shown.text("keep-problem") != nullptr && shown.button("keep-without") != nullptr;
                        vfs.disarm();
                        push(key_down(SDLK_SPACE));  // go on without keeping
                    },
                    [&](const DisplayList& shown) {
                        gone_on = shown.text("kept-mark") == nullptr && shown.button("next") != nullptr;
                        push(key_down(SDLK_SPACE));
                    },
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) {},
                });
    CHECK(home);
    CHECK(kept);
    CHECK(told);
    CHECK(gone_on);
    // The command the disk refused still happened on screen, not kept; and
    // what was written before stays: the start and Begin.
    CHECK(session.snapshot(harness.now).phase == Phase::finished);
    const space::KeptHistory history =
        space::read_history(test::open_test_space(folder / "spaces" / "river.space").read_all());
    REQUIRE(history.conversations.size() == 1);
    CHECK(history.conversations.front().commands.size() == 1);
    CHECK_FALSE(history.conversations.front().end);
}

TEST_CASE("without a runtime folder going on without keeping begins the conversation and writes nothing",
          "[kiosk][keeping]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("keeping-no-runtime");
    KeepingSetup keeping = keeping_in(folder);
    keeping.runtime_folder.reset();
    Harness harness;
    Session session{three_says()};
    harness.run(session, std::move(keeping),
                {
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) {},
                });
    CHECK(session.snapshot(harness.now).phase == Phase::step);
    CHECK(journals_in(folder / "runtime") == 0);
}
