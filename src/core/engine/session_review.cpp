// The review step: the couple's earlier agreements come back one at a time.
// Each partner rates the one on screen (unseen by the other until both
// have), then both pick what becomes of it; a reword takes new words the
// way an agreement does. The session only records what was said and
// decided; the ledger (in the space, a layer above) turns that into dates
// and history.
#include <variant>

#include "session.hpp"

namespace attune {

namespace {

bool both_given(const std::array<std::optional<ReviewRating>, 2>& ratings) { return ratings[0] && ratings[1]; }

}  // namespace

bool Session::taking_words() const {
    const StepState& shown = m_run.shown;
    return shown.activity == Activity::agreement ||
           (shown.activity == Activity::review && shown.review.stage == ReviewStage::rewording);
}

void Session::start_review(const ReviewStep& review) {
    begin_activity(Activity::review, Seat::left);
    ReviewView& view = m_run.shown.review;
    if (!m_review_subjects) {
        // Without a kept conversation there is no ledger: the step says so and waits for Next.
        view.empty = ReviewEmpty::not_kept;
        return;
    }
    for (const ReviewSubject& subject : *m_review_subjects)
        if (review.which == ReviewWhich::all || subject.due) m_run.subjects.push_back(subject);
    if (m_run.subjects.empty()) {
        view.empty = review.which == ReviewWhich::due ? ReviewEmpty::nothing_due : ReviewEmpty::none_in_force;
        return;
    }
    show_review_subject(0);
}

void Session::show_review_subject(std::size_t index) {
    // Each agreement starts afresh: nobody's rating, pick or words carry over.
    ReviewView view;
    view.stage = ReviewStage::rating;
    view.number = index + 1;
    view.count = m_run.subjects.size();
    view.subject = m_run.subjects[index];
    m_run.shown.review = std::move(view);
    m_run.shown.agreement_text.clear();
    m_run.shown.agreed_aloud = false;
    m_run.shown.confirmed = {false, false};
}

void Session::review_subject_done(ReviewOutcome outcome) {
    const ReviewView& view = m_run.shown.review;
    ReviewRecord fact;
    fact.item = m_item;
    fact.step = m_step;
    fact.agreement_id = view.subject.id;
    fact.ratings = view.ratings;
    fact.outcome = outcome;
    if (outcome == ReviewOutcome::reworded) {
        fact.text = m_run.shown.agreement_text;
        fact.aloud = m_run.shown.agreed_aloud;
    }
    // Done again after Back, it revises what was recorded for the same
    // agreement at this step the first time.
    fact.revises = take_reopened(m_reopened_reviews, m_record.reviews, [&](const ReviewRecord& each) {
        return each.item == m_item && each.step == m_step && each.agreement_id == fact.agreement_id;
    });
    m_record.reviews.push_back(std::move(fact));
    if (view.number < m_run.subjects.size())
        show_review_subject(view.number);  // `number` is 1-based: the next one's index
    else
        finish_step();
}

Outcome Session::confirm_rewording(Seat seat) {
    // The new words replace the old ones for both partners: both confirm,
    // whatever the script's agreements ask.
    auto& confirmed = m_run.shown.confirmed;
    confirmed[index_of(seat)] = true;
    if (confirmed[0] && confirmed[1]) review_subject_done(ReviewOutcome::reworded);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Rate& rate) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::review) return Outcome::not_now;
    ReviewView& view = m_run.shown.review;
    if (view.stage != ReviewStage::rating) return Outcome::not_now;
    if (rate.rating != ReviewRating::working && rate.rating != ReviewRating::partly &&
        rate.rating != ReviewRating::not_yet)
        return Outcome::out_of_range;
    // Given once, like a check-in answer: the other partner has not seen it yet.
    auto& given = view.ratings[index_of(rate.seat)];
    if (given) return Outcome::not_now;
    given = rate.rating;
    if (both_given(view.ratings)) view.stage = ReviewStage::deciding;
    return Outcome::applied;
}

Outcome Session::on(const cmd::Decide& decide) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::review) return Outcome::not_now;
    ReviewView& view = m_run.shown.review;
    if (view.stage != ReviewStage::deciding) return Outcome::not_now;
    if (decide.outcome != ReviewOutcome::kept && decide.outcome != ReviewOutcome::reworded &&
        decide.outcome != ReviewOutcome::let_go)
        return Outcome::out_of_range;
    // A decision affects both: one partner's pick is shown and waits for the other's.
    auto& picks = view.picks;
    picks[index_of(decide.seat)] = decide.outcome;
    if (!picks[0] || picks[0] != picks[1]) return Outcome::applied;
    if (decide.outcome == ReviewOutcome::reworded) {
        view.stage = ReviewStage::rewording;
        return Outcome::applied;
    }
    review_subject_done(decide.outcome);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Reconsider&) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::review) return Outcome::not_now;
    ReviewView& view = m_run.shown.review;
    if (view.stage != ReviewStage::rewording) return Outcome::not_now;
    // Only the picks are undone: a wrong key never loses what either partner
    // rated, wrote or confirmed. Rewording it again finds the words as they were.
    view.stage = ReviewStage::deciding;
    view.picks = {};
    return Outcome::applied;
}

}  // namespace attune
