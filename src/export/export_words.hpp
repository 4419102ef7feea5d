#pragma once
// The words of what an export writes, in English and German: a printed page
// and a calendar entry read in the couple's language, calm and neutral.
#include <string>
#include <string_view>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "period.hpp"

namespace attune::exporting {

struct ExportWords {
    std::string language;           // "en", "de"
    std::string title;              // "Our agreements"
    std::string printed_on;         // "Printed on "
    std::string nothing_in_force;   // no agreement in force
    std::string asked_about;        // "In answer to: "
    std::string made_on;            // "Set down on "
    std::string in_script;          // " in "
    std::string next_review;        // "Next review: "
    std::string due_since;          // "Due for review since "
    std::string history;            // "History"
    std::string worded;             // "Worded"
    std::string worded_again;       // "Worded again"
    std::string reworded;           // "Reworded in a review"
    std::string agreed_aloud;       // "(agreed aloud)"
    std::string reviewed;           // "Reviewed"
    std::string kept;               // "kept"
    std::string reworded_outcome;   // "reworded"
    std::string let_go;             // "let go"
    std::string working;            // "working"
    std::string partly;             // "partly"
    std::string not_yet;            // "not yet"
    std::string not_said;           // no rating given
    std::string ended_title;        // "Agreements let go"
    std::string let_go_on;          // "Let go on "
    std::string footer;             // the line saying where this came from
    std::string event_summary;      // "Our conversation"
    std::string event_description;  // the calendar entry's one calm line
    std::string page;               // "Page "
    std::string of;                 // " of "
};

// The words for a language tag ("de-AT" is German); English otherwise.
const ExportWords& export_words(std::string_view language);

// "2 November 2026", "2. November 2026".
std::string long_date(const ExportWords& words, Day day);
// "every week", "every 2 weeks", "every 3 days"; "jede Woche", "alle 2 Wochen", "alle 3 Tage".
std::string every_period(const ExportWords& words, Period period);
std::string rating_words(const ExportWords& words, const std::optional<ReviewRating>& rating);
std::string outcome_words(const ExportWords& words, ReviewOutcome outcome);

}  // namespace attune::exporting
