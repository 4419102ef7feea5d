// The summary shows everything agreed and every check-in the script lets be
// seen, a page at a time when it does not fit; it counts items done once
// each; and check-ins with `reveal: false` leave no answer behind.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "key_map.hpp"
#include "script_loader.hpp"
#include "test_support.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

constexpr Seat left = Seat::left;
constexpr Seat right = Seat::right;

Step private_checkin(std::string question, int pause_at_or_below) {
    Step step = checkin(std::move(question), 5, pause_at_or_below);
    std::get<CheckinStep>(step.body).reveal = false;
    return step;
}

// The summary of a finished run, as the screen shows it.
Screen summary_of(Run& run, int width = 1280, int height = 720) {
    Screen screen;
    screen.script = run.session().script();
    screen.snapshot = run.shot();
    screen.record = run.record();
    screen.width = width;
    screen.height = height;
    return screen;
}

std::vector<std::string> texts_of(const DisplayList& list, const std::string& role) {
    std::vector<std::string> out;
    for (const TextItem* text : texts(list))
        if (text->role == role) out.push_back(text->text);
    return out;
}

// How many pages the summary has, read from "Page 1 of N" (1 when none is shown).
std::size_t page_count(const DisplayList& list) {
    const TextItem* page = list.text("summary-page");
    if (!page) return 1;
    const auto of = page->text.rfind(' ');
    return static_cast<std::size_t>(std::stoul(page->text.substr(of + 1)));
}

}  // namespace

TEST_CASE("the summary lists every agreement of a session with eight agreements and eight check-ins",
          "[view][session]") {
    std::vector<Item> agenda;
    for (int i = 1; i <= 8; ++i) {
        const std::string n = std::to_string(i);
        agenda.push_back(item("Part " + n, {checkin("How settled do you feel, part " + n + "?"),
                                            agreement("What will we try, part " + n + "?")}));
    }
    Run run{script_of(agenda)};
    run.send(cmd::Begin{});
    for (int i = 1; i <= 8; ++i) {
        REQUIRE(run.send(cmd::Answer{left, 4}) == Outcome::applied);
        REQUIRE(run.send(cmd::Answer{right, 3}) == Outcome::applied);
        if (i == 5) {
            run.send(cmd::AgreedAloud{});
        } else {
            run.send(cmd::AgreementText{"We will try thing number " + std::to_string(i) +
                                        ", every evening after dinner, for a week, and then talk about it."});
        }
        run.send(cmd::Confirm{left});
        REQUIRE(run.send(cmd::Confirm{right}) == Outcome::applied);
    }
    REQUIRE(run.shot().phase == Phase::finished);
    REQUIRE(run.record().agreements.size() == 8);

    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        INFO(width << "x" << height);
        Screen screen = summary_of(run, width, height);
        const std::size_t pages = page_count(screen.build());
        CHECK(pages > 1);  // this much does not fit one page
        std::vector<std::string> agreements, prompts, questions, answers;
        for (std::size_t page = 0; page < pages; ++page) {
            screen.ui.summary_page = page;
            const DisplayList list = screen.build();
            CHECK(list.text("summary-more") == nullptr);  // nothing hidden behind "… (+n)"
            CHECK(list.text("summary-page")->text ==
                  "Page " + std::to_string(page + 1) + " of " + std::to_string(pages));
            for (const auto& text : texts_of(list, "summary-agreement")) agreements.push_back(text);
            for (const auto& text : texts_of(list, "summary-agreement-prompt")) prompts.push_back(text);
            for (const auto& text : texts_of(list, "summary-checkin")) questions.push_back(text);
            for (const auto& text : texts_of(list, "summary-checkin-left")) answers.push_back(text);
            for (const TextItem* text : texts(list)) CHECK(text->cut == TextCut::whole);
        }
        // Every agreement once, in full, under its prompt; the one made aloud too.
        REQUIRE(agreements.size() == 8);
        REQUIRE(prompts.size() == 8);
        for (int i = 1; i <= 8; ++i) {
            const auto at = static_cast<std::size_t>(i - 1);
            CHECK(prompts[at] == "What will we try, part " + std::to_string(i) + "?");
            if (i == 5)
                CHECK(agreements[at] == "Agreed aloud.");
            else
                CHECK(agreements[at] == "“We will try thing number " + std::to_string(i) +
                                            ", every evening after dinner, for a week, and then talk about it.”");
        }
        CHECK(std::set<std::string>(questions.begin(), questions.end()).size() == 8);
        CHECK(answers == std::vector<std::string>(8, "Partner A 4/5"));
    }
}

TEST_CASE("the summary shows agreements first, then check-ins, then the rest", "[view]") {
    Run run{script_of({item("One", {checkin("Calm?"), agreement("What will we try?")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 5});
    run.send(cmd::AgreementText{"A walk on Sunday."});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    const DisplayList list = summary_of(run, 1920, 1080).build();
    const TextItem* agreement = list.text("summary-agreement");
    const TextItem* checkin_answer = list.text("summary-checkin-right");
    const TextItem* items = list.text("summary-items");
    REQUIRE(agreement);
    REQUIRE(checkin_answer);
    REQUIRE(items);
    CHECK(checkin_answer->text == "Partner B 5/5");
    CHECK(agreement->box.y < checkin_answer->box.y);
    CHECK(checkin_answer->box.y < items->box.y);
    CHECK(list.text("summary-page") == nullptr);  // one page: no page controls
    CHECK(list.button("summary-next-page") == nullptr);
}

TEST_CASE("the summary pages with keys and buttons", "[view][ui]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{FinishReason::completed};
    for (int i = 0; i < 12; ++i)
        screen.record.agreements.push_back(
            AgreementRecord{1, "What will each of us try?", "Agreement " + std::to_string(i), false, {true, true}});
    const DisplayList first = screen.build();
    REQUIRE(page_count(first) > 1);
    CHECK(first.text("summary-page")->text == "Page 1 of " + std::to_string(page_count(first)));
    const ButtonItem* next = first.button("summary-next-page");
    REQUIRE(next);
    CHECK(next->ui == UiAction::next_page);
    CHECK(next->label == "Next page");
    CHECK(first.button("summary-previous-page") == nullptr);  // nothing before the first page

    const Script script = sample_script();
    CHECK(map_key({Key::right, {}}, script, screen.snapshot, screen.ui, screen.config) ==
          KeyAction{UiAction::next_page});
    CHECK(map_key({Key::page_down, {}}, script, screen.snapshot, screen.ui, screen.config) ==
          KeyAction{UiAction::next_page});
    CHECK(map_key({Key::left, {}}, script, screen.snapshot, screen.ui, screen.config) ==
          KeyAction{UiAction::previous_page});
    CHECK(map_key({Key::page_up, {}}, script, screen.snapshot, screen.ui, screen.config) ==
          KeyAction{UiAction::previous_page});

    CHECK_FALSE(apply_ui_action(screen.ui, UiAction::next_page, script, screen.snapshot));
    const DisplayList second = screen.build();
    CHECK(second.text("summary-page")->text == "Page 2 of " + std::to_string(page_count(first)));
    const ButtonItem* previous = second.button("summary-previous-page");
    REQUIRE(previous);
    CHECK(previous->ui == UiAction::previous_page);
    CHECK(texts_of(second, "summary-agreement") != texts_of(first, "summary-agreement"));
    apply_ui_action(screen.ui, UiAction::previous_page, script, screen.snapshot);
    CHECK(screen.build().text("summary-page")->text == first.text("summary-page")->text);
    apply_ui_action(screen.ui, UiAction::previous_page, script, screen.snapshot);
    CHECK(screen.ui.summary_page == 0);  // the first page stays

    // Past the last page: the first again, never a blank one.
    screen.ui.summary_page = page_count(first);
    CHECK(screen.build().text("summary-page")->text == first.text("summary-page")->text);

    // A summary opens at its first page.
    screen.ui.summary_page = 1;
    sync_ui_state(screen.ui, step_snapshot(at_turn, Activity::turn));
    CHECK(screen.ui.summary_page == 0);
}

TEST_CASE("an item repeated after a goto is one item, done once", "[session][view]") {
    Run run{script_of({item("Opening", {say("Welcome")}),
                       item("Where next", {choice("Again?", {go_to("The opening again", 0), end_here("Done")})})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    // A choice is made when both partners pick the same option.
    run.send(cmd::Choose{Seat::left, 0});
    REQUIRE(run.send(cmd::Choose{Seat::right, 0}) == Outcome::applied);
    run.send(cmd::Next{});
    run.send(cmd::Choose{Seat::left, 1});
    REQUIRE(run.send(cmd::Choose{Seat::right, 1}) == Outcome::applied);
    REQUIRE(run.shot().phase == Phase::finished);
    CHECK(run.record().items_done == std::vector<std::size_t>{0, 1, 0, 1});
    CHECK(distinct_items_done(run.record()) == 2);
    CHECK(summary_of(run).build().text("summary-items")->text == "Parts done: 2 of 2");
}

TEST_CASE("stopping early says calmly what was covered", "[session][view]") {
    const auto make = [] {
        return script_of({item("Arriving", {say("Welcome")}), item("The impact", {turn(left, 5min)}),
                          item("Closing", {say("Thank you")})});
    };
    SECTION("nothing finished yet: where they began") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::StopForToday{});
        REQUIRE(run.shot().phase == Phase::finished);
        CHECK(summary_of(run).build().text("summary-items")->text == "Today you began with “Arriving”");
    }
    SECTION("some parts finished") {
        Run run{make()};
        run.send(cmd::Begin{});
        run.send(cmd::Next{});
        run.send(cmd::StopForToday{});
        REQUIRE(run.shot().phase == Phase::finished);
        CHECK(summary_of(run).build().text("summary-items")->text == "Today you went through 1 of 3 parts");
    }
}

TEST_CASE("a check-in with reveal false keeps no answers and shows none", "[session][view]") {
    Run run{script_of({item("One", {private_checkin("How safe do you feel right now?", 2), say("after")})})};
    run.send(cmd::Begin{});
    REQUIRE(run.send(cmd::Answer{left, 4}) == Outcome::applied);
    // A low answer still calls the pause: that is what the answers are for.
    REQUIRE(run.send(cmd::Answer{right, 1}) == Outcome::applied);
    CHECK(run.shot().phase == Phase::paused);
    CHECK(run.shot().pause()->cause == PauseCause::checkin);
    CHECK(run.record().checkins.empty());
    run.send(cmd::StopForToday{});
    REQUIRE(run.shot().phase == Phase::finished);
    CHECK(run.record().checkins.empty());
    const DisplayList list = summary_of(run).build();
    CHECK(list.text("checkins-heading") == nullptr);
    CHECK(list.text("summary-checkin") == nullptr);
    CHECK(list.text("summary-checkin-left") == nullptr);
    CHECK(list.text("summary-checkin-right") == nullptr);
}

TEST_CASE("a check-in with reveal true shows both answers together", "[session][view]") {
    Run run{script_of({item("One", {checkin("How calm do you feel?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 2});
    run.send(cmd::Answer{right, 5});
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::finished);
    REQUIRE(run.record().checkins.size() == 2);
    const DisplayList list = summary_of(run).build();
    CHECK(list.text("summary-checkin")->text == "How calm do you feel?");
    CHECK(list.text("summary-checkin-left")->text == "Partner A 2/5");
    CHECK(list.text("summary-checkin-right")->text == "Partner B 5/5");
}

TEST_CASE("the check-in screen says what becomes of the answers before anyone answers", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_checkin, Activity::checkin);
    CHECK(screen.build().text("checkin-reveal")->text ==
          "Both answers are shown together at the end, once you have both answered.");
    auto& step = screen.script.agenda[at_checkin.item].steps[at_checkin.step];
    std::get<CheckinStep>(step.body).reveal = false;
    CHECK(screen.build().text("checkin-reveal")->text ==
          "These answers stay private: they only help offer a pause and are not kept.");
    screen.words = german_words();
    CHECK_FALSE(screen.build().text("checkin-reveal")->text.empty());
}

TEST_CASE("the speaking time is shown as time, without a bar", "[view]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{FinishReason::completed};
    screen.record.speeches.push_back(SpeechRecord{Seat::left, Duration{0}, std::chrono::minutes{9}});
    screen.record.speeches.push_back(SpeechRecord{Seat::right, std::chrono::minutes{9}, std::chrono::minutes{9} + 5s});
    screen.record.elapsed = std::chrono::minutes{10};
    const DisplayList list = screen.build();
    CHECK(list.text("speaking-left")->text == "Sam  9:00");
    CHECK(list.text("speaking-right")->text == "Alex  0:05");
    for (const auto& item : list.items)
        if (const auto* rect = std::get_if<RectItem>(&item)) CHECK(rect->role.rfind("balance", 0) == std::string::npos);
}

TEST_CASE("the loader reads a check-in's reveal as true or false only", "[loader]") {
    const auto with = [](const std::string& reveal) {
        return load_script_text(
            "title: t\n"
            "partners:\n"
            "  - { id: sam, name: Sam }\n"
            "  - { id: alex, name: Alex }\n"
            "agenda:\n"
            "  - title: x\n"
            "    steps:\n"
            "      - checkin: { question: Calm?, reveal: " +
                reveal + " }\n",
            "s.yaml");
    };
    const ScriptLoad shown = with("true");
    REQUIRE(shown.ok());
    CHECK(std::get<CheckinStep>(shown.script->agenda[0].steps[0].body).reveal);
    const ScriptLoad kept = with("false");
    REQUIRE(kept.ok());
    CHECK_FALSE(std::get<CheckinStep>(kept.script->agenda[0].steps[0].body).reveal);
    for (const char* bad : {"yes", "no", "1", "\"false\"", "hidden"}) {
        INFO(bad);
        const ScriptLoad result = with(bad);
        CHECK_FALSE(result.ok());
        bool found = false;
        for (const Diagnostic& d : result.diagnostics) {
            if (d.message.find("'reveal' must be true or false") == std::string::npos) continue;
            found = true;
            CHECK(d.format().rfind("s.yaml:8:45: error:", 0) == 0);
        }
        CHECK(found);
    }
}

// Issue 8: a reflection that ended "not quite" is mentioned calmly, as
// something to come back to; a summary where every reflection was heard says
// nothing about them.
TEST_CASE("the summary says how the reflections ended when one ended not quite", "[session][view]") {
    Run run{script_of({item("One", {turn(left, 60s), reflect(right, 60s, 2), turn(right, 60s), reflect(left, 60s, 1),
                                    turn(left, 60s), reflect(right, 60s, 1)})})};
    run.send(cmd::Begin{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    run.send(cmd::NotQuite{});  // reflection 1 of 2: clarify and reflect again, then heard
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    run.send(cmd::ThatsIt{});
    run.send(cmd::Next{});
    run.send(cmd::Next{});
    REQUIRE(run.shot().activity == Activity::verdict);
    SECTION("all heard: nothing is said about them") {
        run.send(cmd::ThatsIt{});
        REQUIRE(run.shot().phase == Phase::finished);
        CHECK(summary_of(run).build().text("summary-reflections") == nullptr);
    }
    SECTION("the last one not quite yet") {
        run.send(cmd::NotQuite{});
        run.send(cmd::Next{});
        REQUIRE(run.shot().phase == Phase::finished);
        Screen screen = summary_of(run, 1920, 1080);
        const DisplayList list = screen.build();
        const TextItem* line = list.text("summary-reflections");
        REQUIRE(line);
        // The first reflection's "not quite" was followed by one that fitted: two heard.
        CHECK(line->text == "Reflections: 2 heard, 1 not quite yet. You can come back to this another time.");
        screen.words = german_words();
        CHECK(screen.build().text("summary-reflections")->text ==
              "Spiegelungen: 2 angekommen, 1 noch nicht ganz. Ihr könnt ein andermal darauf zurückkommen.");
        screen.record.reflections.erase(screen.record.reflections.begin(), screen.record.reflections.end() - 1);
        screen.words = english_words();
        CHECK(screen.build().text("summary-reflections")->text ==
              "Reflections: 1 not quite heard yet. You can come back to this another time.");
    }
}

TEST_CASE("an agreement and a check-in redone after Back show the latest with what came before", "[session][view]") {
    Run run{script_of({item("One", {checkin("Calm?"), agreement("What will we try?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::Answer{left, 4});
    run.send(cmd::Answer{right, 3});
    run.send(cmd::AgreementText{"Walk on Sunday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    run.send(cmd::Back{});
    run.send(cmd::Back{});
    REQUIRE(run.shot().activity == Activity::checkin);
    run.send(cmd::Answer{left, 5});
    run.send(cmd::Answer{right, 5});
    run.send(cmd::AgreementText{"Walk on Saturday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    run.send(cmd::Next{});
    REQUIRE(run.shot().phase == Phase::finished);
    const DisplayList list = summary_of(run, 1920, 1080).build();
    const auto agreements = texts_of(list, "summary-agreement");
    CHECK(std::count(agreements.begin(), agreements.end(), "“Walk on Saturday”") == 1);
    CHECK(std::count(agreements.begin(), agreements.end(), "“Walk on Sunday”") == 0);
    CHECK(texts_of(list, "summary-agreement-earlier") == std::vector<std::string>{"earlier: “Walk on Sunday”"});
    CHECK(texts_of(list, "summary-checkin-left") == std::vector<std::string>{"Partner A 5/5"});
    CHECK(texts_of(list, "summary-checkin-right") == std::vector<std::string>{"Partner B 5/5"});
    CHECK(texts_of(list, "summary-checkin-earlier") ==
          std::vector<std::string>{"earlier: Partner A 4/5, Partner B 3/5"});
    const TextItem* latest = nullptr;
    for (const TextItem* text : texts(list))
        if (text->text == "“Walk on Saturday”") latest = text;
    REQUIRE(latest);
    CHECK(latest->box.y < list.text("summary-agreement-earlier")->box.y);  // the latest first
}

TEST_CASE("an agreement gone back over and then stopped is still in the summary", "[session][view]") {
    Run run{script_of({item("One", {agreement("What will we try?"), say("after")})})};
    run.send(cmd::Begin{});
    run.send(cmd::AgreementText{"Walk on Sunday"});
    run.send(cmd::Confirm{left});
    run.send(cmd::Confirm{right});
    run.send(cmd::Back{});
    run.send(cmd::StopForToday{});
    REQUIRE(run.shot().phase == Phase::finished);
    const DisplayList list = summary_of(run, 1920, 1080).build();
    const auto agreements = texts_of(list, "summary-agreement");
    CHECK(std::count(agreements.begin(), agreements.end(), "“Walk on Sunday”") == 1);
    CHECK(texts_of(list, "summary-agreement-earlier").empty());
}

// Issue 12: what the counselor changed is said calmly on the summary, apart
// from the partners' own doings, in English and German.
TEST_CASE("the summary says what the counselor changed", "[view][session][counselor]") {
    Run run{script_of({item("Appreciations", {turn(left, 90s), say("after")}), item("One concern", {say("two")}),
                       item("Closing", {say("three")})})};
    run.send(cmd::Begin{});
    run.wait(10s);
    run.send(cmd::AddTime{Seconds{60}});
    run.send(cmd::AddTime{Seconds{60}});
    run.send(cmd::Pause{right});
    run.wait(12min);
    run.send(cmd::EndCooldown{});
    run.send(cmd::Ready{left});
    run.send(cmd::Ready{right});
    run.send(cmd::Skip{});
    run.send(cmd::JumpTo{2});
    run.send(cmd::CounselorPause{});
    run.send(cmd::StopForToday{});
    Screen screen = summary_of(run, 1920, 1080);
    std::vector<std::string> lines = texts_of(screen.build(), "summary-override");
    CHECK(lines == std::vector<std::string>{"The counselor added 2 minutes to “Appreciations”",
                                            "The counselor ended a cool-down after 12 minutes",
                                            "The counselor skipped 1 step of “Appreciations”",
                                            "The counselor went on to “Closing”",
                                            "The counselor called a pause during “Closing”"});
    screen.words = german_words();
    lines = texts_of(screen.build(), "summary-override");
    // The German lines are longer: the last ones may flow onto the next page.
    REQUIRE(lines.size() >= 2);
    CHECK(lines[1] == "Die Beratung hat eine Abkühlzeit nach 12 Minuten beendet");
    // A conversation without a counselor shows no such line.
    Run alone{script_of({item("Appreciations", {say("one")})})};
    alone.send(cmd::Begin{});
    alone.send(cmd::Next{});
    CHECK(texts_of(summary_of(alone).build(), "summary-override").empty());
}
