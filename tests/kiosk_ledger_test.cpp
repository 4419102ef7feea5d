// The real loop with a real space and the ledger behind it, on a fake wall
// clock (the loop's calendar): an agreement comes up for review on its day,
// a kept conversation's review steps get the agreements in force and its
// start keeps them, the day chosen at the end is kept in the space and
// shown on the next home screen (or none, skipped), and files are written
// only when both partners asked.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "day_words.hpp"
#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "process.hpp"
#include "script_loader.hpp"
#include "space_journal.hpp"
#include "space_name.hpp"
#include "space_overview.hpp"
#include "space_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using testing::key_down;
using testing::push;

namespace {

constexpr std::int64_t made_ms = 1'790'000'000'000;
constexpr std::int64_t day_ms = 86'400'000;

KeepingSetup keeping_in(const std::filesystem::path& folder, std::int64_t now_ms) {
    KeepingSetup keeping;
    keeping.offered = true;
    keeping.spaces_folder = folder / "spaces";
    keeping.runtime_folder = folder / "runtime";
    std::filesystem::create_directories(*keeping.runtime_folder);
    keeping.policy = space::CostPolicy::allow_test_costs;
    keeping.new_key_cost = [] { return space::minimum_test_cost(); };
    keeping.wall_ms = [now_ms] { return now_ms; };
    keeping.space_name = "river";
    keeping.passphrase = std::make_shared<const space::SecretBytes>(test::secret("correct horse battery"));
    return keeping;
}

// A space holding one ended conversation at `made_ms` with one agreement
// that comes up for review after `review_in`.
std::filesystem::path space_with_agreement(const std::string& name, Period review_in) {
    const auto folder = test::fresh_folder(name);
    std::filesystem::create_directories(folder / "spaces");
    test::TestSpace made = test::make_test_space(folder / "spaces", "river");
    space::ConversationStart start = test::start_of();
    start.started_unix_ms = made_ms;
    space::SpaceJournal journal = space::SpaceJournal::begin(made.space, start);
    journal.command(space::CommandRecord{Duration{0}, cmd::Begin{}});
    space::ConversationEnd end;
    end.finish = FinishReason::completed;
    end.agreements.push_back(
        space::KeptAgreement{0, "Phones?", "Phones stay in the hallway after nine.", false, review_in});
    journal.end(end);
    return folder;
}

// The same space, with a weekly conversation planned a week after that one.
std::filesystem::path space_with_weekly_meeting(const std::string& name) {
    const auto folder = space_with_agreement(name, weeks(1));
    space::Space opened = test::open_test_space(space::space_file(folder / "spaces", "river"));
    space::keep_next_conversation(
        opened, space::NextConversation{made_ms, SystemCalendar{}.day_of(made_ms) + std::chrono::days{7}, weeks(1)});
    return folder;
}

using Harness = testing::KeepingLoop;
using testing::begin_and_keep;

// What the home screen shows of the agreement on a given day.
struct HomeSeen {
    bool home = false;
    bool due = false;
    std::string next;
};

HomeSeen home_on(const std::filesystem::path& folder, std::int64_t now_ms) {
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    HomeSeen seen;
    harness.run(session, keeping_in(folder, now_ms),
                {
                    begin_and_keep,
                    [&](const DisplayList& shown) {
                        seen.home = shown.button("home-begin") != nullptr;
                        seen.due = shown.text("home-due") != nullptr;
                        if (const TextItem* next = shown.text("home-next")) seen.next = next->text;
                    },
                });
    return seen;
}

space::KeptHistory history_of(const std::filesystem::path& folder) {
    space::Space opened = test::open_test_space(space::space_file(folder / "spaces", "river"));
    return space::read_history(opened.read_all());
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
    return files;
}

// The two files both partners asked for: the agreements on paper and the calendar file.
std::pair<std::filesystem::path, std::filesystem::path> exports_in(const std::filesystem::path& documents) {
    std::filesystem::path pdf, ics;
    for (const auto& file : files_in(documents)) (file.extension() == ".pdf" ? pdf : ics) = file;
    REQUIRE(!pdf.empty());
    REQUIRE(!ics.empty());
    return {pdf, ics};
}

// $XDG_DOCUMENTS_DIR for one test, put back as it was after it.
class DocumentsFolder {
public:
    explicit DocumentsFolder(const std::filesystem::path& folder) {
        if (const char* old = std::getenv("XDG_DOCUMENTS_DIR")) m_old = old;
        ::setenv("XDG_DOCUMENTS_DIR", folder.c_str(), 1);
    }
    ~DocumentsFolder() {
        if (m_old)
            ::setenv("XDG_DOCUMENTS_DIR", m_old->c_str(), 1);
        else
            ::unsetenv("XDG_DOCUMENTS_DIR");
    }
    DocumentsFolder(const DocumentsFolder&) = delete;
    DocumentsFolder& operator=(const DocumentsFolder&) = delete;

private:
    std::optional<std::string> m_old;
};

// The end of a kept conversation on a script that meets every two weeks:
// `answer` is pressed at the question when to meet next.
void end_kept_conversation(const std::filesystem::path& folder, std::vector<SDL_Keycode> answer,
                           std::string* waiting = nullptr) {
    Script script = test::script_of({test::item("Opening", {test::say("One")})});
    script.settings.meet_every = weeks(2);
    Harness harness;
    Session session{script};
    std::vector<testing::LoopFixture::Turn> turns{
        begin_and_keep, [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // home: the start screen
        [](const DisplayList&) { push(key_down(SDLK_SPACE)); },                  // start screen: begin
        [](const DisplayList&) { push(key_down(SDLK_SPACE)); },                  // the say step: next
    };
    for (SDL_Keycode key : answer)
        turns.push_back([key, waiting](const DisplayList& shown) {
            if (waiting)
                if (const TextItem* line = shown.text("meeting-waiting")) *waiting = line->text;
            push(key_down(key));
        });
    turns.push_back([](const DisplayList&) {});
    harness.run(session, keeping_in(folder, made_ms + day_ms), std::move(turns));
    REQUIRE(session.snapshot(harness.now).phase == Phase::finished);
}

}  // namespace

TEST_CASE("the home screen shows an agreement made with review_in 1w as due seven days on, not six",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-due", weeks(1));
    const HomeSeen six = home_on(folder, made_ms + 6 * day_ms);
    const HomeSeen seven = home_on(folder, made_ms + 7 * day_ms);
    CHECK(six.home);
    CHECK_FALSE(six.due);
    CHECK(seven.home);
    CHECK(seven.due);
}

TEST_CASE("a kept conversation's session and start record get the agreements in force for review",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-subjects", weeks(1));
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    harness.run(session, keeping_in(folder, made_ms + 8 * day_ms),
                {
                    begin_and_keep,
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // home: the start screen
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // start screen: begin
                    [&](const DisplayList&) {},
                });
    REQUIRE(session.review_subjects());
    REQUIRE(session.review_subjects()->size() == 1);
    const ReviewSubject& subject = session.review_subjects()->front();
    CHECK(subject.text == "Phones stay in the hallway after nine.");
    CHECK(subject.due);
    const space::KeptHistory history = history_of(folder);
    REQUIRE(history.conversations.size() == 2);
    CHECK(history.conversations.back().start.review_subjects == session.review_subjects());
}

TEST_CASE("a conversation that is not kept gets no agreements for review", "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-not-kept", weeks(1));
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    harness.run(session, keeping_in(folder, made_ms + 8 * day_ms),
                {
                    [](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // go on without keeping
                    [](const DisplayList&) {},
                });
    CHECK(session.snapshot(harness.now).phase != Phase::start);
    CHECK_FALSE(session.review_subjects());
}

TEST_CASE("the day chosen at the end of a kept conversation is kept and shown on the next home screen",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-next", weeks(1));
    std::string waiting;
    end_kept_conversation(folder, {SDLK_a, SDLK_l}, &waiting);
    CHECK(waiting.find("Waiting for") != std::string::npos);

    const Day chosen = SystemCalendar{}.day_of(made_ms + day_ms) + std::chrono::days{14};
    const space::KeptHistory history = history_of(folder);
    REQUIRE(history.next_conversations.size() == 1);
    CHECK(history.next_conversations.back().next.day == chosen);
    CHECK(history.next_conversations.back().next.repeat == weeks(2));

    const HomeSeen next = home_on(folder, made_ms + 2 * day_ms);
    CHECK(next.next == "Next conversation: " + day_words(words_for_language("en"), chosen));
}

TEST_CASE("skipping the day at the end of a kept conversation keeps no day", "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-skip", weeks(1));
    end_kept_conversation(folder, {SDLK_ESCAPE});
    const space::KeptHistory history = history_of(folder);
    REQUIRE(history.next_conversations.size() == 1);
    CHECK_FALSE(history.next_conversations.back().next.day);
    const HomeSeen next = home_on(folder, made_ms + 2 * day_ms);
    CHECK(next.next == "No day set yet for your next conversation");
}

TEST_CASE("both partners asking write the agreements and the next conversation into the documents folder",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_weekly_meeting("ledger-export");
    const auto documents = test::fresh_folder("ledger-export-documents");
    const DocumentsFolder set{documents};
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    std::string paper_said, calendar_said;
    const auto ask_and_write = [](SDL_Keycode left, SDL_Keycode right) {
        return std::vector<testing::LoopFixture::Turn>{
            [=](const DisplayList&) {
                push(key_down(left));
                push(key_down(right));
            },
            [](const DisplayList&) { push(key_down(SDLK_RETURN)); },  // write it
        };
    };
    std::vector<testing::LoopFixture::Turn> turns{begin_and_keep};
    for (auto& turn : ask_and_write(SDLK_a, SDLK_l)) turns.push_back(turn);
    turns.push_back([&](const DisplayList& shown) {
        if (const TextItem* said = shown.text("export-notice")) paper_said = said->text;
        push(key_down(SDLK_RETURN));  // back to the space
    });
    for (auto& turn : ask_and_write(SDLK_s, SDLK_k)) turns.push_back(turn);
    turns.push_back([&](const DisplayList& shown) {
        if (const TextItem* said = shown.text("export-notice")) calendar_said = said->text;
    });
    harness.run(session, keeping_in(folder, made_ms + 2 * day_ms), std::move(turns));

    const auto [pdf, ics] = exports_in(documents);
    CHECK(paper_said.find(pdf.string()) != std::string::npos);
    CHECK(calendar_said.find(ics.string()) != std::string::npos);
    const test::ProcessResult text = test::run_process({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Phones stay in the hallway") != std::string::npos);
    std::ifstream in(ics, std::ios::binary);
    const std::string calendar{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(calendar.find("BEGIN:VCALENDAR\r\n") == 0);
    CHECK(calendar.find("RRULE:") != std::string::npos);
}

TEST_CASE("a French conversation's home writes the agreements and the calendar file in French",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_weekly_meeting("ledger-export-french");
    const auto documents = test::fresh_folder("ledger-export-french-documents");
    const DocumentsFolder set{documents};
    Script script = test::script_of({test::item("Ouverture", {test::say("Un")})});
    script.language = "fr";
    Harness harness;
    Session session{script};
    std::vector<testing::LoopFixture::Turn> turns{begin_and_keep};
    for (const auto& [left, right] : {std::pair{SDLK_a, SDLK_l}, std::pair{SDLK_s, SDLK_k}}) {
        turns.push_back([left = left, right = right](const DisplayList&) {
            push(key_down(left));
            push(key_down(right));
        });
        turns.push_back([](const DisplayList&) { push(key_down(SDLK_RETURN)); });  // write it
        turns.push_back([](const DisplayList&) { push(key_down(SDLK_RETURN)); });  // back to the space
    }
    harness.run(session, keeping_in(folder, made_ms + 2 * day_ms), std::move(turns));

    const auto [pdf, ics] = exports_in(documents);
    const test::ProcessResult text = test::run_process({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Nos accords") != std::string::npos);
    // pdftotext reads po/fr.po's narrow no-break space before ':' as a plain space.
    CHECK(text.out.find("Prochain point : ") != std::string::npos);
    CHECK(text.out.find("(chaque semaine)") != std::string::npos);
    CHECK(text.out.find("Our agreements") == std::string::npos);
    std::ifstream in(ics, std::ios::binary);
    const std::string calendar{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(calendar.find("SUMMARY;LANGUAGE=fr:Notre conversation\r\n") != std::string::npos);
}

TEST_CASE("one partner asking for a file alone writes nothing", "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-export-alone", weeks(1));
    const auto documents = test::fresh_folder("ledger-export-alone-documents");
    const DocumentsFolder set{documents};
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    std::string asking;
    harness.run(session, keeping_in(folder, made_ms + 2 * day_ms),
                {
                    begin_and_keep,
                    [](const DisplayList&) {
                        push(key_down(SDLK_a));  // the other partner does not ask
                    },
                    [&](const DisplayList& shown) {
                        for (const DisplayItem& item : shown.items)
                            if (const auto* text = std::get_if<TextItem>(&item))
                                if (text->text.find("would like the agreements") != std::string::npos)
                                    asking = text->text;
                    },
                });
    CHECK_FALSE(asking.empty());
    CHECK(files_in(documents).empty());
}

namespace {

// The start screen after the home screen, opened `days` after the day chosen.
struct StartSeen {
    std::string planned;  // the start screen's planned-day line ("" when none)
    bool kept_mark = false, back_home = false, begun_kept = false;
};

// Whether the couple only looks at the start screen (the space then holds
// nothing new), or also goes back home and then begins there.
enum class Then { look, back_and_begin };

StartSeen start_on(const std::filesystem::path& folder, std::int64_t now_ms, Then then = Then::look) {
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    StartSeen seen;
    std::vector<testing::LoopFixture::Turn> turns{
        begin_and_keep,
        [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // home: on to the start screen
        [&](const DisplayList& shown) {
            if (const TextItem* line = shown.text("planned-day")) seen.planned = line->text;
            seen.kept_mark = shown.text("kept-mark") != nullptr && shown.button("begin") != nullptr;
            if (then == Then::back_and_begin) push(key_down(SDLK_ESCAPE));  // back to the home screen
        },
    };
    if (then == Then::look) {
        harness.run(session, keeping_in(folder, now_ms), std::move(turns));
        return seen;
    }
    harness.run(session, keeping_in(folder, now_ms),
                {
                    turns[0],
                    turns[1],
                    turns[2],
                    [&](const DisplayList& shown) {
                        seen.back_home = shown.button("home-begin") != nullptr && !shown.text("planned-day");
                        push(key_down(SDLK_SPACE));
                    },
                    [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // start screen: begin, kept
                    [&](const DisplayList& shown) {
                        seen.begun_kept = shown.text("kept-mark") != nullptr &&
                                          session.snapshot(harness.now).phase == Phase::step &&
                                          !shown.text("planned-day");
                    },
                });
    return seen;
}

}  // namespace

TEST_CASE("the start screen after the home screen says the day the conversation was planned for",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-planned", weeks(1));
    end_kept_conversation(folder, {SDLK_a, SDLK_l});  // a day, every two weeks
    const Words words = words_for_language("en");
    const Day chosen = SystemCalendar{}.day_of(made_ms + day_ms) + std::chrono::days{14};
    const std::int64_t chosen_ms = made_ms + 15 * day_ms;

    const StartSeen ahead = start_on(folder, chosen_ms - 3 * day_ms);
    CHECK(ahead.planned == "You planned this conversation for " + day_words(words, chosen));
    CHECK(ahead.kept_mark);
    CHECK(start_on(folder, chosen_ms).planned == "Planned for today");
    // Two days late: the day it was planned for, said plainly.
    CHECK(start_on(folder, chosen_ms + 2 * day_ms).planned == "Planned for " + day_words(words, chosen));
    // Two weeks on, the repetition of that day is today's.
    CHECK(start_on(folder, chosen_ms + 14 * day_ms).planned == "Planned for today");
    // Esc goes back to the home screen; Space there and on the start screen begins, kept.
    const StartSeen begun = start_on(folder, chosen_ms, Then::back_and_begin);
    CHECK(begun.planned == "Planned for today");
    CHECK(begun.back_home);
    CHECK(begun.begun_kept);
}

TEST_CASE("without a day chosen, or without the space, the start screen says nothing of a plan",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_agreement("ledger-unplanned", weeks(1));
    CHECK(start_on(folder, made_ms + 2 * day_ms).planned.empty());
    // Sealed: the first start screen, before the space opens.
    end_kept_conversation(folder, {SDLK_a, SDLK_l});
    Harness harness;
    Session session{test::script_of({test::item("Opening", {test::say("One")})})};
    bool sealed_silent = false;
    harness.run(session, keeping_in(folder, made_ms + 15 * day_ms),
                {
                    [&](const DisplayList& shown) {
                        sealed_silent = shown.button("begin") && !shown.text("planned-day") && !shown.text("kept-mark");
                    },
                });
    CHECK(sealed_silent);
}

namespace {

// A space holding one ended conversation at `made_ms` with two agreements:
// the first comes up for review after a week, the second after three.
std::filesystem::path space_with_two_agreements(const std::string& name) {
    const auto folder = test::fresh_folder(name);
    std::filesystem::create_directories(folder / "spaces");
    test::TestSpace made = test::make_test_space(folder / "spaces", "river");
    space::ConversationStart start = test::start_of();
    start.started_unix_ms = made_ms;
    space::SpaceJournal journal = space::SpaceJournal::begin(made.space, start);
    journal.command(space::CommandRecord{Duration{0}, cmd::Begin{}});
    space::ConversationEnd end;
    end.finish = FinishReason::completed;
    end.agreements.push_back(
        space::KeptAgreement{0, "Phones?", "Phones stay in the hallway after nine.", false, weeks(1)});
    end.agreements.push_back(space::KeptAgreement{0, "Tea?", "Tea together at five on Sundays.", false, weeks(3)});
    journal.end(end);
    return folder;
}

// A script whose first step reviews the agreements due, in a file: the kept
// conversation keeps its text, which going on reads again.
std::filesystem::path review_first_script(const std::filesystem::path& folder) {
    const auto file = folder / "review-first.yaml";
    std::ofstream out(file);
    out << "title: Our agreements\n"
           "partners:\n"
           "  - { id: sam, name: Sam }\n"
           "  - { id: alex, name: Alex }\n"
           "settings:\n"
           "  sound: false\n"
           "agenda:\n"
           "  - title: Our agreements\n"
           "    steps:\n"
           "      - review: { which: due }\n"
           "      - say: After.\n";
    return file;
}

Session session_of(const std::filesystem::path& file) {
    ScriptLoad load = load_script_file(file);
    REQUIRE(load.ok());
    return Session{std::move(*load.script)};
}

// What the review step shows: "Agreement 1 of 1 · …" and the words.
struct ReviewSeen {
    std::string origin, words;
};
ReviewSeen review_seen(const DisplayList& shown) {
    ReviewSeen seen;
    if (const TextItem* origin = shown.text("review-origin")) seen.origin = origin->text;
    if (const TextItem* words = shown.text("review-words")) seen.words = words->text;
    return seen;
}

}  // namespace

TEST_CASE("a kept conversation resumed in the kiosk brings back the agreements its start kept in the same order",
          "[kiosk][home][ledger]") {
    if (testing::loop_tests_skipped()) return;
    const auto folder = space_with_two_agreements("ledger-resume-subjects");
    const auto script = review_first_script(folder);
    // Eight days on only the first is due: the review begins with it alone.
    ReviewSeen before, after;
    bool offered = false;
    std::string roles;
    std::vector<ReviewSubject> started_with;
    {
        Harness harness;
        Session session = session_of(script);
        harness.run(session, keeping_in(folder, made_ms + 8 * day_ms),
                    {
                        begin_and_keep,
                        [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // home: the start screen
                        [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // start screen: begin
                        [&](const DisplayList& shown) {
                            before = review_seen(shown);
                            push(key_down(SDLK_a));  // one rating, then the kiosk stops
                        },
                        [](const DisplayList&) {},
                    },
                    script);
        REQUIRE(session.review_subjects());
        started_with = *session.review_subjects();
    }
    REQUIRE(started_with.size() == 2);
    CHECK(before.origin.find("1 of 1") != std::string::npos);
    CHECK(before.words.find("Phones stay in the hallway after nine.") != std::string::npos);
    const space::KeptHistory history = history_of(folder);
    REQUIRE(history.conversations.size() == 2);
    CHECK_FALSE(history.conversations.back().end);  // interrupted
    CHECK(history.conversations.back().start.review_subjects == started_with);

    // Three weeks on both are due by the ledger; the resumed conversation
    // still reviews what its start kept: the first alone, where it stopped.
    {
        Harness harness;
        Session session = session_of(script);
        harness.run(session, keeping_in(folder, made_ms + 22 * day_ms),
                    {
                        begin_and_keep,
                        [&](const DisplayList& shown) {
                            offered = shown.button("keep-go-on") != nullptr;
                            push(key_down(SDLK_SPACE));  // go on with it
                        },
                        [&](const DisplayList& shown) {
                            after = review_seen(shown);
                            for (const auto& item : shown.items)
                                if (const auto* text = std::get_if<TextItem>(&item)) roles += text->role + " ";
                        },
                    },
                    script);
    }
    CHECK(offered);
    INFO(roles);
    CHECK(after.origin == before.origin);
    CHECK(after.words == before.words);
    const space::KeptHistory resumed = history_of(folder);
    REQUIRE(resumed.conversations.size() == 2);  // the same conversation went on, not a new one
    CHECK(resumed.conversations.back().start.review_subjects == started_with);
}
