#pragma once
// What a session keeps for its summary. It stays in memory: keeping it on
// disk is the partners' choice and another module's job.
//
// The record holds what happened, each fact written once; its totals
// (speaking time, time together, time paused, active time) are functions of
// those facts, so that no total can disagree with the events it sums.
#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "period.hpp"
#include "review.hpp"
#include "seat.hpp"
#include "time.hpp"

namespace attune {

enum class FinishReason { completed, stopped_for_today, ended_by_choice };

// A counselor's pause is theirs, never a partner's (new causes go at the end).
enum class PauseCause { partner, checkin, counselor };

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

// A check-in answer or an agreement, once recorded, stays in the record:
// going Back to its step and doing it again adds a newer fact that names the
// one it revises, so the summary can show the latest with its history.
struct CheckinRecord {
    std::size_t item = 0;
    std::string question;
    Seat seat = Seat::left;
    int value = 0;
    int scale = 0;
    std::size_t step = 0;
    std::optional<std::size_t> revises = std::nullopt;  // index in `checkins` of this partner's earlier answer
};

struct AgreementRecord {
    std::size_t item = 0;
    std::string prompt;
    std::string text;  // empty when agreed aloud
    bool aloud = false;
    std::array<bool, 2> confirmed{false, false};
    std::size_t step = 0;
    std::optional<std::size_t> revises = std::nullopt;  // index in `agreements` of the earlier version
    Period review_in;  // when it comes up for review (the step's, or the script's setting)
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

// What a counselor changed in the agreed structure (issue 12): kept apart
// from the partners' own actions, so that the summary can say calmly what
// the counselor did and the couple's record stays theirs.
enum class OverrideKind { skip, back, add_time, end_cooldown, jump, pause };

struct OverrideRecord {
    OverrideKind kind = OverrideKind::skip;
    Duration at{0};        // since Begin, wall time
    std::size_t item = 0;  // where the session was (a jump: the item it left)
    std::size_t step = 0;
    Duration amount{0};       // add_time: the time added; end_cooldown: how long the cool-down had run
    std::size_t to_item = 0;  // jump: the item it went to
    bool operator==(const OverrideRecord&) const = default;
};

struct SessionRecord {
    std::vector<SpeechRecord> speeches;
    std::vector<PauseRecord> pauses;
    std::vector<CheckinRecord> checkins;
    std::vector<AgreementRecord> agreements;
    std::vector<ReviewRecord> reviews;  // agreements a review step brought back, and what became of each
    std::vector<ReflectionRecord> reflections;
    std::vector<OverrideRecord> overrides;  // the counselor's, in order
    std::vector<std::size_t> items_done;    // agenda indices, in the order finished (an item repeated appears again)
    // Wall time spent on each agenda item so far, pauses taken during it
    // included (the counselor's console shows it beside the planned time).
    // Indexed by item; shorter than the agenda until later items are reached.
    std::vector<Duration> item_time;
    Duration elapsed{0};  // wall time from Begin to the last instant seen (the end, once finished)
    std::optional<FinishReason> finish;
};

// True when a later fact in `facts` revises the one at `index`: the summary
// shows the later one, with this one as its history.
template <class Fact>
bool is_revised(const std::vector<Fact>& facts, std::size_t index) {
    for (std::size_t later = index + 1; later < facts.size(); ++later)
        if (facts[later].revises == index) return true;
    return false;
}

// The versions the fact at `index` revises, the most recent first.
template <class Fact>
std::vector<std::size_t> earlier_versions(const std::vector<Fact>& facts, std::size_t index) {
    std::vector<std::size_t> chain;
    // Each fact revises only an earlier one, so the walk ends.
    for (auto at = facts[index].revises; at && *at < index && chain.size() < facts.size(); at = facts[*at].revises) {
        chain.push_back(*at);
        index = *at;
    }
    return chain;
}

// For a fact being redone: takes from `reopened` (indices of facts Back went
// back over) the latest whose fact is `same` as the new one, which revises it.
template <class Fact, class Same>
std::optional<std::size_t> take_reopened(std::vector<std::size_t>& reopened, const std::vector<Fact>& facts,
                                         Same same) {
    for (auto at = reopened.rbegin(); at != reopened.rend(); ++at) {
        if (*at >= facts.size() || !same(facts[*at])) continue;
        const std::size_t index = *at;
        reopened.erase(std::next(at).base());
        return index;
    }
    return std::nullopt;
}

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
