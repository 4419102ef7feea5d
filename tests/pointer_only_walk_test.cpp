// A whole conversation with a mouse or a touch screen alone: on every screen
// of every built-in script there is a button that moves the conversation on,
// and pressing only buttons (never a key) reaches the summary.
#include <catch2/catch.hpp>
#include <filesystem>

#include "fake_text_metrics.hpp"
#include "script_catalog.hpp"
#include "session.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "view.hpp"
#include "words.hpp"

namespace {

using namespace attune;
using namespace std::chrono_literals;

// What partners with only a pointer press: the button that goes forward.
// Pausing, stopping, "not quite" and the counselor's controls are left alone;
// an agreement is made aloud, since there is no keyboard to type it.
int preference(const ButtonItem& button, const Script& script, const Snapshot& snapshot) {
    if (button.ui != UiAction::none) return -1;
    return std::visit(
        [&](const auto& command) -> int {
            using C = std::decay_t<decltype(command)>;
            if constexpr (std::is_same_v<C, cmd::AgreedAloud>) return 8;
            if constexpr (std::is_same_v<C, cmd::Confirm> || std::is_same_v<C, cmd::Ready> ||
                          std::is_same_v<C, cmd::MoveOn> || std::is_same_v<C, cmd::ThatsIt>)
                return 9;
            if constexpr (std::is_same_v<C, cmd::Answer>) return command.value >= 3 ? 5 : 3;
            // A choice: on to a later part, else the way out; never back
            // ("one more round"), so that the walk ends.
            if constexpr (std::is_same_v<C, cmd::Choose>) {
                const auto& step = script.agenda[snapshot.item].steps[snapshot.step];
                const ChoiceOption& option = std::get<ChoiceStep>(step.body).options.at(command.option);
                // Each partner picks it once; a pick already made is not pressed again.
                if (snapshot.picks[index_of(command.seat)] == command.option) return 0;
                if (snapshot.picks[index_of(other(command.seat))] == command.option) return 7;  // agree
                if (option.goto_item && *option.goto_item > snapshot.item) return 6;
                return option.end ? 5 : 0;
            }
            if constexpr (std::is_same_v<C, cmd::Begin> || std::is_same_v<C, cmd::Next>) return 4;
            return -1;
        },
        button.command);
}

}  // namespace

TEST_CASE("every built-in script can be run to the end with buttons alone", "[walk][pointer]") {
    const Theme theme;
    const auto catalog =
        build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
    REQUIRE_FALSE(catalog.empty());
    for (const auto& entry : catalog) {
        INFO(entry.path.filename().string());
        REQUIRE(entry.script.has_value());
        const Words words = words_for_language(entry.script->language);
        Session session{*entry.script};
        UiState ui;
        TimePoint now{};
        int presses = 0, waits = 0;
        for (int round = 0; round < 3000; ++round) {
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            if (snapshot.phase == Phase::finished) break;
            const DisplayList list = build_view(ViewInput{session.script(), snapshot, session.record(), theme, words,
                                                          ui, test::fake_metrics(), 1280, 720, Seconds{0}});
            const ButtonItem* best = nullptr;
            for (const auto& item : list.items)
                if (const auto* button = std::get_if<ButtonItem>(&item))
                    if (preference(*button, session.script(), snapshot) >= 0 &&
                        (!best || preference(*button, session.script(), snapshot) >
                                      preference(*best, session.script(), snapshot)))
                        best = button;
            if (!best) {
                // Only a running cool-down may leave nothing to press: wait a minute.
                REQUIRE(snapshot.phase == Phase::paused);
                REQUIRE_FALSE(snapshot.pause()->can_resume);
                now += 1min;
                ++waits;
                continue;
            }
            // The press lands where the button is drawn.
            const ButtonItem* hit = list.button_at(best->box.x + best->box.w / 2, best->box.y + best->box.h / 2);
            REQUIRE(hit == best);
            now += 20s;
            const Outcome outcome = session.apply(hit->command, now);
            INFO("pressed " << hit->role << " on " << activity_name(snapshot.activity));
            REQUIRE(outcome == Outcome::applied);
            sync_ui_state(ui, session.snapshot(now));
            ++presses;
        }
        const Snapshot end = session.snapshot(now);
        INFO("stuck at item " << end.item << " step " << end.step << ", " << activity_name(end.activity) << " in "
                              << phase_name(end.phase));
        CHECK(end.phase == Phase::finished);
        CHECK(presses > 3);
    }
}
