// Determinism: a journal of (time, command) replays to the same session
// however often the shell ticks; and a long script is walked in no time.
#include <algorithm>
#include <catch2/catch.hpp>

#include "couple_walk.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

// The partners' walk (couple_walk.hpp), with a first check-in answer low
// enough to call a pause by itself.
int walk(Run& run) { return walk_couple(run, CoupleWalk{{"Ten minutes each evening, phones away"}, FirstAnswer::low}); }

struct Replay {
    std::vector<Outcome> outcomes;
    std::vector<Snapshot> snapshots;  // after each command, and once at the end
    SessionRecord record;
    std::vector<Cue> cues;
};

// Replays a journal into a fresh session. With a `tick`, the session is also
// advanced every `tick` between the commands, as a shell's redraws would.
Replay replay(const Script& script, const std::vector<JournalEntry>& journal, Duration tick) {
    Session session{script};
    Replay result;
    TimePoint ticked = journal.front().at;
    const auto tick_until = [&](TimePoint until) {
        if (tick <= Duration{0}) return;
        for (; ticked + tick < until; ticked += tick) session.advance_to(ticked + tick);
    };
    for (const JournalEntry& entry : journal) {
        tick_until(entry.at);
        result.outcomes.push_back(session.apply(entry.command, entry.at));
        result.snapshots.push_back(session.snapshot(entry.at));
    }
    const TimePoint end = journal.back().at + 1h;
    tick_until(end);
    session.advance_to(end);
    result.snapshots.push_back(session.snapshot(end));
    result.record = session.record();
    result.cues = session.take_cues();
    return result;
}

void check_same(const Replay& a, const Replay& b) {
    CHECK(a.outcomes == b.outcomes);
    REQUIRE(a.snapshots.size() == b.snapshots.size());
    for (std::size_t i = 0; i < a.snapshots.size(); ++i) {
        INFO("after command " << i);
        CHECK(a.snapshots[i] == b.snapshots[i]);
    }
    INFO(describe(a.record) << " vs " << describe(b.record));
    CHECK(same_record(a.record, b.record));
    CHECK(a.cues == b.cues);
}
}  // namespace

TEST_CASE("a long script is walked from start to summary", "[session]") {
    Run run{long_script()};
    // Appreciations runs over its 8-minute box in the second turn.
    CHECK(walk(run) == 1);
    const SessionRecord& record = run.record();
    CHECK(record.finish == FinishReason::completed);
    // Arrive, Appreciations, both exchanges, Agreement, the other side again
    // (the first choice), Agreement, Close.
    CHECK(record.items_done == std::vector<std::size_t>{0, 1, 2, 3, 4, 3, 4, 5});
    CHECK(distinct_items_done(record) == 6);  // the repeated items count once
    CHECK(active_time(record) > 80min);
    CHECK(active_time(record) < 100min);
    REQUIRE(record.pauses.size() == 2);
    CHECK(record.pauses[0].cause == PauseCause::checkin);
    CHECK(record.pauses[1].cause == PauseCause::partner);
    CHECK(total_time(record) ==
          active_time(record) + pause_length(record, record.pauses[0]) + pause_length(record, record.pauses[1]));
    CHECK(record.checkins.size() == 4);
    CHECK(record.agreements.size() == 2);
    CHECK(speaking_time(record, Seat::left) > 30min);
    CHECK(speaking_time(record, Seat::right) > 30min);
    CHECK(speaking_time(record, Seat::left) + speaking_time(record, Seat::right) < active_time(record));
    const std::vector<Cue> cues = run.cues();
    CHECK(count_of(cues, Cue::threshold) > 10);
    CHECK(count_of(cues, Cue::floor_change) > 10);
    CHECK(count_of(cues, Cue::pause_started) == 2);
    CHECK(count_of(cues, Cue::cooldown_over) == 2);
    CHECK(count_of(cues, Cue::finished) == 1);
}

TEST_CASE("a journal replays to the same session however often the shell ticks", "[session]") {
    const Script script = long_script();
    Run run{script};
    walk(run);
    const std::vector<JournalEntry>& journal = run.journal();
    REQUIRE(journal.size() > 30);

    const Replay plain = replay(script, journal, Duration{0});
    const Replay every_second = replay(script, journal, 1s);
    const Replay odd_ticks = replay(script, journal, 7919ms);
    const Replay coarse = replay(script, journal, 13min);
    check_same(plain, every_second);
    check_same(plain, odd_ticks);
    check_same(plain, coarse);
    // And the replays match the walk that wrote the journal.
    CHECK(same_record(plain.record, run.record()));
    CHECK(plain.snapshots.back().phase == Phase::finished);
}

TEST_CASE("one big advance equals many small ones across auto-advances", "[session]") {
    // Say, breathe and an advancing turn go on by themselves, the item's box
    // runs out during the turn and the vote follows; one session is advanced
    // in one call, the other every quarter second.
    Script script = script_of({item(
        "One", {say("timed", 30s), breathe(2min), turn(left, 60s, Overtime::advance), reflect(right, 60s), say("end")},
        minutes{3})});
    Session once{script}, often{script};
    FakeClock clock;
    once.apply(cmd::Begin{}, clock.now());
    often.apply(cmd::Begin{}, clock.now());
    const TimePoint start = clock.now();
    for (Duration at = 250ms; at <= 4min; at += 250ms) often.advance_to(start + at);
    once.advance_to(start + 4min);
    CHECK(once.snapshot(start + 4min) == often.snapshot(start + 4min));
    CHECK(same_record(once.record(), often.record()));
    CHECK(once.take_cues() == often.take_cues());
    CHECK(once.snapshot(start + 4min).phase == Phase::time_box);
    CHECK(once.snapshot(start + 4min).step == 3);
}

TEST_CASE("a journal that starts with StartAt replays to the same session", "[session][start_at]") {
    // Ctrl+R keeps the place through StartAt, a command like the others: a
    // journal of a session begun that way holds everything needed to replay it.
    const Script script = long_script();
    Run run{script};
    run.wait(40s);                                              // on the start screen
    REQUIRE(run.send(cmd::StartAt{1, 1}) == Outcome::applied);  // the second appreciation
    for (int i = 0; i < 16 && run.shot().phase != Phase::finished; ++i) {
        if (i == 3) run.send(cmd::Pause{left});
        if (run.shot().phase == Phase::paused) {
            run.wait(3min);
            run.send(cmd::EndCooldown{});
            run.send(cmd::Ready{left});
            run.send(cmd::Ready{right});
        }
        run.wait(i == 0 ? 9min : 50s);  // the first turn runs over the item's box
        if (run.shot().phase == Phase::time_box) {
            run.send(cmd::MoreTime{left});
            run.send(cmd::MoreTime{right});
        }
        run.send(cmd::Next{});
        run.send(cmd::ThatsIt{});
    }
    run.send(cmd::StopForToday{});
    const std::vector<JournalEntry>& journal = run.journal();
    REQUIRE(std::holds_alternative<cmd::StartAt>(journal.front().command));

    const Replay plain = replay(script, journal, Duration{0});
    check_same(plain, replay(script, journal, 1s));
    check_same(plain, replay(script, journal, 7919ms));
    CHECK(plain.outcomes.front() == Outcome::applied);
    CHECK(plain.snapshots.front().item == 1);
    CHECK(plain.snapshots.front().step == 1);
    CHECK(same_record(plain.record, run.record()));
    CHECK(plain.snapshots[plain.snapshots.size() - 2] == run.shot());
    // The journal went through a time box and a pause, not only through steps.
    const auto seen = [&plain](Phase phase) {
        return std::any_of(plain.snapshots.begin(), plain.snapshots.end(),
                           [phase](const Snapshot& shot) { return shot.phase == phase; });
    };
    CHECK(seen(Phase::time_box));
    CHECK(seen(Phase::paused));
    CHECK(plain.record.finish == FinishReason::stopped_for_today);
}
