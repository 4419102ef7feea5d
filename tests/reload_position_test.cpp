// Where a session stands after Ctrl+R read its script again.
#include "reload_position.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;

namespace {

Script with_ids() {
    Script script =
        script_of({item("Arrive", {say("Welcome"), say("Sit down")}),
                   item("Talk", {say("One"), say("Two"), say("Three")}), item("Close", {say("Thank you")})});
    script.agenda[1].id = "talk";
    return script;
}

Snapshot at(std::size_t item, std::size_t step, PhaseView shown = phase::Step{}) {
    Snapshot snapshot;
    snapshot.phase = shown;
    snapshot.item = item;
    snapshot.step = step;
    return snapshot;
}

}  // namespace

TEST_CASE("an unchanged script keeps the place", "[reload]") {
    const Script script = with_ids();
    CHECK(place_after_reload(script, at(1, 2), script) == Place{1, 2});
    CHECK(place_after_reload(script, at(0, 1, phase::Paused{}), script) == Place{0, 1});
    CHECK(place_after_reload(script, at(1, 0, phase::TimeBox{}), script) == Place{1, 0});
}

TEST_CASE("an item found by its id keeps the place where it moved", "[reload]") {
    const Script before = with_ids();
    Script after = before;
    std::swap(after.agenda[0], after.agenda[1]);  // "talk" is now first
    after.agenda[0].title = "Talking";            // renamed: the id still finds it
    CHECK(place_after_reload(before, at(1, 1), after) == Place{0, 1});
}

TEST_CASE("an item without an id is found at its index when its title is the same", "[reload]") {
    const Script before = with_ids();
    Script after = before;
    after.agenda[2].steps.push_back(say("Goodbye"));
    CHECK(place_after_reload(before, at(2, 0), after) == Place{2, 0});
    after.agenda[2].title = "Closing";
    CHECK_FALSE(place_after_reload(before, at(2, 0), after));
}

TEST_CASE("the step index is clamped to the steps the item has now", "[reload]") {
    const Script before = with_ids();
    Script after = before;
    after.agenda[1].steps.resize(1);
    CHECK(place_after_reload(before, at(1, 2), after) == Place{1, 0});
}

TEST_CASE("a session not begun or finished starts over", "[reload]") {
    const Script script = with_ids();
    CHECK_FALSE(place_after_reload(script, at(0, 0, phase::Start{}), script));
    CHECK_FALSE(place_after_reload(script, at(2, 0, phase::Finished{}), script));
    Script shorter = script;
    shorter.agenda.resize(1);
    CHECK_FALSE(place_after_reload(script, at(2, 0), shorter));
}
