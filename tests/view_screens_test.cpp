// One test or more per screen: start, say, check-in, breathing, agreement,
// choice, time box, summary, error, help.
#include <catch2/catch.hpp>

#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

TEST_CASE("the start screen shows the title, the two names and Begin", "[view]") {
    Screen screen;
    const DisplayList list = screen.build();
    CHECK(list.text("title")->text == "Evening check-in");
    CHECK(list.text("description")->text == screen.script.description);
    REQUIRE(list.button("name-left"));
    CHECK(list.button("name-left")->label == "Sam");
    CHECK(list.button("name-left")->ui == UiAction::edit_name_left);
    CHECK(list.button("name-left")->text == screen.theme.left_partner);
    CHECK(list.button("name-right")->label == "Alex");
    CHECK(list.button("name-right")->ui == UiAction::edit_name_right);
    CHECK(list.text("name-left-key")->text == "A to change the name");
    REQUIRE(list.button("begin"));
    CHECK(list.button("begin")->primary);
    CHECK(list.button("begin")->command == Command{cmd::Begin{}});
    CHECK(list.button("pause-button") == nullptr);
}

TEST_CASE("a name being typed shows with a cursor and how to finish", "[view]") {
    Screen screen;
    screen.ui.editing = Editing::name_right;
    screen.ui.draft = "Ale";
    const DisplayList list = screen.build();
    CHECK(list.button("name-right")->label == "Ale|");
    CHECK(list.text("name-right-key")->text == "Type the name, Enter to keep it, Esc to cancel");
    CHECK(list.button("name-left")->label == "Sam");
}

TEST_CASE("a say step shows its text and Next", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_say, Activity::say);
    const DisplayList list = screen.build();
    CHECK(list.text("say")->text == "Each of you names one thing you appreciated today.");
    CHECK(list.button("next"));
    CHECK(list.button("pause-button"));
    CHECK(list.text("countdown") == nullptr);
}

TEST_CASE("a check-in asks whoever's turn it is and shows only that the other answered", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::right);
    screen.snapshot.answers = {3, std::nullopt};
    const DisplayList list = screen.build();
    CHECK(list.text("question")->text == "How calm do you feel right now?");
    CHECK(list.text("floor")->text == "Alex, your answer");
    CHECK(list.text("floor")->color == screen.theme.right_partner);
    for (int value = 1; value <= 5; ++value) {
        const ButtonItem* answer = list.button("answer-" + std::to_string(value));
        REQUIRE(answer);
        CHECK(answer->command == Command{cmd::Answer{Seat::right, value}});
    }
    CHECK(list.button("answer-6") == nullptr);
    CHECK(list.text("status-left")->text == "Sam: answered");
    CHECK(list.text("status-right")->text == "Alex: not answered yet");
    // The value Sam gave is not on screen.
    CHECK(list.text("status-left")->text.find('3') == std::string::npos);
    CHECK(list.button("next") == nullptr);
}

TEST_CASE("a scale of ten takes 0 for 10", "[view]") {
    Screen screen;
    std::get<CheckinStep>(screen.script.agenda[1].steps[1].body).scale = 10;
    screen.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::left);
    const DisplayList list = screen.build();
    REQUIRE(list.button("answer-10"));
    CHECK(list.text("answer-10-key")->text == "0");
}

TEST_CASE("the breathing disk grows on the in-breath and shrinks on the out-breath", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_breathe, Activity::breathe);
    screen.snapshot.timer = timer(60s, 50s);
    auto radius_at = [&](Duration elapsed) {
        screen.snapshot.breath = breath_at(BreathPattern::box(), elapsed);
        const DisplayList list = screen.build();
        // It moves between the countdown's seconds, except while the breath is held.
        const bool held = screen.snapshot.breath->phase == BreathPhase::hold_in ||
                          screen.snapshot.breath->phase == BreathPhase::hold_out;
        CHECK(list.next_change == (held ? Duration{1s} : animation_frame));
        return disk(list, "breath")->radius;
    };
    CHECK(radius_at(1s) < radius_at(3s));   // breathing in
    CHECK(radius_at(5s) == radius_at(7s));  // holding
    CHECK(radius_at(9s) > radius_at(11s));  // breathing out
    screen.snapshot.breath = breath_at(BreathPattern::box(), 9s);
    CHECK(screen.build().text("breath-phase")->text == "Breathe out");
}

TEST_CASE("a still screen does not ask for animation frames", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(100s);
    CHECK(screen.build().next_change == Duration{1s});  // its countdown's next second, no frames
}

TEST_CASE("an agreement with nothing written invites writing it down", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_agreement, Activity::agreement);
    const DisplayList list = screen.build();
    CHECK(list.text("prompt")->text == "What will each of us try this week?");
    CHECK(list.text("agreement-text")->text == "Nothing written yet.");
    CHECK(list.button("write")->ui == UiAction::edit_agreement);
    CHECK(list.button("write")->primary);
    CHECK(list.text("write-key")->text == "Enter");
    CHECK(list.button("aloud")->command == Command{cmd::AgreedAloud{}});
    CHECK(list.text("aloud-key")->text == "S / K");
    // Nothing to confirm yet.
    CHECK(list.button("confirm-left") == nullptr);
}

TEST_CASE("an agreement being typed shows the draft with a cursor", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_agreement, Activity::agreement);
    screen.ui.editing = Editing::agreement;
    screen.ui.edit_item = at_agreement.item;
    screen.ui.edit_step = at_agreement.step;
    screen.ui.draft = "We walk on Sunday";
    const DisplayList list = screen.build();
    CHECK(list.text("agreement-text")->text == "We walk on Sunday|");
    CHECK(list.button("keep-text")->ui == UiAction::finish_edit);
    CHECK(list.button("cancel-text")->ui == UiAction::cancel_edit);
    CHECK(list.button("write") == nullptr);
}

TEST_CASE("each partner confirms the agreement on their own button", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_agreement, Activity::agreement);
    screen.snapshot.agreement_text = "We walk on Sunday.";
    screen.snapshot.confirmed = {true, false};
    const DisplayList list = screen.build();
    CHECK(list.text("agreement-text")->text == "We walk on Sunday.");
    // Sam has agreed: done, nothing left to press. Alex has a button in their own words.
    CHECK(list.button("confirm-left") == nullptr);
    REQUIRE(rect(list, "confirm-left"));
    CHECK(rect(list, "confirm-left")->color != screen.theme.primary_fill);
    CHECK(list.text("confirm-left-label")->text == "Sam agreed");
    CHECK(list.text("confirm-left-label")->color == screen.theme.left_partner);
    CHECK(list.text("confirm-left-check")->text == "✓");
    CHECK(list.button("confirm-right")->label == "Alex: I agree");
    CHECK(list.button("confirm-right")->primary);
    CHECK(list.button("confirm-right")->command == Command{cmd::Confirm{Seat::right}});
    CHECK(list.text("confirm-right-key")->text == "L");
    CHECK_FALSE(list.button("write")->primary);

    screen.snapshot.agreement_text.clear();
    screen.snapshot.agreed_aloud = true;
    CHECK(screen.build().text("agreement-text")->text == "Agreed aloud.");
}

// Issue 8: one column of options per partner, and each partner's pick in words.
TEST_CASE("a choice gives each partner their own options and shows both picks", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_choice, Activity::choice);
    DisplayList list = screen.build();
    CHECK(list.text("question")->text == "Go on or stop here?");
    CHECK(list.button("option-left-1")->label == "One more round");
    CHECK(list.button("option-right-1")->label == "One more round");
    CHECK(list.button("option-left-2")->command == Command{cmd::Choose{Seat::left, 1}});
    CHECK(list.button("option-right-2")->command == Command{cmd::Choose{Seat::right, 1}});
    CHECK(list.button("next") == nullptr);
    CHECK(list.text("picks-differ") == nullptr);
    const std::string waiting = list.text("pick-left")->text;
    screen.snapshot.picks = {std::size_t{0}, std::size_t{1}};
    list = screen.build();
    CHECK(list.text("pick-left")->text != waiting);
    CHECK(list.text("pick-left")->text.find("One more round") != std::string::npos);
    CHECK(list.text("picks-differ") != nullptr);
}

TEST_CASE("the time box shows each partner's vote", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot({0, 2}, Activity::reflect);
    screen.snapshot.phase = phase::TimeBox{{Vote::more_time, std::nullopt}};
    const DisplayList list = screen.build();
    CHECK(list.text("time-box-heading")->text == "The time for “Appreciations” is up");
    CHECK(list.text("time-box-question")->text ==
          "Move on, or take 5 minutes more? You decide together. Moving on skips the rest of this part.");
    CHECK(list.button("more-time-left")->outline == screen.theme.chosen_outline);
    // The vote given carries a check mark too (it can still change, so it stays a button).
    CHECK(list.button("more-time-left")->label == "✓  5 minutes more");
    CHECK(list.button("move-on-left")->label == "Move on");
    CHECK(list.button("more-time-right")->label == "5 minutes more");
    CHECK(list.button("move-on-right")->command == Command{cmd::MoveOn{Seat::right}});
    CHECK(list.text("more-time-right-key")->text == "K");
    CHECK(list.text("vote-left")->text == "Sam: more time");
    CHECK(list.text("vote-right")->text == "Alex: not chosen yet");
    CHECK(list.button("pause-button"));
}

// Issue 8: the vote says what moving on skips, from the steps still to come.
TEST_CASE("the time box says what moving on skips and what still comes", "[view]") {
    Screen screen;
    screen.snapshot.phase = phase::TimeBox{};
    const auto question = [&] { return screen.build().text("time-box-question")->text; };
    // Only talk is left (the reflection): the rest of the part is skipped.
    screen.snapshot.item = 0;
    screen.snapshot.step = 2;
    CHECK_THAT(question(), Catch::EndsWith(" Moving on skips the rest of this part."));
    // Talk, a check-in, breathing, an agreement and a choice are left: the
    // kept steps are named, in the order they come.
    screen.snapshot.item = 1;
    screen.snapshot.step = 0;
    CHECK_THAT(question(), Catch::EndsWith(" Moving on skips the rest of the talk in this part; the check-in, the "
                                           "agreement and the choice still come."));
    // From the breathing on: one kept kind of each, two agreements.
    screen.script.agenda[1].steps.insert(screen.script.agenda[1].steps.begin() + 3,
                                         Step{AgreementStep{"And next week?", Quorum::both}, {}});
    screen.snapshot.step = 2;
    CHECK_THAT(question(), Catch::EndsWith("; the agreements and the choice still come."));
    // One kept step: the verb agrees.
    auto& steps = screen.script.agenda[1].steps;
    steps.erase(steps.begin() + 4, steps.end());
    CHECK_THAT(question(), Catch::EndsWith("in this part; the agreement still comes."));
    screen.words = german_words();
    CHECK_THAT(question(),
               Catch::EndsWith("Weitergehen überspringt das restliche Gespräch in diesem Teil; die Vereinbarung kommt "
                               "trotzdem."));
    screen.snapshot.step = 1;  // the check-in, the breathing and the agreement
    CHECK_THAT(question(), Catch::EndsWith("; die Frage nach eurem Befinden und die Vereinbarung kommen trotzdem."));
}

TEST_CASE("the summary shows what was done and how the speaking time was shared", "[view]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{FinishReason::completed};
    screen.record.items_done = {0, 1};
    screen.record.speeches = spoken(6min, 2min);
    screen.record.elapsed = 47min + 5s;
    screen.record.pauses.push_back(PauseRecord{10min, 30min, PauseCause::partner, Seat::right});
    screen.record.checkins.push_back(CheckinRecord{1, "How calm do you feel right now?", Seat::left, 4, 5});
    screen.record.checkins.push_back(CheckinRecord{1, "How calm do you feel right now?", Seat::right, 3, 5});
    screen.record.agreements.push_back(
        AgreementRecord{1, "What will each of us try?", "We walk on Sunday.", false, {true, true}});
    const DisplayList list = screen.build();
    CHECK(list.text("summary-heading")->text == "Thank you both");
    CHECK(list.text("summary-items")->text == "Parts done: 2 of 2");
    CHECK(list.text("summary-time")->text == "Time together: 47:05");
    CHECK(list.text("summary-pauses")->text == "Pauses: 1 (20:00 in all)");
    CHECK(list.text("speaking-left")->text == "Sam  6:00");
    CHECK(list.text("speaking-right")->text == "Alex  2:00");
    // The balance is shown as time only: a bar read as a score (issue 8).
    CHECK(rect(list, "balance-left") == nullptr);
    CHECK(rect(list, "balance-right") == nullptr);
    // A check-in: the question, then each answer in the partner's colour, at body size.
    CHECK(list.text("summary-checkin")->text == "How calm do you feel right now?");
    CHECK(list.text("summary-checkin-left")->text == "Sam 4/5");
    CHECK(list.text("summary-checkin-left")->color == screen.theme.left_partner);
    CHECK(list.text("summary-checkin-right")->text == "Alex 3/5");
    CHECK(list.text("summary-checkin-right")->color == screen.theme.right_partner);
    CHECK(list.text("summary-checkin-left")->size == Approx(screen.theme.body_size * 720));
    CHECK(list.text("summary-checkin")->size >= screen.theme.small_size * 720 * 0.99f);
    CHECK(list.text("summary-agreement")->text == "“We walk on Sunday.”");
    CHECK(list.text("close-hint")->text == "Hold Ctrl+Q to close");
    CHECK(list.button("pause-button") == nullptr);
}

TEST_CASE("stopping for today is acknowledged on the summary", "[view]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{FinishReason::stopped_for_today};
    CHECK(screen.build().text("summary-heading")->text == "You stopped for today. Thank you both.");
    CHECK(screen.build().text("summary-pauses")->text == "No pauses");
}

TEST_CASE("the error screen is calm and lists the lines to fix", "[view]") {
    const std::vector<std::string> lines{"evening.yaml:12:7: error: unknown key 'speakr'; did you mean 'speaker'?",
                                         "evening.yaml:20:3: error: 'time' is missing"};
    const DisplayList list = build_error_view(lines, Theme{}, english_words(), UiState{}, fake_metrics(), 1280, 720);
    CHECK(list.text("error-heading")->text == "This conversation cannot start yet");
    std::vector<std::string> shown;
    for (const auto* text : texts(list))
        if (text->role == "error-line") shown.push_back(text->text);
    CHECK(shown == lines);
    CHECK(list.text("error-line")->size < list.text("error-heading")->size);
    CHECK(buttons(list).empty());
}

TEST_CASE("a long list of errors ends with how many more there are", "[view]") {
    std::vector<std::string> lines;
    for (int i = 1; i <= 40; ++i) lines.push_back("f.yaml:" + std::to_string(i) + ":1: error: something");
    const DisplayList list = build_error_view(lines, Theme{}, english_words(), UiState{}, fake_metrics(), 1280, 720);
    REQUIRE(list.text("error-more"));
    int shown = 0;
    for (const auto* text : texts(list)) shown += text->role == "error-line" ? 1 : 0;
    CHECK(list.text("error-more")->text == "… (+" + std::to_string(40 - shown) + ")");
    for (const auto* text : texts(list)) CHECK(text->box.y + text->box.h <= 720.0f);
}

TEST_CASE("the help overlay lists the keys, the counselor's with Ctrl", "[view]") {
    Screen screen;
    screen.config.counselor = CounselorMode::on;
    screen.snapshot = turn_snapshot(200s);
    screen.ui.help = true;
    const DisplayList list = screen.build();
    const std::string words = all_words(list);
    for (const char* expected : {"Ctrl+S", "Ctrl+B", "Ctrl+T", "Ctrl+E", "Ctrl+Q", "Skip this step",
                                 "End the cool-down now", "A / L", "S / K", "F1, ? or Esc closes this"}) {
        INFO(expected);
        CHECK(words.find(expected) != std::string::npos);
    }
    CHECK(list.button("help-close")->ui == UiAction::toggle_help);
    // What lies under the overlay cannot be pressed; a pause still can.
    CHECK(list.button("next") == nullptr);
    CHECK(list.button("pause-button"));
}

// Issue 12: without a counselor their keys do nothing, so the overlay does
// not list them (nor a heading for them); closing is everyone's.
TEST_CASE("without a counselor the help overlay lists no counselor keys", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(200s);
    screen.ui.help = true;
    const DisplayList list = screen.build();
    const std::string words = all_words(list);
    for (const char* absent :
         {"Ctrl+S", "Ctrl+B", "Ctrl+T", "Ctrl+E", "Skip this step", "End the cool-down now", "For the counselor"}) {
        INFO(absent);
        CHECK(words.find(absent) == std::string::npos);
    }
    CHECK(list.text("help-counselor") == nullptr);
    CHECK(words.find("Ctrl+Q") != std::string::npos);
    CHECK(words.find("Hold two seconds to close") != std::string::npos);
}

// Issue 8: the overlay tells how a choice is made, how the summary pages and
// how it is left, in the words of the buttons, and German names German keys.
TEST_CASE("the help overlay describes choices, the summary's pages and leaving it", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(200s);
    screen.ui.help = true;
    std::string words = all_words(screen.build());
    for (const char* expected :
         {"S / K, then A / L", "A choice: move, then pick; it goes on when you both pick the same", "← · →",
          "The summary's pages", "“I'm ready”", "“We agreed aloud”", "ends your own turn"}) {
        INFO(expected);
        CHECK(words.find(expected) != std::string::npos);
    }
    // Digits no longer pick a choice: each partner picks with their own keys.
    CHECK(words.find("Check-in answer, choice") == std::string::npos);
    // Leaving the summary is listed where there is a list to go back to,
    // in the button's words.
    CHECK(words.find("“Choose another conversation” (or hold Enter)") == std::string::npos);
    screen.config.origin = SessionOrigin::picker;
    words = all_words(screen.build());
    CHECK(words.find("A + L") != std::string::npos);
    CHECK(words.find("“Choose another conversation” (or hold Enter)") != std::string::npos);
    screen.words = german_words();
    words = all_words(screen.build());
    CHECK(words.find("PgDn") == std::string::npos);
    CHECK(words.find("PgUp") == std::string::npos);
    CHECK(words.find("Bild ↓") != std::string::npos);
    CHECK(words.find("„Mündlich vereinbart“") != std::string::npos);
    CHECK(words.find("„Ein anderes Gespräch wählen“ (oder Eingabe halten)") != std::string::npos);
}

TEST_CASE("the help overlay uses one legible size for every row and leaves the footer free", "[view]") {
    for (const auto& [words, counselor] :
         {std::pair{english_words(), CounselorMode::on}, std::pair{german_words(), CounselorMode::on},
          std::pair{french_words(), CounselorMode::on}, std::pair{english_words(), CounselorMode::off},
          std::pair{german_words(), CounselorMode::off}, std::pair{french_words(), CounselorMode::off}}) {
        Screen screen;
        screen.words = words;
        screen.config.counselor = counselor;
        screen.snapshot = turn_snapshot(200s);
        screen.ui.help = true;
        const DisplayList list = screen.build();
        INFO(words.language << (counselor == CounselorMode::on ? " with a counselor" : ""));
        float size = 0;
        int rows = 0;
        for (const auto* text : texts(list)) {
            if (text->role != "help-key" && text->role != "help-text") continue;
            INFO(text->role << " '" << text->text << "'");
            if (size == 0) size = text->size;
            CHECK(text->size == size);
            const std::string_view shown = text->text;
            CHECK_FALSE(shown.ends_with("…"));  // nothing had to be cut short
            ++rows;
        }
        // Without a counselor, their four keys are not listed.
        CHECK(rows == 2 * (counselor == CounselorMode::on ? 16 : 12));
        CHECK(size >= screen.theme.small_size * 720 * 0.99f);
        // The panel ends above the footer: the pause button and the way out lie beside each other below it.
        const RectItem* panel = rect(list, "help-panel");
        REQUIRE(panel);
        const ButtonItem* pause = list.button("pause-button");
        const ButtonItem* close = list.button("help-close");
        REQUIRE(pause);
        REQUIRE(close);
        CHECK(panel->box.y + panel->box.h <= pause->box.y);
        CHECK(close->box.y == pause->box.y);
        CHECK(close->primary);
        CHECK(close->box.x > pause->box.x + pause->box.w);
    }
}

TEST_CASE("holding Ctrl+Q shows its progress", "[view]") {
    Screen screen;
    screen.ui.quit_progress = 0.5f;
    const DisplayList list = screen.build();
    REQUIRE(disk(list, "quit-progress"));
    CHECK(disk(list, "quit-progress")->fraction == 0.5f);
    CHECK(list.text("quit-hint")->text == "Keep holding to close");
    screen.ui.quit_progress = 0;
    CHECK(disk(screen.build(), "quit-progress") == nullptr);
}

TEST_CASE("muting shows on screen", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(200s);
    CHECK(screen.build().text("muted") == nullptr);
    screen.ui.muted = true;
    CHECK(screen.build().text("muted")->text == "Sound off");
}

TEST_CASE("check-ins that go on in the right column carry their heading there too", "[view]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{FinishReason::completed};
    screen.record.speeches = spoken(6min, 2min);
    for (const char* question :
         {"How settled do you feel?", "How calm do you feel now?", "How close?", "How heard do you feel?",
          "How hopeful are you?", "How tired are you?", "How safe do you feel?", "How ready are you?"}) {
        screen.record.checkins.push_back(CheckinRecord{1, question, Seat::left, 4, 5});
        screen.record.checkins.push_back(CheckinRecord{1, question, Seat::right, 3, 5});
    }
    const DisplayList list = screen.build();
    std::vector<const TextItem*> headings, questions;
    for (const TextItem* text : texts(list)) {
        if (text->role == "checkins-heading") headings.push_back(text);
        if (text->role == "summary-checkin") questions.push_back(text);
    }
    REQUIRE_FALSE(questions.empty());
    const float middle = static_cast<float>(screen.width) / 2;
    const bool any_right =
        std::any_of(questions.begin(), questions.end(), [&](const TextItem* q) { return q->box.x > middle; });
    const bool heading_right =
        std::any_of(headings.begin(), headings.end(), [&](const TextItem* h) { return h->box.x > middle; });
    REQUIRE(any_right);  // eight check-ins do not fit one column at 1280x720
    CHECK(heading_right);
}
