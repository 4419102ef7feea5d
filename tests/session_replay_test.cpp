// Determinism: a journal of (time, command) replays to the same session
// however often the shell ticks; and a long script is walked in no time.
#include <algorithm>
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;
using std::chrono::minutes;

namespace {
constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

// Two partners as a test plays them: they use their time, run a little over,
// ask for one clarification, answer check-ins, agree, choose, pause once.
// Returns how many time-box votes they were asked for.
int walk(Run& run) {
    run.send(cmd::Begin{});
    bool paused_by_partner = false, took_more_time = false;
    int choices = 0, guard = 0, votes = 0;
    while (run.shot().phase != Phase::finished) {
        REQUIRE(++guard < 5000);
        const Snapshot shot = run.shot();
        if (shot.phase == Phase::paused) {
            if (!shot.pause()->can_resume) {
                REQUIRE(run.wait_for_deadline());
            } else {
                run.wait(30s);
                run.send(cmd::Ready{left});
                run.send(cmd::Ready{right});
            }
            continue;
        }
        if (shot.phase == Phase::time_box) {
            ++votes;
            const bool more = !took_more_time;
            took_more_time = true;
            run.wait(20s);
            run.send(more ? Command{cmd::MoreTime{left}} : Command{cmd::MoveOn{left}});
            run.send(more ? Command{cmd::MoreTime{right}} : Command{cmd::MoveOn{right}});
            continue;
        }
        switch (shot.activity) {
            case Activity::turn:
            case Activity::reflect:
                if (!paused_by_partner && shot.item == 2 && shot.timer->remaining < 5min) {
                    paused_by_partner = true;
                    run.send(cmd::Pause{right});
                } else if (shot.timer->remaining > 0s) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(7s);  // finishing the sentence in overtime
                    run.send(cmd::Next{});
                }
                break;
            case Activity::say:
                if (shot.timer) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(20s);
                    run.send(cmd::Next{});
                }
                break;
            case Activity::clarify:
            case Activity::breathe:
                REQUIRE(run.wait_for_deadline());
                break;
            case Activity::not_heard:
                run.wait(5s);
                run.send(cmd::Next{});
                break;
            case Activity::verdict:
                run.wait(5s);
                run.send(shot.round == 1 ? Command{cmd::NotQuite{}} : Command{cmd::ThatsIt{}});
                break;
            case Activity::checkin:
                run.wait(8s);
                // The very first answer is low and calls a pause by itself.
                run.send(cmd::Answer{shot.floor, run.record().checkins.empty() ? 1 : 4});
                break;
            case Activity::agreement:
                run.wait(40s);
                run.send(cmd::AgreementText{"Ten minutes each evening, phones away"});
                run.send(cmd::Confirm{left});
                run.send(cmd::Confirm{right});
                break;
            case Activity::choice:
                run.wait(10s);
                {
                    const std::size_t option = choices++ == 0 ? 0u : 1u;
                    run.send(cmd::Choose{left, option});
                    run.send(cmd::Choose{right, option});
                }
                break;
        }
    }
    return votes;
}

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
