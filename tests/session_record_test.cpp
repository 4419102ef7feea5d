// What the session keeps for its summary.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;
}  // namespace

TEST_CASE("speaking time: turn to the speaker, reflect to the listener, clarify to the speaker", "[session]") {
    Run run{script_of(
        {item("One", {turn(left, 60s), reflect(right, 60s, 2, 30s), exchange(right, 1, 60s, 30s), say("end")})})};
    run.send(cmd::Begin{});
    run.wait(70s);  // 10 s of overtime count
    run.send(cmd::Next{});

    run.wait(20s);  // the listener reflects
    run.send(cmd::Next{});
    run.wait(15s);  // the verdict is nobody's speaking time
    run.send(cmd::NotQuite{});
    run.wait(30s);  // the speaker clarifies; then reflection 2 starts by itself
    REQUIRE(run.shot().round == 2);
    run.wait(10s);
    run.send(cmd::Pause{left});  // pauses are nobody's speaking time
    run.send(cmd::EndCooldown{});
    run.wait(5min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    run.wait(5s);
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});

    run.wait(60s);  // the exchange: right speaks
    run.send(cmd::Next{});
    run.wait(30s);  // left reflects
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    REQUIRE(run.shot().activity == Activity::say);
    run.wait(2min);  // a say is nobody's speaking time

    const SessionRecord& record = run.record();
    CHECK(record.speaking[0] == 70s + 30s + 30s);
    CHECK(record.speaking[1] == 20s + 10s + 5s + 60s);
    CHECK(record.active == 70s + 20s + 15s + 30s + 10s + 5s + 60s + 30s + 2min);
    CHECK(record.total == record.active + 5min);
}

TEST_CASE("the record lists items in the order they were finished", "[session]") {
    Run run{script_of({
        item("Zero", {say("a")}),
        item("One", {checkin("Calm?", 7), agreement("Try?"), choice("Again?", {go_to("Again", 1), go_to("On", 2)})}),
        item("Two", {say("c")}),
    })};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    for (int value : {3, 6}) {
        run.send(cmd::Answer{left, value});
        run.send(cmd::Answer{right, value + 1});
        run.send(cmd::AgreementText{"Round " + std::to_string(value)});
        run.send(cmd::Confirm{left});
        run.send(cmd::Confirm{right});
        run.send(cmd::Choose{value == 3 ? 0u : 1u});
    }
    run.send(cmd::Next{});
    const SessionRecord& record = run.record();
    CHECK(record.items_done == std::vector<std::size_t>{0, 1, 1, 2});
    REQUIRE(record.checkins.size() == 4);
    CHECK(record.checkins[3].value == 7);
    CHECK(record.checkins[3].scale == 7);
    CHECK(record.checkins[3].item == 1);
    REQUIRE(record.agreements.size() == 2);
    CHECK(record.agreements[1].text == "Round 6");
    CHECK(record.finish == FinishReason::completed);
}

TEST_CASE("a pause record says when it started, in wall time since Begin", "[session]") {
    Script script = script_of({item("One", {turn(left, 10min)})});
    script.pause.cooldown = 1min;
    Run run{script};
    run.send(cmd::Begin{});
    run.wait(2min);
    run.send(cmd::Pause{left});
    run.wait(3min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    run.wait(1min);
    run.send(cmd::Pause{right});
    REQUIRE(run.record().pauses.size() == 2);
    CHECK(run.record().pauses[0].started == 2min);
    CHECK(run.record().pauses[0].length == 3min);
    CHECK(run.record().pauses[1].started == 6min);
    CHECK(run.record().pauses[1].seat == right);
    run.wait(90s);
    CHECK(run.record().pauses[1].length == 90s);  // a running pause's length so far
}
