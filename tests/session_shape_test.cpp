// The shape of a session's state: a step starts from a fresh per-step state,
// and what exists only in one phase (the pause, the votes, the reason the
// session ended) is carried by that phase alone.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

const StepState& step_state(const Snapshot& snapshot) { return snapshot; }

// A fresh per-step state, as a step of this activity starts it.
StepState fresh(Activity activity, Seat floor = left) {
    StepState state;
    state.activity = activity;
    state.floor = floor;
    return state;
}
}  // namespace

TEST_CASE("a step starts from a fresh per-step state", "[session][shape]") {
    Run run{script_of({item("One", {checkin("How calm?"), agreement("What will we try?"),
                                    reflect(right, 60s, 2, Seconds{30}), agreement("And then?")})})};
    run.send(cmd::Begin{});
    CHECK(step_state(run.shot()) == fresh(Activity::checkin));
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 2});
    // The answers were the check-in's: the agreement starts without them.
    CHECK(step_state(run.shot()) == fresh(Activity::agreement));
    run.send(cmd::AgreedAloud{});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    // A reflect starts at reflection 1 of 2, the agreement's words gone.
    StepState reflecting = fresh(Activity::reflect, right);
    reflecting.round = 1;
    reflecting.rounds = 2;
    CHECK(step_state(run.shot()) == reflecting);
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    run.wait(30s);  // the clarification runs out and the second reflection starts
    CHECK(run.shot().round == 2);
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    CHECK(step_state(run.shot()) == fresh(Activity::agreement));
    run.send(cmd::AgreementText{"A walk on Sunday"});
    run.send(cmd::Confirm{left});
    REQUIRE(run.shot().agreement_text == "A walk on Sunday");
    // Back redoes the step before, fresh again; so does going forward once more.
    run.send(cmd::Back{});
    CHECK(step_state(run.shot()) == reflecting);
    run.send(cmd::Skip{});
    CHECK(step_state(run.shot()) == fresh(Activity::agreement));
}

TEST_CASE("the pause is carried by the paused phase alone", "[session][shape]") {
    Script script = script_of({item("One", {turn(left, 5min)})});
    script.pause.cooldown = 1min;
    Run run{script};
    CHECK(run.shot().pause() == nullptr);
    run.send(cmd::Begin{});
    CHECK(run.shot().pause() == nullptr);
    run.wait(10s);
    run.send(cmd::Pause{right});
    const Snapshot paused = run.shot();
    CHECK(paused.phase == Phase::paused);
    REQUIRE(paused.pause() != nullptr);
    CHECK(paused.pause()->cooldown_remaining == 1min);
    CHECK(std::holds_alternative<phase::Paused>(paused.phase));
    run.wait(1min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().pause() == nullptr);
    CHECK(run.remaining() == 4min + 50s);  // the turn went on with the time it had left
}

TEST_CASE("the votes exist in the time box only, and the reason once finished", "[session][shape]") {
    Run run{script_of({item("Boxed", {turn(left, 90s), say("second")}, minutes{1}), item("Next", {say("end")})})};
    run.send(cmd::Begin{});
    run.wait(70s);
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::time_box);
    run.send(cmd::MoveOn{left});
    CHECK(run.shot().votes() == Votes{Vote::move_on, std::nullopt});
    CHECK_FALSE(run.shot().finish());
    // A pause keeps the votes for the vote it returns to; its screen has none.
    run.send(cmd::Pause{left});
    CHECK(run.shot().votes() == Votes{});
    run.send(cmd::EndCooldown{});
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.shot().votes() == Votes{Vote::move_on, std::nullopt});
    run.send(cmd::MoveOn{right});
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().votes() == Votes{});
    run.send(cmd::StopForToday{});
    CHECK(run.shot().phase == phase::Finished{FinishReason::stopped_for_today});
    CHECK(run.shot().finish() == FinishReason::stopped_for_today);
}
