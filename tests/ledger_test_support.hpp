#pragma once
// A couple's history built conversation by conversation on a calendar the
// test moves by hand, for the ledger's and the overview's tests: each
// conversation is its end's facts, as a kept one leaves them.
#include <cstdint>
#include <string>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "kept_conversations.hpp"
#include "space_records.hpp"

namespace attune::test {

// Monday 2026-11-02, 19:00 UTC.
inline constexpr std::int64_t ledger_first_evening_ms = 1'793'646'000'000;

class LedgerWalk {
public:
    FixedCalendar calendar{ledger_first_evening_ms};
    space::KeptHistory history;

    // Keeps a conversation held today with these facts; returns the number
    // of its first record (its agreements' ids start with it).
    std::uint64_t hold(space::ConversationEnd facts, const std::string& script_title = "Our boundaries") {
        space::KeptConversation conversation;
        conversation.first_seq = m_next_seq;
        conversation.start.script_title = script_title;
        conversation.start.started_unix_ms = calendar.now_unix_ms();
        conversation.commands.push_back(space::CommandRecord{Duration{0}, cmd::Begin{}});
        facts.finish = FinishReason::completed;
        conversation.end = std::move(facts);
        history.conversations.push_back(std::move(conversation));
        m_next_seq += 20;
        return history.conversations.back().first_seq;
    }

    space::AgreementLedger ledger() const { return space::build_ledger(history, calendar, nullptr); }

private:
    std::uint64_t m_next_seq = 1;
};

inline space::KeptAgreement made(std::string prompt, std::string text, Period review_in = weeks(2),
                                 std::size_t item = 1) {
    space::KeptAgreement agreement;
    agreement.item = item;
    agreement.prompt = std::move(prompt);
    agreement.text = std::move(text);
    agreement.review_in = review_in;
    return agreement;
}

inline space::KeptReview reviewed(std::string id, ReviewOutcome outcome, std::string text = {},
                                  ReviewRating left = ReviewRating::working,
                                  ReviewRating right = ReviewRating::partly) {
    space::KeptReview review;
    review.item = 0;
    review.agreement_id = std::move(id);
    review.ratings = {left, right};
    review.outcome = outcome;
    review.text = std::move(text);
    return review;
}

inline space::ConversationEnd agreeing(space::KeptAgreement agreement) {
    space::ConversationEnd end;
    end.agreements.push_back(std::move(agreement));
    return end;
}

inline space::ConversationEnd reviewing(space::KeptReview review) {
    space::ConversationEnd end;
    end.reviews.push_back(std::move(review));
    return end;
}

}  // namespace attune::test
