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
    CHECK(speaking_time(record, Seat::left) == 70s + 30s + 30s);
    CHECK(speaking_time(record, Seat::right) == 20s + 10s + 5s + 60s);
    CHECK(active_time(record) == 70s + 20s + 15s + 30s + 10s + 5s + 60s + 30s + 2min);
    CHECK(total_time(record) == active_time(record) + 5min);
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
        run.send(cmd::Choose{left, value == 3 ? 0u : 1u});
        run.send(cmd::Choose{right, value == 3 ? 0u : 1u});
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
    CHECK(pause_length(run.record(), run.record().pauses[0]) == 3min);
    CHECK(run.record().pauses[1].started == 6min);
    CHECK(run.record().pauses[1].seat == right);
    run.wait(90s);
    CHECK(pause_length(run.record(), run.record().pauses[1]) == 90s);  // a running pause's length so far
}

TEST_CASE("the record's totals are computed from what it recorded", "[session][shape]") {
    SessionRecord record;
    record.elapsed = 30min;  // wall time since Begin
    record.pauses.push_back(PauseRecord{5min, 9min, PauseCause::partner, left});
    record.pauses.push_back(PauseRecord{20min, std::nullopt, PauseCause::checkin, right});  // still holds
    record.speeches.push_back(SpeechRecord{left, 0s, 3min});
    record.speeches.push_back(SpeechRecord{right, 3min, 4min + 30s});
    record.speeches.push_back(SpeechRecord{left, 10min, std::nullopt});  // still speaking
    CHECK(pause_length(record, record.pauses[0]) == 4min);
    CHECK(pause_length(record, record.pauses[1]) == 10min);  // to the last instant seen
    CHECK(paused_time(record) == 14min);
    CHECK(total_time(record) == 30min);
    CHECK(active_time(record) == 16min);
    CHECK(speaking_time(record, left) == 3min + 6min);  // the open speech counts to the active time now
    CHECK(speaking_time(record, right) == 90s);
    // Time passing is one fact: every total that depends on it follows.
    record.elapsed = 31min;
    CHECK(pause_length(record, record.pauses[1]) == 11min);
    CHECK(active_time(record) == 16min);
    CHECK(speaking_time(record, left) == 9min);
}

TEST_CASE("a session records speeches and pauses as facts, once each", "[session][shape]") {
    Script script = script_of({item("One", {turn(left, 2min), reflect(right, 1min), say("end")})});
    script.pause.cooldown = 1min;
    Run run{script};
    run.send(cmd::Begin{});
    run.wait(1min);
    run.send(cmd::Pause{right});
    run.wait(3min);
    // While the pause holds, neither the pause nor the speech has an end.
    REQUIRE(run.record().pauses.size() == 1);
    CHECK_FALSE(run.record().pauses[0].ended);
    REQUIRE(run.record().speeches.size() == 1);
    CHECK_FALSE(run.record().speeches[0].to);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.record().pauses[0].ended == 4min);  // wall time since Begin
    run.wait(30s);
    run.send(cmd::Next{});  // the turn ends after 90 s of active time; the reflection starts
    run.wait(20s);
    run.send(cmd::Next{});  // the reflection ends; the verdict is nobody's speaking time
    const auto& speeches = run.record().speeches;
    REQUIRE(speeches.size() == 2);
    CHECK(speeches[0].seat == left);
    CHECK(speeches[0].from == 0s);
    CHECK(speeches[0].to == 90s);  // active time: the pause is not in it
    CHECK(speeches[1].seat == right);
    CHECK(speeches[1].from == 90s);
    CHECK(speeches[1].to == 110s);
    CHECK(speaking_time(run.record(), left) == 90s);
    CHECK(speaking_time(run.record(), right) == 20s);
    CHECK(total_time(run.record()) == 4min + 50s);
    CHECK(active_time(run.record()) == 110s);
}
