// What leaves a space: the agreements' PDF, read back with pdftotext and
// pdfinfo (poppler-utils), and the next conversation's iCalendar file,
// parsed against RFC 5545's rules for the properties it must have.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "agreements_pdf.hpp"
#include "calendar_file.hpp"
#include "export_file.hpp"
#include "export_words.hpp"
#include "ledger_test_support.hpp"
#include "process.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;
using namespace attune::exporting;

namespace {

std::filesystem::path fonts() { return std::filesystem::path(ATTUNE_SOURCE_DIR) / "fonts"; }

// The PDF written to a file and its text as pdftotext reads it.
struct ReadBack {
    std::string text;
    std::string info;
};

ReadBack read_back(const std::string& pdf, const std::string& name) {
    const auto file = fresh_folder("export-" + name) / "agreements.pdf";
    write_export(file, pdf);
    const ProcessResult text = run_process({"pdftotext", "-enc", "UTF-8", file.string(), "-"});
    REQUIRE(text.exit_code == 0);
    const ProcessResult info = run_process({"pdfinfo", file.string()});
    REQUIRE(info.exit_code == 0);
    return {text.out, info.out};
}

// Lines joined with spaces, so that text wrapped across lines reads whole.
std::string flowing(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\f') c = ' ';
    std::string single;
    for (char c : text)
        if (!(c == ' ' && !single.empty() && single.back() == ' ')) single += c;
    return single;
}

int pages_of(const std::string& info) {
    std::istringstream lines(info);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
    return 0;
}

LedgerWalk a_couples_history() {
    LedgerWalk walk;  // Monday 2 November 2026
    const auto first =
        walk.hold(agreeing(made("How do we share our day?", "We tell each other the same day", weeks(1))));
    walk.hold(agreeing(made("Phones at dinner?", "Phones stay in the hall", weeks(2), 2)));
    walk.calendar.advance_days(7);
    walk.hold(reviewing(reviewed("c" + std::to_string(first) + ".0", ReviewOutcome::reworded,
                                 "We tell each other the same day, before dinner", ReviewRating::working,
                                 ReviewRating::partly)));
    walk.calendar.advance_days(14);
    walk.hold(reviewing(reviewed("c21.0", ReviewOutcome::let_go)));
    return walk;
}

}  // namespace

TEST_CASE("the agreements PDF reads back: each agreement in force, its history and review dates", "[export]") {
    const LedgerWalk walk = a_couples_history();
    const AgreementLedger ledger = walk.ledger();
    AgreementsPdf options;
    options.names = {"Sam", "Alex"};
    options.font_folder = fonts();
    options.today = walk.calendar.today();
    const ReadBack pdf = read_back(agreements_pdf(ledger, options), "a4");
    const std::string text = flowing(pdf.text);
    CHECK_THAT(text, Catch::Contains("Our agreements"));
    CHECK_THAT(text, Catch::Contains("Printed on 23 November 2026"));
    CHECK_THAT(text, Catch::Contains("We tell each other the same day, before dinner"));
    CHECK_THAT(text, Catch::Contains("In answer to: How do we share our day?"));
    CHECK_THAT(text, Catch::Contains("Set down on 2 November 2026 in Our boundaries"));
    CHECK_THAT(text, Catch::Contains("Due for review since 16 November 2026 (every week)"));
    CHECK_THAT(text, Catch::Contains("2 November 2026 Worded: We tell each other the same day"));
    CHECK_THAT(text, Catch::Contains("9 November 2026 Reviewed: Sam working, Alex partly · reworded"));
    // The one let go is in its own part, with when it ended.
    CHECK_THAT(text, Catch::Contains("Agreements let go"));
    CHECK_THAT(text, Catch::Contains("Phones stay in the hall"));
    CHECK_THAT(text, Catch::Contains("Let go on 23 November 2026"));
    CHECK_THAT(pdf.info, Catch::Contains("(A4)"));
    CHECK(pages_of(pdf.info) == 1);

    options.paper = Paper::letter;
    options.language = "de";
    const ReadBack letter = read_back(agreements_pdf(ledger, options), "letter");
    CHECK_THAT(letter.info, Catch::Contains("612 x 792 pts (letter)"));
    const std::string german = flowing(letter.text);
    CHECK_THAT(german, Catch::Contains("Unsere Vereinbarungen"));
    CHECK_THAT(german, Catch::Contains("Rückblick fällig seit 16. November 2026 (jede Woche)"));
}

// po/fr.po puts a narrow no-break space (U+202F) before ':' and inside « »;
// pdftotext reads it back as a plain space.
const std::string narrow = " ";

TEST_CASE("the agreements PDF in French: its title, dates, reviews and page numbers come from po/fr.po", "[export]") {
    const LedgerWalk walk = a_couples_history();
    AgreementsPdf options;
    options.names = {"Sam", "Alex"};
    options.font_folder = fonts();
    options.today = walk.calendar.today();
    options.language = "fr";
    const ReadBack pdf = read_back(agreements_pdf(walk.ledger(), options), "french");
    const std::string text = flowing(pdf.text);
    CHECK_THAT(pdf.info, Catch::Matches("(.|\n)*Title: +Nos accords\n(.|\n)*"));
    CHECK_THAT(text, Catch::Contains("Nos accords"));
    CHECK_THAT(text, Catch::Contains("Imprimé le 23 novembre 2026"));
    CHECK_THAT(text, Catch::Contains("En réponse à" + narrow + ": How do we share our day?"));
    CHECK_THAT(text,
               Catch::Contains("Convenu le 2 novembre 2026, au cours de «" + narrow + "Our boundaries" + narrow + "»"));
    CHECK_THAT(text, Catch::Contains("À revoir depuis le 16 novembre 2026 (chaque semaine)"));
    CHECK_THAT(text, Catch::Contains("Historique"));
    CHECK_THAT(text, Catch::Contains("2 novembre 2026 Formulé" + narrow + ": We tell each other the same day"));
    CHECK_THAT(text, Catch::Contains("9 novembre 2026 Point fait — Sam" + narrow + ": ça marche, Alex" + narrow +
                                     ": en partie · reformulé"));
    CHECK_THAT(text, Catch::Contains("Accords que nous avons laissés aller"));
    CHECK_THAT(text, Catch::Contains("Convenu le 2 novembre 2026 · Laissé aller le 23 novembre 2026"));
    CHECK_THAT(text, Catch::Contains("Page 1 sur 1"));
    // Nothing of the English is left around the couple's own words.
    for (const char* english : {"Our agreements", "Printed on", "Set down on", "November", "Page 1 of", "History"}) {
        INFO(english);
        CHECK_THAT(text, !Catch::Contains(english));
    }
}

TEST_CASE("the agreements PDF in German reads as it did before the catalogues", "[export]") {
    const LedgerWalk walk = a_couples_history();
    AgreementsPdf options;
    options.names = {"Sam", "Alex"};
    options.font_folder = fonts();
    options.today = walk.calendar.today();
    options.language = "de-AT";
    const std::string text = flowing(read_back(agreements_pdf(walk.ledger(), options), "german").text);
    CHECK_THAT(text, Catch::Contains("Unsere Vereinbarungen"));
    CHECK_THAT(text, Catch::Contains("Gedruckt am 23. November 2026"));
    CHECK_THAT(text, Catch::Contains("Als Antwort auf: How do we share our day?"));
    CHECK_THAT(text, Catch::Contains("Festgehalten am 2. November 2026 in Our boundaries"));
    CHECK_THAT(text, Catch::Contains("Verlauf"));
    CHECK_THAT(text, Catch::Contains("2. November 2026 Formuliert: We tell each other the same day"));
    CHECK_THAT(text, Catch::Contains("9. November 2026 Rückblick: Sam läuft gut, Alex teilweise · neu formuliert"));
    CHECK_THAT(text, Catch::Contains("Losgelassene Vereinbarungen"));
    CHECK_THAT(text, Catch::Contains("Festgehalten am 2. November 2026 · Losgelassen am 23. November 2026"));
    CHECK_THAT(text, Catch::Contains("Von attune aus unserem Raum gedruckt, auf unseren Wunsch."));
    CHECK_THAT(text, Catch::Contains("Seite 1 von 1"));
}

TEST_CASE("the exports' dates and review periods in English, German and French", "[export]") {
    const ExportWords english = export_words("en");
    const ExportWords german = export_words("de");
    const ExportWords french = export_words("fr");
    const Day second{std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::November, std::chrono::day{2}}};
    const Day first{std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}}};
    const Day august{std::chrono::year_month_day{std::chrono::year{2027}, std::chrono::August, std::chrono::day{15}}};
    CHECK(long_date(english, second) == "2 November 2026");
    CHECK(long_date(german, second) == "2. November 2026");
    CHECK(long_date(french, second) == "2 novembre 2026");
    // French says the first of a month as an ordinal.
    CHECK(long_date(english, first) == "1 December 2026");
    CHECK(long_date(german, first) == "1. Dezember 2026");
    CHECK(long_date(french, first) == "1er décembre 2026");
    CHECK(long_date(french, august) == "15 août 2027");
    CHECK(long_date(german, august) == "15. August 2027");

    CHECK(every_period(english, weeks(1)) == "every week");
    CHECK(every_period(english, weeks(2)) == "every 2 weeks");
    CHECK(every_period(english, days(1)) == "every day");
    CHECK(every_period(english, days(3)) == "every 3 days");
    CHECK(every_period(german, weeks(1)) == "jede Woche");
    CHECK(every_period(german, weeks(2)) == "alle 2 Wochen");
    CHECK(every_period(german, days(1)) == "jeden Tag");
    CHECK(every_period(german, days(3)) == "alle 3 Tage");
    CHECK(french.next_review == "Prochain point\u202f: {date} ({period})");
    CHECK(every_period(french, weeks(1)) == "chaque semaine");
    CHECK(every_period(french, weeks(2)) == "toutes les 2 semaines");
    CHECK(every_period(french, days(1)) == "chaque jour");
    CHECK(every_period(french, days(3)) == "tous les 3 jours");

    // A regional tag finds its language; a language without a catalogue reads English.
    CHECK(export_words("fr-CA").title == "Nos accords");
    CHECK(export_words("es").title == "Our agreements");
    CHECK(export_words("es").language == "en");
}

TEST_CASE("long agreements wrap and many take several pages, every word still there", "[export]") {
    LedgerWalk walk;
    std::string long_words;
    for (int i = 0; i < 40; ++i) long_words += "we listen first and answer later " + std::to_string(i) + " ";
    long_words += "Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüsselanhängerverkaufsstellenleiterin";
    walk.hold(agreeing(made("What do we do when it gets loud?", long_words)));
    for (int i = 0; i < 30; ++i)
        walk.hold(agreeing(made("Prompt " + std::to_string(i), "Agreement number " + std::to_string(i))));
    AgreementsPdf options;
    options.font_folder = fonts();
    options.today = walk.calendar.today();
    const ReadBack pdf = read_back(agreements_pdf(walk.ledger(), options), "long");
    CHECK(pages_of(pdf.info) >= 3);
    const std::string text = flowing(pdf.text);
    CHECK_THAT(text, Catch::Contains("we listen first and answer later 39"));
    CHECK_THAT(text, Catch::Contains("Agreement number 29"));
    CHECK_THAT(text, Catch::Contains("Next review: 16 November 2026 (every 2 weeks)"));
    CHECK_THAT(text, Catch::Contains("Page 1 of " + std::to_string(pages_of(pdf.info))));
    // The word too long for a line is cut between characters, none lost.
    std::string joined;
    for (char c : pdf.text)
        if (c != '\n' && c != ' ') joined += c;
    CHECK_THAT(joined, Catch::Contains("Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüsselanhänger"
                                       "verkaufsstellenleiterin"));
}

TEST_CASE("an agreements PDF with nothing in force says so calmly", "[export]") {
    AgreementsPdf options;
    options.font_folder = fonts();
    const ReadBack pdf = read_back(agreements_pdf(AgreementLedger{}, options), "empty");
    CHECK_THAT(flowing(pdf.text), Catch::Contains("No agreement is in force at the moment."));
    options.font_folder = "/nonexistent";
    CHECK_THROWS_AS(agreements_pdf(AgreementLedger{}, options), ExportError);
}

namespace {

// An iCalendar file's content lines, unfolded, after checking the physical
// lines: each ends in CRLF and holds at most 75 octets (RFC 5545 3.1).
std::vector<std::string> content_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = text.find("\r\n", at);
        REQUIRE(end != std::string::npos);
        const std::string line = text.substr(at, end - at);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        if (!line.empty() && line[0] == ' ') {
            REQUIRE_FALSE(lines.empty());
            lines.back() += line.substr(1);
        } else {
            lines.push_back(line);
        }
        at = end + 2;
    }
    return lines;
}

// The properties of one component (BEGIN:name .. END:name): name -> values.
std::multimap<std::string, std::string> properties_of(const std::vector<std::string>& lines, const std::string& name) {
    std::multimap<std::string, std::string> found;
    int depth = -1;
    for (const std::string& line : lines) {
        if (line == "BEGIN:" + name) {
            depth = 0;
            continue;
        }
        if (depth < 0) continue;
        if (line == "END:" + name && depth == 0) break;
        if (line.rfind("BEGIN:", 0) == 0) ++depth;
        if (line.rfind("END:", 0) == 0) --depth;
        if (depth != 0 || line.rfind("END:", 0) == 0) continue;
        const std::size_t colon = line.find(':');
        REQUIRE(colon != std::string::npos);
        const std::string property = line.substr(0, std::min(colon, line.find(';')));
        found.emplace(property, line.substr(colon + 1));
    }
    return found;
}

}  // namespace

TEST_CASE("the next conversation's iCalendar file has what RFC 5545 requires, and nothing private", "[export]") {
    const Day day = Day{std::chrono::days{20'800}};  // Sunday 13 December 2026
    const NextConversation next{1'796'000'000'000, day, weeks(1)};
    const auto text = calendar_text(next, 1'796'000'123'000, "en");
    REQUIRE(text);
    const std::vector<std::string> lines = content_lines(*text);
    REQUIRE(lines.front() == "BEGIN:VCALENDAR");
    REQUIRE(lines.back() == "END:VCALENDAR");
    const auto calendar = properties_of(lines, "VCALENDAR");
    CHECK(calendar.count("VERSION") == 1);
    CHECK(calendar.find("VERSION")->second == "2.0");
    CHECK(calendar.count("PRODID") == 1);
    const auto event = properties_of(lines, "VEVENT");
    for (const char* required : {"UID", "DTSTAMP", "DTSTART"}) {
        INFO(required);
        CHECK(event.count(required) == 1);
    }
    CHECK(event.find("DTSTART")->second == "20261213");
    CHECK(event.find("DTSTAMP")->second == "20261130T005523Z");
    CHECK(event.find("RRULE")->second == "FREQ=WEEKLY;INTERVAL=1");
    CHECK(event.find("SUMMARY")->second == "Our conversation");
    // The same next conversation exported again is the same event.
    CHECK(*calendar_text(next, 1'796'000'999'000, "en") != *text);
    CHECK(properties_of(content_lines(*calendar_text(next, 1'796'000'999'000, "en")), "VEVENT").find("UID")->second ==
          event.find("UID")->second);

    const auto german = calendar_text(NextConversation{0, day, days(10)}, 0, "de");
    const auto german_event = properties_of(content_lines(*german), "VEVENT");
    CHECK(german_event.find("SUMMARY")->second == "Unser Gespräch");
    CHECK(german_event.find("RRULE")->second == "FREQ=DAILY;INTERVAL=10");
    CHECK(german_event.find("DESCRIPTION")->second == "Zeit für unser Gespräch\\, wie vereinbart.");
    CHECK(properties_of(content_lines(*calendar_text(NextConversation{0, day, std::nullopt}, 0, "en")), "VEVENT")
              .count("RRULE") == 0);
    // Skipped: there is no day to put in a calendar.
    CHECK_FALSE(calendar_text(NextConversation{0, std::nullopt, weeks(1)}, 0, "en"));
}

TEST_CASE("the next conversation's calendar file in French names the event in French", "[export]") {
    const Day day = Day{std::chrono::days{20'800}};  // Sunday 13 December 2026
    const auto text = calendar_text(NextConversation{0, day, weeks(2)}, 0, "fr");
    REQUIRE(text);
    const std::vector<std::string> lines = content_lines(*text);
    CHECK(std::find(lines.begin(), lines.end(), "SUMMARY;LANGUAGE=fr:Notre conversation") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(),
                    "DESCRIPTION;LANGUAGE=fr:Le jour de notre conversation\\, comme nous l’avons convenu.") !=
          lines.end());
    const auto calendar = properties_of(lines, "VCALENDAR");
    CHECK_THAT(calendar.find("PRODID")->second, Catch::EndsWith("//FR"));
    const auto event = properties_of(lines, "VEVENT");
    CHECK(event.find("RRULE")->second == "FREQ=WEEKLY;INTERVAL=2");

    // English and German are as they were.
    const auto english =
        properties_of(content_lines(*calendar_text(NextConversation{0, day, weeks(2)}, 0, "en")), "VEVENT");
    CHECK(english.find("SUMMARY")->second == "Our conversation");
    CHECK(english.find("DESCRIPTION")->second == "Time for our conversation\\, as we agreed.");
    const auto german_lines = content_lines(*calendar_text(NextConversation{0, day, weeks(2)}, 0, "de"));
    CHECK(std::find(german_lines.begin(), german_lines.end(), "SUMMARY;LANGUAGE=de:Unser Gespräch") !=
          german_lines.end());
    CHECK_THAT(properties_of(german_lines, "VCALENDAR").find("PRODID")->second, Catch::EndsWith("//DE"));
}

TEST_CASE("iCalendar lines fold at 75 octets, never inside a character", "[export]") {
    std::string line = "DESCRIPTION:";
    for (int i = 0; i < 40; ++i) line += "Gespräch über Grüße ";
    const std::string folded = fold_line(line);
    std::string unfolded;
    for (const std::string& each : content_lines(folded)) unfolded += each;
    CHECK(unfolded == line);
    std::size_t at = 0;
    while (at < folded.size()) {
        const std::size_t end = folded.find("\r\n", at);
        // A continuation never starts with a UTF-8 continuation byte.
        if (at > 0 && end > at + 1) CHECK((static_cast<unsigned char>(folded[at + 1]) & 0xC0) != 0x80);
        at = end + 2;
    }
    CHECK(escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("an export is written whole or not at all", "[export]") {
    const auto folder = fresh_folder("export-file");
    write_export(folder / "a.ics", "BEGIN:VCALENDAR\r\n");
    std::ifstream in(folder / "a.ics");
    std::string first;
    std::getline(in, first);
    CHECK(first == "BEGIN:VCALENDAR\r");
    CHECK_FALSE(std::filesystem::exists(folder / "a.ics.partial"));
    CHECK_THROWS_WITH(write_export(folder / "missing" / "a.ics", "x"), Catch::Contains("could not be written"));
}
