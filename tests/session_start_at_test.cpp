// cmd::StartAt: beginning at a given step (Ctrl+R keeps the place while a
// script is written), as Begin does, but further in; a command like the
// others, so that a journal records it.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;

namespace {

constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

Script three_items() {
    return script_of({
        item("Arrive", {say("Welcome"), breathe(60s)}),
        item("Talk", {say("Now we talk"), turn(right, 120s), reflect(left, 60s)}, Seconds{600}),
        item("Close", {say("Thank you")}),
    });
}

}  // namespace

TEST_CASE("StartAt begins at the given step, fresh", "[session][start_at]") {
    Run run{three_items()};
    run.wait(30s);  // on the start screen: not session time
    CHECK(run.send(cmd::StartAt{1, 1}) == Outcome::applied);
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::step);
    CHECK(shot.item == 1);
    CHECK(shot.step == 1);
    CHECK(shot.activity == Activity::turn);
    CHECK(shot.floor == right);
    REQUIRE(shot.timer);
    CHECK(shot.timer->remaining == 120s);
    // The item's time box starts whole.
    REQUIRE(shot.item_box);
    CHECK(shot.item_box->remaining == 600s);
    CHECK(total_time(run.record()) == 0s);
    CHECK(run.record().items_done.empty());
}

TEST_CASE("a session started at a step goes on from there to the end", "[session][start_at]") {
    Run run{three_items()};
    REQUIRE(run.send(cmd::StartAt{1, 2}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::reflect);
    CHECK(run.shot().floor == left);
    run.wait(10s);
    CHECK(run.remaining() == 50s);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);  // the reflection is done
    CHECK(run.shot().activity == Activity::verdict);
    CHECK(run.send(cmd::ThatsIt{}) == Outcome::applied);
    CHECK(run.shot().item == 2);
    CHECK(run.shot().step == 0);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::finished);
    CHECK(total_time(run.record()) == 10s);
}

TEST_CASE("StartAt is for the start screen only, and only for steps that exist", "[session][start_at]") {
    Run run{three_items()};
    CHECK(run.send(cmd::StartAt{3, 0}) == Outcome::out_of_range);
    CHECK(run.send(cmd::StartAt{0, 2}) == Outcome::out_of_range);
    CHECK(run.shot().phase == Phase::start);
    CHECK(run.send(cmd::StartAt{0, 1}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::breathe);
    // Once begun, it is too late: the session does not jump.
    CHECK(run.send(cmd::StartAt{2, 0}) == Outcome::not_now);
    CHECK(run.shot().item == 0);
    CHECK(run.shot().step == 1);
    run.send(cmd::StopForToday{});
    CHECK(run.send(cmd::StartAt{0, 0}) == Outcome::not_now);
}

TEST_CASE("a session started at step 0 is the same as one begun", "[session][start_at]") {
    Run begun{three_items()};
    Run started{three_items()};
    begun.send(cmd::Begin{});
    REQUIRE(started.send(cmd::StartAt{0, 0}) == Outcome::applied);
    CHECK(begun.shot() == started.shot());
    begun.wait(70s);
    started.wait(70s);
    CHECK(begun.shot() == started.shot());
}

TEST_CASE("a script without items: Begin ends at once, StartAt has no place to go", "[session][start_at]") {
    Run run{script_of({})};  // the loader refuses this; a hand-built script may still hold it
    CHECK(run.send(cmd::StartAt{0, 0}) == Outcome::out_of_range);
    CHECK(run.shot().phase == Phase::start);
    CHECK(run.send(cmd::Begin{}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::finished);
    CHECK(run.shot().finish() == FinishReason::completed);
}
