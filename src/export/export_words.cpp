#include "export_words.hpp"

#include <array>

namespace attune::exporting {
namespace {

const ExportWords english{
    "en",
    "Our agreements",
    "Printed on ",
    "No agreement is in force at the moment.",
    "In answer to: ",
    "Set down on ",
    " in ",
    "Next review: ",
    "Due for review since ",
    "History",
    "Worded",
    "Worded again",
    "Reworded in a review",
    "(agreed aloud)",
    "Reviewed",
    "kept",
    "reworded",
    "let go",
    "working",
    "partly",
    "not yet",
    "not said",
    "Agreements let go",
    "Let go on ",
    "Printed by attune from our space, at our request. Kept as we wrote it.",
    "Our conversation",
    "Time for our conversation, as we agreed.",
    "Page ",
    " of ",
};

const ExportWords german{
    "de",
    "Unsere Vereinbarungen",
    "Gedruckt am ",
    "Im Moment gilt keine Vereinbarung.",
    "Als Antwort auf: ",
    "Festgehalten am ",
    " in ",
    "Nächster Rückblick: ",
    "Rückblick fällig seit ",
    "Verlauf",
    "Formuliert",
    "Neu formuliert",
    "Im Rückblick neu formuliert",
    "(mündlich vereinbart)",
    "Rückblick",
    "beibehalten",
    "neu formuliert",
    "losgelassen",
    "läuft gut",
    "teilweise",
    "noch nicht",
    "nicht gesagt",
    "Losgelassene Vereinbarungen",
    "Losgelassen am ",
    "Von attune aus unserem Raum gedruckt, auf unseren Wunsch. So, wie wir es geschrieben haben.",
    "Unser Gespräch",
    "Zeit für unser Gespräch, wie vereinbart.",
    "Seite ",
    " von ",
};

constexpr std::array<const char*, 12> english_months{"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> german_months{"Januar",    "Februar", "März",     "April",
                                                    "Mai",       "Juni",    "Juli",     "August",
                                                    "September", "Oktober", "November", "Dezember"};

bool is_german(const ExportWords& words) { return words.language == "de"; }

}  // namespace

const ExportWords& export_words(std::string_view language) { return language.substr(0, 2) == "de" ? german : english; }

std::string long_date(const ExportWords& words, Day day) {
    const std::chrono::year_month_day date{day};
    const auto month = static_cast<unsigned>(date.month()) - 1;
    const std::string number = std::to_string(static_cast<unsigned>(date.day()));
    const std::string year = std::to_string(static_cast<int>(date.year()));
    if (is_german(words)) return number + ". " + german_months.at(month) + " " + year;
    return number + " " + english_months.at(month) + " " + year;
}

std::string every_period(const ExportWords& words, Period period) {
    const bool in_weeks = period.days % 7 == 0;
    const int count = in_weeks ? period.days / 7 : period.days;
    const std::string number = std::to_string(count);
    if (is_german(words)) {
        if (count == 1) return in_weeks ? "jede Woche" : "jeden Tag";
        return "alle " + number + (in_weeks ? " Wochen" : " Tage");
    }
    if (count == 1) return in_weeks ? "every week" : "every day";
    return "every " + number + (in_weeks ? " weeks" : " days");
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
