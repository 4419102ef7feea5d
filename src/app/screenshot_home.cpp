#include "screenshot_home.hpp"

namespace attune {

using Days = std::chrono::days;

Day screenshot_today() { return Day{std::chrono::year{2026} / 11 / 30}; }

HomeData sample_home(const Script& script) {
    const Day today = screenshot_today();
    HomeData data = sample_empty_home(script);
    data.next_conversation = today + Days{7};
    const auto agreement = [&](std::string prompt, std::string text, int days_ago, bool due) {
        HomeAgreement made;
        made.prompt = std::move(prompt);
        made.text = std::move(text);
        made.kept_since = today - Days{days_ago};
        made.due = due;
        made.review_on = due ? today : made.kept_since + Days{14 * (days_ago / 14 + 1)};
        return made;
    };
    data.agreements = {
        agreement("How do we keep each other informed?",
                  "We tell each other the same day when we have been in touch with someone from before.", 43, true),
        agreement("What helps when one of us feels unsettled?",
                  "Whoever feels unsettled says so plainly, and the other listens first before explaining.", 43, false),
        agreement("What do we do with our phones in the evening?",
                  "Phones stay in the hallway after nine, unless one of us is waiting for a call.", 29, false),
        agreement("How often do we talk like this?", "", 15, false),
        agreement("What do we each do for ourselves this month?",
                  "Each of us takes one evening a week for something of our own, said in advance.", 8, false),
    };
    data.conversations = 9;
    data.conversations_this_month = 4;
    HomeTrack calm{"How calm do you feel about us?", 5, {}};
    HomeTrack trust{"How much do you trust what we agreed?", 5, {}};
    const int left_calm[] = {2, 2, 3, 2, 3, 3, 4, 3, 4};
    const int right_calm[] = {1, 2, 2, 3, 3, 2, 3, 4, 4};
    const int left_trust[] = {2, 3, 3, 3, 4, 4, 4, 4, 5};
    const int right_trust[] = {2, 2, 2, 3, 3, 3, 3, 4, 4};
    for (int i = 0; i < 9; ++i) {
        const Day day = today - Days{7 * (8 - i) + 1};
        calm.points.push_back({day, {left_calm[i], right_calm[i]}});
        // One evening without this question: a gap, never a zero.
        if (i != 4) trust.points.push_back({day, {left_trust[i], right_trust[i]}});
    }
    data.tracks = {calm, trust};
    data.milestones = {
        {MilestoneKind::conversations_this_month, 4, {}},
        {MilestoneKind::agreement_kept, 6, "We tell each other the same day…"},
    };
    return data;
}

HomeData sample_empty_home(const Script& script) {
    HomeData data;
    data.today = screenshot_today();
    data.names = {script.partner(Seat::left).name, script.partner(Seat::right).name};
    return data;
}

std::vector<ReviewSubject> sample_review_subjects() {
    return {
        {"a1", "How do we keep each other informed?",
         "We tell each other the same day when we have been in touch with someone from before.", false, weeks(2), true},
        {"a2", "What do we do with our phones in the evening?",
         "Phones stay in the hallway after nine, unless one of us is waiting for a call.", false, weeks(2), true},
        {"a3", "How often do we talk like this?", "", true, weeks(2), true},
    };
}

void add_sample_reviews(SessionRecord& record) {
    ReviewRecord kept;
    kept.agreement_id = "a1";
    kept.ratings = {ReviewRating::working, ReviewRating::working};
    kept.outcome = ReviewOutcome::kept;
    ReviewRecord reworded;
    reworded.agreement_id = "a2";
    reworded.ratings = {ReviewRating::partly, ReviewRating::not_yet};
    reworded.outcome = ReviewOutcome::reworded;
    reworded.text = "Phones stay in the hallway after nine on weekdays; at weekends we decide together.";
    ReviewRecord let_go;
    let_go.agreement_id = "a3";
    let_go.ratings = {ReviewRating::working, ReviewRating::partly};
    let_go.outcome = ReviewOutcome::let_go;
    record.reviews = {kept, reworded, let_go};
}

}  // namespace attune
