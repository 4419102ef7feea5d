// The exports' words in English, the source of their entries in
// po/attune.pot: `make pot` extracts them with xgettext as it does the
// kiosk's (words_en.cpp), and a "TRANSLATORS:" comment above one goes to the
// translators with it. The contexts start with "pdf_" (the printed
// agreements) or "ics_" (the calendar file), so that a translator knows
// where a text is read.
#include "export_words.hpp"

#include "catalogue_shelf.hpp"
#include "pattern_fill.hpp"

namespace attune::exporting {

ExportWords export_words_from(const Translator& t) {
    ExportWords w;
    w.language = t.language();
    // TRANSLATORS: The printed agreements: the title, also the PDF's title. The couple speaks ("our").
    w.title = t.pgettext("pdf_title", "Our agreements");
    // TRANSLATORS: under the title: the day it was printed, a long date ("2 November 2026")
    w.printed_on = t.pgettext("pdf_printed_on", "Printed on {date}");
    w.nothing_in_force = t.pgettext("pdf_nothing_in_force", "No agreement is in force at the moment.");
    // TRANSLATORS: under an agreement: the question it answered
    w.asked_about = t.pgettext("pdf_asked_about", "In answer to: {prompt}");
    // TRANSLATORS: the day an agreement was made and the title of the conversation ({script}) it was made in
    w.made_in = t.pgettext("pdf_made_in", "Set down on {date} in {script}");
    // TRANSLATORS: {period} is how often it is reviewed: "every week", "every 2 weeks"
    w.next_review = t.pgettext("pdf_next_review", "Next review: {date} ({period})");
    // TRANSLATORS: a review day that has passed; {period} as in "Next review"
    w.due_since = t.pgettext("pdf_due_since", "Due for review since {date} ({period})");
    // TRANSLATORS: the heading of an agreement's history: its wordings and reviews, each under its date
    w.history = t.pgettext("pdf_history", "History");
    // TRANSLATORS: a line of the history: the first words of an agreement
    w.worded = t.pgettext("pdf_worded", "Worded: {wording}");
    // TRANSLATORS: a line of the history: an agreement made again in a later conversation
    w.worded_again = t.pgettext("pdf_worded_again", "Worded again: {wording}");
    // TRANSLATORS: a line of the history: new words chosen together in a review
    w.reworded = t.pgettext("pdf_reworded", "Reworded in a review: {wording}");
    // TRANSLATORS: in place of the words of an agreement made aloud
    w.agreed_aloud = t.pgettext("pdf_agreed_aloud", "(agreed aloud)");
    // TRANSLATORS: a line of the history: a review, each partner's name with their answer (pdf_rating_...), then
    // what they decided (pdf_outcome_...)
    w.reviewed = t.pgettext("pdf_reviewed", "Reviewed: {first} {first_rating}, {second} {second_rating} · {outcome}");
    // TRANSLATORS: what a review decided: the agreement stays as it is
    w.kept = t.pgettext("pdf_outcome_kept", "kept");
    // TRANSLATORS: what a review decided: new words
    w.reworded_outcome = t.pgettext("pdf_outcome_reworded", "reworded");
    // TRANSLATORS: what a review decided: the agreement ends
    w.let_go = t.pgettext("pdf_outcome_let_go", "let go");
    // TRANSLATORS: a partner's answer in a review: the agreement works
    w.working = t.pgettext("pdf_rating_working", "working");
    // TRANSLATORS: a partner's answer in a review
    w.partly = t.pgettext("pdf_rating_partly", "partly");
    // TRANSLATORS: a partner's answer in a review
    w.not_yet = t.pgettext("pdf_rating_not_yet", "not yet");
    // TRANSLATORS: a partner gave no answer in a review; neutral, never a reproach
    w.not_said = t.pgettext("pdf_rating_not_said", "not said");
    // TRANSLATORS: the heading of the agreements that ended
    w.ended_title = t.pgettext("pdf_ended_title", "Agreements let go");
    // TRANSLATORS: under an agreement that ended: the day it was made and the day it was let go
    w.made_and_let_go = t.pgettext("pdf_made_and_let_go", "Set down on {made} · Let go on {ended}");
    // TRANSLATORS: the foot of every page
    w.footer = t.pgettext("pdf_footer", "Printed by attune from our space, at our request. Kept as we wrote it.");
    // TRANSLATORS: the foot of every page, on the right
    w.page_of = t.pgettext("pdf_page_of", "Page {n} of {total}");
    // TRANSLATORS: How often an agreement is reviewed, after its next review day.
    w.every_day = t.pgettext("pdf_every_day", "every day");
    // TRANSLATORS: How often an agreement is reviewed, after its next review day.
    w.every_week = t.pgettext("pdf_every_week", "every week");
    // TRANSLATORS: {n} is 2 or more (exactly one is "every day"); every form keeps {n}
    w.every_days = t.npgettext("pdf_every_days", "every {n} day", "every {n} days");
    // TRANSLATORS: {n} is 2 or more (exactly one is "every week"); every form keeps {n}
    w.every_weeks = t.npgettext("pdf_every_weeks", "every {n} week", "every {n} weeks");
    // TRANSLATORS: A date in full: "2 November 2026". {day} and {year} are numbers, {month} a month's name (pdf_month).
    w.long_date = t.pgettext("pdf_long_date", "{day} {month} {year}");
    // TRANSLATORS: the first day of a month, for languages that say it otherwise (French "{day}er {month} {year}")
    w.long_date_first = t.pgettext("pdf_long_date_first", "{day} {month} {year}");
    // TRANSLATORS: The months as a date in full says them: "2 November 2026" (where a language puts the
    // month of a date in the genitive, that form).
    w.months[0] = t.pgettext("pdf_month", "January");
    w.months[1] = t.pgettext("pdf_month", "February");
    w.months[2] = t.pgettext("pdf_month", "March");
    w.months[3] = t.pgettext("pdf_month", "April");
    w.months[4] = t.pgettext("pdf_month", "May");
    w.months[5] = t.pgettext("pdf_month", "June");
    w.months[6] = t.pgettext("pdf_month", "July");
    w.months[7] = t.pgettext("pdf_month", "August");
    w.months[8] = t.pgettext("pdf_month", "September");
    w.months[9] = t.pgettext("pdf_month", "October");
    w.months[10] = t.pgettext("pdf_month", "November");
    w.months[11] = t.pgettext("pdf_month", "December");
    // TRANSLATORS: The calendar file: the name of the next conversation's event. The couple speaks ("our").
    w.event_summary = t.pgettext("ics_summary", "Our conversation");
    // TRANSLATORS: the event's one line of description
    w.event_description = t.pgettext("ics_description", "Time for our conversation, as we agreed.");
    return w;
}

ExportWords export_words(std::string_view language) { return export_words_from(translator_for_language(language)); }

std::string long_date(const ExportWords& words, Day day) {
    const std::chrono::year_month_day date{day};
    const auto month = static_cast<unsigned>(date.month()) - 1;
    const unsigned number = static_cast<unsigned>(date.day());
    const std::string& pattern = number == 1 ? words.long_date_first : words.long_date;
    return fill(pattern, {{"day", std::to_string(number)},
                          {"month", words.months.at(month)},
                          {"year", std::to_string(static_cast<int>(date.year()))}});
}

std::string every_period(const ExportWords& words, Period period) {
    const bool in_weeks = period.days % 7 == 0;
    const int count = in_weeks ? period.days / 7 : period.days;
    if (count == 1) return in_weeks ? words.every_week : words.every_day;
    return fill_count(in_weeks ? words.every_weeks : words.every_days, count);
}

std::string rating_words(const ExportWords& words, const std::optional<ReviewRating>& rating) {
    if (!rating) return words.not_said;
    switch (*rating) {
        case ReviewRating::working:
            return words.working;
        case ReviewRating::partly:
            return words.partly;
        case ReviewRating::not_yet:
            return words.not_yet;
    }
    return words.not_said;
}

std::string outcome_words(const ExportWords& words, ReviewOutcome outcome) {
    switch (outcome) {
        case ReviewOutcome::kept:
            return words.kept;
        case ReviewOutcome::reworded:
            return words.reworded_outcome;
        case ReviewOutcome::let_go:
            return words.let_go;
    }
    return words.kept;
}

}  // namespace attune::exporting
