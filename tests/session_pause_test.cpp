// The pause rule: freeze, cool-down, readiness, extension, override, stop.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

Script turn_then_say() { return script_of({item("One", {turn(left, 90s), say("after")}, minutes{10})}); }
}  // namespace

TEST_CASE("a pause freezes every timer, the step goes on with the time it had left", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.wait(30s);
    CHECK(run.remaining() == 60s);
    CHECK(run.shot().item_box->remaining == 9min + 30s);
    run.cues();

    CHECK(run.send(cmd::Pause{right}) == Outcome::applied);
    CHECK(run.cues() == std::vector<Cue>{Cue::pause_started});
    Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::paused);
    REQUIRE(shot.pause());
    CHECK(shot.pause()->count == 1);
    CHECK(shot.pause()->cause == PauseCause::partner);
    CHECK(shot.pause()->resumes_to == Phase::step);
    CHECK(shot.pause()->cooldown_total == 20min);
    CHECK(shot.pause()->cooldown_remaining == 20min);
    CHECK_FALSE(shot.pause()->can_resume);

    run.wait(25min);
    shot = run.shot();
    CHECK(shot.pause()->cooldown_remaining == 0s);
    CHECK(shot.pause()->elapsed == 25min);
    CHECK(shot.pause()->can_resume);
    CHECK(run.remaining() == 60s);
    CHECK(shot.item_box->remaining == 9min + 30s);
    CHECK(run.cues() == std::vector<Cue>{Cue::cooldown_over});

    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    shot = run.shot();
    CHECK(shot.phase == Phase::step);
    CHECK(shot.activity == Activity::turn);
    CHECK(run.remaining() == 60s);
    run.wait(10s);
    CHECK(run.remaining() == 50s);

    REQUIRE(run.record().pauses.size() == 1);
    const PauseRecord& pause = run.record().pauses[0];
    CHECK(pause.started == 30s);
    CHECK(pause_length(run.record(), pause) == 25min);
    CHECK(pause.seat == right);
    CHECK(pause.cause == PauseCause::partner);
    CHECK(active_time(run.record()) == 40s);
    CHECK(total_time(run.record()) == 25min + 40s);
    CHECK(speaking_time(run.record(), Seat::left) == 40s);
}

TEST_CASE("Ready is refused while the cool-down runs", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(20min - 1s);
    CHECK(run.send(cmd::Ready{left}) == Outcome::cooldown_running);
    CHECK(run.shot().pause()->ready == std::array<bool, 2>{false, false});
    CHECK(run.shot().pause()->cooldown_remaining == 1s);
    REQUIRE(run.session().next_deadline());
    CHECK(*run.session().next_deadline() == run.clock().now() + 1s);
    run.wait(1s);
    CHECK(run.send(cmd::Ready{left}) == Outcome::applied);
}

TEST_CASE("with `resume: both` one ready partner is not enough", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(20min);
    CHECK(run.send(cmd::Ready{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.shot().pause()->ready == std::array<bool, 2>{false, true});
    run.wait(3min);
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.send(cmd::Ready{left}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
}

TEST_CASE("with `resume: either` one ready partner resumes", "[session]") {
    Script script = turn_then_say();
    script.pause.resume = Quorum::either;
    Run run{script};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(20min);
    CHECK(run.send(cmd::Ready{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
}

TEST_CASE("we need more time extends the cool-down and clears readiness", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(5min);
    // During the countdown it is refused like Ready: no stray key adds time.
    CHECK(run.send(cmd::MoreTime{right}) == Outcome::cooldown_running);
    CHECK(run.shot().pause()->cooldown_total == 20min);
    CHECK(run.shot().pause()->cooldown_remaining == 15min);

    run.wait(15min);
    CHECK(run.shot().pause()->can_resume);
    run.send(cmd::Ready{left});
    run.wait(5min);  // the cool-down ran out 5 minutes ago
    CHECK(run.send(cmd::MoreTime{right}) == Outcome::applied);
    Snapshot shot = run.shot();
    CHECK(shot.pause()->ready == std::array<bool, 2>{false, false});
    CHECK_FALSE(shot.pause()->can_resume);
    CHECK(shot.pause()->cooldown_remaining == 5min);  // from now, not from the old end
    CHECK(shot.pause()->cooldown_total == 30min);
    CHECK(run.send(cmd::Ready{left}) == Outcome::cooldown_running);
    run.cues();
    run.wait(5min);
    CHECK(count_of(run.cues(), Cue::cooldown_over) == 1);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.shot().phase == Phase::step);
    CHECK(pause_length(run.record(), run.record().pauses[0]) == 30min);
}

TEST_CASE("the counselor ends the cool-down early, the partners still say ready", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(2min);
    run.cues();
    CHECK(run.send(cmd::EndCooldown{}) == Outcome::applied);
    CHECK(run.cues() == std::vector<Cue>{Cue::cooldown_over});
    const Snapshot shot = run.shot();
    CHECK(shot.phase == Phase::paused);
    CHECK(shot.pause()->can_resume);
    CHECK(shot.pause()->cooldown_remaining == 0s);
    CHECK(shot.pause()->cooldown_total == 2min);
    CHECK(run.send(cmd::EndCooldown{}) == Outcome::not_now);
    CHECK(run.send(cmd::Ready{left}) == Outcome::applied);
    CHECK(run.send(cmd::Ready{right}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::step);
    CHECK(run.remaining() == 90s);
    CHECK(run.send(cmd::EndCooldown{}) == Outcome::not_now);
}

TEST_CASE("stop for today from a pause ends the session and keeps the pause's length", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.wait(1min);
    run.send(cmd::Pause{right});
    run.wait(7min);
    run.cues();
    CHECK(run.send(cmd::StopForToday{}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::finished);
    CHECK_FALSE(run.shot().pause());
    CHECK(run.record().finish == FinishReason::stopped_for_today);
    REQUIRE(run.record().pauses.size() == 1);
    CHECK(pause_length(run.record(), run.record().pauses[0]) == 7min);
    CHECK(total_time(run.record()) == 8min);
    CHECK(active_time(run.record()) == 1min);
    CHECK(run.record().items_done.empty());  // stopping mid-item does not finish it
    CHECK(run.cues() == std::vector<Cue>{Cue::finished});
    CHECK(run.send(cmd::StopForToday{}) == Outcome::not_now);
}

TEST_CASE("stop for today also works from a step", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.wait(20s);
    CHECK(run.send(cmd::StopForToday{}) == Outcome::applied);
    CHECK(run.record().finish == FinishReason::stopped_for_today);
    CHECK(speaking_time(run.record(), Seat::left) == 20s);
}

TEST_CASE("from the `max`-th pause on, stopping for today is suggested", "[session]") {
    Script script = turn_then_say();
    script.pause.max = 2;
    script.pause.cooldown = 60s;
    Run run{script};
    run.send(cmd::Begin{});
    const auto pause_and_resume = [&run] {
        run.send(cmd::Pause{left});
        const PauseView view = *run.shot().pause();
        run.wait(60s);
        run.send(cmd::Ready{left});
        run.send(cmd::Ready{right});
        return view;
    };
    const PauseView first = pause_and_resume();
    CHECK(first.count == 1);
    CHECK_FALSE(first.suggest_stop);
    const PauseView second = pause_and_resume();
    CHECK(second.count == 2);
    CHECK(second.suggest_stop);
    const PauseView third = pause_and_resume();
    CHECK(third.count == 3);
    CHECK(third.suggest_stop);

    script.pause.max = 0;  // no limit
    Run unlimited{script};
    unlimited.send(cmd::Begin{});
    for (int i = 0; i < 5; ++i) {
        unlimited.send(cmd::Pause{right});
        CHECK_FALSE(unlimited.shot().pause()->suggest_stop);
        unlimited.send(cmd::EndCooldown{});
        unlimited.send(cmd::Ready{left});
        unlimited.send(cmd::Ready{right});
    }
}

TEST_CASE("a pause while paused changes nothing", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.send(cmd::Pause{left});
    run.wait(3min);
    run.cues();
    CHECK(run.send(cmd::Pause{right}) == Outcome::not_now);
    CHECK(run.shot().pause()->count == 1);
    CHECK(run.shot().pause()->cooldown_remaining == 17min);
    CHECK(run.record().pauses.size() == 1);
    CHECK(run.cues().empty());
    // Nothing else moves the session while it is held.
    CHECK(run.send(cmd::Next{}) == Outcome::not_now);
    CHECK(run.send(cmd::Skip{}) == Outcome::not_now);
    CHECK(run.send(cmd::Back{}) == Outcome::not_now);
    CHECK(run.send(cmd::AddTime{}) == Outcome::not_now);
    CHECK(run.send(cmd::MoveOn{left}) == Outcome::not_now);
}

TEST_CASE("a pause during a reflect resumes the same reflection", "[session]") {
    Run run{script_of({item("One", {reflect(right, 60s, 2, 30s), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});
    run.send(cmd::Next{});  // clarified; reflection 2
    run.wait(20s);
    CHECK(run.remaining() == 40s);
    run.send(cmd::Pause{left});
    run.send(cmd::EndCooldown{});
    run.wait(1min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    const Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::reflect);
    CHECK(shot.floor == right);
    CHECK(shot.round == 2);
    CHECK(run.remaining() == 40s);
    // A pause during the verdict returns to the verdict.
    run.send(cmd::Next{});
    run.send(cmd::Pause{right});
    run.send(cmd::EndCooldown{});
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.shot().activity == Activity::verdict);
}

TEST_CASE("a pause during overtime keeps the overtime where it was", "[session]") {
    Run run{turn_then_say()};
    run.send(cmd::Begin{});
    run.wait(105s);
    CHECK(run.remaining() == -15s);
    run.send(cmd::Pause{right});
    run.wait(20min);
    CHECK(run.remaining() == -15s);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    CHECK(run.remaining() == -15s);
    run.wait(5s);
    CHECK(run.remaining() == -20s);
    CHECK(run.shot().step == 0);
    CHECK(speaking_time(run.record(), Seat::left) == 110s);  // overtime counts, the pause does not
}

TEST_CASE("a pause during a check-in resumes with the partner who had not answered", "[session]") {
    Run run{script_of({item("One", {checkin("Calm?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Pause{right});
    CHECK(run.send(cmd::Answer{right, 4}) == Outcome::not_now);
    run.wait(20min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    const Snapshot shot = run.shot();
    CHECK(shot.activity == Activity::checkin);
    CHECK(shot.floor == right);
    CHECK(shot.answers[0] == 4);
    CHECK(run.send(cmd::Answer{right, 4}) == Outcome::applied);
    CHECK(run.shot().step == 1);
}

TEST_CASE("a low check-in answer calls the pause by itself", "[session]") {
    const auto make = [] { return script_of({item("One", {checkin("Calm?", 5, 2), turn(left, 60s), say("after")})}); };
    SECTION("above the threshold: no pause") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 3});
        CHECK(run.shot().phase == Phase::step);
    }
    SECTION("the first answer: after the resume the check-in is asked again") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.cues();
        CHECK(run.send(cmd::Answer{left, 2}) == Outcome::applied);
        CHECK(run.cues() == std::vector<Cue>{Cue::pause_started});
        const Snapshot shot = run.shot();
        CHECK(shot.phase == Phase::paused);
        CHECK(shot.pause()->cause == PauseCause::checkin);
        REQUIRE(run.record().pauses.size() == 1);
        CHECK(run.record().pauses[0].cause == PauseCause::checkin);
        CHECK(run.record().pauses[0].seat == left);
        REQUIRE(run.record().checkins.size() == 1);
        CHECK(run.record().checkins[0].value == 2);
        run.wait(20min);
        run.send(cmd::Ready{left});
        run.send(cmd::Ready{right});
        CHECK(run.shot().activity == Activity::checkin);
        CHECK(run.shot().floor == left);
    }
    SECTION("the second answer: the pause holds the check-in, the next step waits with its full time") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 5});
        CHECK(run.send(cmd::Answer{right, 1}) == Outcome::applied);
        const Snapshot shot = run.shot();
        CHECK(shot.phase == Phase::paused);
        CHECK(shot.step == 0);
        CHECK(shot.pause()->resumes_to == Phase::step);
        CHECK(run.record().pauses[0].seat == right);
        run.wait(20min);
        run.send(cmd::Ready{left});
        run.send(cmd::Ready{right});
        CHECK(run.shot().activity == Activity::checkin);
        run.send(cmd::Answer{left, 5});
        run.send(cmd::Answer{right, 4});
        CHECK(run.shot().activity == Activity::turn);
        CHECK(run.remaining() == 60s);
    }
}

TEST_CASE("the cool-down shows the pause rule's breathing guide", "[session]") {
    Script script = turn_then_say();
    script.pause.breathing = BreathPattern::four_seven_eight();
    Run run{script};
    run.send(cmd::Begin{});
    CHECK_FALSE(run.shot().breath.has_value());
    run.send(cmd::Pause{left});
    run.wait(12s);
    REQUIRE(run.shot().breath);
    CHECK(run.shot().breath->phase == BreathPhase::out);
    CHECK(run.shot().pause()->elapsed == 12s);

    script.pause.breathing.reset();
    Run without{script};
    without.send(cmd::Begin{});
    without.send(cmd::Pause{left});
    without.wait(12s);
    CHECK_FALSE(without.shot().breath.has_value());
}

namespace {
Script checkin_then_talk() {
    return script_of({item("One", {checkin("How safe do you feel right now?", 5, 2), turn(left, 60s), say("after")})});
}

void wait_out_the_pause(Run& run) {
    REQUIRE(run.shot().phase == Phase::paused);
    run.wait(20min);
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
}
}  // namespace

TEST_CASE("after a low check-in answer's pause the same check-in is asked again", "[session][pause]") {
    SECTION("low from the first partner") {
        Run run{checkin_then_talk()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 2});
        wait_out_the_pause(run);
        const Snapshot shot = run.shot();
        CHECK(shot.phase == Phase::step);
        CHECK(shot.step == 0);
        CHECK(shot.activity == Activity::checkin);
        CHECK(shot.checkin_ask == CheckinAsk::again);
        CHECK(shot.floor == left);  // both answer afresh
        CHECK(shot.answers[0] == std::nullopt);
    }
    SECTION("low from the second partner: nothing else comes first") {
        Run run{checkin_then_talk()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 5});
        run.send(cmd::Answer{right, 1});
        CHECK(run.shot().step == 0);
        wait_out_the_pause(run);
        CHECK(run.shot().activity == Activity::checkin);
        CHECK(run.shot().checkin_ask == CheckinAsk::again);
        CHECK(run.shot().floor == left);
        CHECK(run.shot().answers == std::array<std::optional<int>, 2>{});
    }
    SECTION("answered well the second time: the conversation goes on, the new answers replace the old") {
        Run run{checkin_then_talk()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 5});
        run.send(cmd::Answer{right, 1});
        wait_out_the_pause(run);
        CHECK(run.send(cmd::Answer{left, 4}) == Outcome::applied);
        CHECK(run.send(cmd::Answer{right, 3}) == Outcome::applied);
        CHECK(run.shot().phase == Phase::step);
        CHECK(run.shot().activity == Activity::turn);
        CHECK(run.remaining() == 60s);
        REQUIRE(run.record().checkins.size() == 2);
        CHECK(run.record().checkins[0].value == 4);
        CHECK(run.record().checkins[1].value == 3);
        CHECK(run.record().pauses.size() == 1);
    }
}

TEST_CASE("a check-in still low when asked again offers pause, stop or going on", "[session][pause]") {
    const auto still_low = [](Run& run) {
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 1});
        wait_out_the_pause(run);
        run.send(cmd::Answer{left, 4});
        CHECK(run.send(cmd::Answer{right, 2}) == Outcome::applied);
    };
    SECTION("the offer: nothing is forced") {
        Run run{checkin_then_talk()};
        still_low(run);
        const Snapshot shot = run.shot();
        CHECK(shot.phase == Phase::step);  // no second pause by itself
        CHECK(shot.activity == Activity::checkin);
        CHECK(shot.checkin_ask == CheckinAsk::still_low);
        CHECK(run.record().pauses.size() == 1);
        CHECK(run.send(cmd::Answer{right, 5}) == Outcome::not_now);
        CHECK(run.send(cmd::Next{}) == Outcome::not_now);
        run.wait(30min);
        CHECK(run.shot().checkin_ask == CheckinAsk::still_low);
    }
    SECTION("another pause, then the check-in once more") {
        Run run{checkin_then_talk()};
        still_low(run);
        CHECK(run.send(cmd::Pause{left}) == Outcome::applied);
        CHECK(run.record().pauses.size() == 2);
        wait_out_the_pause(run);
        CHECK(run.shot().activity == Activity::checkin);
        CHECK(run.shot().checkin_ask == CheckinAsk::again);
        CHECK(run.shot().floor == left);
    }
    SECTION("stopping for today") {
        Run run{checkin_then_talk()};
        still_low(run);
        CHECK(run.send(cmd::StopForToday{}) == Outcome::applied);
        CHECK(run.shot().finish() == FinishReason::stopped_for_today);
    }
    SECTION("going on needs both partners (the pause rule's quorum)") {
        Run run{checkin_then_talk()};
        still_low(run);
        CHECK(run.send(cmd::Ready{right}) == Outcome::applied);
        CHECK(run.shot().checkin_ask == CheckinAsk::still_low);
        CHECK(run.shot().going_on == std::array<bool, 2>{false, true});
        CHECK(run.send(cmd::Ready{left}) == Outcome::applied);
        CHECK(run.shot().activity == Activity::turn);
    }
    SECTION("a low first answer asked again: going on lets the other partner answer") {
        Run run{checkin_then_talk()};
        run.send(cmd::Begin{});
        run.send(cmd::Answer{left, 1});
        wait_out_the_pause(run);
        run.send(cmd::Answer{left, 2});
        CHECK(run.shot().checkin_ask == CheckinAsk::still_low);
        run.send(cmd::Ready{left});
        run.send(cmd::Ready{right});
        CHECK(run.shot().activity == Activity::checkin);
        CHECK(run.shot().floor == right);
        CHECK(run.shot().checkin_ask == CheckinAsk::again);
        run.send(cmd::Answer{right, 1});  // low again: offered again, not paused
        CHECK(run.shot().checkin_ask == CheckinAsk::still_low);
        CHECK(run.shot().phase == Phase::step);
    }
}
