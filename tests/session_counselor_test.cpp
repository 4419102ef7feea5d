// The counselor's controls: Skip, Back, AddTime (EndCooldown is with the pause).
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;
}  // namespace

TEST_CASE("Skip finishes the current step now", "[session]") {
    Run run{
        script_of({item("One", {turn(left, 90s), checkin("Calm?"), agreement("Try?")}), item("Two", {say("two")})})};
    CHECK(run.send(cmd::Skip{}) == Outcome::not_now);
    run.send(cmd::Begin{});
    run.wait(10s);
    CHECK(run.send(cmd::Skip{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::checkin);
    run.send(cmd::Skip{});
    CHECK(run.shot().activity == Activity::agreement);
    CHECK(run.record().checkins.empty());
    run.send(cmd::Skip{});
    CHECK(run.shot().item == 1);
    CHECK(run.record().agreements.empty());
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
    run.send(cmd::Skip{});
    CHECK(run.record().finish == FinishReason::completed);
}

TEST_CASE("Skip in the middle of a reflect or an exchange skips the whole step", "[session]") {
    Run run{script_of({item("One", {exchange(left, 3, 60s, 60s), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    CHECK(run.shot().activity == Activity::verdict);
    run.send(cmd::Skip{});
    CHECK(run.shot().step == 1);
    CHECK(run.shot().activity == Activity::say);
}

TEST_CASE("Back returns to the previous step with fresh timers", "[session]") {
    Run run{script_of({item("One", {turn(left, 90s), reflect(right, 60s), say("after")}, minutes{10})})};
    run.send(cmd::Begin{});
    CHECK(run.send(cmd::Back{}) == Outcome::not_now);  // nothing before the first step
    run.wait(70s);
    run.send(cmd::Next{});
    run.wait(10s);
    run.send(cmd::Next{});
    CHECK(run.send(cmd::NotQuite{}) == Outcome::applied);
    CHECK(run.send(cmd::Back{}) == Outcome::applied);
    const Snapshot shot = run.shot();
    CHECK(shot.step == 0);
    CHECK(shot.activity == Activity::turn);
    CHECK(run.remaining() == 90s);
    // The item's box keeps counting: Back stays inside the item.
    CHECK(shot.item_box->remaining == 10min - 80s);
    CHECK(run.send(cmd::Back{}) == Outcome::not_now);
    run.send(cmd::Next{});
    CHECK(run.shot().activity == Activity::reflect);
    CHECK(run.shot().round == 1);
    CHECK(run.remaining() == 60s);
}

TEST_CASE("Back to a check-in or an agreement redoes it: the new answers revise the earlier ones", "[session]") {
    Run run{script_of({item("One", {checkin("Calm?"), agreement("What will we try?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 3});
    run.send(cmd::AgreementText{"Walk on Sunday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    REQUIRE(run.shot().activity == Activity::say);
    REQUIRE(run.record().agreements.size() == 1);

    // Back to the agreement: what both confirmed stays; made again with
    // other words, the new version revises it.
    REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
    CHECK(run.record().agreements.size() == 1);
    run.send(cmd::AgreementText{"Walk on Saturday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    const auto& agreements = run.record().agreements;
    REQUIRE(agreements.size() == 2);
    CHECK(agreements[0].text == "Walk on Sunday");
    CHECK(agreements[1].text == "Walk on Saturday");
    CHECK(agreements[1].revises == std::optional<std::size_t>{0});
    CHECK(is_revised(agreements, 0));
    CHECK_FALSE(is_revised(agreements, 1));

    // Back twice, into the check-in: its answers stay; the new ones revise them.
    run.send(cmd::Back{});
    REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::checkin);
    CHECK(run.record().checkins.size() == 2);
    CHECK(run.record().agreements.size() == 2);
    run.send(cmd::Answer{left, 5});
    run.send(cmd::Answer{right, 5});
    const auto& checkins = run.record().checkins;
    REQUIRE(checkins.size() == 4);
    CHECK(checkins[2].value == 5);
    CHECK(checkins[2].revises == std::optional<std::size_t>{0});
    CHECK(checkins[3].revises == std::optional<std::size_t>{1});
    // The agreement made a third time revises the latest version, not the first.
    run.send(cmd::AgreementText{"Walk on Friday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    REQUIRE(run.record().agreements.size() == 3);
    CHECK(run.record().agreements[2].revises == std::optional<std::size_t>{1});
    CHECK(earlier_versions(run.record().agreements, 2) == std::vector<std::size_t>{1, 0});
}

TEST_CASE("a confirmed agreement survives Back and Stop: the session ends with it", "[session]") {
    Run run{script_of({item("One", {agreement("What will we try?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::AgreementText{"Walk on Sunday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    REQUIRE(run.shot().activity == Activity::say);
    REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
    CHECK(run.shot().activity == Activity::agreement);
    run.wait(30s);
    REQUIRE(run.send(cmd::StopForToday{}) == Outcome::applied);
    CHECK(run.record().finish == FinishReason::stopped_for_today);
    REQUIRE(run.record().agreements.size() == 1);
    CHECK(run.record().agreements[0].text == "Walk on Sunday");
    CHECK(run.record().agreements[0].confirmed == std::array<bool, 2>{true, true});
}

TEST_CASE("a check-in answered, gone back over and stopped keeps its answers", "[session]") {
    Run run{script_of({item("One", {checkin("Calm?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 3});
    REQUIRE(run.send(cmd::Back{}) == Outcome::applied);
    run.send(cmd::Answer{left, 2});  // only one answers again before the stop
    REQUIRE(run.send(cmd::StopForToday{}) == Outcome::applied);
    const auto& checkins = run.record().checkins;
    REQUIRE(checkins.size() == 3);
    CHECK(checkins[2].value == 2);
    CHECK(checkins[2].revises == std::optional<std::size_t>{0});
    CHECK_FALSE(is_revised(checkins, 1));  // the other's answer still stands
}

TEST_CASE("Back across items and gotos reopens the earlier item", "[session]") {
    Run run{script_of({
        item("First", {say("a"), choice("Where?", {go_to("Second", 1), end_here("Stop")})}, minutes{4}),
        item("Second", {say("b")}, minutes{3}),
    })};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.wait(1min);
    run.send(cmd::Choose{Seat::left, 0});
    run.send(cmd::Choose{Seat::right, 0});
    CHECK(run.shot().item == 1);
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
    run.wait(1min);
    CHECK(run.send(cmd::Back{}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.item == 0);
    CHECK(shot.step == 1);
    CHECK(shot.activity == Activity::choice);
    CHECK(shot.item_box->remaining == 4min);  // entered again: a fresh box
    CHECK(run.record().items_done.empty());   // open again, not done
    run.send(cmd::Back{});
    CHECK(run.shot().step == 0);
    run.send(cmd::Next{});
    run.send(cmd::Choose{Seat::left, 0});
    run.send(cmd::Choose{Seat::right, 0});
    run.send(cmd::Next{});
    CHECK(run.record().finish == FinishReason::completed);
    CHECK(run.record().items_done == std::vector<std::size_t>{0, 1});
}

TEST_CASE("Back from the time-box vote returns to the step that ran over", "[session]") {
    Run run{script_of({item("Boxed", {turn(left, 90s), say("two")}, minutes{1})})};
    run.send(cmd::Begin{});
    run.wait(95s);
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::time_box);
    run.send(cmd::MoveOn{left});
    CHECK(run.send(cmd::Back{}) == Outcome::applied);
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::step);
    CHECK(shot.step == 0);
    CHECK(shot.votes()[0] == std::nullopt);
    CHECK(run.remaining() == 90s);
}

TEST_CASE("AddTime lengthens the running countdown", "[session]") {
    Run run{script_of({item("One", {turn(left, 90s), checkin("Calm?")})})};
    run.send(cmd::Begin{});
    run.wait(80s);
    run.cues();
    CHECK(run.shot().timer->warn_level == 2);
    CHECK(run.send(cmd::AddTime{}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.timer->remaining == 70s);
    CHECK(shot.timer->total == 150s);
    CHECK(shot.timer->warn_level == 0);
    // The thresholds sound again when they are crossed again.
    run.wait(70s);
    CHECK(count_of(run.cues(), Cue::threshold) == 2);
    run.wait(30s);
    CHECK(run.remaining() == -30s);
    // In overtime it gives a fresh amount.
    CHECK(run.send(cmd::AddTime{Seconds{45}}) == Outcome::applied);
    CHECK(run.remaining() == 45s);
    CHECK(run.send(cmd::AddTime{Seconds{0}}) == Outcome::out_of_range);
    CHECK(run.remaining() == 45s);
    run.send(cmd::Next{});
    CHECK(run.send(cmd::AddTime{}) == Outcome::not_now);  // a check-in has no countdown
}

TEST_CASE("AddTime to an advancing countdown postpones its end", "[session]") {
    Run run{script_of({item("One", {say("timed", 30s), say("end")})})};
    run.send(cmd::Begin{});
    run.wait(20s);
    run.send(cmd::AddTime{Seconds{30}});
    run.wait(30s);
    CHECK(run.shot().step == 0);
    run.wait(10s);
    CHECK(run.shot().step == 1);
}

// Issue 12: every override is a fact of its own, with its time, apart from
// the partners' doings; a command refused records nothing.
TEST_CASE("each counselor override is recorded with its time and place", "[session][counselor]") {
    Run run{script_of(
        {item("One", {turn(left, 90s), say("after")}), item("Two", {say("two")}), item("Three", {say("three")})})};
    CHECK(run.send(cmd::Skip{}) == Outcome::not_now);
    run.send(cmd::Begin{});
    run.wait(10s);
    CHECK(run.send(cmd::AddTime{Seconds{60}}) == Outcome::applied);
    run.wait(5s);
    CHECK(run.send(cmd::Skip{}) == Outcome::applied);
    run.wait(5s);
    CHECK(run.send(cmd::Back{}) == Outcome::applied);
    CHECK(run.send(cmd::JumpTo{2}) == Outcome::applied);
    CHECK(run.send(cmd::AddTime{Seconds{60}}) == Outcome::not_now);  // "three" has no countdown
    const auto& overrides = run.record().overrides;
    REQUIRE(overrides.size() == 4);
    CHECK(overrides[0] == OverrideRecord{OverrideKind::add_time, 10s, 0, 0, 60s, 0});
    CHECK(overrides[1] == OverrideRecord{OverrideKind::skip, 15s, 0, 0, 0s, 0});
    CHECK(overrides[2] == OverrideRecord{OverrideKind::back, 20s, 0, 1, 0s, 0});
    CHECK(overrides[3] == OverrideRecord{OverrideKind::jump, 20s, 0, 0, 0s, 2});
    // The partners' own record is untouched by them.
    CHECK(run.record().pauses.empty());
}

TEST_CASE("JumpTo goes to an item's first step, fresh, and Back returns", "[session][counselor]") {
    Run run{script_of({item("One", {say("one"), say("one more")}), item("Two", {turn(left, 90s)}, minutes{5}),
                       item("Three", {say("three")})})};
    CHECK(run.send(cmd::JumpTo{1}) == Outcome::not_now);  // nothing runs before Begin
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    CHECK(run.send(cmd::JumpTo{3}) == Outcome::out_of_range);
    CHECK(run.send(cmd::JumpTo{1}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.item == 1);
    CHECK(shot.step == 0);
    CHECK(shot.activity == Activity::turn);
    CHECK(run.remaining() == 90s);
    REQUIRE(shot.item_box);
    CHECK(shot.item_box->remaining == 5min);
    CHECK(run.record().items_done == std::vector<std::size_t>{0});
    CHECK(run.send(cmd::Back{}) == Outcome::applied);
    CHECK(run.shot().item == 0);
    CHECK(run.shot().step == 1);
    CHECK(run.record().items_done.empty());
    // An earlier item too; the pause always wins, even over the counselor.
    run.send(cmd::JumpTo{2});
    CHECK(run.send(cmd::JumpTo{0}) == Outcome::applied);
    CHECK(run.shot().item == 0);
    run.send(cmd::Pause{right});
    CHECK(run.send(cmd::JumpTo{2}) == Outcome::not_now);
}

TEST_CASE("ending a cool-down early records how long it ran and still waits for both partners",
          "[session][counselor]") {
    Run run{script_of({item("One", {turn(left, 300s)})})};
    run.send(cmd::Begin{});
    run.wait(30s);
    run.send(cmd::Pause{right});
    run.wait(12min);
    CHECK(run.send(cmd::EndCooldown{}) == Outcome::applied);
    CHECK(run.send(cmd::EndCooldown{}) == Outcome::not_now);  // once: it has ended
    REQUIRE(run.record().overrides.size() == 1);
    const OverrideRecord& ended = run.record().overrides[0];
    CHECK(ended.kind == OverrideKind::end_cooldown);
    CHECK(ended.amount == 12min);
    CHECK(ended.at == 30s + 12min);
    // The rule the couple agreed on: both say they are ready.
    CHECK(run.send(cmd::Ready{left}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.send(cmd::Ready{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
}

TEST_CASE("a counselor's pause is the pause rule, recorded as the counselor's", "[session][counselor]") {
    Run run{script_of({item("One", {turn(left, 300s)})})};
    CHECK(run.send(cmd::CounselorPause{}) == Outcome::not_now);
    run.send(cmd::Begin{});
    run.wait(40s);
    CHECK(run.send(cmd::CounselorPause{}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.send(cmd::CounselorPause{}) == Outcome::not_now);
    REQUIRE(run.record().pauses.size() == 1);
    CHECK(run.record().pauses[0].cause == PauseCause::counselor);
    REQUIRE(run.record().overrides.size() == 1);
    CHECK(run.record().overrides[0] == OverrideRecord{OverrideKind::pause, 40s, 0, 0, 0s, 0});
    // The cool-down runs as for any pause.
    CHECK(run.send(cmd::Ready{left}) == Outcome::cooldown_running);
}
