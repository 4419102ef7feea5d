#pragma once
// What a session keeps for its summary. It stays in memory: keeping it on
// disk is the partners' choice and another module's job.
//
// The record holds what happened, each fact written once; its totals
// (speaking time, time together, time paused, active time) are functions of
// those facts, so that no total can disagree with the events it sums.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "seat.hpp"
#include "time.hpp"

namespace attune {

enum class FinishReason { completed, stopped_for_today, ended_by_choice };

enum class PauseCause { partner, checkin };

struct PauseRecord {
    Duration started{0};            // since Begin, wall time
    std::optional<Duration> ended;  // since Begin, wall time: the resume (or the end); nothing while it holds
    PauseCause cause = PauseCause::partner;
    Seat seat = Seat::left;  // who called it, or whose answer did; never shown as blame
};

// A stretch in which one partner had the floor (a turn, a reflection, a
// clarification), in active time since Begin: a pause inside it is not counted.
struct SpeechRecord {
    Seat seat = Seat::left;
    Duration from{0};
    std::optional<Duration> to;  // nothing while it goes on
};

struct CheckinRecord {
    std::size_t item = 0;
    std::string question;
    Seat seat = Seat::left;
    int value = 0;
    int scale = 0;
};

struct AgreementRecord {
    std::size_t item = 0;
    std::string prompt;
    std::string text;  // empty when agreed aloud
    bool aloud = false;
    std::array<bool, 2> confirmed{false, false};
};

// How a reflection ended, in the speaker's words.
enum class Verdict { thats_it, not_quite };

// One answer to "did that fit?". A `not_quite` on the last reflection means
// the speaker was not fully heard yet; the summary says so calmly.
struct ReflectionRecord {
    std::size_t item = 0;
    Seat speaker = Seat::left;
    int round = 0;  // reflection n of at most `rounds`
    int rounds = 0;
    Verdict verdict = Verdict::thats_it;
};

struct SessionRecord {
    std::vector<SpeechRecord> speeches;
    std::vector<PauseRecord> pauses;
    std::vector<CheckinRecord> checkins;
    std::vector<AgreementRecord> agreements;
    std::vector<ReflectionRecord> reflections;
    std::vector<std::size_t> items_done;  // agenda indices, in the order finished (an item repeated appears again)
    Duration elapsed{0};                  // wall time from Begin to the last instant seen (the end, once finished)
    std::optional<FinishReason> finish;
};

// The totals the summary shows, computed from the record.
// A pause's length: to its end, or (while it holds) to the last instant seen.
Duration pause_length(const SessionRecord& record, const PauseRecord& pause);
// All pauses together.
Duration paused_time(const SessionRecord& record);
// From Begin to the end (or the last instant seen), pauses included.
Duration total_time(const SessionRecord& record);
// Running time: the total without the pauses.
Duration active_time(const SessionRecord& record);
// How many different items were done: an item repeated after a `goto` is
// one item, done once, so this never exceeds the agenda.
std::size_t distinct_items_done(const SessionRecord& record);
// How long `seat` had the floor, a stretch still going on counted to now.
Duration speaking_time(const SessionRecord& record, Seat seat);

}  // namespace attune
