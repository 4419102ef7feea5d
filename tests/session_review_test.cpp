// Issue 11: the review step. The couple's earlier agreements come back one
// at a time; both say how each is going, then together keep it, reword it
// or let it go. Without a kept conversation, or with nothing due, it says so
// and goes on.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {

constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

Step review(ReviewWhich which = ReviewWhich::due, std::string prompt = {}) {
    return Step{ReviewStep{std::move(prompt), which}, {}};
}

// Three agreements in force as the ledger would give them: the first and
// the third are due, the second (made aloud) is not.
std::vector<ReviewSubject> ledger() {
    return {
        ReviewSubject{"walks", "What will each of us try?", "We walk together on Sundays", false, weeks(2), true},
        ReviewSubject{"same-day", "How do we tell each other?", "", true, weeks(1), false},
        ReviewSubject{"phones", "What about phones?", "Phones stay in the hall at dinner", false, weeks(4), true},
    };
}

Script review_script() {
    return script_of({
        item("Before", {say("hello")}),
        item("Our agreements", {review(), say("after")}),
    });
}

// Begins a session with `subjects` (none: not kept) and goes to the review.
Run& reach_review(Run& run, std::optional<std::vector<ReviewSubject>> subjects = ledger()) {
    if (subjects) run.session().set_review_subjects(*subjects);
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::review);
    return run;
}

// Both rate the agreement on screen and pick the same outcome.
void rate_and_decide(Run& run, ReviewOutcome outcome, ReviewRating left_rating = ReviewRating::working,
                     ReviewRating right_rating = ReviewRating::partly) {
    REQUIRE(run.send(cmd::Rate{left, left_rating}) == Outcome::applied);
    REQUIRE(run.send(cmd::Rate{right, right_rating}) == Outcome::applied);
    REQUIRE(run.send(cmd::Decide{left, outcome}) == Outcome::applied);
    REQUIRE(run.send(cmd::Decide{right, outcome}) == Outcome::applied);
}

}  // namespace

TEST_CASE("a review walks the due agreements one at a time: both rate, then both decide", "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    Snapshot shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::rating);
    CHECK(shot.review.number == 1);
    CHECK(shot.review.count == 2);  // the one not due stays out
    CHECK(shot.review.subject.id == "walks");
    CHECK(shot.review.subject.text == "We walk together on Sundays");

    // Nothing to go on to, nor decide, before both have said how it is going.
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);
    CHECK(run.send(cmd::Decide{left, ReviewOutcome::kept}) == Outcome::not_now);
    CHECK(run.send(cmd::Rate{right, ReviewRating::not_yet}) == Outcome::applied);
    CHECK(run.shot().review.stage == ReviewStage::rating);                         // one rating alone is not shown
    CHECK(run.send(cmd::Rate{right, ReviewRating::working}) == Outcome::not_now);  // given once
    CHECK(run.shot().review.ratings[1] == ReviewRating::not_yet);
    CHECK(run.send(cmd::Rate{left, ReviewRating::partly}) == Outcome::applied);
    shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::deciding);
    CHECK(shot.review.ratings[0] == ReviewRating::partly);
    CHECK(shot.review.ratings[1] == ReviewRating::not_yet);

    // Different picks wait; either can change theirs until they match.
    CHECK(run.send(cmd::Decide{left, ReviewOutcome::kept}) == Outcome::applied);
    CHECK(run.send(cmd::Decide{right, ReviewOutcome::reworded}) == Outcome::applied);
    run.wait(5min);
    shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::deciding);
    CHECK(shot.review.picks[0] == ReviewOutcome::kept);
    CHECK(shot.review.picks[1] == ReviewOutcome::reworded);
    CHECK(run.record().reviews.empty());
    CHECK(run.send(cmd::Decide{right, ReviewOutcome::kept}) == Outcome::applied);

    // Decided: the next agreement due, afresh.
    shot = run.shot();
    CHECK(shot.activity == Activity::review);
    CHECK(shot.review.stage == ReviewStage::rating);
    CHECK(shot.review.number == 2);
    CHECK(shot.review.subject.id == "phones");
    CHECK(shot.review.ratings == std::array<std::optional<ReviewRating>, 2>{});
    CHECK(shot.review.picks == std::array<std::optional<ReviewOutcome>, 2>{});
    REQUIRE(run.record().reviews.size() == 1);
    const ReviewRecord& kept = run.record().reviews[0];
    CHECK(kept.agreement_id == "walks");
    CHECK(kept.item == 1);
    CHECK(kept.step == 0);
    CHECK(kept.ratings[0] == ReviewRating::partly);
    CHECK(kept.ratings[1] == ReviewRating::not_yet);
    CHECK(kept.outcome == ReviewOutcome::kept);
    CHECK(kept.text.empty());
    CHECK_FALSE(kept.revises.has_value());

    rate_and_decide(run, ReviewOutcome::kept);
    CHECK(run.shot().step == 1);  // the last one decided: the step is done
    CHECK(run.shot().activity == Activity::say);
    CHECK(run.record().reviews.size() == 2);
    CHECK(run.record().reviews[1].agreement_id == "phones");
}

TEST_CASE("letting an agreement go needs both partners", "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    run.send(cmd::Rate{left, ReviewRating::not_yet});
    run.send(cmd::Rate{right, ReviewRating::not_yet});
    CHECK(run.send(cmd::Decide{left, ReviewOutcome::let_go}) == Outcome::applied);
    CHECK(run.shot().review.number == 1);
    CHECK(run.record().reviews.empty());
    CHECK(run.send(cmd::Decide{right, ReviewOutcome::kept}) == Outcome::applied);
    CHECK(run.shot().review.number == 1);
    CHECK(run.record().reviews.empty());
    CHECK(run.send(cmd::Decide{right, ReviewOutcome::let_go}) == Outcome::applied);
    CHECK(run.shot().review.number == 2);
    REQUIRE(run.record().reviews.size() == 1);
    CHECK(run.record().reviews[0].outcome == ReviewOutcome::let_go);
    CHECK(run.record().reviews[0].agreement_id == "walks");
}

TEST_CASE("rewording takes new words confirmed by both, and the record keeps them beside the old agreement",
          "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    run.send(cmd::Rate{left, ReviewRating::partly});
    run.send(cmd::Rate{right, ReviewRating::partly});
    // Words cannot be written before both asked for new ones.
    CHECK(run.send(cmd::AgreementText{"too soon"}) == Outcome::not_now);
    run.send(cmd::Decide{left, ReviewOutcome::reworded});
    run.send(cmd::Decide{right, ReviewOutcome::reworded});
    Snapshot shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::rewording);
    CHECK(shot.review.subject.text == "We walk together on Sundays");  // the old words stay in sight
    CHECK(shot.agreement_text.empty());

    CHECK(run.send(cmd::Confirm{left}) == Outcome::not_now);  // nothing to confirm yet
    CHECK(run.send(cmd::AgreementText{"We walk on Sundays"}) == Outcome::applied);
    CHECK(run.send(cmd::Confirm{left}) == Outcome::applied);
    // New words after one confirmation: confirmations belong to the words confirmed.
    CHECK(run.send(cmd::AgreementText{"We walk together on Saturdays"}) == Outcome::applied);
    CHECK(run.shot().confirmed == std::array<bool, 2>{false, false});
    CHECK(run.send(cmd::Confirm{right}) == Outcome::applied);
    CHECK(run.shot().review.stage == ReviewStage::rewording);  // one alone is not enough
    CHECK(run.record().reviews.empty());
    CHECK(run.send(cmd::Confirm{left}) == Outcome::applied);

    REQUIRE(run.record().reviews.size() == 1);
    const ReviewRecord& reworded = run.record().reviews[0];
    CHECK(reworded.outcome == ReviewOutcome::reworded);
    CHECK(reworded.agreement_id == "walks");  // the ledger keeps the old words under this id
    CHECK(reworded.text == "We walk together on Saturdays");
    CHECK_FALSE(reworded.aloud);
    CHECK(run.record().agreements.empty());  // not a new agreement: a new version of one
    shot = run.shot();
    CHECK(shot.review.number == 2);
    CHECK(shot.agreement_text.empty());  // the next one starts without words
    CHECK(shot.confirmed == std::array<bool, 2>{false, false});

    SECTION("new words can be agreed aloud, too") {
        run.send(cmd::Rate{left, ReviewRating::partly});
        run.send(cmd::Rate{right, ReviewRating::working});
        run.send(cmd::Decide{left, ReviewOutcome::reworded});
        run.send(cmd::Decide{right, ReviewOutcome::reworded});
        CHECK(run.send(cmd::AgreedAloud{}) == Outcome::applied);
        run.send(cmd::Confirm{right});
        run.send(cmd::Confirm{left});
        REQUIRE(run.record().reviews.size() == 2);
        CHECK(run.record().reviews[1].outcome == ReviewOutcome::reworded);
        CHECK(run.record().reviews[1].aloud);
        CHECK(run.record().reviews[1].text.empty());
        CHECK(run.shot().activity == Activity::say);
    }
}

TEST_CASE("a review with nothing due says so and Next goes on", "[session][review]") {
    std::vector<ReviewSubject> none_due = ledger();
    for (ReviewSubject& subject : none_due) subject.due = false;
    Run run{review_script()};
    reach_review(run, none_due);
    const Snapshot shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::none);
    CHECK(shot.review.empty == ReviewEmpty::nothing_due);
    CHECK(shot.review.count == 0);
    CHECK(run.send(cmd::Rate{left, ReviewRating::working}) == Outcome::not_now);
    CHECK(run.send(cmd::Decide{left, ReviewOutcome::kept}) == Outcome::not_now);
    CHECK_FALSE(run.session().next_deadline().has_value());  // it waits for the partners
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::say);
    CHECK(run.record().reviews.empty());
}

TEST_CASE("a review in a conversation that is not kept says so and Next goes on", "[session][review]") {
    Run run{review_script()};
    reach_review(run, std::nullopt);
    CHECK(run.shot().review.stage == ReviewStage::none);
    CHECK(run.shot().review.empty == ReviewEmpty::not_kept);
    CHECK(run.send(cmd::Next{left}) == Outcome::applied);  // a partner's own key goes on, too
    CHECK(run.shot().activity == Activity::say);
    CHECK(run.record().reviews.empty());
}

TEST_CASE("which: all brings back every agreement in force, and says so when there is none", "[session][review]") {
    Run run{script_of({item("Our agreements", {review(ReviewWhich::all), say("after")})})};
    SECTION("every one, due or not") {
        run.session().set_review_subjects(ledger());
        run.send(cmd::Begin{});
        CHECK(run.shot().review.count == 3);
        rate_and_decide(run, ReviewOutcome::kept);
        CHECK(run.shot().review.subject.id == "same-day");
        CHECK(run.shot().review.subject.aloud);
    }
    SECTION("none in force") {
        run.session().set_review_subjects({});
        run.send(cmd::Begin{});
        CHECK(run.shot().review.stage == ReviewStage::none);
        CHECK(run.shot().review.empty == ReviewEmpty::none_in_force);
    }
}

TEST_CASE("Back over a review redoes it, and the new decisions revise the old ones", "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    rate_and_decide(run, ReviewOutcome::kept);
    rate_and_decide(run, ReviewOutcome::let_go, ReviewRating::not_yet, ReviewRating::not_yet);
    REQUIRE(run.shot().activity == Activity::say);
    REQUIRE(run.record().reviews.size() == 2);

    REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::review);
    CHECK(shot.review.number == 1);  // from the first agreement again
    CHECK(shot.review.stage == ReviewStage::rating);
    CHECK(run.record().reviews.size() == 2);  // what was decided stays until it is decided again

    rate_and_decide(run, ReviewOutcome::let_go, ReviewRating::not_yet, ReviewRating::partly);
    rate_and_decide(run, ReviewOutcome::kept);
    const auto& reviews = run.record().reviews;
    REQUIRE(reviews.size() == 4);
    CHECK(reviews[2].agreement_id == "walks");
    CHECK(reviews[2].outcome == ReviewOutcome::let_go);
    CHECK(reviews[2].revises == std::size_t{0});
    CHECK(reviews[3].agreement_id == "phones");
    CHECK(reviews[3].outcome == ReviewOutcome::kept);
    CHECK(reviews[3].revises == std::size_t{1});
    CHECK(is_revised(reviews, 0));
    CHECK(is_revised(reviews, 1));
    CHECK_FALSE(is_revised(reviews, 2));

    SECTION("Back in the middle of a review: the one decided is done again, too") {
        REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
        rate_and_decide(run, ReviewOutcome::kept);
        REQUIRE(run.send(cmd::Back{}) == Outcome::applied);  // back to "Before": this review is open again
        CHECK(run.shot().item == 0);
        run.send(cmd::Next{});
        rate_and_decide(run, ReviewOutcome::kept);
        REQUIRE(run.record().reviews.size() == 6);
        CHECK(run.record().reviews[5].agreement_id == "walks");
        CHECK(run.record().reviews[5].revises == std::size_t{4});
        CHECK(run.record().reviews[4].revises == std::size_t{2});
    }
}

TEST_CASE("a pause during a review keeps the ratings and picks so far", "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    run.send(cmd::Rate{left, ReviewRating::working});
    REQUIRE(run.send(cmd::Pause{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::paused);
    // Nothing is rated or decided while the pause holds.
    CHECK(run.send(cmd::Rate{right, ReviewRating::working}) == Outcome::not_now);
    run.wait(minutes{20});
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    Snapshot shot = run.shot();
    REQUIRE(shot.phase == Phase::step);
    CHECK(shot.review.stage == ReviewStage::rating);
    CHECK(shot.review.ratings[0] == ReviewRating::working);
    CHECK_FALSE(shot.review.ratings[1].has_value());

    run.send(cmd::Rate{right, ReviewRating::partly});
    run.send(cmd::Decide{left, ReviewOutcome::reworded});
    run.send(cmd::Pause{left});
    run.wait(minutes{20});
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::deciding);
    CHECK(shot.review.picks[0] == ReviewOutcome::reworded);
    CHECK(run.record().pauses.size() == 2);
}

TEST_CASE("a review is kept: moving on when the time box runs out still runs it", "[session][review]") {
    Run run{script_of({
        item("Boxed", {turn(left, 90s), say("skipped when moving on"), review(), say("skipped, too")}, minutes{1}),
        item("After", {say("after")}),
    })};
    run.session().set_review_subjects(ledger());
    run.send(cmd::Begin{});
    run.wait(80s);
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::time_box);
    run.send(cmd::MoveOn{left});
    run.send(cmd::MoveOn{right});
    Snapshot shot = run.shot();
    REQUIRE(shot.phase == Phase::step);
    CHECK(shot.activity == Activity::review);
    CHECK(shot.review.count == 2);
    rate_and_decide(run, ReviewOutcome::kept);
    rate_and_decide(run, ReviewOutcome::kept);
    shot = run.shot();
    CHECK(shot.item == 1);  // the talk after it is skipped
    CHECK(run.record().reviews.size() == 2);
}

TEST_CASE("Skip and Stop for today leave the agreements not yet decided as they were", "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    rate_and_decide(run, ReviewOutcome::kept);
    run.send(cmd::Rate{left, ReviewRating::working});
    SECTION("Skip") {
        CHECK(run.send(cmd::Skip{}) == Outcome::applied);
        CHECK(run.shot().activity == Activity::say);
    }
    SECTION("Stop for today") {
        CHECK(run.send(cmd::StopForToday{}) == Outcome::applied);
        CHECK(run.record().finish == FinishReason::stopped_for_today);
    }
    REQUIRE(run.record().reviews.size() == 1);
    CHECK(run.record().reviews[0].agreement_id == "walks");
}

TEST_CASE("an agreement's record says when it comes up for review", "[session][review]") {
    Script script = script_of({item("Agree", {agreement("First?"), agreement("Second?")})});
    script.settings.review_in = weeks(3);
    std::get<AgreementStep>(script.agenda[0].steps[1].body).review_in = days(10);
    Run run{script};
    run.send(cmd::Begin{});
    for (int i = 0; i < 2; ++i) {
        run.send(cmd::AgreementText{"We try"});
        run.send(cmd::Confirm{left});
        run.send(cmd::Confirm{right});
    }
    REQUIRE(run.record().agreements.size() == 2);
    CHECK(run.record().agreements[0].review_in == weeks(3));  // the script's setting
    CHECK(run.record().agreements[1].review_in == days(10));  // the step's own
}

TEST_CASE("Reconsider goes back from new words to keep, reword or let go, and loses nothing confirmed",
          "[session][review]") {
    Run run{review_script()};
    reach_review(run);
    run.send(cmd::Rate{left, ReviewRating::partly});
    run.send(cmd::Rate{right, ReviewRating::not_yet});
    // Not before both chose to reword it: nothing to go back from.
    CHECK(run.send(cmd::Reconsider{}) == Outcome::not_now);
    run.send(cmd::Decide{left, ReviewOutcome::reworded});
    run.send(cmd::Decide{right, ReviewOutcome::reworded});
    REQUIRE(run.send(cmd::AgreementText{"We walk on Saturdays"}) == Outcome::applied);
    REQUIRE(run.send(cmd::Confirm{left}) == Outcome::applied);

    REQUIRE(run.send(cmd::Reconsider{}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.review.stage == ReviewStage::deciding);
    CHECK(shot.review.number == 1);                                             // the same agreement
    CHECK(shot.review.picks == std::array<std::optional<ReviewOutcome>, 2>{});  // both pick again
    CHECK(shot.review.ratings ==
          std::array<std::optional<ReviewRating>, 2>{ReviewRating::partly, ReviewRating::not_yet});
    CHECK(run.record().reviews.empty());                     // nothing decided by going back
    CHECK(run.send(cmd::Reconsider{}) == Outcome::not_now);  // once back, Esc does nothing more

    SECTION("rewording it after all finds the words and the confirmation as they were") {
        run.send(cmd::Decide{right, ReviewOutcome::reworded});
        run.send(cmd::Decide{left, ReviewOutcome::reworded});
        shot = run.shot();
        CHECK(shot.review.stage == ReviewStage::rewording);
        CHECK(shot.agreement_text == "We walk on Saturdays");
        CHECK(shot.confirmed == std::array<bool, 2>{true, false});
        REQUIRE(run.send(cmd::Confirm{right}) == Outcome::applied);
        REQUIRE(run.record().reviews.size() == 1);
        CHECK(run.record().reviews[0].outcome == ReviewOutcome::reworded);
        CHECK(run.record().reviews[0].text == "We walk on Saturdays");
    }
    SECTION("keeping it instead keeps the old words, with both ratings") {
        run.send(cmd::Decide{left, ReviewOutcome::kept});
        run.send(cmd::Decide{right, ReviewOutcome::kept});
        REQUIRE(run.record().reviews.size() == 1);
        CHECK(run.record().reviews[0].outcome == ReviewOutcome::kept);
        CHECK(run.record().reviews[0].text.empty());
        CHECK(run.record().reviews[0].ratings ==
              std::array<std::optional<ReviewRating>, 2>{ReviewRating::partly, ReviewRating::not_yet});
        CHECK(run.shot().review.number == 2);
    }
}
