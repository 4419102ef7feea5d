// Going on after the kiosk stopped: a turn keeps the time it had left (the
// time away is not charged to the speaker), a cool-down counts the real time
// that passed (closing attune never shortens it), the names come back.
#include <catch2/catch.hpp>

#include "resume.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

constexpr std::int64_t start_unix_ms = 1'790'000'000'000;  // a Monday evening in 2026

std::shared_ptr<const Script> turn_then_agreement() {
    Script script = script_of({item("Talk", {turn(Seat::left, Seconds{180}), agreement("What do we agree?")})});
    script.pause.cooldown = Seconds{20 * 60};
    return std::make_shared<const Script>(std::move(script));
}

std::int64_t ms(Duration d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); }

ConversationStart start_named(std::string left, std::string right) {
    ConversationStart start;
    start.script_title = "Talk";
    start.names = {std::move(left), std::move(right)};
    start.started_unix_ms = start_unix_ms;
    return start;
}

}  // namespace

TEST_CASE("resuming a turn gives the speaker the time it had left and charges none of the time away", "[space]") {
    Unfinished unfinished{start_named("Mara", "Jon"), {CommandRecord{Duration{0}, cmd::Begin{}}}, std::nullopt};
    unfinished.progress = Progress{70s, start_unix_ms + 70'000, "", 0, 0};
    const TimePoint now = FakeClock{}.now();
    // Two hours later (the machine was off).
    const Resumption back = resume(turn_then_agreement(), unfinished, now, start_unix_ms + 70'000 + ms(2h));
    const Snapshot state = back.session.snapshot(now);
    REQUIRE(state.phase == Phase::step);
    REQUIRE(state.timer);
    CHECK(state.timer->remaining == 110s);
    CHECK(back.reopened.offset == 70s);
    CHECK(back.reopened.command == Command{cmd::Reopened{2h}});
    CHECK(back.started == now - 70s);
    CHECK(back.session.script().partner(Seat::left).name == "Mara");
    CHECK(back.session.script().partner(Seat::right).name == "Jon");
}

TEST_CASE("resuming a cool-down counts the real time that passed while attune was closed", "[space]") {
    // A pause at 10 s; the kiosk last said it ran 5 minutes into the cool-down.
    Unfinished unfinished{start_named("", ""),
                          {CommandRecord{Duration{0}, cmd::Begin{}}, CommandRecord{10s, cmd::Pause{Seat::left}}},
                          Progress{10s + 5min, start_unix_ms + ms(10s + 5min), "", 0, 0}};
    const TimePoint now = FakeClock{}.now();
    const std::int64_t last_seen = start_unix_ms + ms(10s + 5min);

    SECTION("seven minutes away: eight minutes of the cool-down are left") {
        Resumption back = resume(turn_then_agreement(), unfinished, now, last_seen + ms(7min));
        const Snapshot state = back.session.snapshot(now);
        REQUIRE(state.pause());
        CHECK(state.pause()->cooldown_remaining == 8min);
        CHECK_FALSE(state.pause()->can_resume);
        CHECK(back.session.apply(cmd::Ready{Seat::left}, now) == Outcome::cooldown_running);
    }
    SECTION("half an hour away: the cool-down is over and both are asked if they are ready") {
        Resumption back = resume(turn_then_agreement(), unfinished, now, last_seen + ms(30min));
        const Snapshot state = back.session.snapshot(now);
        REQUIRE(state.pause());
        CHECK(state.pause()->cooldown_remaining == Duration{0});
        CHECK(state.pause()->can_resume);
    }
    SECTION("a wall clock that went back counts as no time away: the cool-down is not shortened") {
        const Resumption back = resume(turn_then_agreement(), unfinished, now, last_seen - ms(3h));
        const Snapshot state = back.session.snapshot(now);
        REQUIRE(state.pause());
        CHECK(state.pause()->cooldown_remaining == 15min);
        CHECK(back.reopened.command == Command{cmd::Reopened{Duration{0}}});
    }
    SECTION("the turn the pause holds keeps its time whatever the time away") {
        Resumption back = resume(turn_then_agreement(), unfinished, now, last_seen + ms(30min));
        REQUIRE(back.session.apply(cmd::Ready{Seat::left}, now) == Outcome::applied);
        back.session.apply(cmd::Ready{Seat::right}, now);
        const Snapshot state = back.session.snapshot(now);
        REQUIRE(state.phase == Phase::step);
        REQUIRE(state.timer);
        CHECK(state.timer->remaining == 170s);
    }
}

TEST_CASE("a resumed conversation replays to the same session as one that never stopped", "[space]") {
    // The session at the moment of the crash and the session resumed from its
    // journal show the same step with the same countdown.
    Run run(*turn_then_agreement());
    run.send(cmd::Begin{});
    run.wait(40s);
    run.send(cmd::Pause{Seat::right});
    run.wait(20min);
    run.send(cmd::Ready{Seat::left});
    run.send(cmd::Ready{Seat::right});
    run.wait(25s);
    const TimePoint begun = run.journal().front().at;
    Unfinished unfinished{start_named("", ""), {}, std::nullopt};
    for (const auto& entry : run.journal()) unfinished.commands.push_back({entry.at - begun, entry.command});
    const Duration reached = 40s + 20min + 25s;
    unfinished.progress = Progress{reached, start_unix_ms + ms(reached), "", 0, 0};

    const TimePoint now = FakeClock{}.now() + 10h;
    const Resumption back = resume(turn_then_agreement(), unfinished, now, start_unix_ms + ms(reached) + ms(1h));
    const Snapshot resumed = back.session.snapshot(now);
    const Snapshot original = run.shot();
    CHECK(resumed.phase == original.phase);
    CHECK(resumed.item == original.item);
    CHECK(resumed.step == original.step);
    REQUIRE(resumed.timer);
    REQUIRE(original.timer);
    CHECK(resumed.timer->remaining == original.timer->remaining);
    CHECK(resumed.timer->remaining == 180s - 65s);
}

TEST_CASE("the time away is refused when negative and kept in a journal as it came", "[session]") {
    Run run(*turn_then_agreement());
    run.send(cmd::Begin{});
    CHECK(run.send(cmd::Reopened{-1s}) == Outcome::out_of_range);
    CHECK(run.send(cmd::Reopened{1h}) == Outcome::applied);
    REQUIRE(run.shot().timer);
    CHECK(run.shot().timer->remaining == 180s);
}
