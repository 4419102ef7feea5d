// Every built-in script, walked from the start screen to the summary by the
// engine with simulated time, the way two cooperative partners would; every
// screen on the way is built by the view and must fit the screen.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "autoplay.hpp"
#include "fake_text_metrics.hpp"
#include "script_catalog.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "view.hpp"
#include "words.hpp"

namespace {

using namespace attune;
using namespace std::chrono_literals;

std::vector<CatalogEntry> built_in_scripts() {
    return build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
}

bool inside(const Rect& box, int width, int height) {
    return box.x >= 0 && box.y >= 0 && box.x + box.w <= static_cast<float>(width) + 0.5f &&
           box.y + box.h <= static_cast<float>(height) + 0.5f;
}

}  // namespace

TEST_CASE("every built-in script runs from start to summary", "[library][walk]") {
    const auto catalog = built_in_scripts();
    REQUIRE(catalog.size() >= 10);
    for (const auto& entry : catalog) {
        INFO(entry.path.string());
        REQUIRE(entry.script.has_value());
        Session session{*entry.script};
        const TimePoint start{};
        const AutoplayResult result = autoplay_to_end(session, start);
        CHECK(result.finished);
        const SessionRecord& record = session.record();
        REQUIRE(record.finish.has_value());
        CHECK(*record.finish != FinishReason::stopped_for_today);
        CHECK_FALSE(record.items_done.empty());
        // A walk takes about the planned time (partners use 80 % of each turn).
        CHECK(active_time(record) <= entry.planned + 10min);
        CHECK(active_time(record) >= entry.planned / 3);
    }
}

TEST_CASE("every screen of every built-in script fits 1280x720 and 3840x2160", "[library][walk]") {
    const Theme theme;
    for (const auto& entry : built_in_scripts()) {
        INFO(entry.path.string());
        REQUIRE(entry.script.has_value());
        const Words words = words_for_language(entry.script->language);
        Session session{*entry.script};
        TimePoint now{};
        std::set<Activity> seen;
        bool paused_once = false;
        for (int action = 0; action < 2000; ++action) {
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{3840, 2160}}) {
                const UiState ui;
                const DisplayList list =
                    build_view(ViewInput{session.script(), snapshot, session.record(), theme, words, ui,
                                         test::fake_metrics(), width, height, Seconds{20 * 3600}});
                for (const auto& item : list.items) {
                    if (const auto* button = std::get_if<ButtonItem>(&item)) {
                        INFO(button->role << " at " << width << "x" << height);
                        CHECK(inside(button->box, width, height));
                    }
                }
            }
            if (snapshot.phase == Phase::finished) break;
            if (snapshot.phase == Phase::step) seen.insert(snapshot.activity);
            // One pause in each walk, during the first speaking turn.
            if (!paused_once && snapshot.phase == Phase::step && snapshot.activity == Activity::turn) {
                REQUIRE(session.apply(cmd::Pause{Seat::left}, now) == Outcome::applied);
                paused_once = true;
                continue;
            }
            now = autoplay_step(session, now);
        }
        CHECK(session.snapshot(now).phase == Phase::finished);
        CHECK_FALSE(seen.empty());
    }
}

TEST_CASE("a walk with a pause resumes the interrupted turn where it was", "[walk]") {
    const auto catalog = built_in_scripts();
    const auto speaker_listener = std::find_if(
        catalog.begin(), catalog.end(), [](auto& entry) { return entry.path.filename() == "speaker-listener.yaml"; });
    REQUIRE(speaker_listener != catalog.end());
    Session session{*speaker_listener->script};
    TimePoint now{};
    const auto at_turn = autoplay_until(session, now, [](const Snapshot& snapshot) {
        return snapshot.phase == Phase::step && snapshot.activity == Activity::turn;
    });
    REQUIRE(at_turn.has_value());
    now = *at_turn + 30s;
    session.advance_to(now);
    const auto before = session.snapshot(now).timer->remaining;
    REQUIRE(session.apply(cmd::Pause{Seat::right}, now) == Outcome::applied);
    now += session.script().pause.cooldown;
    CHECK(session.apply(cmd::Ready{Seat::left}, now) == Outcome::applied);
    CHECK(session.apply(cmd::Ready{Seat::right}, now) == Outcome::applied);
    const Snapshot after = session.snapshot(now);
    CHECK(after.phase == Phase::step);
    CHECK(after.activity == Activity::turn);
    CHECK(after.timer->remaining == before);
}
