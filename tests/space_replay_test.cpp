// A kept conversation read back: the same commands at the same times, so the
// same session; the agreements in force; and nothing readable on disk.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "agreement_ledger.hpp"
#include "space_journal.hpp"
#include "space_name.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

// Keeps a walked conversation's journal in `space`, as the kiosk will:
// the start, then every command with its time, then (when `ended`) the end.
void keep(Space& space, const Run& run, const Words& words, bool ended) {
    const TimePoint started = run.journal().front().at;
    ConversationKeeper keeper(space, start_of(words), started);
    for (const auto& entry : run.journal()) keeper.command(entry.command, entry.at);
    if (ended) keeper.end(run.record());
}

}  // namespace

TEST_CASE("a kept conversation replays to the same session", "[space]") {
    const auto folder = fresh_folder("replay");
    Run run(long_script());
    walk_conversation(run);
    REQUIRE(run.journal().size() > 40);
    {
        TestSpace made = make_test_space(folder, "river");
        keep(made.space, run, {}, true);
    }
    const KeptHistory history = read_history(open_test_space(space_file(folder, "river")).read_all());
    CHECK(history.problems.empty());
    REQUIRE(history.conversations.size() == 1);
    const KeptConversation& kept = history.conversations[0];
    CHECK(kept.start == start_of());
    REQUIRE(kept.commands.size() == run.journal().size());
    const TimePoint started = run.journal().front().at;
    for (std::size_t i = 0; i < kept.commands.size(); ++i) {
        INFO("command " << i);
        CHECK(kept.commands[i].command == as_kept(run.journal()[i].command));
        CHECK(started + kept.commands[i].offset == run.journal()[i].at);
    }
    const Session replayed =
        replay(std::make_shared<const Script>(long_script()), kept.start.review_subjects, kept.commands, started);
    CHECK(replayed.snapshot(run.clock().now()) == run.shot());
    CHECK(same_record(replayed.record(), as_kept(run.record())));
    REQUIRE(kept.end);
    CHECK(*kept.end == summarize(run.record()));
}

TEST_CASE("the agreements in force: a later week's agreement on the same prompt retires the earlier one", "[space]") {
    const auto folder = fresh_folder("agreements");
    TestSpace made = make_test_space(folder, "river");

    Words first;
    first.first_agreement = "First week: a walk on Sundays";
    first.second_agreement = "First week: a walk on Sundays, rain or shine";
    Run ended(long_script());
    walk_conversation(ended, first);
    keep(made.space, ended, first, true);

    // The second conversation stops (a crash, a power cut) just after its
    // first agreement was confirmed by both.
    Words second;
    second.first_agreement = "Second week: phones away at dinner";
    Run interrupted(long_script());
    walk_conversation(interrupted, second);
    const auto& journal = interrupted.journal();
    std::size_t confirmed = 0;
    for (std::size_t i = 0, confirms = 0; i < journal.size(); ++i)
        if (std::holds_alternative<cmd::Confirm>(journal[i].command) && ++confirms == 2) confirmed = i;
    REQUIRE(confirmed > 0);
    {
        ConversationKeeper keeper(made.space, start_of(second), journal.front().at);
        for (std::size_t i = 0; i <= confirmed; ++i) keeper.command(journal[i].command, journal[i].at);
    }

    const KeptHistory history = read_history(open_test_space(made.file).read_all());
    REQUIRE(history.conversations.size() == 2);
    CHECK_FALSE(history.conversations[1].end);
    const AgreementsInForce in_force =
        agreements_in_force(history, [](const ConversationStart&) { return std::optional<Script>(long_script()); });
    CHECK(in_force.problems.empty());
    std::vector<std::string> texts;
    for (const auto& each : in_force.agreements) texts.push_back(each.agreement.text);
    // The second week agreed anew on the prompt of the first week's
    // agreement (interrupted, but confirmed by both): that one is in force.
    CHECK(texts == std::vector<std::string>{second.first_agreement});

    // Without its script, the interrupted conversation is named, and the
    // ended one is still read.
    const AgreementsInForce without = agreements_in_force(history, nullptr);
    REQUIRE(without.agreements.size() == 1);
    CHECK(without.agreements[0].agreement.text == first.second_agreement);
    REQUIRE(without.problems.size() == 1);
    CHECK_THAT(without.problems[0], Catch::Contains("cannot be replayed"));
}

TEST_CASE("agreements on the same prompt of different scripts both stay in force", "[space]") {
    const auto folder = fresh_folder("agreements-scripts");
    TestSpace made = make_test_space(folder, "river");
    for (const std::string title : {"Evenings", "Money"}) {
        Words words;
        words.second_agreement = title + ": once a week";
        Run run(long_script());
        walk_conversation(run, words);
        ConversationStart start = start_of(words);
        start.script_title = title;
        ConversationKeeper keeper(made.space, start, run.journal().front().at);
        for (const auto& entry : run.journal()) keeper.command(entry.command, entry.at);
        keeper.end(run.record());
    }
    const KeptHistory history = read_history(open_test_space(made.file).read_all());
    const AgreementsInForce in_force = agreements_in_force(history, nullptr);
    std::vector<std::string> texts;
    for (const auto& each : in_force.agreements) texts.push_back(each.agreement.text);
    CHECK(texts == std::vector<std::string>{"Evenings: once a week", "Money: once a week"});
}

TEST_CASE("names, agreements and answers never reach the disk in plaintext", "[space]") {
    const auto folder = fresh_folder("canary");
    Words words;
    words.left_name = "CanaryLeftName7731";
    words.right_name = "CanaryRightName9048";
    words.first_agreement = "CanaryAgreementOne5521";
    words.second_agreement = "CanaryAgreementTwo6613";
    Run run(long_script());
    walk_conversation(run, words);
    // The draft of an agreement being typed, as a progress holds it.
    const std::string draft = "CanaryDraftBeingTyped3307";
    const std::vector<std::string> canaries{
        words.left_name,        words.right_name,      words.first_agreement,  words.second_agreement,
        "How calm do you feel", "A long conversation", "What will each of us", draft};
    // While the space is open (its log and index beside it) and after it closed.
    auto scan = [&](const char* when) {
        int files = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file()) continue;
            ++files;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            struct stat status {};
            REQUIRE(::stat(entry.path().c_str(), &status) == 0);
            INFO(when << ": " << entry.path());
            CHECK((status.st_mode & 0077) == 0);
            for (const auto& canary : canaries) CHECK(bytes.find(canary) == std::string::npos);
        }
        return files;
    };
    {
        TestSpace made = make_test_space(folder, "river");
        ConversationStart start = start_of(words);
        start.script_text = "title: A long conversation\nagenda: What will each of us try this week?";
        ConversationKeeper keeper(made.space, start, run.journal().front().at);
        for (const auto& entry : run.journal()) keeper.command(entry.command, entry.at);
        CHECK(scan("open") >= 2);
        keeper.end(run.record());
        CHECK(scan("ended") >= 2);
        // A second conversation, journalled with its progress row.
        SpaceJournal journal = SpaceJournal::begin(made.space, start);
        journal.command(CommandRecord{std::chrono::seconds{1}, cmd::Begin{}});
        journal.progress(Progress{std::chrono::seconds{30}, 1'790'000'030'000, draft, 3, 0});
        journal.progress(Progress{std::chrono::seconds{31}, 1'790'000'031'000, draft + " and more", 3, 0});
        CHECK(scan("typing") >= 2);
        journal.end(summarize(run.record()));
        CHECK(scan("journal ended") >= 2);
    }
    CHECK(scan("closed") >= 1);
}
