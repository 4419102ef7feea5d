// What the home screen is built from: the next conversation, what is due,
// what the couple has done, check-in trends and milestones, on a calendar
// the test moves by hand.
#include "space_overview.hpp"

#include <catch2/catch.hpp>

#include "ledger_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

SpaceOverview overview_of(const LedgerWalk& walk) {
    return space_overview(walk.history, walk.ledger(), walk.calendar, nullptr);
}

ConversationEnd checking_in(int left, int right, const std::string& track = "How close do we feel?") {
    ConversationEnd end;
    end.checkins.push_back(KeptCheckin{0, "How close do you feel today?", Seat::left, left, 5, track});
    end.checkins.push_back(KeptCheckin{0, "How close do you feel today?", Seat::right, right, 5, track});
    return end;
}

const Milestone* find(const SpaceOverview& overview, MilestoneKind kind) {
    for (const auto& each : overview.milestones)
        if (each.kind == kind) return &each;
    return nullptr;
}

// Every milestone of `before` is still there in `after`, with as much or more.
void check_nothing_taken_away(const SpaceOverview& before, const SpaceOverview& after) {
    for (const Milestone& had : before.milestones) {
        if (had.kind == MilestoneKind::conversations_this_month) continue;  // a month is a month, not a streak
        INFO("milestone kind " << static_cast<int>(had.kind) << " count " << had.count);
        bool kept = false;
        for (const Milestone& has : after.milestones)
            kept = kept || (has.kind == had.kind && has.agreement_id == had.agreement_id && has.count >= had.count);
        CHECK(kept);
    }
}

}  // namespace

TEST_CASE("milestones never reset after a missed week", "[overview]") {
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("How do we share our day?", "We tell each other the same day")));
    const std::string id = "c" + std::to_string(first) + ".0";
    for (int week = 1; week <= 4; ++week) {
        walk.calendar.advance_days(7);
        walk.hold(checking_in(3, 4));
    }
    const SpaceOverview before = overview_of(walk);
    CHECK(before.conversations_held == 5);
    const Milestone* held = find(before, MilestoneKind::conversations_held);
    REQUIRE(held);
    CHECK(held->count == 5);
    const Milestone* kept = find(before, MilestoneKind::agreement_kept);
    REQUIRE(kept);
    CHECK(kept->count == 4);
    CHECK(kept->words == "We tell each other the same day");

    // A week with no conversation, then the next one: nothing counts days
    // in a row, so nothing starts again from zero.
    walk.calendar.advance_days(14);
    const SpaceOverview missed = overview_of(walk);
    check_nothing_taken_away(before, missed);
    CHECK(missed.conversations_held == 5);
    CHECK(find(missed, MilestoneKind::agreement_kept)->count == 6);
    walk.hold(reviewing(reviewed(id, ReviewOutcome::kept)));
    const SpaceOverview after = overview_of(walk);
    check_nothing_taken_away(before, after);
    check_nothing_taken_away(missed, after);
    CHECK(after.conversations_held == 6);
    CHECK(after.kept_for.at(0).weeks == 6);
    CHECK(after.kept_for.at(0).agreement_id == id);
    CHECK(find(after, MilestoneKind::first_review_together));
    const Milestone* every = find(after, MilestoneKind::every_agreement_reviewed);
    REQUIRE(every);
    CHECK(every->count == 1);
}

TEST_CASE("the next conversation follows meet_every", "[overview]") {
    LedgerWalk walk;
    Script script;
    script.settings.meet_every = weeks(1);
    const Day today = walk.calendar.today();
    const auto suggested = suggested_next_conversation(script, walk.calendar);
    REQUIRE(suggested);
    CHECK(suggested->day == today + std::chrono::days{7});
    CHECK(suggested->repeat == weeks(1));

    walk.hold(agreeing(made("When do we talk?", "Mondays")));
    walk.history.next_conversations.push_back(KeptNextConversation{30, *suggested});
    CHECK(overview_of(walk).next_conversation == today + std::chrono::days{7});
    CHECK(overview_of(walk).repeat == weeks(1));
    // On the day itself it is today; a day later the repeat names the next one.
    walk.calendar.advance_days(7);
    CHECK(overview_of(walk).next_conversation == today + std::chrono::days{7});
    walk.calendar.advance_days(1);
    CHECK(overview_of(walk).next_conversation == today + std::chrono::days{14});

    // A script without meet_every suggests nothing; skipping is said as such.
    CHECK_FALSE(suggested_next_conversation(Script{}, walk.calendar));
    walk.history.next_conversations.push_back(KeptNextConversation{40, NextConversation{0, std::nullopt, {}}});
    CHECK(overview_of(walk).next_skipped);
    CHECK_FALSE(overview_of(walk).next_conversation);
}

TEST_CASE("a next conversation without a repeat stays on its day", "[overview]") {
    const Day day = Day{std::chrono::days{20'000}};
    const NextConversation once{0, day, std::nullopt};
    CHECK(upcoming_day(once, day - std::chrono::days{3}) == day);
    CHECK(upcoming_day(once, day + std::chrono::days{3}) == day);
    const NextConversation fortnightly{0, day, weeks(2)};
    CHECK(upcoming_day(fortnightly, day + std::chrono::days{1}) == day + std::chrono::days{14});
    CHECK(upcoming_day(fortnightly, day + std::chrono::days{14}) == day + std::chrono::days{14});
}

TEST_CASE("check-in tracks hold both partners' answers across eight conversations", "[overview]") {
    LedgerWalk walk;
    const std::vector<std::pair<int, int>> answers{{2, 3}, {3, 3}, {3, 4}, {2, 4}, {4, 4}, {4, 5}, {5, 4}, {5, 5}};
    for (const auto& [left, right] : answers) {
        ConversationEnd end = checking_in(left, right);
        // Another track, once, and an answer asked again after a pause: the
        // later one is that conversation's answer.
        end.checkins.push_back(KeptCheckin{1, "How rested are you?", Seat::left, 1, 10, ""});
        end.checkins.push_back(KeptCheckin{1, "How rested are you?", Seat::left, 6, 10, ""});
        walk.hold(end);
        walk.calendar.advance_days(7);
    }
    const SpaceOverview overview = overview_of(walk);
    REQUIRE(overview.tracks.size() == 2);
    const CheckinTrack& close = overview.tracks[0];
    CHECK(close.track == "How close do we feel?");
    CHECK(close.scale == 5);
    REQUIRE(close.points.size() == 8);
    for (std::size_t i = 0; i < answers.size(); ++i) {
        CHECK(close.points[i].values[0] == answers[i].first);
        CHECK(close.points[i].values[1] == answers[i].second);
    }
    CHECK(close.points[1].day == close.points[0].day + std::chrono::days{7});
    // Without a track name, the question names the line.
    const CheckinTrack& rested = overview.tracks[1];
    CHECK(rested.track == "How rested are you?");
    CHECK(rested.scale == 10);
    CHECK(rested.points.at(0).values[0] == 6);
    CHECK_FALSE(rested.points.at(0).values[1]);
}

TEST_CASE("conversations this month, and the agreements due and in force", "[overview]") {
    LedgerWalk walk;  // Monday 2 November
    walk.hold(agreeing(made("Weekends?", "Saturdays are ours", weeks(1))));
    walk.calendar.advance_days(7);
    walk.hold(agreeing(made("Evenings?", "Phones away after nine", weeks(2))));
    walk.calendar.advance_days(7);
    walk.hold(ConversationEnd{});
    walk.calendar.advance_days(7);
    walk.hold(ConversationEnd{});  // 23 November
    SpaceOverview overview = overview_of(walk);
    CHECK(overview.conversations_held == 4);
    CHECK(overview.conversations_this_month == 4);
    const Milestone* month = find(overview, MilestoneKind::conversations_this_month);
    REQUIRE(month);
    CHECK(month->count == 4);
    REQUIRE(overview.in_force.size() == 2);
    REQUIRE(overview.due.size() == 2);
    CHECK(overview.due[0].wording().text == "Saturdays are ours");
    CHECK(find(overview, MilestoneKind::first_agreement)->words == "Saturdays are ours");

    walk.calendar.advance_days(14);  // 7 December
    overview = overview_of(walk);
    CHECK(overview.conversations_held == 4);
    CHECK(overview.conversations_this_month == 0);
    CHECK_FALSE(find(overview, MilestoneKind::conversations_this_month));
    CHECK(find(overview, MilestoneKind::conversations_held)->count == 1);  // 4 is past 1, not yet 5
}
