#pragma once
// Sample contents of a couple's space for `--screenshot`: the home screen
// with nine conversations behind it, and a kept conversation's end with
// agreements the review steps brought back. Fixed days, so that the same
// command draws the same picture.
#include <vector>

#include "home.hpp"
#include "script.hpp"
#include "session_record.hpp"

namespace attune {

// Monday 30 November 2026: the screenshots' today.
Day screenshot_today();

// A space with history: agreements (one due), tracks over nine conversations, milestones.
HomeData sample_home(const Script& script);
// A space just made: nothing yet.
HomeData sample_empty_home(const Script& script);

// Agreements a review step could bring back, and what became of them.
std::vector<ReviewSubject> sample_review_subjects();
void add_sample_reviews(SessionRecord& record);

}  // namespace attune
