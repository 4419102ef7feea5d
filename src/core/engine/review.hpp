#pragma once
// What a `review` step works on and what it leaves in the record. The
// couple's ledger (in their space, a layer above) decides which agreements
// are in force and which are due, and hands them to the session before
// Begin as ReviewSubjects; the session records, for each one it brought
// back, both partners' word on how it is going and what they decided.
#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "period.hpp"
#include "seat.hpp"

namespace attune {

// "How is it going?", each partner for themselves.
enum class ReviewRating { working, partly, not_yet };
// What both decided together.
enum class ReviewOutcome { kept, reworded, let_go };

// One agreement in force, as the ledger gives it to a review step.
struct ReviewSubject {
    std::string id;      // the ledger's id of the agreement; opaque to the session
    std::string prompt;  // what it answered
    std::string text;    // the wording in force; empty when it was agreed aloud
    bool aloud = false;
    Period review_in;  // its period, for "next review in two weeks"
    bool due = false;  // its review date had come on the day the conversation began
    bool operator==(const ReviewSubject&) const = default;
};

struct ReviewRecord {
    std::size_t item = 0;
    std::size_t step = 0;
    std::string agreement_id;
    std::array<std::optional<ReviewRating>, 2> ratings;  // by seat
    ReviewOutcome outcome = ReviewOutcome::kept;
    std::string text;  // reworded: the new wording (empty when reworded aloud)
    bool aloud = false;
    std::optional<std::size_t> revises = std::nullopt;  // index in `reviews` of the one Back went over
    bool operator==(const ReviewRecord&) const = default;
};

}  // namespace attune
