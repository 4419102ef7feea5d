// Item time boxes (and the vote that follows) and the countdown's warnings.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

// Item 0 has a 2-minute box and three steps; item 1 follows.
Script boxed() {
    return script_of({
        item("Boxed", {turn(left, 90s), turn(right, 90s), say("third")}, minutes{2}),
        item("Next item", {say("next")}),
    });
}

// Runs `boxed()` until its box has run out during the second turn and that
// turn has finished: the vote is on.
void reach_the_vote(Run& run) {
    run.send(cmd::Begin{});
    run.wait(60s);
    run.send(cmd::Next{});  // the second turn starts with 60 s left in the box
    run.wait(60s);
    REQUIRE(run.shot().phase == Phase::step);  // the box ran out, the turn goes on
    CHECK(run.shot().item_box->remaining == 0s);
    CHECK(run.remaining() == 30s);
    run.wait(40s);
    REQUIRE(run.shot().phase == Phase::step);  // the turn in overtime, still
    CHECK(run.remaining() == -10s);
    run.send(cmd::Next{});
}
}  // namespace

TEST_CASE("a time box running out mid-step lets the step finish, then asks", "[session]") {
    Run run{boxed()};
    reach_the_vote(run);
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::time_box);
    CHECK(shot.item == 0);
    CHECK(shot.step == 2);  // where "more time" goes on
    CHECK_FALSE(shot.timer.has_value());
    CHECK(shot.votes()[0] == std::nullopt);
    CHECK(shot.votes()[1] == std::nullopt);
    CHECK_FALSE(run.session().next_deadline().has_value());
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);
    CHECK(run.send(cmd::Skip{}) == Outcome::not_now);
    run.wait(10min);
    CHECK(run.shot().phase == Phase::time_box);
}

TEST_CASE("time box: both move on", "[session]") {
    Run run{boxed()};
    reach_the_vote(run);
    CHECK(run.send(cmd::MoveOn{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::time_box);
    CHECK(run.shot().votes()[1] == Vote::move_on);
    CHECK(run.send(cmd::MoveOn{left}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().item == 1);
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
}

TEST_CASE("time box: different votes wait, a partner may change their vote", "[session]") {
    Run run{boxed()};
    reach_the_vote(run);
    run.send(cmd::MoveOn{left});
    run.send(cmd::MoreTime{right});
    run.wait(1min);
    CHECK(run.shot().phase == Phase::time_box);
    CHECK(run.shot().votes()[0] == Vote::move_on);
    CHECK(run.shot().votes()[1] == Vote::more_time);
    CHECK(run.send(cmd::MoreTime{left}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().item == 0);
    CHECK(run.shot().step == 2);
}

TEST_CASE("time box: both take more time, the box gets `pause.extend`", "[session]") {
    Script script = boxed();
    script.pause.extend = 3min;
    Run run{script};
    reach_the_vote(run);
    run.wait(20s);
    run.send(cmd::MoreTime{left});
    run.send(cmd::MoreTime{right});
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::step);
    CHECK(shot.step == 2);
    REQUIRE(shot.item_box);
    CHECK(shot.item_box->remaining == 3min);
    CHECK(shot.votes()[0] == std::nullopt);
    // The extended box can run out again; the last step then just finishes.
    run.wait(3min);
    CHECK(run.shot().item_box->remaining == 0s);
    CHECK(run.shot().phase == Phase::step);
    run.send(cmd::Next{});
    CHECK(run.shot().item == 1);
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
}

TEST_CASE("a time box running out in the last step just goes on", "[session]") {
    Run run{script_of({item("Boxed", {say("one"), turn(left, 90s)}, minutes{1}), item("Two", {say("x")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.wait(80s);
    CHECK(run.shot().item_box->remaining == -20s);
    run.send(cmd::Next{});
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().item == 1);
}

TEST_CASE("a step that ends exactly when the box runs out is followed by the vote", "[session]") {
    Run run{script_of(
        {item("Boxed", {turn(left, 60s, Overtime::advance), say("two")}, minutes{1}), item("Two", {say("x")})})};
    run.send(cmd::Begin{});
    REQUIRE(run.session().next_deadline());
    run.wait(60s);
    CHECK(run.shot().phase == Phase::time_box);
    CHECK(run.shot().step == 1);
}

TEST_CASE("a pause during the vote returns to the vote", "[session]") {
    Run run{boxed()};
    reach_the_vote(run);
    run.send(cmd::MoreTime{left});
    CHECK(run.send(cmd::Pause{right}) == Outcome::applied);
    CHECK(run.shot().pause()->resumes_to == Phase::time_box);
    run.wait(20min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.shot().phase == Phase::time_box);
    CHECK(run.shot().votes()[0] == Vote::more_time);
    run.send(cmd::MoreTime{right});
    CHECK(run.shot().phase == Phase::step);
}

TEST_CASE("votes outside the time box mean nothing", "[session]") {
    Run run{boxed()};
    run.send(cmd::Begin{});
    CHECK(run.send(cmd::MoveOn{left}) == Outcome::not_now);
    CHECK(run.send(cmd::MoreTime{left}) == Outcome::not_now);
    CHECK(run.shot().votes()[0] == std::nullopt);
}

TEST_CASE("warn thresholds: each crossing sounds once and raises the level", "[session]") {
    Run run{script_of({item("One", {turn(left, 90s), say("after")})})};
    run.send(cmd::Begin{});
    run.cues();
    const TimePoint begin = run.clock().now();
    CHECK(run.shot().timer->warn_level == 0);

    // The deadlines: 1m left, 15s left, 0:00, then nothing by itself.
    std::vector<Duration> deadlines;
    while (run.wait_for_deadline()) deadlines.push_back(run.clock().now() - begin);
    CHECK(deadlines == std::vector<Duration>{30s, 75s, 90s});

    CHECK(count_of(run.cues(), Cue::threshold) == 2);
    CHECK(run.shot().timer->warn_level == 2);
    run.wait(30s);
    CHECK(run.shot().timer->warn_level == 2);  // overtime has no further thresholds
    CHECK(run.cues().empty());
}

TEST_CASE("warn levels at each moment of a countdown", "[session]") {
    Run run{script_of({item("One", {turn(left, 90s), say("after")})})};
    run.send(cmd::Begin{});
    run.wait(29s);
    CHECK(run.shot().timer->warn_level == 0);
    run.wait(1s);
    CHECK(run.shot().timer->warn_level == 1);
    CHECK(count_of(run.cues(), Cue::threshold) == 1);
    run.wait(44s);
    CHECK(run.shot().timer->warn_level == 1);
    run.wait(1s);
    CHECK(run.shot().timer->warn_level == 2);
}

TEST_CASE("a threshold at or above a countdown's length never sounds", "[session]") {
    Script script = script_of({item("One", {turn(left, 45s), say("timed", 60s), say("end")})});
    script.settings.warn_at = {Seconds{60}, Seconds{15}};
    Run run{script};
    run.send(cmd::Begin{});
    run.cues();
    CHECK(run.shot().timer->warn_level == 0);
    run.wait(30s);
    CHECK(run.shot().timer->warn_level == 1);
    run.send(cmd::Next{});
    CHECK(run.shot().timer->warn_level == 0);  // a 60 s say: only 15 s counts
    run.wait(45s);
    CHECK(run.shot().timer->warn_level == 1);
    CHECK(count_of(run.cues(), Cue::threshold) == 2);
}

TEST_CASE("clarify and a timed say warn too", "[session]") {
    Script script = script_of({item("One", {reflect(right, 60s, 2, 60s), say("timed", 30s), say("end")})});
    script.settings.warn_at = {Seconds{20}};
    Run run{script};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    run.cues();
    run.wait(40s);
    CHECK(run.shot().activity == Activity::clarify);
    CHECK(run.shot().timer->warn_level == 1);
    CHECK(count_of(run.cues(), Cue::threshold) == 1);
    run.wait(20s);  // clarify over: reflection 2
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    run.wait(10s);
    CHECK(run.shot().activity == Activity::say);
    CHECK(run.shot().timer->warn_level == 1);
    CHECK(count_of(run.cues(), Cue::threshold) == 1);
}

TEST_CASE("the floor changes are cued between speaking activities", "[session]") {
    Run run{
        script_of({item("One", {turn(left, 60s), say("between"), turn(left, 60s), reflect(right, 60s), say("end")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    CHECK(count_of(run.cues(), Cue::floor_change) == 0);  // the same speaker again
    run.send(cmd::Next{});
    CHECK(count_of(run.cues(), Cue::floor_change) == 1);  // to the listener
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    CHECK(count_of(run.cues(), Cue::floor_change) == 1);  // the speaker clarifies
    run.send(cmd::Next{});
    CHECK(count_of(run.cues(), Cue::floor_change) == 1);  // the listener again
}

namespace {
// A repair item whose box runs out in its first turn: the talk that remains
// (a turn, a reflect, a say) is skippable; the check-in, the agreement and
// the choice are not.
Script safety_after_talk() {
    return script_of({
        item("The impact",
             {turn(left, 90s), turn(right, 90s), checkin("How safe do you feel right now?", 5, 2), reflect(left, 60s),
              agreement("One thing we do next time"), say("closing words"), choice("Go on?", {end_here("Stop")})},
             minutes{1}),
        item("Next item", {say("next")}),
    });
}

void move_on_after_first_turn(Run& run) {
    run.send(cmd::Begin{});
    run.wait(80s);  // the box ran out at 1:00, the first turn still finishes
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::time_box);
    CHECK(run.shot().step == 1);
    run.send(cmd::MoveOn{left});
    run.send(cmd::MoveOn{right});
}
}  // namespace

TEST_CASE("moving on after a time box skips the talk but still runs check-in, agreement and choice",
          "[session][time box]") {
    Run run{safety_after_talk()};
    move_on_after_first_turn(run);
    // The second turn is skipped; the check-in comes.
    REQUIRE(run.shot().phase == Phase::step);
    CHECK(run.shot().item == 0);
    CHECK(run.shot().step == 2);
    CHECK(run.shot().activity == Activity::checkin);
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 4});
    // The reflect is skipped; the agreement comes, with no second vote.
    REQUIRE(run.shot().phase == Phase::step);
    CHECK(run.shot().step == 4);
    CHECK(run.shot().activity == Activity::agreement);
    run.send(cmd::AgreedAloud{});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    // The say is skipped; the choice comes.
    REQUIRE(run.shot().phase == Phase::step);
    CHECK(run.shot().step == 6);
    CHECK(run.shot().activity == Activity::choice);
    CHECK(run.record().checkins.size() == 2);
    CHECK(run.record().agreements.size() == 1);
    CHECK(run.record().speeches.size() == 1);  // only the first turn was spoken
}

TEST_CASE("a check-in after a time box ran out still calls its pause", "[session][time box]") {
    Run run{safety_after_talk()};
    move_on_after_first_turn(run);
    REQUIRE(run.shot().activity == Activity::checkin);
    run.send(cmd::Answer{left, 1});
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.shot().pause()->cause == PauseCause::checkin);
}

TEST_CASE("moving on with no kept step left goes to the next item", "[session][time box]") {
    Run run{script_of({item("Boxed", {checkin("Calm?"), turn(left, 90s), say("talk")}, minutes{1}),
                       item("Next item", {say("next")})})};
    run.send(cmd::Begin{});
    run.wait(2min);  // the box runs out during the check-in
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 4});
    REQUIRE(run.shot().phase == Phase::time_box);
    run.send(cmd::MoveOn{left});
    run.send(cmd::MoveOn{right});
    CHECK(run.shot().item == 1);
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
}

TEST_CASE("a time box run out before kept steps only asks nothing: they run", "[session][time box]") {
    Run run{script_of({item("Boxed", {turn(left, 90s), checkin("Calm?"), agreement("Next time")}, minutes{1}),
                       item("Next item", {say("next")})})};
    run.send(cmd::Begin{});
    run.wait(80s);
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::step);
    CHECK(run.shot().activity == Activity::checkin);
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 4});
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.shot().activity == Activity::agreement);
}
