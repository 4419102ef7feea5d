// Nudges (issue 12): the script's list as the loader reads it, a built-in
// set in each language, how long one shows, and where the shared screen
// shows it: never over the countdown, the floor or a button.
#include "nudge.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "autoplay.hpp"
#include "fake_text_metrics.hpp"
#include "loader_test_helpers.hpp"
#include "script_catalog.hpp"
#include "script_loader.hpp"
#include "test_words.hpp"
#include "theme.hpp"
#include "view.hpp"
#include "words.hpp"

using namespace attune;
using namespace std::chrono_literals;

namespace {

const std::string head = "title: Nudges\nagenda:\n  - title: One\n    steps:\n      - say: Hello\n";

ScriptLoad load(const std::string& text) { return load_script_text(text, "nudges.yaml"); }
std::string messages_of(const ScriptLoad& loaded) { return loader_test::all_messages(loaded.diagnostics); }

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Where every item of `list` is drawn that the partners must always see.
std::vector<std::pair<std::string, Rect>> guarded(const DisplayList& list) {
    std::vector<std::pair<std::string, Rect>> out;
    for (const DisplayItem& item : list.items) {
        if (const auto* text = std::get_if<TextItem>(&item)) {
            if (text->role == "countdown" || text->role == "floor" || text->role == "floor-caption" ||
                text->role == "cooldown" || text->role == "time-words")
                out.emplace_back(text->role, text->box);
        } else if (const auto* disk = std::get_if<DiskItem>(&item)) {
            if (disk->role == "countdown-ring" || disk->role == "cooldown-disk")
                out.emplace_back(disk->role, Rect{disk->cx - disk->radius, disk->cy - disk->radius, 2 * disk->radius,
                                                  2 * disk->radius});
        } else if (const auto* button = std::get_if<ButtonItem>(&item)) {
            out.emplace_back("button " + button->role, button->box);
        }
    }
    return out;
}

const RectItem* nudge_card(const DisplayList& list) {
    for (const DisplayItem& item : list.items)
        if (const auto* rect = std::get_if<RectItem>(&item); rect && rect->role == "nudge") return rect;
    return nullptr;
}

}  // namespace

TEST_CASE("a script's nudges are read as a list of short texts", "[loader][nudge]") {
    const auto loaded = load(head + "nudges: [Slow down, \"Reflect first\", Take a breath]\n");
    REQUIRE(loaded.script);
    CHECK(loaded.script->nudges == std::vector<std::string>{"Slow down", "Reflect first", "Take a breath"});
    const auto none = load(head);
    REQUIRE(none.script);
    CHECK(none.script->nudges.empty());
}

TEST_CASE("a nudge that is not a text, empty or too long is an error at its place", "[loader][nudge]") {
    const std::string too_long(max_nudge_characters + 1, 'x');
    // A map among texts stops the list there; empty and long ones are checked one by one.
    const auto map = load(head + "nudges:\n  - Slow down\n  - {a: b}\n");
    CHECK_FALSE(map.script);
    CHECK(messages_of(map).find(":8:5: error: each entry of 'nudges' must be a text; found a map") !=
          std::string::npos);
    const auto loaded = load(head + "nudges:\n  - Slow down\n  - Reflect\n  - \"\"\n  - " + too_long + "\n");
    CHECK_FALSE(loaded.script);
    const std::string messages = messages_of(loaded);
    CHECK(messages.find(":9:5: error: a nudge must not be empty") != std::string::npos);
    CHECK(messages.find(":10:5: error: a nudge must be at most " + std::to_string(max_nudge_characters) +
                        " characters, so that it reads at a glance; this one has " +
                        std::to_string(max_nudge_characters + 1)) != std::string::npos);
    const auto not_a_list = load(head + "nudges: Slow down\n");
    CHECK_FALSE(not_a_list.script);
    CHECK(messages_of(not_a_list).find(":6:9: error: 'nudges' must be a list of texts") != std::string::npos);
}

TEST_CASE("without a list of its own a script offers the built-in nudges in its language", "[view][nudge]") {
    Script script;
    const Words en = english_words(), de = german_words();
    CHECK(nudges_for(script, en).size() >= 5);
    CHECK(nudges_for(script, de).size() == nudges_for(script, en).size());
    CHECK(nudges_for(script, en).front() == "Slow down");
    CHECK(nudges_for(script, de).front() == "Langsamer");
    for (const Words& words : {en, de})
        for (const std::string& nudge : nudges_for(script, words)) CHECK(nudge.size() <= max_nudge_characters);
    script.nudges = {"One at a time"};
    CHECK(nudges_for(script, de) == std::vector<std::string>{"One at a time"});
}

TEST_CASE("a nudge shows for a few seconds, or until it is taken back", "[view][nudge]") {
    UiState ui;
    const TimePoint now{std::chrono::hours{5}};
    show_nudge(ui, "  Slow down\n", now);
    REQUIRE(ui.nudge);
    CHECK(ui.nudge->text == "Slow down");
    CHECK(nudge_deadline(ui) == now + nudge_shown_for);
    expire_nudge(ui, now + nudge_shown_for - 1ms);
    CHECK(ui.nudge);
    expire_nudge(ui, now + nudge_shown_for);
    CHECK_FALSE(ui.nudge);
    CHECK_FALSE(nudge_deadline(ui));
    // A typed one is cut to the limit; one with nothing to show shows nothing.
    show_nudge(ui, std::string(200, 'y'), now);
    REQUIRE(ui.nudge);
    CHECK(ui.nudge->text.size() <= max_nudge_characters + 3);
    dismiss_nudge(ui);
    CHECK_FALSE(ui.nudge);
    show_nudge(ui, " \t ", now);
    CHECK_FALSE(ui.nudge);
}

TEST_CASE("a nudge never covers the countdown, the floor or a button on any step of a built-in script",
          "[render][nudge]") {
    const Theme theme;
    const auto catalog =
        build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
    REQUIRE(catalog.size() >= 10);
    std::set<std::string> kinds_seen;
    std::size_t shown = 0, screens = 0;
    for (const auto& entry : catalog) {
        INFO(entry.path.string());
        REQUIRE(entry.script.has_value());
        const Words words = words_for_language(entry.script->language);
        Session session{*entry.script};
        TimePoint now{};
        bool paused_once = false;
        for (int action = 0; action < 2000; ++action) {
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            if (snapshot.phase == Phase::finished) break;
            if (snapshot.phase != Phase::start) {
                for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
                    UiState ui;
                    // The longest of the set: the hardest to place.
                    std::string longest;
                    for (const std::string& nudge : nudges_for(session.script(), words))
                        if (nudge.size() > longest.size()) longest = nudge;
                    show_nudge(ui, longest, now);
                    const DisplayList list =
                        build_view(ViewInput{session.script(), snapshot, session.record(), theme, words, ui,
                                             test::fake_metrics(), width, height, Seconds{20 * 3600}});
                    ++screens;
                    const RectItem* card = nudge_card(list);
                    if (!card) continue;
                    ++shown;
                    kinds_seen.insert(snapshot.phase == Phase::step ? activity_name(snapshot.activity)
                                                                    : phase_name(snapshot.phase));
                    for (const auto& [role, box] : guarded(list)) {
                        INFO(role << " at " << width << "x" << height << " in " << phase_name(snapshot.phase) << " "
                                  << activity_name(snapshot.activity));
                        CHECK_FALSE(overlaps(card->box, box));
                    }
                    CHECK(list.text("nudge-text")->text == longest);
                }
            }
            if (!paused_once && snapshot.phase == Phase::step && snapshot.activity == Activity::turn) {
                REQUIRE(session.apply(cmd::Pause{Seat::left}, now) == Outcome::applied);
                paused_once = true;
                continue;
            }
            now = autoplay_step(session, now);
        }
    }
    // Almost every screen has room for it; each kind of step shows it somewhere.
    CHECK(shown * 10 >= screens * 9);
    for (const char* kind : {"say", "turn", "reflect", "verdict", "checkin", "agreement", "choice", "paused"}) {
        INFO(kind);
        CHECK(kinds_seen.count(kind) == 1);
    }
}

TEST_CASE("the shared screen shows a nudge only during the conversation", "[view][nudge]") {
    Script script = load(head).script.value();
    Session session{script};
    const Theme theme;
    const Words words = english_words();
    UiState ui;
    show_nudge(ui, "Take a breath", TimePoint{});
    const auto build = [&] {
        return build_view(ViewInput{session.script(), session.snapshot(TimePoint{}), session.record(), theme, words, ui,
                                    test::fake_metrics(), 1280, 720, Seconds{0}});
    };
    CHECK_FALSE(nudge_card(build()));  // the start screen
    session.apply(cmd::Begin{}, TimePoint{});
    CHECK(nudge_card(build()));
    ui.help = true;
    CHECK_FALSE(nudge_card(build()));  // the keys overlay covers everything
}
