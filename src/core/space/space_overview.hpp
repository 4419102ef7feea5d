#pragma once
// What a couple's space shows when it is opened (the home screen's facts):
// the next conversation, the agreements due and in force, what the couple
// has done together, each tracked check-in across conversations, and the
// milestones they reached. Everything here only grows with what they do:
// nothing counts days in a row, so a missed week never resets or takes
// anything away.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "kept_conversations.hpp"
#include "period.hpp"
#include "script.hpp"

namespace attune::space {

// Both partners' revealed answers to one tracked check-in in one conversation.
struct TrackPoint {
    Day day{};
    std::uint64_t conversation = 0;
    std::array<std::optional<int>, 2> values;  // by seat; nothing when that partner did not answer
    int scale = 0;
};

// One line of the trends: check-ins with the same track, oldest first.
struct CheckinTrack {
    std::string track;
    int scale = 0;  // the largest scale its answers were given on
    std::vector<TrackPoint> points;
};

enum class MilestoneKind {
    conversations_held,        // count: all the conversations held together (1, 5, 10, 25, 50, 100, ...)
    conversations_this_month,  // count: two or more in this calendar month
    first_agreement,           // the first agreement set down together
    agreement_kept,            // count: whole weeks an agreement in force has been kept (one or more)
    first_review_together,     // the first time the couple reviewed an agreement
    every_agreement_reviewed,  // count: every agreement in force has been reviewed at least once
};

struct Milestone {
    MilestoneKind kind = MilestoneKind::conversations_held;
    int count = 0;
    std::string agreement_id;  // for the agreement milestones
    std::string words;         // that agreement's words in force (its prompt when agreed aloud)
    Day day{};                 // when it was reached
    bool operator==(const Milestone&) const = default;
};

struct KeptFor {
    std::string agreement_id;
    std::string words;  // its wording in force, or its prompt when agreed aloud
    int days = 0;
    int weeks = 0;  // whole weeks
};

struct SpaceOverview {
    // The next conversation the couple agreed on, moved on by its repeat to
    // today or later; nothing when none was agreed (or they skipped it).
    std::optional<Day> next_conversation;
    std::optional<Period> repeat;
    bool next_skipped = false;  // the latest answer to "when do we meet next?" was to skip it

    std::vector<LedgerAgreement> due;       // in force and due today, the longest waiting first
    std::vector<LedgerAgreement> in_force;  // in the order they were made

    int conversations_held = 0;
    int conversations_this_month = 0;
    std::vector<KeptFor> kept_for;  // one for each agreement in force
    std::vector<CheckinTrack> tracks;
    std::vector<Milestone> milestones;
    std::vector<std::string> problems;
};

SpaceOverview space_overview(const KeptHistory& history, const AgreementLedger& ledger, const Calendar& calendar,
                             const ScriptReader& read_script);

// The next conversation a script suggests as a kept one ends: `meet_every`
// after `today`, repeating; nothing when the script suggests none.
std::optional<NextConversation> suggested_next_conversation(const Script& script, const Calendar& calendar);

// The day a repeating (or single) next conversation falls on, on `today` or
// after it when it repeats.
std::optional<Day> upcoming_day(const NextConversation& next, Day today);

}  // namespace attune::space
