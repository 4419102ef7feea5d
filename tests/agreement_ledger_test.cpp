// The agreements ledger read from a couple's history on a calendar the test
// moves: ids, every wording, reviews, what is due, what ended.
#include "agreement_ledger.hpp"

#include <catch2/catch.hpp>

#include "ledger_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

TEST_CASE("an agreement made with review_in 1w is not due after six days and is due after seven", "[ledger]") {
    LedgerWalk walk;
    const auto first =
        walk.hold(agreeing(made("How do we share our day?", "We tell each other the same day", weeks(1))));
    const std::string id = "c" + std::to_string(first) + ".0";

    walk.calendar.advance_days(6);
    AgreementLedger ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 1);
    CHECK(ledger.agreements[0].id == id);
    CHECK_FALSE(ledger.agreements[0].due_on(walk.calendar.today()));
    CHECK(ledger.due_on(walk.calendar.today()).empty());
    std::vector<ReviewSubject> subjects = review_subjects(ledger, walk.calendar.today());
    REQUIRE(subjects.size() == 1);
    CHECK_FALSE(subjects[0].due);

    walk.calendar.advance_days(1);
    ledger = walk.ledger();
    CHECK(ledger.agreements[0].due_on(walk.calendar.today()));
    CHECK(ledger.agreements[0].next_review() == walk.calendar.today());
    subjects = review_subjects(ledger, walk.calendar.today());
    REQUIRE(subjects.size() == 1);
    CHECK(subjects[0] ==
          ReviewSubject{id, "How do we share our day?", "We tell each other the same day", false, weeks(1), true});
}

TEST_CASE("the review day is counted in local calendar days, whatever the hour", "[ledger]") {
    // Made at 23:30 local time (UTC+2): the next review is seven local days
    // later, not seven times 24 hours from a UTC date.
    LedgerWalk walk;
    walk.calendar = FixedCalendar(ledger_first_evening_ms + 9'000'000, std::chrono::minutes{120});
    walk.hold(agreeing(made("When do we talk?", "Sunday evenings", weeks(1))));
    const Day made_on = walk.calendar.today();
    walk.calendar.advance(std::chrono::hours{24 * 6 + 1});  // 00:30 on the seventh day after
    CHECK(walk.calendar.today() == made_on + std::chrono::days{7});
    CHECK(walk.ledger().agreements.at(0).due_on(walk.calendar.today()));
}

TEST_CASE("keeping an agreement in a review starts its period again", "[ledger]") {
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("How do we share our day?", "Each evening", weeks(1))));
    const std::string id = "c" + std::to_string(first) + ".0";
    walk.calendar.advance_days(9);
    REQUIRE(walk.ledger().agreements[0].due_on(walk.calendar.today()));
    walk.hold(reviewing(reviewed(id, ReviewOutcome::kept)));
    const Day reviewed_on = walk.calendar.today();

    AgreementLedger ledger = walk.ledger();
    const LedgerAgreement& agreement = ledger.agreements.at(0);
    CHECK(ledger.problems.empty());
    REQUIRE(agreement.reviews.size() == 1);
    CHECK(agreement.reviews[0].day == reviewed_on);
    CHECK(agreement.reviews[0].ratings[0] == ReviewRating::working);
    CHECK(agreement.reviews[0].ratings[1] == ReviewRating::partly);
    CHECK(agreement.reviews[0].outcome == ReviewOutcome::kept);
    CHECK(agreement.wordings.size() == 1);
    CHECK(agreement.next_review() == reviewed_on + std::chrono::days{7});
    walk.calendar.advance_days(6);
    CHECK_FALSE(walk.ledger().agreements[0].due_on(walk.calendar.today()));
    walk.calendar.advance_days(1);
    CHECK(walk.ledger().agreements[0].due_on(walk.calendar.today()));
}

TEST_CASE("a reworded agreement keeps every version, the newest in force", "[ledger]") {
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("Phones at dinner?", "Phones stay in the hall", weeks(2))));
    const std::string id = "c" + std::to_string(first) + ".0";
    const Day made_on = walk.calendar.today();
    walk.calendar.advance_days(14);
    walk.hold(reviewing(reviewed(id, ReviewOutcome::reworded, "Phones stay in the hall, calls from family aside",
                                 ReviewRating::partly, ReviewRating::not_yet)));
    const Day reworded_on = walk.calendar.today();
    walk.calendar.advance_days(14);
    walk.hold(reviewing(reviewed(id, ReviewOutcome::reworded, "Phones in the hall from seven")));

    const AgreementLedger ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 1);
    const LedgerAgreement& agreement = ledger.agreements[0];
    CHECK(agreement.id == id);
    CHECK(agreement.in_force());
    REQUIRE(agreement.wordings.size() == 3);
    CHECK(agreement.wordings[0].text == "Phones stay in the hall");
    CHECK(agreement.wordings[0].day == made_on);
    CHECK(agreement.wordings[0].origin == WordingOrigin::made);
    CHECK(agreement.wordings[1].text == "Phones stay in the hall, calls from family aside");
    CHECK(agreement.wordings[1].day == reworded_on);
    CHECK(agreement.wordings[1].origin == WordingOrigin::reworded);
    CHECK(agreement.wordings[1].confirmed == std::array<bool, 2>{true, true});
    CHECK(agreement.wording().text == "Phones in the hall from seven");
    REQUIRE(agreement.reviews.size() == 2);
    CHECK(agreement.reviews[0].ratings[1] == ReviewRating::not_yet);
    CHECK(agreement.made == made_on);
    CHECK(agreement.days_kept(walk.calendar.today()) == 28);
    CHECK(review_subjects(ledger, walk.calendar.today()).at(0).text == "Phones in the hall from seven");
    // Its history reads in order: each review before the wording it made.
    const std::vector<AgreementEvent> history = history_of(agreement);
    REQUIRE(history.size() == 5);
    CHECK(history[0].wording == &agreement.wordings[0]);
    CHECK(history[1].review == &agreement.reviews[0]);
    CHECK(history[2].wording == &agreement.wordings[1]);
    CHECK(history[3].review == &agreement.reviews[1]);
    CHECK(history[4].wording == &agreement.wordings[2]);
}

TEST_CASE("letting an agreement go ends it and keeps it in the history", "[ledger]") {
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("Phones at dinner?", "Phones stay in the hall", weeks(1))));
    const std::string id = "c" + std::to_string(first) + ".0";
    walk.calendar.advance_days(7);
    walk.hold(reviewing(reviewed(id, ReviewOutcome::let_go)));
    const Day let_go_on = walk.calendar.today();
    walk.calendar.advance_days(30);

    AgreementLedger ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 1);
    const LedgerAgreement& ended = ledger.agreements[0];
    CHECK_FALSE(ended.in_force());
    CHECK(ended.ended == let_go_on);
    CHECK(ended.wording().text == "Phones stay in the hall");
    CHECK(ended.reviews.size() == 1);
    CHECK(ended.days_kept(walk.calendar.today()) == 7);
    CHECK_FALSE(ended.due_on(walk.calendar.today()));
    CHECK(ledger.in_force().empty());
    CHECK(review_subjects(ledger, walk.calendar.today()).empty());
    CHECK(agreements_in_force(walk.history, nullptr).agreements.empty());

    // New words on the same prompt later start a new agreement; the ended
    // one stays as it was.
    const auto again = walk.hold(agreeing(made("Phones at dinner?", "Phones face down")));
    ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 2);
    CHECK(ledger.agreements[1].id == "c" + std::to_string(again) + ".0");
    CHECK(ledger.agreements[1].in_force());
    CHECK_FALSE(ledger.agreements[0].in_force());
}

TEST_CASE("a later conversation's agreement on the same prompt of the same script is a new wording of it", "[ledger]") {
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("When do we talk?", "Sunday evenings", weeks(2))));
    walk.calendar.advance_days(10);
    walk.hold(agreeing(made("When do we talk?", "Sunday and Wednesday evenings", weeks(1))));
    const Day again_on = walk.calendar.today();
    walk.hold(agreeing(made("When do we talk?", "Money matters: the first Sunday", weeks(4))), "Money");

    const AgreementLedger ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 2);
    const LedgerAgreement& talk = ledger.agreements[0];
    CHECK(talk.id == "c" + std::to_string(first) + ".0");
    REQUIRE(talk.wordings.size() == 2);
    CHECK(talk.wordings[1].origin == WordingOrigin::made_again);
    CHECK(talk.wording().text == "Sunday and Wednesday evenings");
    // The newest wording brings its own period, counted from its day.
    CHECK(talk.review_in == weeks(1));
    CHECK(talk.next_review() == again_on + std::chrono::days{7});
    // Another script's prompt with the same words is another agreement.
    CHECK(ledger.agreements[1].script_title == "Money");
}

TEST_CASE("an agreement made aloud keeps its prompt and can be worded later", "[ledger]") {
    LedgerWalk walk;
    KeptAgreement aloud = made("What do we do when it gets loud?", "");
    aloud.aloud = true;
    const auto first = walk.hold(agreeing(aloud));
    const std::string id = "c" + std::to_string(first) + ".0";
    walk.calendar.advance_days(14);
    walk.hold(reviewing(reviewed(id, ReviewOutcome::reworded, "Either of us can call a pause, and we come back")));
    const AgreementLedger ledger = walk.ledger();
    const LedgerAgreement& agreement = ledger.agreements.at(0);
    REQUIRE(agreement.wordings.size() == 2);
    CHECK(agreement.wordings[0].aloud);
    CHECK(agreement.prompt == "What do we do when it gets loud?");
    CHECK_FALSE(agreement.wording().aloud);
    CHECK(agreement.wording().text == "Either of us can call a pause, and we come back");
}

TEST_CASE("a review in the same item as a new agreement is taken first", "[ledger]") {
    // Let go and set down anew in one conversation: the old one ends and the
    // new words start a new agreement (not a wording of the ended one).
    LedgerWalk walk;
    const auto first = walk.hold(agreeing(made("Weekends?", "Saturdays are ours")));
    walk.calendar.advance_days(14);
    ConversationEnd both;
    both.agreements.push_back(made("Weekends?", "One Saturday a month is ours", weeks(2), 0));
    both.reviews.push_back(reviewed("c" + std::to_string(first) + ".0", ReviewOutcome::let_go));
    walk.hold(both);
    const AgreementLedger ledger = walk.ledger();
    REQUIRE(ledger.agreements.size() == 2);
    CHECK_FALSE(ledger.agreements[0].in_force());
    CHECK(ledger.agreements[1].wording().text == "One Saturday a month is ours");
}

TEST_CASE("a review of an agreement the ledger does not hold is named, and the rest is read", "[ledger]") {
    LedgerWalk walk;
    walk.hold(agreeing(made("Weekends?", "Saturdays are ours")));
    walk.hold(reviewing(reviewed("c999.0", ReviewOutcome::kept)));
    const AgreementLedger ledger = walk.ledger();
    CHECK(ledger.agreements.size() == 1);
    REQUIRE(ledger.problems.size() == 1);
    CHECK_THAT(ledger.problems[0], Catch::Contains("c999.0"));
}

TEST_CASE("review subjects: every agreement in force, the longest waiting first, the due ones marked", "[ledger]") {
    LedgerWalk walk;
    walk.hold(agreeing(made("Weekends?", "Saturdays are ours", weeks(4))));
    walk.calendar.advance_days(2);
    walk.hold(agreeing(made("Evenings?", "Phones away after nine", weeks(1))));
    walk.calendar.advance_days(7);
    const std::vector<ReviewSubject> subjects = review_subjects(walk.ledger(), walk.calendar.today());
    REQUIRE(subjects.size() == 2);
    CHECK(subjects[0].text == "Phones away after nine");
    CHECK(subjects[0].due);
    CHECK(subjects[1].text == "Saturdays are ours");
    CHECK_FALSE(subjects[1].due);
}
