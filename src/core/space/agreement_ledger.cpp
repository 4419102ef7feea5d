#include "agreement_ledger.hpp"

#include <algorithm>

namespace attune::space {
namespace {

// One decision of a conversation, in the order of its agenda: a review step
// and an agreement step of the same item are taken review first, as a
// script reviews an agreement before it sets down new ones.
struct Decision {
    std::size_t item = 0;
    const KeptReview* review = nullptr;
    const KeptAgreement* agreement = nullptr;
    std::size_t place = 0;  // the agreement's place among its conversation's agreements
};

std::vector<Decision> decisions_of(const ConversationEnd& facts) {
    std::vector<Decision> decisions;
    for (const auto& review : facts.reviews) decisions.push_back(Decision{review.item, &review, nullptr, 0});
    for (std::size_t i = 0; i < facts.agreements.size(); ++i)
        decisions.push_back(Decision{facts.agreements[i].item, nullptr, &facts.agreements[i], i});
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const Decision& a, const Decision& b) { return a.item < b.item; });
    return decisions;
}

class LedgerBuilder {
public:
    LedgerBuilder(AgreementLedger& ledger, const KeptConversation& conversation, Day day)
        : m_ledger(ledger), m_conversation(conversation), m_day(day) {}

    void agreement(const KeptAgreement& made, std::size_t place) {
        AgreementWording wording{made.text,
                                 made.aloud,
                                 made.confirmed,
                                 m_day,
                                 m_conversation.start.started_unix_ms,
                                 m_conversation.first_seq,
                                 WordingOrigin::made};
        if (LedgerAgreement* same = in_force_on(made.prompt)) {
            wording.origin = WordingOrigin::made_again;
            same->wordings.push_back(std::move(wording));
            same->review_in = made.review_in;
            return;
        }
        LedgerAgreement agreement;
        agreement.id = "c" + std::to_string(m_conversation.first_seq) + "." + std::to_string(place);
        agreement.script_title = m_conversation.start.script_title;
        agreement.prompt = made.prompt;
        agreement.conversation = m_conversation.first_seq;
        agreement.made = m_day;
        agreement.review_in = made.review_in;
        agreement.wordings.push_back(std::move(wording));
        m_ledger.agreements.push_back(std::move(agreement));
    }

    void review(const KeptReview& review) {
        auto found = std::find_if(m_ledger.agreements.begin(), m_ledger.agreements.end(),
                                  [&](const LedgerAgreement& each) { return each.id == review.agreement_id; });
        if (found == m_ledger.agreements.end() || !found->in_force()) {
            m_ledger.problems.push_back("the conversation of record " + std::to_string(m_conversation.first_seq) +
                                        " reviewed an agreement that is not in force (" + review.agreement_id + ")");
            return;
        }
        found->reviews.push_back(AgreementReview{m_day, m_conversation.first_seq, review.ratings, review.outcome});
        switch (review.outcome) {
            case ReviewOutcome::kept:
                break;
            case ReviewOutcome::reworded:
                // Rewording is typed and confirmed by both, like an agreement.
                found->wordings.push_back(AgreementWording{review.text,
                                                           review.aloud,
                                                           {true, true},
                                                           m_day,
                                                           m_conversation.start.started_unix_ms,
                                                           m_conversation.first_seq,
                                                           WordingOrigin::reworded});
                break;
            case ReviewOutcome::let_go:
                found->ended = m_day;
                break;
        }
    }

private:
    LedgerAgreement* in_force_on(const std::string& prompt) {
        for (auto& each : m_ledger.agreements)
            if (each.in_force() && each.script_title == m_conversation.start.script_title && each.prompt == prompt)
                return &each;
        return nullptr;
    }

    AgreementLedger& m_ledger;
    const KeptConversation& m_conversation;
    Day m_day;
};

}  // namespace

Day LedgerAgreement::period_began() const {
    Day began = wordings.empty() ? made : wordings.back().day;
    if (!reviews.empty()) began = std::max(began, reviews.back().day);
    return began;
}

int LedgerAgreement::days_kept(Day today) const {
    const Day until = ended ? *ended : today;
    return std::max(0, static_cast<int>((until - made).count()));
}

std::vector<AgreementEvent> history_of(const LedgerAgreement& agreement) {
    std::vector<AgreementEvent> events;
    std::size_t review = 0;
    for (const auto& wording : agreement.wordings) {
        // A review on the day of a rewording is the one that made it.
        while (review < agreement.reviews.size() &&
               (agreement.reviews[review].day < wording.day ||
                (agreement.reviews[review].day == wording.day && wording.origin == WordingOrigin::reworded))) {
            events.push_back(AgreementEvent{agreement.reviews[review].day, nullptr, &agreement.reviews[review]});
            ++review;
        }
        events.push_back(AgreementEvent{wording.day, &wording, nullptr});
    }
    for (; review < agreement.reviews.size(); ++review)
        events.push_back(AgreementEvent{agreement.reviews[review].day, nullptr, &agreement.reviews[review]});
    return events;
}

const LedgerAgreement* AgreementLedger::find(std::string_view id) const {
    for (const auto& each : agreements)
        if (each.id == id) return &each;
    return nullptr;
}

std::vector<const LedgerAgreement*> AgreementLedger::in_force() const {
    std::vector<const LedgerAgreement*> found;
    for (const auto& each : agreements)
        if (each.in_force()) found.push_back(&each);
    return found;
}

std::vector<const LedgerAgreement*> AgreementLedger::due_on(Day today) const {
    std::vector<const LedgerAgreement*> found;
    for (const auto& each : agreements)
        if (each.due_on(today)) found.push_back(&each);
    return found;
}

AgreementLedger build_ledger(const KeptHistory& history, const Calendar& calendar, const ScriptReader& read_script) {
    AgreementLedger ledger;
    for (const auto& conversation : history.conversations) {
        const ConversationFacts facts = conversation_facts(conversation, read_script);
        if (facts.problem) ledger.problems.push_back(*facts.problem);
        if (!facts.facts) continue;
        LedgerBuilder builder(ledger, conversation, calendar.day_of(conversation.start.started_unix_ms));
        for (const Decision& decision : decisions_of(*facts.facts)) {
            if (decision.review)
                builder.review(*decision.review);
            else
                builder.agreement(*decision.agreement, decision.place);
        }
    }
    return ledger;
}

std::vector<ReviewSubject> review_subjects(const AgreementLedger& ledger, Day today) {
    std::vector<const LedgerAgreement*> in_force = ledger.in_force();
    std::stable_sort(in_force.begin(), in_force.end(), [](const LedgerAgreement* a, const LedgerAgreement* b) {
        return a->next_review() < b->next_review();
    });
    std::vector<ReviewSubject> subjects;
    for (const LedgerAgreement* each : in_force)
        subjects.push_back(ReviewSubject{each->id, each->prompt, each->wording().text, each->wording().aloud,
                                         each->review_in, each->due_on(today)});
    return subjects;
}

AgreementsInForce agreements_in_force(const KeptHistory& history, const ScriptReader& read_script) {
    // Only which agreements hold and their words matter here, not days.
    const FixedCalendar any_calendar(0);
    AgreementLedger ledger = build_ledger(history, any_calendar, read_script);
    AgreementsInForce result;
    result.problems = std::move(ledger.problems);
    for (const LedgerAgreement* each : ledger.in_force()) {
        const AgreementWording& wording = each->wording();
        KeptAgreement agreement;
        agreement.prompt = each->prompt;
        agreement.text = wording.text;
        agreement.aloud = wording.aloud;
        agreement.review_in = each->review_in;
        agreement.confirmed = wording.confirmed;
        result.agreements.push_back(AgreementInForce{wording.conversation_unix_ms, each->script_title, agreement});
    }
    return result;
}

}  // namespace attune::space
