#pragma once
// The couple's agreements as their space's history tells them: each one with
// a stable id, every wording it has had, the conversation and prompt it came
// from, its reviews, whether it is still in force, and when it is next due.
//
// What counts as one agreement: an agreement step's words on a prompt of a
// script start one; later words on the same prompt of the same script (by
// its title), while it is in force, are a new wording of that agreement, in
// the same conversation (a second round) or in a later one (next month's
// talk about the same boundary). Rewording it in a review step adds a
// wording too. Once it is let go it stays in the history as ended, and new
// words on its prompt start a new agreement.
//
// Dates are local calendar days from a Calendar the caller passes: the core
// never reads a clock.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "kept_conversations.hpp"
#include "period.hpp"
#include "review.hpp"

namespace attune::space {

// Where a wording came from.
enum class WordingOrigin {
    made,        // the agreement step that started the agreement
    made_again,  // a later agreement step on the same prompt of the same script
    reworded,    // a review step, both partners confirming the new words
};

struct AgreementWording {
    std::string text;  // empty when agreed aloud
    bool aloud = false;
    std::array<bool, 2> confirmed{true, true};  // by seat
    Day day{};
    std::int64_t conversation_unix_ms = 0;  // the conversation's start, for its date and time
    std::uint64_t conversation = 0;         // the number of the conversation's first record
    WordingOrigin origin = WordingOrigin::made;
};

struct AgreementReview {
    Day day{};
    std::uint64_t conversation = 0;
    std::array<std::optional<ReviewRating>, 2> ratings;  // by seat
    ReviewOutcome outcome = ReviewOutcome::kept;
};

struct LedgerAgreement {
    std::string id;  // "c<first record of its conversation>.<its place among that conversation's agreements>"
    std::string script_title;
    std::string prompt;
    std::uint64_t conversation = 0;  // where it was made
    Day made{};
    Period review_in;                        // the latest wording's period
    std::vector<AgreementWording> wordings;  // oldest first; the last one is in force
    std::vector<AgreementReview> reviews;    // oldest first
    std::optional<Day> ended;                // the day it was let go

    bool in_force() const { return !ended; }
    const AgreementWording& wording() const { return wordings.back(); }
    // The day its review period last began: the latest wording or review.
    Day period_began() const;
    // That day and its period: the day it comes up for review.
    Day next_review() const { return after(period_began(), review_in); }
    // In force and its review day has come (reached or passed).
    bool due_on(Day today) const { return in_force() && today >= next_review(); }
    // Whole days from the day it was made to `today`, or to the day it was let go.
    int days_kept(Day today) const;
};

struct AgreementLedger {
    std::vector<LedgerAgreement> agreements;  // in the order they were made
    std::vector<std::string> problems;        // one sentence each

    const LedgerAgreement* find(std::string_view id) const;
    std::vector<const LedgerAgreement*> in_force() const;
    std::vector<const LedgerAgreement*> due_on(Day today) const;
};

// One step of an agreement's history: a wording or a review.
struct AgreementEvent {
    Day day{};
    const AgreementWording* wording = nullptr;
    const AgreementReview* review = nullptr;
};

// Its wordings and reviews in the order they happened: by day, and on one
// day a review before the wording it produced (reworded) and after the one
// it looked at.
std::vector<AgreementEvent> history_of(const LedgerAgreement& agreement);

// Reads every ended and interrupted conversation (an interrupted one is
// replayed with its script from `read_script`; without it, it is named in
// `problems`). A review that names an agreement the ledger does not know is
// named in `problems` too, and the others stay.
AgreementLedger build_ledger(const KeptHistory& history, const Calendar& calendar, const ScriptReader& read_script);

// What a session's review steps are given: every agreement in force, the
// ones whose review day came first (the longest waiting first), each marked
// due or not on `today`.
std::vector<ReviewSubject> review_subjects(const AgreementLedger& ledger, Day today);

// The ledger's agreements in force in their latest wording, for what only
// needs those (the date is that wording's conversation's).
struct AgreementInForce {
    std::int64_t started_unix_ms = 0;
    std::string script_title;
    KeptAgreement agreement;
};

struct AgreementsInForce {
    std::vector<AgreementInForce> agreements;  // in the order they were made
    std::vector<std::string> problems;
};

AgreementsInForce agreements_in_force(const KeptHistory& history, const ScriptReader& read_script);

}  // namespace attune::space
