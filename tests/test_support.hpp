#pragma once
// Helpers for the tests: a fake clock, small builders for scripts (the tests
// build scripts in C++, independent of the YAML loader), a driver that runs a
// session against the fake clock and journals what it was sent, and readable
// Catch2 messages for the engine's enums and snapshots.
#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "session.hpp"

namespace attune::test {

using namespace std::chrono_literals;

// Time as the tests decide it. Starts far from the clock's epoch, as a real
// steady clock does.
class FakeClock {
public:
    TimePoint now() const { return m_now; }
    void advance(Duration by) { m_now += by; }

private:
    TimePoint m_now = TimePoint{} + std::chrono::hours{1000};
};

// --- Script builders: every default as the loader fills it in. -------------
Step say(std::string text, std::optional<Seconds> time = std::nullopt);
Step turn(Seat speaker, Seconds time, std::optional<Overtime> overtime = std::nullopt);
Step reflect(Seat listener, Seconds time, int rounds = 2, Seconds clarify = Seconds{60});
Step exchange(Seat first, int rounds, Seconds turn_time, Seconds reflect_time);
Step checkin(std::string question, int scale = 5, std::optional<int> pause_at_or_below = std::nullopt);
Step breathe(Seconds time, BreathPattern pattern = BreathPattern::box());
Step agreement(std::string prompt, Quorum confirm = Quorum::both);
ChoiceOption go_to(std::string label, std::size_t item);
ChoiceOption end_here(std::string label);
Step choice(std::string question, std::vector<ChoiceOption> options);
Item item(std::string title, std::vector<Step> steps, std::optional<Seconds> time = std::nullopt);
Script script_of(std::vector<Item> agenda);

// A script walking ~90 minutes through every step kind, used by the long
// walk and the replay tests.
Script long_script();

// --- Driving a session. ------------------------------------------------------
struct JournalEntry {
    TimePoint at;
    Command command;
};

class Run {
public:
    explicit Run(Script script);

    // Sends a command at the clock's current time (and journals it).
    Outcome send(const Command& command);
    // Lets time pass; the session sees it as the shell would (one advance_to).
    void wait(Duration by);
    // Lets time pass up to the session's next deadline; false when there is none.
    bool wait_for_deadline();

    Snapshot shot() const { return m_session.snapshot(m_clock.now()); }
    // The running countdown's remaining time (fails the test when there is none).
    Duration remaining() const;
    std::vector<Cue> cues() { return m_session.take_cues(); }

    Session& session() { return m_session; }
    const SessionRecord& record() const { return m_session.record(); }
    FakeClock& clock() { return m_clock; }
    const std::vector<JournalEntry>& journal() const { return m_journal; }

private:
    Session m_session;
    FakeClock m_clock;
    std::vector<JournalEntry> m_journal;
};

// Field-by-field equality (the record types have no operator==).
bool same_record(const SessionRecord& a, const SessionRecord& b);
std::string describe(const SessionRecord& record);
std::string describe(const Snapshot& snapshot);

// How many times `cue` occurs.
int count_of(const std::vector<Cue>& cues, Cue cue);

}  // namespace attune::test

// Readable values in failure messages.
namespace Catch {
template <>
struct StringMaker<attune::Outcome> {
    static std::string convert(attune::Outcome value) { return attune::outcome_name(value); }
};
template <>
struct StringMaker<attune::Phase> {
    static std::string convert(attune::Phase value) { return attune::phase_name(value); }
};
template <>
struct StringMaker<attune::PhaseView> {
    static std::string convert(const attune::PhaseView& value) { return attune::phase_name(value.kind()); }
};
template <>
struct StringMaker<attune::Activity> {
    static std::string convert(attune::Activity value) { return attune::activity_name(value); }
};
template <>
struct StringMaker<attune::Cue> {
    static std::string convert(attune::Cue value) { return attune::cue_name(value); }
};
template <>
struct StringMaker<attune::Seat> {
    static std::string convert(attune::Seat value) { return value == attune::Seat::left ? "left" : "right"; }
};
template <>
struct StringMaker<attune::Snapshot> {
    static std::string convert(const attune::Snapshot& value) { return attune::test::describe(value); }
};
template <>
struct StringMaker<attune::Duration> {
    static std::string convert(attune::Duration value) {
        return std::to_string(std::chrono::duration<double>(value).count()) + "s";
    }
};
}  // namespace Catch
