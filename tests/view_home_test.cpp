// The couple's home screen and the end of a kept conversation, read from
// the display list: both partners' lines on a chart are marked by name and
// shape, the due agreement comes first and says so in words, milestones are
// named warmly, files need both partners' keys and say where they go, the
// next conversation's day follows meet_every, and skipping sets no day.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "day_words.hpp"
#include "home.hpp"
#include "next_meeting.hpp"
#include "test_support.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;
using Days = std::chrono::days;

namespace {

const Day today = Day{std::chrono::year{2026} / 11 / 30};

HomeData sample_data() {
    HomeData data;
    data.names = {"Sam", "Alex"};
    data.today = today;
    data.next_conversation = today + Days{7};
    data.agreements = {
        HomeAgreement{"Phones?", "Phones stay in the hallway after nine.", today - Days{10}, today + Days{4}, false},
        HomeAgreement{"Telling?", "We tell each other the same day.", today - Days{42}, today, true},
    };
    data.conversations = 9;
    data.conversations_this_month = 4;
    HomeTrack calm{"How calm do you feel?", 5, {}};
    for (int i = 0; i < 8; ++i) calm.points.push_back({today - Days{7 * (8 - i)}, {1 + i % 5, 1 + (i + 2) % 5}});
    data.tracks = {calm};
    data.milestones = {{MilestoneKind::conversations_this_month, 4, {}},
                       {MilestoneKind::agreement_kept, 6, "We tell each other the same day…"}};
    return data;
}

DisplayList home_list(const HomeScreen& home, const Words& words = english_words(), int width = 1920,
                      int height = 1080) {
    const Script script = sample_script();
    const Snapshot snapshot;
    const SessionRecord record;
    const Theme theme;
    const UiState ui;
    return build_view(ViewInput{script, snapshot, record, theme, words, ui, fake_metrics(), width, height, Seconds{0},
                                default_shell_config, nullptr, Duration{0}, "", &home});
}

std::vector<std::string> texts_with(const DisplayList& list, std::string_view role) {
    std::vector<std::string> out;
    for (const TextItem* text : texts(list))
        if (text->role == role) out.push_back(text->text);
    return out;
}

std::size_t count_role(const DisplayList& list, std::string_view role) {
    return static_cast<std::size_t>(std::count_if(list.items.begin(), list.items.end(), [&](const DisplayItem& item) {
        return std::visit([&](const auto& each) { return each.role == role; }, item);
    }));
}

KeyPress press(Key key) { return KeyPress{key, {}}; }

}  // namespace

TEST_CASE("the home screen says the day of the next conversation in words", "[view][home]") {
    const HomeScreen home{sample_data(), {}};
    const DisplayList list = home_list(home);
    REQUIRE(list.text("home-next"));
    CHECK(list.text("home-next")->text == "Next conversation: Monday 7 December");
    const DisplayList german = home_list(home, german_words());
    CHECK(german.text("home-next")->text == "Nächstes Gespräch: Montag, 7. Dezember");
}

TEST_CASE("the home screen lists the agreement due for review first and says so in words", "[view][home]") {
    const HomeScreen home{sample_data(), {}};
    const DisplayList list = home_list(home);
    const auto agreements = texts_with(list, "home-agreement");
    REQUIRE(agreements.size() == 2);
    CHECK(agreements[0] == "We tell each other the same day.");
    CHECK(agreements[1] == "Phones stay in the hallway after nine.");
    // Not only a colour: a line of words marks it, and only it.
    CHECK(texts_with(list, "home-due") == std::vector<std::string>{"Time to look at it again together"});
    const auto meta = texts_with(list, "home-agreement-meta");
    CHECK(meta[0] == "Since Monday 19 October · review Monday 30 November");
}

TEST_CASE("each partner's line on a check-in chart is marked by name and by shape", "[view][home]") {
    const HomeScreen home{sample_data(), {}};
    const DisplayList list = home_list(home);
    REQUIRE(list.text("home-key-left"));
    REQUIRE(list.text("home-key-right"));
    CHECK(list.text("home-key-left")->text == "Sam");
    CHECK(list.text("home-key-right")->text == "Alex");
    std::size_t disks = 0, squares = 0;
    for (const DisplayItem& item : list.items) {
        if (const auto* disk = std::get_if<DiskItem>(&item); disk && disk->role == "home-point-left") ++disks;
        if (const auto* rect = std::get_if<RectItem>(&item); rect && rect->role == "home-point-right") ++squares;
    }
    // Eight conversations: eight answers each, disks for one, squares for the other.
    CHECK(disks == 8);
    CHECK(squares == 8);
    CHECK(count_role(list, "home-point-left") == 8);  // no square among the left's points
    CHECK(count_role(list, "home-line-left") > 0);
}

TEST_CASE("a conversation without an answer leaves a gap in that partner's line, never a zero", "[view][home]") {
    HomeScreen home{sample_data(), {}};
    home.data.tracks[0].points[3].values[1].reset();
    const DisplayList list = home_list(home);
    CHECK(count_role(list, "home-point-left") == 8);
    CHECK(count_role(list, "home-point-right") == 7);
}

TEST_CASE("milestones are named warmly, with counts in words and nothing that reads as a streak", "[view][home]") {
    const HomeScreen home{sample_data(), {}};
    const auto milestones = texts_with(home_list(home), "home-milestone");
    CHECK(milestones == std::vector<std::string>{"Four conversations this month",
                                                 "“We tell each other the same day…” kept for six weeks"});
    for (const auto& text : milestones) {
        CHECK(text.find("streak") == std::string::npos);
        CHECK(text.find("in a row") == std::string::npos);
    }
}

TEST_CASE("a new space's home screen says the first conversation begins here and draws no chart", "[view][home]") {
    HomeScreen home;
    home.data.names = {"Sam", "Alex"};
    home.data.today = today;
    const DisplayList list = home_list(home);
    CHECK(list.text("home-conversations")->text == "Your first conversation in this space begins here.");
    CHECK(list.text("home-next")->text == "No day set yet for your next conversation");
    CHECK(list.text("home-agreements-none"));
    CHECK(count_role(list, "home-point-left") == 0);
    REQUIRE(list.button("home-begin"));
    CHECK(list.button("home-begin")->primary);
}

TEST_CASE("many agreements page with one key and every one is shown on some page", "[view][home]") {
    HomeScreen home{sample_data(), {}};
    home.data.agreements.clear();
    for (int i = 0; i < 12; ++i)
        home.data.agreements.push_back(HomeAgreement{"Prompt " + std::to_string(i),
                                                     "Agreement number " + std::to_string(i) + " in full words",
                                                     today - Days{20}, today + Days{8}, false});
    std::set<std::string> seen;
    std::size_t pages = 0;
    for (; pages < 12; ++pages) {
        const auto shown = texts_with(home_list(home, english_words(), 1280, 720), "home-agreement");
        if (!shown.empty() && seen.count(shown.front())) break;
        seen.insert(shown.begin(), shown.end());
        CHECK(apply_home_action(home, map_home_key(press(Key::down), home.state)) == HomeRequest::none);
    }
    CHECK(pages > 1);
    CHECK(seen.size() == 12);
}

TEST_CASE("a file to take home is asked for by both partners' own keys before anything is written", "[view][home]") {
    HomeScreen home{sample_data(), {}};
    home.state.folder = "/home/sam/Documents";
    // One partner asks: the other is asked by name; nothing is written.
    CHECK(apply_home_action(home, map_home_key(press(Key::a), home.state)) == HomeRequest::none);
    CHECK(home.state.stage == ExportStage::asking);
    const DisplayList asking = home_list(home);
    CHECK(asking.text("home-take-home")->text == "Sam would like the agreements on paper. L if you would too.");
    // Enter begins the conversation, not a file.
    CHECK(map_home_key(press(Key::enter), home.state) == UiAction::home_begin);
    // The other partner's calendar key is another file: still not both.
    CHECK(apply_home_action(home, map_home_key(press(Key::k), home.state)) == HomeRequest::none);
    CHECK(home.state.stage == ExportStage::asking);
    CHECK(home.state.asked == HomeExport::calendar);
    // Both ask for the calendar: the screen says what leaves the space, and where.
    CHECK(apply_home_action(home, map_home_key(press(Key::s), home.state)) == HomeRequest::none);
    REQUIRE(home.state.stage == ExportStage::confirm);
    const DisplayList confirm = home_list(home);
    const std::string notice = confirm.text("export-notice")->text;
    CHECK(notice.find("/home/sam/Documents") != std::string::npos);
    CHECK(notice.find("anyone with access to this computer can read it") != std::string::npos);
    // A clicker's Space never writes it; Enter does.
    CHECK(map_home_key(press(Key::space), home.state) == UiAction::none);
    CHECK(apply_home_action(home, map_home_key(press(Key::enter), home.state)) == HomeRequest::export_file);
    home_export_written(home.state, "/home/sam/Documents/next-conversation.ics");
    CHECK(home_list(home).text("export-notice")->text == "It is in /home/sam/Documents/next-conversation.ics");
    CHECK(apply_home_action(home, map_home_key(press(Key::enter), home.state)) == HomeRequest::none);
    CHECK(home.state.stage == ExportStage::none);
}

TEST_CASE("Esc drops an ask first, then goes back from the home screen", "[view][home]") {
    HomeScreen home{sample_data(), {}};
    apply_home_action(home, UiAction::ask_paper_right);
    CHECK(apply_home_action(home, map_home_key(press(Key::escape), home.state)) == HomeRequest::none);
    CHECK(home.state.paper == std::array<bool, 2>{false, false});
    CHECK(apply_home_action(home, map_home_key(press(Key::escape), home.state)) == HomeRequest::back);
    CHECK(apply_home_action(home, map_home_key(press(Key::space), home.state)) == HomeRequest::begin);
}

TEST_CASE("the next conversation suggested follows meet_every, and none is asked without it", "[view][meeting]") {
    const auto weekly = start_next_meeting(weeks(1), today);
    REQUIRE(weekly);
    CHECK(weekly->day == today + Days{7});
    const auto fortnightly = start_next_meeting(weeks(2), today);
    CHECK(fortnightly->day == today + Days{14});
    CHECK(start_next_meeting(days(3), today)->day == today + Days{3});
    CHECK_FALSE(start_next_meeting(std::nullopt, today));
}

TEST_CASE("the day moves with the arrows and is kept only when both say yes", "[view][meeting]") {
    NextMeeting meeting = *start_next_meeting(weeks(1), today);
    CHECK(apply_meeting_action(meeting, map_meeting_key(press(Key::a), meeting)) == MeetingRequest::none);
    // A new day asks both again.
    apply_meeting_action(meeting, map_meeting_key(press(Key::down), meeting));
    CHECK(meeting.day == today + Days{8});
    CHECK(meeting.agreed == std::array<bool, 2>{false, false});
    apply_meeting_action(meeting, map_meeting_key(press(Key::up), meeting));
    apply_meeting_action(meeting, map_meeting_key(press(Key::up), meeting));
    CHECK(meeting.day == today + Days{6});
    CHECK(apply_meeting_action(meeting, map_meeting_key(press(Key::l), meeting)) == MeetingRequest::none);
    CHECK(apply_meeting_action(meeting, map_meeting_key(press(Key::a), meeting)) == MeetingRequest::keep_date);
    CHECK(meeting.stage == MeetingStage::agreed);
    // Answered: the summary's own keys take over.
    CHECK(map_meeting_key(press(Key::a), meeting) == UiAction::none);
}

TEST_CASE("the day is never earlier than tomorrow", "[view][meeting]") {
    NextMeeting meeting = *start_next_meeting(days(2), today);
    for (int i = 0; i < 5; ++i) apply_meeting_action(meeting, UiAction::meeting_earlier);
    CHECK(meeting.day == today + Days{1});
}

namespace {

Screen kept_end_screen(Run& run) {
    Screen screen;
    screen.script = run.session().script();
    screen.snapshot = run.shot();
    screen.record = run.record();
    screen.width = 1920;
    screen.height = 1080;
    return screen;
}

DisplayList kept_summary(const Screen& screen, const NextMeeting* meeting, const std::vector<ReviewSubject>* subjects) {
    return build_view(ViewInput{screen.script, screen.snapshot, screen.record, screen.theme, screen.words, screen.ui,
                                fake_metrics(), screen.width, screen.height, Seconds{0}, screen.config, nullptr,
                                Duration{0}, "", nullptr, meeting, subjects});
}

Script agreement_script() { return script_of({item("Agree", {agreement("What will each of us try this week?")})}); }

void finish_with_agreement(Run& run) {
    run.send(cmd::Begin{});
    run.send(cmd::AgreementText{"We walk together on Sunday."});
    run.send(cmd::Confirm{Seat::left});
    run.send(cmd::Confirm{Seat::right});
    REQUIRE(run.shot().phase == Phase::finished);
}

}  // namespace

TEST_CASE("a kept conversation's summary shows what changed and asks when to meet next", "[view][meeting]") {
    Run run{agreement_script()};
    finish_with_agreement(run);
    Screen screen = kept_end_screen(run);
    ReviewRecord reworded;
    reworded.agreement_id = "a2";
    reworded.outcome = ReviewOutcome::reworded;
    reworded.text = "Phones stay in the hallway on weekdays.";
    ReviewRecord let_go;
    let_go.agreement_id = "a3";
    let_go.outcome = ReviewOutcome::let_go;
    screen.record.reviews = {reworded, let_go};
    const std::vector<ReviewSubject> subjects{{"a2", "Phones?", "Phones stay in the hallway.", false, weeks(2), true},
                                              {"a3", "Tea?", "Tea at five.", false, weeks(2), true}};
    NextMeeting meeting = *start_next_meeting(weeks(1), today);
    // First the question, alone on the screen: the suggested day and both keys.
    const DisplayList asking = kept_summary(screen, &meeting, &subjects);
    REQUIRE(asking.text("meeting-day"));
    CHECK(asking.text("meeting-day")->text == day_words(english_words(), today + Days{7}));
    CHECK(asking.button("meeting-yes-left"));
    CHECK(asking.button("meeting-yes-right"));
    CHECK(asking.button("meeting-skip"));
    CHECK_FALSE(asking.text("changes-heading"));
    // Both said yes: the summary, with the day first and what changed.
    apply_meeting_action(meeting, UiAction::meeting_agree_left);
    apply_meeting_action(meeting, UiAction::meeting_agree_right);
    const DisplayList list = kept_summary(screen, &meeting, &subjects);
    REQUIRE(list.text("meeting-answer"));
    CHECK(list.text("meeting-answer")->text == "Your next conversation: Monday 7 December");
    CHECK(list.text("changes-heading"));
    CHECK(texts_with(list, "summary-change-prompt") ==
          std::vector<std::string>{"Reworded", "Let go", "New · What will each of us try this week?"});
    CHECK(texts_with(list, "summary-change") == std::vector<std::string>{"“Phones stay in the hallway on weekdays.”",
                                                                         "“Tea at five.”",
                                                                         "“We walk together on Sunday.”"});
    CHECK_FALSE(list.text("meeting-day"));
}

TEST_CASE("skipping the next meeting leaves no day on the summary", "[view][meeting]") {
    Run run{agreement_script()};
    finish_with_agreement(run);
    const Screen screen = kept_end_screen(run);
    const std::vector<ReviewSubject> subjects;
    NextMeeting meeting = *start_next_meeting(weeks(1), today);
    CHECK(apply_meeting_action(meeting, map_meeting_key(press(Key::escape), meeting)) == MeetingRequest::no_date);
    const DisplayList list = kept_summary(screen, &meeting, &subjects);
    CHECK_FALSE(list.text("meeting-day"));
    REQUIRE(list.text("meeting-answer"));
    CHECK(list.text("meeting-answer")->text == "No day set. You can choose one next time.");
}

TEST_CASE("a conversation that was not kept shows neither changes nor the next meeting", "[view][meeting]") {
    Run run{agreement_script()};
    finish_with_agreement(run);
    const Screen screen = kept_end_screen(run);
    const DisplayList list = kept_summary(screen, nullptr, nullptr);
    CHECK_FALSE(list.text("changes-heading"));
    CHECK_FALSE(list.text("meeting-question"));
    CHECK(list.text("agreements-heading"));
}

TEST_CASE("a list of changes that goes on in the next column says it is continued", "[view][meeting]") {
    Run run{agreement_script()};
    finish_with_agreement(run);
    Screen screen = kept_end_screen(run);
    screen.width = 1280;
    screen.height = 720;
    std::vector<ReviewSubject> subjects;
    for (int i = 0; i < 9; ++i) {
        const std::string id = "a" + std::to_string(i);
        subjects.push_back({id, "Evenings?", "We put the phones away at nine on weekdays, number " + std::to_string(i),
                            false, weeks(2), true});
        ReviewRecord kept;
        kept.agreement_id = id;
        kept.outcome = ReviewOutcome::kept;
        screen.record.reviews.push_back(kept);
    }
    NextMeeting meeting = *start_next_meeting(weeks(1), today);
    apply_meeting_action(meeting, UiAction::meeting_agree_left);
    apply_meeting_action(meeting, UiAction::meeting_agree_right);
    const DisplayList list = kept_summary(screen, &meeting, &subjects);
    const float middle = static_cast<float>(screen.width) / 2;
    std::vector<const TextItem*> headings;
    bool change_right = false;
    for (const TextItem* text : texts(list)) {
        if (text->role == "changes-heading") headings.push_back(text);
        if (text->role == "summary-change" && text->box.x > middle) change_right = true;
    }
    REQUIRE(change_right);  // nine changes do not fit one column at 1280x720
    REQUIRE(headings.size() == 2);
    CHECK(headings[0]->text == "What changed in your agreements");
    CHECK(headings[1]->box.x > middle);
    CHECK(headings[1]->text == "What changed in your agreements (continued)");
    // German says the same.
    screen.words = words_for_language("de");
    const DisplayList german = kept_summary(screen, &meeting, &subjects);
    const std::vector<std::string> german_headings = texts_with(german, "changes-heading");
    REQUIRE(german_headings.size() == 2);
    CHECK(german_headings[0] == "Was sich an euren Vereinbarungen geändert hat");
    // Too long for the column with "(Fortsetzung)": the heading is shortened, never that word.
    CHECK(german_headings[1].find("Was sich an euren") == 0);
    CHECK(german_headings[1].find("… (Fortsetzung)") != std::string::npos);
}

namespace {

DisplayList start_list(std::optional<PlannedConversation> planned, const Words& words = english_words(),
                       int width = 1920, int height = 1080) {
    const Script script = sample_script();
    const Snapshot snapshot;  // the start screen
    const SessionRecord record;
    const Theme theme;
    const UiState ui;
    ViewInput input{
        script, snapshot, record, theme, words, ui, fake_metrics(), width, height, Seconds{0}, default_shell_config};
    input.planned = planned;
    return build_view(input);
}

}  // namespace

TEST_CASE("with the space open the start screen says calmly when this conversation was planned", "[view][meeting]") {
    // Sealed, or no day chosen: nothing is said.
    CHECK_FALSE(start_list(std::nullopt).text("planned-day"));

    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
        const DisplayList on_the_day = start_list(PlannedConversation{today, today}, english_words(), width, height);
        REQUIRE(on_the_day.text("planned-day"));
        CHECK(on_the_day.text("planned-day")->text == "Planned for today");
        // Under the title, above the description and the names, clear of them.
        const TextItem* title = on_the_day.text("title");
        const TextItem* line = on_the_day.text("planned-day");
        REQUIRE(title);
        CHECK(line->box.y >= title->box.y + title->box.h - 0.5f);
        if (const TextItem* description = on_the_day.text("description"))
            CHECK(description->box.y >= line->box.y + line->box.h - 0.5f);
        REQUIRE(on_the_day.button("name-left"));
        CHECK(on_the_day.button("name-left")->box.y >= line->box.y + line->box.h);
        CHECK(line->size >= 0.026f * static_cast<float>(height));  // the legible floor
    }

    const DisplayList ahead = start_list(PlannedConversation{today + Days{8}, today});
    CHECK(ahead.text("planned-day")->text == "You planned this conversation for Tuesday 8 December");
    // A day that passed is said plainly: no "missed", no "late".
    const DisplayList before = start_list(PlannedConversation{today - Days{6}, today});
    CHECK(before.text("planned-day")->text == "Planned for Tuesday 24 November");

    const Words german = words_for_language("de");
    CHECK(start_list(PlannedConversation{today, today}, german).text("planned-day")->text == "Für heute geplant");
    CHECK(start_list(PlannedConversation{today + Days{8}, today}, german).text("planned-day")->text ==
          "Ihr habt dieses Gespräch für Dienstag, 8. Dezember geplant");
    CHECK(start_list(PlannedConversation{today - Days{6}, today}, german).text("planned-day")->text ==
          "Geplant für Dienstag, 24. November");
}
