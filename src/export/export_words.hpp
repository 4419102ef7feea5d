#pragma once
// The words of what an export writes: a printed page and a calendar entry
// read in the couple's language, calm and neutral. The English is in
// export_words.cpp, the source of its entries in po/attune.pot; every other
// language comes from the same catalogue as the kiosk's words (po/LANG.po).
// Sentences are whole patterns with placeholders ("Page {n} of {total}"),
// so that a translator can put the parts in the order the language wants.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "period.hpp"
#include "translator.hpp"

namespace attune::exporting {

struct ExportWords {
    std::string language;           // "en", or the catalogue's Language ("de", "fr")
    std::string title;              // "Our agreements"
    std::string printed_on;         // "Printed on {date}"
    std::string nothing_in_force;   // no agreement in force
    std::string asked_about;        // "In answer to: {prompt}"
    std::string made_in;            // "Set down on {date} in {script}"
    std::string next_review;        // "Next review: {date} ({period})"
    std::string due_since;          // "Due for review since {date} ({period})"
    std::string history;            // "History"
    std::string worded;             // "Worded: {wording}"
    std::string worded_again;       // "Worded again: {wording}"
    std::string reworded;           // "Reworded in a review: {wording}"
    std::string agreed_aloud;       // "(agreed aloud)"
    std::string reviewed;           // "Reviewed: {first} {first_rating}, {second} {second_rating} · {outcome}"
    std::string kept;               // "kept"
    std::string reworded_outcome;   // "reworded"
    std::string let_go;             // "let go"
    std::string working;            // "working"
    std::string partly;             // "partly"
    std::string not_yet;            // "not yet"
    std::string not_said;           // no rating given
    std::string ended_title;        // "Agreements let go"
    std::string made_and_let_go;    // "Set down on {made} · Let go on {ended}"
    std::string footer;             // the line saying where this came from
    std::string event_summary;      // "Our conversation"
    std::string event_description;  // the calendar entry's one calm line
    std::string page_of;            // "Page {n} of {total}"
    // How often a review comes: exactly one day or week, then counts of two or more.
    std::string every_day, every_week;   // "every day", "every week"
    PluralText every_days, every_weeks;  // "every {n} days", "every {n} weeks"
    // A date in full: "{day} {month} {year}", and the first of a month apart
    // for languages that say it otherwise (French "1er").
    std::string long_date, long_date_first;
    std::array<std::string, 12> months;  // January first, as a date says them
};

// The words in a translator's language; texts its catalogue lacks stay English.
ExportWords export_words_from(const Translator& translator);

// The words for a language tag ("de-AT" is German), from the catalogue the
// program set (catalogue_shelf.hpp); English when there is none.
ExportWords export_words(std::string_view language);

// "2 November 2026", "2. November 2026", "2 novembre 2026".
std::string long_date(const ExportWords& words, Day day);
// "every week", "every 2 weeks", "every 3 days"; "jede Woche", "alle 2 Wochen", "alle 3 Tage".
std::string every_period(const ExportWords& words, Period period);
std::string rating_words(const ExportWords& words, const std::optional<ReviewRating>& rating);
std::string outcome_words(const ExportWords& words, ReviewOutcome outcome);

}  // namespace attune::exporting
