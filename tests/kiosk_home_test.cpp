// The real loop with a real space on a fake clock: opening the space shows
// the couple's home screen with what it holds, before anything begins; a
// file asked for by both can still be turned down before it is written; Esc
// closes the space; and a kept conversation's end asks when to meet next.
#include <catch2/catch.hpp>

#include "day_words.hpp"
#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "space_journal.hpp"
#include "space_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using testing::key_down;
using testing::push;

namespace {

constexpr std::int64_t now_ms = 1'790'000'000'000;
constexpr std::int64_t day_ms = 86'400'000;

KeepingSetup keeping_in(const std::filesystem::path& folder) {
    KeepingSetup keeping;
    keeping.offered = true;
    keeping.spaces_folder = folder / "spaces";
    keeping.runtime_folder = folder / "runtime";
    std::filesystem::create_directories(*keeping.runtime_folder);
    keeping.policy = space::CostPolicy::allow_test_costs;
    keeping.new_key_cost = [] { return space::minimum_test_cost(); };
    keeping.wall_ms = [] { return now_ms; };
    keeping.space_name = "river";
    keeping.passphrase = std::make_shared<const space::SecretBytes>(test::secret("correct horse battery"));
    return keeping;
}

// A conversation that ended `days_ago`, with one agreement and one check-in each.
void kept_conversation(space::Space& space, int days_ago, std::string prompt, std::string agreement, int left,
                       int right) {
    space::ConversationStart start = test::start_of();
    start.started_unix_ms = now_ms - days_ago * day_ms;
    space::SpaceJournal journal = space::SpaceJournal::begin(space, start);
    journal.command(space::CommandRecord{Duration{0}, cmd::Begin{}});
    space::ConversationEnd end;
    end.finish = FinishReason::completed;
    end.agreements.push_back(space::KeptAgreement{0, std::move(prompt), std::move(agreement), false});
    end.checkins.push_back(space::KeptCheckin{0, "How calm?", Seat::left, left, 5});
    end.checkins.push_back(space::KeptCheckin{0, "How calm?", Seat::right, right, 5});
    journal.end(end);
}

using Harness = testing::KeepingLoop;
using testing::begin_and_keep;

std::size_t count_role(const DisplayList& list, std::string_view role) {
    std::size_t count = 0;
    for (const DisplayItem& item : list.items)
        if (std::visit([&](const auto& each) { return each.role == role; }, item)) ++count;
    return count;
}

}  // namespace

TEST_CASE("opening a space shows its home screen with what it holds before the conversation begins", "[kiosk][home]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("home-screen");
    std::filesystem::create_directories(folder / "spaces");
    {
        test::TestSpace made = test::make_test_space(folder / "spaces", "river");
        kept_conversation(made.space, 20, "Phones?", "Phones stay in the hallway after nine.", 2, 3);
        kept_conversation(made.space, 3, "Walks?", "We walk on Sundays.", 4, 4);
    }
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    bool home = false, two_points = false, due_first = false, asked = false, not_now = false, back = false;
    harness.run(session, keeping_in(folder),
                {
                    begin_and_keep,
                    [&](const DisplayList& shown) {
                        home = shown.button("home-begin") != nullptr && shown.text("home-conversations") &&
                               shown.text("home-conversations")->text.find(": 2,") != std::string::npos;
                        two_points = count_role(shown, "home-point-left") == 2;
                        // Twenty days old: due for a review, and listed first.
                        due_first = shown.text("home-due") != nullptr && shown.text("home-agreement") &&
                                    shown.text("home-agreement")->text == "Phones stay in the hallway after nine.";
                        // Both partners ask for their agreements on paper.
                        push(key_down(SDLK_a));
                        push(key_down(SDLK_l));
                    },
                    [&](const DisplayList& shown) {
                        asked = shown.text("export-notice") != nullptr &&
                                shown.text("export-notice")->text.find("anyone with access") != std::string::npos;
                        push(key_down(SDLK_ESCAPE));  // not now
                    },
                    [&](const DisplayList& shown) {
                        not_now = shown.button("home-begin") != nullptr && shown.text("export-notice") == nullptr;
                        push(key_down(SDLK_ESCAPE));  // back to the start
                    },
                    [&](const DisplayList& shown) { back = shown.button("begin") != nullptr; },
                });
    CHECK(home);
    CHECK(two_points);
    CHECK(due_first);
    CHECK(asked);
    CHECK(not_now);
    CHECK(back);
    CHECK(session.snapshot(harness.now).phase == Phase::start);
}

TEST_CASE("the end of a kept conversation asks when to meet next, suggested by meet_every", "[kiosk][home]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = test::fresh_folder("home-meeting");
    std::filesystem::create_directories(folder / "spaces");
    test::make_test_space(folder / "spaces", "river");
    Script script = test::script_of({test::item("Opening", {test::say("One")})});
    script.settings.meet_every = weeks(2);
    Harness harness;
    Session session{script};
    const Words words = words_for_language("en");
    const std::string suggested = day_words(words, SystemCalendar{}.day_of(now_ms) + std::chrono::days{14});
    std::string day_shown, answer;
    harness.run(session, keeping_in(folder),
                {
                    begin_and_keep,
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // home: the start screen
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // start screen: begin
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // the say step: next
                    [&](const DisplayList& shown) {
                        if (const TextItem* day = shown.text("meeting-day")) day_shown = day->text;
                        push(key_down(SDLK_a));
                        push(key_down(SDLK_l));
                    },
                    [&](const DisplayList& shown) {
                        if (const TextItem* said = shown.text("meeting-answer")) answer = said->text;
                    },
                });
    CHECK(session.snapshot(harness.now).phase == Phase::finished);
    CHECK(day_shown == suggested);
    CHECK(answer == "Your next conversation: " + suggested);
}
