// Issue 8: decisions that affect both need both, the listener never ends the
// speaker's turn, and "not quite" on the last reflection is heard.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using namespace std::chrono_literals;

namespace {

constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

Script choice_script() {
    return script_of({
        item("Warm-up", {say("hi")}),
        item("Concern", {choice("Go on?", {go_to("Again", 1), end_here("Stop for today")}), say("after")}),
    });
}

}  // namespace

TEST_CASE("a choice needs both partners to pick the same option", "[session][both]") {
    Run run{choice_script()};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::choice);

    SECTION("one partner's pick alone changes nothing but the shown pick") {
        CHECK(run.send(cmd::Choose{left, 1}) == Outcome::applied);
        const Snapshot shot = run.shot();
        CHECK(shot.phase == Phase::step);
        CHECK(shot.activity == Activity::choice);
        CHECK(shot.picks[0] == std::size_t{1});
        CHECK_FALSE(shot.picks[1].has_value());
        CHECK_FALSE(run.record().finish.has_value());
        CHECK(run.record().items_done == std::vector<std::size_t>{0});
    }
    SECTION("different picks wait; either can change theirs") {
        run.send(cmd::Choose{left, 1});
        CHECK(run.send(cmd::Choose{right, 0}) == Outcome::applied);
        CHECK(run.shot().activity == Activity::choice);
        CHECK(run.shot().picks == std::array<std::optional<std::size_t>, 2>{1u, 0u});
        run.wait(5min);  // nothing decides by itself
        CHECK(run.shot().activity == Activity::choice);
        CHECK(run.send(cmd::Choose{left, 0}) == Outcome::applied);  // now the same: on to "Again"
        CHECK(run.shot().item == 1);
        CHECK(run.shot().step == 0);
        CHECK(run.shot().picks == std::array<std::optional<std::size_t>, 2>{});  // the next choice starts fresh
    }
    SECTION("equal picks go on") {
        run.send(cmd::Choose{right, 1});
        CHECK(run.send(cmd::Choose{left, 1}) == Outcome::applied);
        CHECK(run.shot().phase == Phase::finished);
        CHECK(run.record().finish == FinishReason::ended_by_choice);
    }
    SECTION("a pick of an option that does not exist is refused") {
        CHECK(run.send(cmd::Choose{right, 2}) == Outcome::out_of_range);
        CHECK_FALSE(run.shot().picks[1].has_value());
    }
}

TEST_CASE("the listener cannot end the speaker's turn, but the speaker and a shared Next can", "[session][both]") {
    Run run{script_of({item("One", {turn(left, 90s), turn(right, 90s), say("after")})})};
    run.send(cmd::Begin{});
    REQUIRE(run.shot().activity == Activity::turn);
    REQUIRE(run.shot().floor == left);
    CHECK(run.send(cmd::Next{right}) == Outcome::not_your_turn);
    CHECK(run.shot().step == 0);
    CHECK(run.shot().floor == left);
    CHECK(run.send(cmd::Next{left}) == Outcome::applied);  // the speaker's own key
    REQUIRE(run.shot().step == 1);
    REQUIRE(run.shot().floor == right);
    CHECK(run.send(cmd::Next{left}) == Outcome::not_your_turn);
    CHECK(run.shot().step == 1);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);  // a clicker or the counselor
    CHECK(run.shot().step == 2);
}

TEST_CASE("the listener cannot end the speaker's clarification either", "[session][both]") {
    Run run{script_of({item("One", {turn(left, 60s), reflect(right, 60s, 2), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::reflect);
    CHECK(run.send(cmd::Next{left}) == Outcome::not_your_turn);  // the speaker does not cut the reflection
    run.send(cmd::Next{right});
    REQUIRE(run.shot().activity == Activity::verdict);
    run.send(cmd::NotQuite{});
    REQUIRE(run.shot().activity == Activity::clarify);
    CHECK(run.send(cmd::Next{right}) == Outcome::not_your_turn);
    CHECK(run.shot().activity == Activity::clarify);
    CHECK(run.send(cmd::Next{left}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::reflect);
}

TEST_CASE("not quite on the last reflection is acknowledged and recorded", "[session][both]") {
    Run run{script_of({item("One", {turn(left, 60s), reflect(right, 60s, 2), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::verdict);
    run.send(cmd::NotQuite{});  // reflection 1 of 2: clarify, then reflect again
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::reflect);
    REQUIRE(run.shot().round == 2);
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::verdict);
    CHECK(run.send(cmd::NotQuite{}) == Outcome::applied);
    // Not passed over: a calm word for the speaker, until Next.
    CHECK(run.shot().activity == Activity::not_heard);
    CHECK(run.shot().floor == left);
    CHECK(run.shot().step == 1);
    run.wait(10min);
    CHECK(run.shot().activity == Activity::not_heard);
    CHECK(run.send(cmd::ThatsIt{}) == Outcome::not_now);
    const auto& reflections = run.record().reflections;
    REQUIRE(reflections.size() == 2);
    CHECK(reflections[0].verdict == Verdict::not_quite);
    CHECK(reflections[0].round == 1);
    CHECK(reflections[1].verdict == Verdict::not_quite);
    CHECK(reflections[1].round == 2);
    CHECK(reflections[1].rounds == 2);
    CHECK(reflections[1].speaker == left);
    CHECK(run.send(cmd::Next{}) == Outcome::applied);
    CHECK(run.shot().step == 2);
}

TEST_CASE("that's it is recorded as heard", "[session][both]") {
    Run run{script_of({item("One", {turn(left, 60s), reflect(right, 60s, 2), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    REQUIRE(run.record().reflections.size() == 1);
    CHECK(run.record().reflections[0].verdict == Verdict::thats_it);
    CHECK(run.shot().step == 2);
}
