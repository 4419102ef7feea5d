// The view fed by the real session engine: the snapshot after real time has
// passed, and a whole session walked through with a screen at every step.
#include <catch2/catch.hpp>

#include "autoplay.hpp"
#include "key_map.hpp"
#include "session.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

DisplayList view_of(const Session& session, TimePoint now, const UiState& ui = {}) {
    const Snapshot snapshot = session.snapshot(now);
    const Theme theme;
    const Words words = words_for_language(session.script().language);
    return build_view(
        ViewInput{session.script(), snapshot, session.record(), theme, words, ui, fake_metrics(), 1280, 720, 20h});
}

}  // namespace

TEST_CASE("after 3 minutes of a 5-minute turn the countdown reads 2:00 in the warning colour", "[view]") {
    Script script = sample_script();
    script.settings.warn_at = {Seconds{120}, Seconds{15}};
    Session session(script);
    const TimePoint t0{};
    REQUIRE(session.apply(cmd::Begin{}, t0) == Outcome::applied);
    REQUIRE(session.apply(cmd::Next{}, t0) == Outcome::applied);  // past the say step, into the turn

    session.advance_to(t0 + 2min);
    const DisplayList before = view_of(session, t0 + 2min);
    CHECK(before.text("countdown")->text == "3:00");
    CHECK(before.text("countdown")->color == Theme{}.text);

    const TimePoint later = t0 + 3min;
    session.advance_to(later);
    const DisplayList list = view_of(session, later);
    REQUIRE(list.text("countdown"));
    CHECK(list.text("countdown")->text == "2:00");
    CHECK(list.text("countdown")->color == Theme{}.warning);
    CHECK(list.text("floor")->text == "Sam");
    CHECK(list.text("time-words")->text == "2 minutes left");
}

TEST_CASE("a pause from the on-screen button shows the cool-down, and the view follows it to the end", "[view]") {
    Session session(sample_script());
    const TimePoint t0{};
    session.apply(cmd::Begin{}, t0);
    session.apply(cmd::Next{}, t0);
    const DisplayList turn = view_of(session, t0 + 10s);
    const ButtonItem* pause = turn.button("pause-button");
    REQUIRE(pause);
    REQUIRE(session.apply(pause->command, t0 + 10s) == Outcome::applied);

    const DisplayList cooling = view_of(session, t0 + 70s);
    CHECK(cooling.text("cooldown")->text == "19:00");
    CHECK(cooling.text("back-at")->text == "Back at 20:19");
    CHECK(cooling.button("ready-left") == nullptr);

    const TimePoint over = t0 + 10s + 20min;
    session.advance_to(over);
    const DisplayList ready = view_of(session, over);
    REQUIRE(ready.button("ready-left"));
    CHECK(session.apply(ready.button("ready-left")->command, over) == Outcome::applied);
    CHECK(session.apply(ready.button("ready-right")->command, over) == Outcome::applied);
    const DisplayList back = view_of(session, over);
    CHECK(back.text("floor")->text == "Sam");
    CHECK(back.text("countdown")->text == "4:50");  // the turn goes on with the time it had left
}

TEST_CASE("every screen of a whole session is built, with a pause button whenever a step runs", "[view]") {
    Session session(sample_script());
    TimePoint now{};
    int screens = 0;
    for (int i = 0; i < 500; ++i) {
        session.advance_to(now);
        const Snapshot snapshot = session.snapshot(now);
        const DisplayList list = view_of(session, now);
        ++screens;
        INFO("phase " << phase_name(snapshot.phase) << ", activity " << activity_name(snapshot.activity));
        const bool running = snapshot.phase == Phase::step || snapshot.phase == Phase::time_box;
        CHECK((list.button("pause-button") != nullptr) == running);
        for (const auto* button : buttons(list)) {
            CHECK(button->box.x >= 0);
            CHECK(button->box.x + button->box.w <= 1280);
            CHECK(button->box.y + button->box.h <= 720);
        }
        if (snapshot.phase == Phase::finished) break;
        now = autoplay_step(session, now);
    }
    CHECK(session.snapshot(now).phase == Phase::finished);
    CHECK(screens > 10);
    const DisplayList summary = view_of(session, now);
    CHECK(summary.text("summary-items")->text == "Parts done: 2 of 2");
}

TEST_CASE("keys drive the real session: a check-in answered by digits", "[view][keys]") {
    Session session(sample_script());
    TimePoint now{};
    const auto reached = autoplay_until(
        session, now, [](const Snapshot& s) { return s.phase == Phase::step && s.activity == Activity::checkin; });
    REQUIRE(reached);
    now = *reached;
    UiState ui;
    auto press = [&](Key key) {
        const KeyAction action = map_key(KeyPress{key, {}}, session.script(), session.snapshot(now), ui, ShellConfig{});
        REQUIRE(std::holds_alternative<Command>(action));
        return session.apply(std::get<Command>(action), now);
    };
    CHECK(press(Key::digit_4) == Outcome::applied);
    const DisplayList list = view_of(session, now);
    CHECK(list.text("status-left")->text == "Sam: answered");
    CHECK(list.text("floor")->text == "Alex, your answer");
    CHECK(press(Key::digit_1) == Outcome::applied);  // at or below 2: a pause by itself
    const DisplayList paused = view_of(session, now);
    CHECK(paused.text("pause-heading")->text == "A pause was called");
    CHECK(all_words(paused).find("Alex") == std::string::npos);
}
