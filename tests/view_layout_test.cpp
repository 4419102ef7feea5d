// Layout rules for every screen at 720p, 1080p and 4K: everything lies on
// the screen, nothing pressable overlaps, texts do not run into each other
// or into buttons, every item says what it is, and sizes follow the height.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include "autoplay.hpp"
#include "script_catalog.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

struct NamedScreen {
    std::string name;
    Screen screen;
};

std::vector<NamedScreen> every_screen() {
    std::vector<NamedScreen> all;
    auto add = [&](std::string name, auto change) {
        Screen screen;
        change(screen);
        all.push_back({std::move(name), std::move(screen)});
    };
    add("start", [](Screen&) {});
    add("start, typing a name", [](Screen& s) {
        s.ui.editing = Editing::name_left;
        s.ui.draft = "Samira";
    });
    add("say", [](Screen& s) { s.snapshot = step_snapshot(at_say, Activity::say); });
    add("say with time", [](Screen& s) {
        s.snapshot = step_snapshot(at_say, Activity::say);
        s.snapshot.timer = timer(60s, 30s);
    });
    add("turn", [](Screen& s) { s.snapshot = turn_snapshot(200s); });
    add("turn, warning", [](Screen& s) { s.snapshot = turn_snapshot(40s, 1); });
    add("turn, overtime", [](Screen& s) { s.snapshot = turn_snapshot(-75s, 2); });
    add("turn, an hour", [](Screen& s) {
        s.snapshot = turn_snapshot(200s);
        s.snapshot.timer = timer(2h, 1h + 59min + 59s);
    });
    add("reflect", [](Screen& s) {
        s.snapshot = step_snapshot(at_reflect, Activity::reflect, Seat::right);
        s.snapshot.timer = timer(60s, 20s);
        s.snapshot.round = 2;
        s.snapshot.rounds = 2;
    });
    add("verdict", [](Screen& s) { s.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::left); });
    add("clarify", [](Screen& s) {
        s.snapshot = step_snapshot(at_reflect, Activity::clarify, Seat::left);
        s.snapshot.timer = timer(60s, 50s);
    });
    add("exchange turn", [](Screen& s) {
        s.snapshot = step_snapshot(at_exchange, Activity::turn, Seat::right);
        s.snapshot.timer = timer(120s, 60s, 1);
        s.snapshot.pair = 1;
        s.snapshot.pairs = 2;
    });
    add("checkin", [](Screen& s) {
        s.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::right);
        s.snapshot.answers = {4, std::nullopt};
    });
    add("checkin, scale 10", [](Screen& s) {
        std::get<CheckinStep>(s.script.agenda[1].steps[1].body).scale = 10;
        s.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::left);
    });
    add("breathe", [](Screen& s) {
        s.snapshot = step_snapshot(at_breathe, Activity::breathe);
        s.snapshot.timer = timer(60s, 50s);
        s.snapshot.breath = breath_at(BreathPattern::box(), 5s);
    });
    add("agreement", [](Screen& s) { s.snapshot = step_snapshot(at_agreement, Activity::agreement); });
    add("agreement, typing", [](Screen& s) {
        s.snapshot = step_snapshot(at_agreement, Activity::agreement);
        s.ui.editing = Editing::agreement;
        s.ui.edit_item = at_agreement.item;
        s.ui.edit_step = at_agreement.step;
        s.ui.draft = "We walk on Sunday morning, and each of us says one kind thing a day.";
    });
    add("agreement, to confirm (either)", [](Screen& s) {
        std::get<AgreementStep>(s.script.agenda[1].steps[3].body).confirm = Quorum::either;
        s.snapshot = step_snapshot(at_agreement, Activity::agreement);
        s.snapshot.agreement_text = "We walk on Sunday.";
        s.snapshot.confirmed = {false, true};
    });
    add("choice", [](Screen& s) { s.snapshot = step_snapshot(at_choice, Activity::choice); });
    add("time box", [](Screen& s) {
        s.snapshot = step_snapshot({0, 2}, Activity::reflect);
        s.snapshot.phase = phase::TimeBox{{Vote::move_on, std::nullopt}};
    });
    add("cool-down", [](Screen& s) { s.snapshot = pause_snapshot(12min); });
    add("cool-down, suggest stop", [](Screen& s) {
        s.snapshot = pause_snapshot(12min);
        s.snapshot.pause()->suggest_stop = true;
        s.snapshot.pause()->count = 3;
    });
    add("cool-down over", [](Screen& s) {
        s.snapshot = pause_snapshot(0s, true);
        s.snapshot.pause()->ready = {true, false};
        s.script.pause.resume = Quorum::either;
    });
    add("cool-down over, suggest stop", [](Screen& s) {
        s.snapshot = pause_snapshot(0s, true);
        s.snapshot.pause()->suggest_stop = true;
        s.snapshot.pause()->count = 4;
    });
    add("summary", [](Screen& s) {
        s.snapshot.phase = phase::Finished{};
        s.record.items_done = {0, 1};
        s.record.speeches = spoken(5min, 4min);
        s.record.checkins.push_back(CheckinRecord{1, "How calm do you feel right now?", Seat::left, 4, 5});
        s.record.checkins.push_back(CheckinRecord{1, "How calm do you feel right now?", Seat::right, 2, 5});
        for (int i = 0; i < 4; ++i)
            s.record.agreements.push_back(
                AgreementRecord{1, "Try", "We walk on Sunday and talk.", false, {true, true}});
    });
    add("summary, picked from the list", [](Screen& s) {
        s.snapshot.phase = phase::Finished{};
        s.config.origin = SessionOrigin::picker;
    });
    add("help", [](Screen& s) {
        s.snapshot = turn_snapshot(100s);
        s.ui.help = true;
    });
    add("quitting", [](Screen& s) {
        s.snapshot = turn_snapshot(100s);
        s.ui.quit_progress = 0.3f;
    });
    add("error", [](Screen& s) {
        s.error_lines = {"a.yaml:3:5: error: unknown key 'speakr'; did you mean 'speaker'?",
                         "a.yaml:9:1: error: 'agenda' is missing"};
    });
    add("German turn", [](Screen& s) {
        s.words = german_words();
        s.snapshot = turn_snapshot(40s, 1);
    });
    add("German cool-down over", [](Screen& s) {
        s.words = german_words();
        s.snapshot = pause_snapshot(0s, true);
    });
    add("German overtime", [](Screen& s) {
        s.words = german_words();
        s.snapshot = turn_snapshot(-20s, 2);
    });
    add("German help", [](Screen& s) {
        s.words = german_words();
        s.snapshot = turn_snapshot(100s);
        s.ui.help = true;
    });
    add("verdict, everything in the header", [](Screen& s) {
        s.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::right);
        s.snapshot.item_box = timer(1800s, 1204s);
        s.snapshot.pairs = 4;
        s.snapshot.pair = 1;
        s.snapshot.rounds = 2;
        s.snapshot.round = 1;
        s.ui.muted = true;
        s.script.agenda[0].title = "Appreciations, and what went well for each of us this week";
    });
    add("long names, ready", [](Screen& s) {
        s.script.partners[0].name = std::string(max_name_characters, 'W');
        s.script.partners[1].name = "Maximiliane-Konstanze von Hohenberg";
        s.snapshot = pause_snapshot(0s, true);
        s.snapshot.pause()->ready = {false, true};
    });
    add("long names, turn", [](Screen& s) {
        s.script.partners[0].name = std::string(max_name_characters, 'W');
        s.script.partners[1].name = "Maximiliane-Konstanze von Hohenberg";
        s.snapshot = turn_snapshot(100s);
    });
    add("long names, checkin", [](Screen& s) {
        s.script.partners[0].name = std::string(max_name_characters, 'W');
        s.script.partners[1].name = "Maximiliane-Konstanze von Hohenberg";
        s.snapshot = step_snapshot(at_checkin, Activity::checkin, Seat::left);
        s.snapshot.answers = {std::nullopt, 3};
    });
    add("long texts, start", [](Screen& s) {
        s.script.title = "A long conversation about the week, the children, the money and the holidays";
        s.script.description.clear();
        for (int i = 0; i < 40; ++i) s.script.description += "Each of you speaks in turn and the other listens. ";
    });
    add("long prompt, turn", [](Screen& s) {
        auto& turn = std::get<TurnStep>(s.script.agenda[0].steps[1].body);
        turn.prompt.clear();
        for (int i = 0; i < 20; ++i) turn.prompt += "Say what you appreciated and what it meant to you. ";
        s.snapshot = turn_snapshot(100s);
    });
    add("agreement, a long draft", [](Screen& s) {
        s.snapshot = step_snapshot(at_agreement, Activity::agreement);
        s.ui.editing = Editing::agreement;
        s.ui.edit_item = at_agreement.item;
        s.ui.edit_step = at_agreement.step;
        s.ui.draft = std::string(max_agreement_characters / 10, 'x');
        for (int i = 0; i < 9; ++i) s.ui.draft += " " + std::string(99, 'y');
    });
    add("summary, many check-ins", [](Screen& s) {
        s.snapshot.phase = phase::Finished{};
        s.record.speeches = spoken(5min, 4min);
        for (int i = 0; i < 6; ++i) {
            const std::string question = "Question " + std::to_string(i) + ": how close do you feel to your partner?";
            s.record.checkins.push_back(CheckinRecord{1, question, Seat::left, 4, 5});
            s.record.checkins.push_back(CheckinRecord{1, question, Seat::right, 2, 5});
        }
        for (int i = 0; i < 3; ++i)
            s.record.agreements.push_back(
                AgreementRecord{1, "Try", "We walk on Sunday and talk.", false, {true, true}});
    });
    add("error, long lines", [](Screen& s) { s.error_lines.assign(3, "a.yaml:3:5: error: " + std::string(400, 'e')); });
    return all;
}

bool inside(const Rect& box, float width, float height) {
    const float slack = 0.5f;
    return box.x >= -slack && box.y >= -slack && box.x + box.w <= width + slack && box.y + box.h <= height + slack &&
           box.w > 0 && box.h > 0;
}

bool overlap(const Rect& a, const Rect& b) {
    const float slack = 0.5f;  // touching edges are fine
    return a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
}

// The quit progress is drawn over the screen on purpose.
bool is_overlay(const std::string& role) { return role == "quit-hint"; }

}  // namespace

TEST_CASE("every screen lies inside the screen, with no overlapping buttons or texts", "[view]") {
    for (const auto& [width, height] :
         {std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160}, std::pair{1024, 768}}) {
        for (auto named : every_screen()) {
            named.screen.width = width;
            named.screen.height = height;
            const DisplayList list = named.screen.build();
            INFO(named.name << " at " << width << "x" << height);
            const auto all_buttons = buttons(list);
            const auto all_texts = texts(list);
            CHECK_FALSE(all_texts.empty());
            for (const auto* button : all_buttons) {
                INFO("button " << button->role);
                CHECK_FALSE(button->role.empty());
                CHECK(inside(button->box, static_cast<float>(width), static_cast<float>(height)));
            }
            for (std::size_t i = 0; i < all_buttons.size(); ++i)
                for (std::size_t j = i + 1; j < all_buttons.size(); ++j) {
                    INFO(all_buttons[i]->role << " and " << all_buttons[j]->role);
                    CHECK_FALSE(overlap(all_buttons[i]->box, all_buttons[j]->box));
                }
            for (const auto* text : all_texts) {
                INFO("text " << text->role << " '" << text->text << "'");
                CHECK_FALSE(text->role.empty());
                CHECK(inside(text->box, static_cast<float>(width), static_cast<float>(height)));
                if (is_overlay(text->role)) continue;
                for (const auto* button : all_buttons) {
                    INFO("over button " << button->role);
                    CHECK_FALSE(overlap(text->box, button->box));
                }
                for (const auto* other : all_texts) {
                    if (other == text || is_overlay(other->role)) continue;
                    INFO("over text " << other->role << " '" << other->text << "'");
                    CHECK_FALSE(overlap(text->box, other->box));
                }
            }
        }
    }
}

TEST_CASE("text sizes and positions scale with the screen", "[view]") {
    for (auto named : every_screen()) {
        INFO(named.name);
        named.screen.width = 1280;
        named.screen.height = 720;
        const DisplayList small = named.screen.build();
        named.screen.width = 3840;
        named.screen.height = 2160;
        const DisplayList large = named.screen.build();
        const auto small_texts = texts(small);
        const auto large_texts = texts(large);
        REQUIRE(small_texts.size() == large_texts.size());
        for (std::size_t i = 0; i < small_texts.size(); ++i) {
            INFO(small_texts[i]->role);
            CHECK(large_texts[i]->size == Approx(3 * small_texts[i]->size).epsilon(0.01));
            CHECK(large_texts[i]->box.x == Approx(3 * small_texts[i]->box.x).epsilon(0.01).margin(1));
        }
    }
}

TEST_CASE("type is large enough to read across a room", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(200s);
    const DisplayList list = screen.build();
    for (const auto* text : texts(list)) {
        INFO(text->role);
        CHECK(text->size >= 0.025f * 720);  // no text below 18 px at 720p
    }
    CHECK(list.text("countdown")->size >= 0.15f * 720);
}

TEST_CASE("no text on any screen is smaller than 2.6 % of the screen's height", "[view]") {
    // Secondary text must still be read from a sofa three metres away: a
    // layout drops, wraps or shortens words before it shrinks type below this.
    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        const float smallest = 0.026f * static_cast<float>(height) * 0.999f;
        for (auto named : every_screen()) {
            named.screen.width = width;
            named.screen.height = height;
            const DisplayList list = named.screen.build();
            INFO(named.name << " at " << width << "x" << height);
            for (const auto* text : texts(list)) {
                INFO("text " << text->role << " '" << text->text << "'");
                CHECK(text->size >= smallest);
            }
            for (const auto* button : buttons(list)) {
                INFO("button " << button->role << " '" << button->label << "'");
                CHECK(button->size >= smallest);
            }
        }
    }
}

TEST_CASE("on a 4:3 screen the minimum follows the width, as all sizes do", "[view]") {
    for (auto named : every_screen()) {
        named.screen.width = 1024;
        named.screen.height = 768;
        const DisplayList list = named.screen.build();
        INFO(named.name);
        const float smallest = 0.026f * 1024 * 9 / 16 * 0.999f;
        for (const auto* text : texts(list)) {
            INFO(text->role << " '" << text->text << "'");
            CHECK(text->size >= smallest);
        }
    }
}

TEST_CASE("every screen of every built-in script is legible and on the screen with nothing overlapping",
          "[view][walk]") {
    // The scripts' own words (long prompts, German) on every screen a walk
    // meets, with one pause and the help shown now and then along the way.
    const auto catalog =
        build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
    REQUIRE(catalog.size() >= 10);
    const Theme theme;
    int screens = 0;
    for (const auto& entry : catalog) {
        INFO(entry.path.string());
        REQUIRE(entry.script.has_value());
        const Words words = words_for_language(entry.script->language);
        Session session{*entry.script};
        TimePoint now{};
        bool paused = false;
        for (int action = 0; action < 2000; ++action) {
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            for (const bool help : {false, true}) {
                if (help && action % 7 != 0) continue;
                UiState ui;
                ui.help = help;
                for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
                    const DisplayList list =
                        build_view(ViewInput{session.script(), snapshot, session.record(), theme, words, ui,
                                             test::fake_metrics(), width, height, Seconds{20 * 3600}});
                    ++screens;
                    const float w = static_cast<float>(width), h = static_cast<float>(height);
                    INFO(phase_name(snapshot.phase) << " " << activity_name(snapshot.activity) << " help " << help
                                                    << " at " << width << "x" << height);
                    const auto all_texts = texts(list);
                    const auto all_buttons = buttons(list);
                    for (const auto* text : all_texts) {
                        INFO("text " << text->role << " '" << text->text << "'");
                        CHECK(text->size >= 0.026f * h * 0.999f);
                        CHECK(inside(text->box, w, h));
                        for (const auto* button : all_buttons) CHECK_FALSE(overlap(text->box, button->box));
                        for (const auto* other : all_texts)
                            if (other != text) CHECK_FALSE(overlap(text->box, other->box));
                    }
                    for (const auto* button : all_buttons) {
                        INFO("button " << button->role << " '" << button->label << "'");
                        CHECK(button->size >= 0.026f * h * 0.999f);
                        CHECK(inside(button->box, w, h));
                    }
                }
            }
            if (snapshot.phase == Phase::finished) break;
            if (!paused && snapshot.phase == Phase::step && snapshot.activity == Activity::turn) {
                REQUIRE(session.apply(cmd::Pause{Seat::left}, now) == Outcome::applied);
                paused = true;
                continue;
            }
            now = autoplay_step(session, now);
        }
        CHECK(session.snapshot(now).phase == Phase::finished);
    }
    CHECK(screens > 500);
}

TEST_CASE("odd window sizes never break the view", "[view]") {
    for (const auto& [width, height] :
         {std::pair{1, 1}, std::pair{0, 0}, std::pair{200, 100}, std::pair{720, 1280}, std::pair{5000, 300}}) {
        for (auto named : every_screen()) {
            named.screen.width = width;
            named.screen.height = height;
            const DisplayList list = named.screen.build();
            INFO(named.name << " at " << width << "x" << height);
            for (const auto* text : texts(list)) {
                CHECK(std::isfinite(text->size));
                CHECK(text->size >= 0);
                CHECK(text->box.w >= 0);
                CHECK(text->box.h >= 0);
            }
            for (const auto& item : list.items)
                if (const auto* disk_item = std::get_if<DiskItem>(&item)) CHECK(disk_item->radius >= 0);
            for (const auto* button : buttons(list)) {
                CHECK(std::isfinite(button->box.x));
                CHECK(button->box.w >= 0);
                CHECK(button->box.h >= 0);
            }
        }
    }
}
