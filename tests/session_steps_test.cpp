// Every step kind, driven by a fake clock.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;
}  // namespace

TEST_CASE("the start screen: names, then Begin or Next", "[session]") {
    Run run{script_of({item("One", {say("Hello"), say("Bye")})})};
    CHECK(run.shot().phase == Phase::start);
    CHECK(run.send(cmd::Pause{left}) == Outcome::not_now);
    CHECK(run.send(cmd::Ready{left}) == Outcome::not_now);
    CHECK(run.send(cmd::Skip{}) == Outcome::not_now);
    CHECK(run.send(cmd::StopForToday{}) == Outcome::not_now);
    CHECK(run.send(cmd::SetName{left, "Sam"}) == Outcome::applied);
    CHECK(run.send(cmd::SetName{right, ""}) == Outcome::applied);
    CHECK(run.session().script().partner(left).name == "Sam");
    CHECK(run.session().script().partner(right).name == "Partner B");
    run.wait(5min);

    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::step);
    CHECK(shot.item == 0);
    CHECK(shot.step == 0);
    CHECK(shot.activity == Activity::say);
    CHECK(run.send(cmd::Begin{}) == Outcome::not_now);
    CHECK(run.send(cmd::SetName{right, "Alex"}) == Outcome::not_now);
    CHECK(run.session().script().partner(right).name == "Partner B");
    // The time spent on the start screen is not session time.
    run.wait(10s);
    CHECK(total_time(run.record()) == 10s);
}

TEST_CASE("say without a time waits for Next, with a time it goes on by itself", "[session]") {
    Run run{script_of({item("One", {say("Read this"), say("Timed", 30s), say("Last")})})};
    run.send(cmd::Begin{});
    CHECK_FALSE(run.shot().timer.has_value());
    CHECK_FALSE(run.session().next_deadline().has_value());
    run.wait(10min);
    CHECK(run.shot().step == 0);

    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 1);
    CHECK(run.remaining() == 30s);
    run.wait(29s);
    CHECK(run.shot().step == 1);
    CHECK(run.remaining() == 1s);
    run.wait(1s);
    CHECK(run.shot().step == 2);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::finished);
    CHECK(run.shot().finish() == FinishReason::completed);
}

TEST_CASE("a timed say also goes on with Next", "[session]") {
    Run run{script_of({item("One", {say("Timed", 30s), say("Next")})})};
    run.send(cmd::Begin{});
    run.wait(5s);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 1);
    CHECK_FALSE(run.shot().timer.has_value());
}

TEST_CASE("a turn: the speaker may finish early with Next", "[session]") {
    Run run{script_of({item("One", {turn(right, 90s), say("after")})})};
    run.send(cmd::Begin{});
    const Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::turn);
    CHECK(shot.floor == right);
    REQUIRE(shot.timer);
    CHECK(shot.timer->total == 90s);
    run.wait(40s);
    CHECK(run.remaining() == 50s);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 1);
}

TEST_CASE("a turn at 0:00 counts into overtime and waits for Next", "[session]") {
    Run run{script_of({item("One", {turn(left, 90s), say("after")})})};
    run.send(cmd::Begin{});
    run.wait(90s + 12s);
    const Snapshot shot = run.shot();
    CHECK(shot.step == 0);
    REQUIRE(shot.timer);
    CHECK(shot.timer->remaining == -12s);
    CHECK(shot.timer->overtime());
    run.wait(10min);
    CHECK(run.shot().step == 0);
    CHECK(run.remaining() == -(10min + 12s));
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 1);
}

TEST_CASE("overtime `advance` goes on by itself, from the step or the settings", "[session]") {
    SECTION("the step says advance") {
        Run run{script_of({item("One", {turn(left, 60s, Overtime::advance), say("after")})})};
        run.send(cmd::Begin{});
        run.wait(59s);
        CHECK(run.shot().step == 0);
        run.wait(1s);
        CHECK(run.shot().step == 1);
    }
    SECTION("the settings say advance, the step does not say") {
        Script script = script_of({item("One", {turn(left, 60s), say("after")})});
        script.settings.overtime = Overtime::advance;
        Run run{script};
        run.send(cmd::Begin{});
        run.wait(60s);
        CHECK(run.shot().step == 1);
    }
    SECTION("the step's count wins over the settings' advance") {
        Script script = script_of({item("One", {turn(left, 60s, Overtime::count), say("after")})});
        script.settings.overtime = Overtime::advance;
        Run run{script};
        run.send(cmd::Begin{});
        run.wait(70s);
        CHECK(run.shot().step == 0);
        CHECK(run.remaining() == -10s);
    }
}

TEST_CASE("reflect: reflection, verdict, clarify, at most `rounds` reflections", "[session]") {
    Run run{script_of({item("One", {reflect(right, 60s, 2, 45s), say("after")})})};
    run.send(cmd::Begin{});
    Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::reflect);
    CHECK(shot.floor == right);
    CHECK(shot.round == 1);
    CHECK(shot.rounds == 2);
    REQUIRE(shot.timer);
    CHECK(shot.timer->total == 60s);
    CHECK(run.send(cmd::ThatsIt{}) == Outcome::not_now);

    run.wait(30s);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    shot = run.shot();
    CHECK(shot.activity == Activity::verdict);
    CHECK(shot.floor == left);  // the speaker answers
    CHECK_FALSE(shot.timer.has_value());
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);

    CHECK(run.send(cmd::NotQuite{}) == Outcome::applied);
    shot = run.shot();
    CHECK(shot.activity == Activity::clarify);
    CHECK(shot.floor == left);
    REQUIRE(shot.timer);
    CHECK(shot.timer->total == 45s);

    // Clarifying goes on by itself at 0:00.
    run.wait(45s);
    shot = run.shot();
    CHECK(shot.activity == Activity::reflect);
    CHECK(shot.floor == right);
    CHECK(shot.round == 2);
    CHECK(run.remaining() == 60s);

    run.send(cmd::Next{});
    CHECK(run.shot().activity == Activity::verdict);
    // "Not quite" on the last reflection is acknowledged (issue 8: it used to
    // go on without a word), then Next goes on.
    CHECK(run.send(cmd::NotQuite{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::not_heard);
    run.send(cmd::Next{});
    CHECK(run.shot().step == 1);
    CHECK(run.shot().activity == Activity::say);
}

TEST_CASE("reflect: that's it goes on, clarify also ends with Next", "[session]") {
    Run run{script_of({item("One", {reflect(left, 60s, 3), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    CHECK(run.shot().activity == Activity::clarify);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::reflect);
    CHECK(run.shot().round == 2);
    run.send(cmd::Next{});
    CHECK(run.send(cmd::ThatsIt{}) == Outcome::applied);
    CHECK(run.shot().step == 1);
}

TEST_CASE("reflect at 0:00 follows the overtime rule", "[session]") {
    SECTION("count: the listener may finish the sentence") {
        Run run{script_of({item("One", {reflect(right, 60s), say("after")})})};
        run.send(cmd::Begin{});
        run.wait(75s);
        CHECK(run.shot().activity == Activity::reflect);
        CHECK(run.remaining() == -15s);
    }
    SECTION("advance: on to the verdict") {
        Script script = script_of({item("One", {reflect(right, 60s), say("after")})});
        script.settings.overtime = Overtime::advance;
        Run run{script};
        run.send(cmd::Begin{});
        run.wait(60s);
        CHECK(run.shot().activity == Activity::verdict);
    }
}

TEST_CASE("an exchange alternates the floor pair by pair", "[session]") {
    Run run{script_of({item("One", {exchange(right, 2, 120s, 60s), say("after")})})};
    run.send(cmd::Begin{});
    run.cues();

    Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::turn);
    CHECK(shot.floor == right);
    CHECK(shot.pair == 1);
    CHECK(shot.pairs == 2);
    REQUIRE(shot.timer);
    CHECK(shot.timer->total == 120s);

    run.send(cmd::Next{});
    shot = run.shot();
    CHECK(shot.activity == Activity::reflect);
    CHECK(shot.floor == left);
    CHECK(shot.rounds == 2);
    REQUIRE(shot.timer);
    CHECK(shot.timer->total == 60s);
    CHECK(count_of(run.cues(), Cue::floor_change) == 1);

    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    shot = run.shot();
    CHECK(shot.activity == Activity::clarify);
    CHECK(shot.floor == right);
    CHECK(run.remaining() == 60s);  // an exchange clarifies for 1m
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    CHECK(run.send(cmd::ThatsIt{}) == Outcome::applied);

    shot = run.shot();
    CHECK(shot.activity == Activity::turn);
    CHECK(shot.floor == left);
    CHECK(shot.pair == 2);
    CHECK(shot.round == 0);
    run.send(cmd::Next{});
    shot = run.shot();
    CHECK(shot.activity == Activity::reflect);
    CHECK(shot.floor == right);
    CHECK(shot.round == 1);
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});

    shot = run.shot();
    CHECK(shot.step == 1);
    CHECK(shot.pair == 0);
    CHECK(shot.pairs == 0);
}

TEST_CASE("a check-in asks the left partner, then the right", "[session]") {
    Run run{script_of({item("One", {checkin("How calm are you?", 5), say("after")})})};
    run.send(cmd::Begin{});
    CHECK(run.shot().activity == Activity::checkin);
    CHECK(run.shot().floor == left);
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);
    CHECK(run.send(cmd::Answer{right, 3}) == Outcome::not_your_turn);
    CHECK(run.send(cmd::Answer{left, 0}) == Outcome::out_of_range);
    CHECK(run.send(cmd::Answer{left, 6}) == Outcome::out_of_range);
    CHECK(run.record().checkins.empty());

    CHECK(run.send(cmd::Answer{left, 4}) == Outcome::applied);
    CHECK(run.shot().floor == right);
    CHECK(run.shot().answers[0] == 4);
    CHECK(run.send(cmd::Answer{left, 2}) == Outcome::not_your_turn);
    CHECK(run.send(cmd::Answer{right, 5}) == Outcome::applied);
    CHECK(run.shot().step == 1);

    const auto& checkins = run.record().checkins;
    REQUIRE(checkins.size() == 2);
    CHECK(checkins[0].seat == left);
    CHECK(checkins[0].value == 4);
    CHECK(checkins[1].seat == right);
    CHECK(checkins[1].value == 5);
    CHECK(checkins[1].scale == 5);
    CHECK(checkins[1].question == "How calm are you?");
    CHECK(run.record().pauses.empty());
}

TEST_CASE("breathe: a guided countdown that goes on by itself, Next skips", "[session]") {
    Run run{script_of({item("One", {breathe(60s), breathe(60s, BreathPattern::four_seven_eight()), say("after")})})};
    run.send(cmd::Begin{});
    CHECK(run.shot().activity == Activity::breathe);
    REQUIRE(run.shot().breath);
    CHECK(run.shot().breath->phase == BreathPhase::in);
    run.wait(5s);
    REQUIRE(run.shot().breath);
    CHECK(run.shot().breath->phase == BreathPhase::hold_in);
    CHECK(run.shot().breath->progress == Approx(0.25));
    run.wait(55s);
    CHECK(run.shot().step == 1);
    run.wait(12s);
    REQUIRE(run.shot().breath);
    CHECK(run.shot().breath->phase == BreathPhase::out);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 2);
    CHECK_FALSE(run.shot().breath.has_value());
    // A breathing countdown does not sound warnings.
    CHECK(count_of(run.cues(), Cue::threshold) == 0);
}

TEST_CASE("agreement: typed words, confirmed by both, kept in the record", "[session]") {
    Run run{script_of({item("One", {agreement("What will we try?"), say("after")})})};
    run.send(cmd::Begin{});
    CHECK(run.shot().activity == Activity::agreement);
    CHECK(run.send(cmd::Confirm{left}) == Outcome::not_now);
    CHECK(run.send(cmd::AgreementText{"   "}) == Outcome::applied);
    CHECK(run.send(cmd::Confirm{left}) == Outcome::not_now);
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);

    run.send(cmd::AgreementText{"We walk after dinner"});
    CHECK(run.send(cmd::Confirm{left}) == Outcome::applied);
    CHECK(run.shot().confirmed == std::array<bool, 2>{true, false});
    // Changed words need confirming again.
    run.send(cmd::AgreementText{"We walk after dinner, twice"});
    CHECK(run.shot().agreement_text == "We walk after dinner, twice");
    CHECK(run.shot().confirmed == std::array<bool, 2>{false, false});
    run.send(cmd::Confirm{right});
    CHECK(run.shot().step == 0);
    run.send(cmd::Confirm{left});
    CHECK(run.shot().step == 1);

    REQUIRE(run.record().agreements.size() == 1);
    const AgreementRecord& kept = run.record().agreements[0];
    CHECK(kept.text == "We walk after dinner, twice");
    CHECK(kept.prompt == "What will we try?");
    CHECK_FALSE(kept.aloud);
    CHECK(kept.confirmed == std::array<bool, 2>{true, true});
}

TEST_CASE("agreement: agreed aloud, and `either` needs one confirmation", "[session]") {
    SECTION("aloud, both") {
        Run run{script_of({item("One", {agreement("Try?"), say("after")})})};
        run.send(cmd::Begin{});
        CHECK(run.send(cmd::AgreedAloud{}) == Outcome::applied);
        CHECK(run.shot().agreed_aloud);
        run.send(cmd::Confirm{right});
        run.send(cmd::Confirm{left});
        CHECK(run.shot().step == 1);
        REQUIRE(run.record().agreements.size() == 1);
        CHECK(run.record().agreements[0].aloud);
        CHECK(run.record().agreements[0].text.empty());
    }
    SECTION("either") {
        Run run{script_of({item("One", {agreement("Try?", Quorum::either), say("after")})})};
        run.send(cmd::Begin{});
        run.send(cmd::AgreementText{"Less phone at dinner"});
        run.send(cmd::Confirm{right});
        CHECK(run.shot().step == 1);
        REQUIRE(run.record().agreements.size() == 1);
        CHECK(run.record().agreements[0].confirmed == std::array<bool, 2>{false, true});
    }
}

TEST_CASE("choice: go to an item, fresh, or end the session", "[session]") {
    const auto make = [] {
        Script script = script_of({
            item("Warm-up", {say("hi")}),
            item("Concern", {say("talk", 60s), choice("Go on?", {go_to("Again", 1), end_here("Stop")})}, minutes{5}),
        });
        script.agenda[1].id = "concern";
        return script;
    };
    SECTION("goto") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::Next{});
        run.wait(3min);  // 60 s of say, then two minutes at the choice
        CHECK(run.shot().activity == Activity::choice);
        CHECK(run.send(cmd::Next{}) == Outcome::not_now);
        CHECK(run.send(cmd::Choose{Seat::left, 2}) == Outcome::out_of_range);
        CHECK(run.shot().item_box->remaining == 2min);
        CHECK(run.send(cmd::Choose{Seat::left, 0}) == Outcome::applied);
        CHECK(run.send(cmd::Choose{Seat::right, 0}) == Outcome::applied);
        const Snapshot shot = run.shot();
        CHECK(shot.item == 1);
        CHECK(shot.step == 0);
        CHECK(run.remaining() == 60s);
        REQUIRE(shot.item_box);
        CHECK(shot.item_box->remaining == 5min);
        CHECK(run.record().items_done == std::vector<std::size_t>{0, 1});
    }
    SECTION("end") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::Next{});
        run.send(cmd::Next{});
        run.cues();
        CHECK(run.send(cmd::Choose{Seat::right, 1}) == Outcome::applied);
        CHECK(run.send(cmd::Choose{Seat::left, 1}) == Outcome::applied);
        CHECK(run.shot().phase == Phase::finished);
        CHECK(run.shot().finish() == FinishReason::ended_by_choice);
        CHECK(run.record().finish == FinishReason::ended_by_choice);
        CHECK(run.record().items_done == std::vector<std::size_t>{0, 1});
        CHECK(count_of(run.cues(), Cue::finished) == 1);
        CHECK(run.send(cmd::Next{}) == Outcome::not_now);
        CHECK_FALSE(run.session().next_deadline().has_value());
    }
}

TEST_CASE("the last step of the last item completes the session", "[session]") {
    Run run{script_of({item("One", {say("a")}), item("Two", {turn(left, 60s, Overtime::advance)})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    CHECK(run.shot().item == 1);
    run.wait(60s);
    CHECK(run.shot().phase == Phase::finished);
    CHECK(run.record().finish == FinishReason::completed);
    CHECK(run.record().items_done == std::vector<std::size_t>{0, 1});
    CHECK(active_time(run.record()) == 60s);
    run.wait(10min);
    CHECK(total_time(run.record()) == 60s);  // the summary's time stops at the end
}
