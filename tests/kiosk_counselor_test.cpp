// Counselor mode in the real loop: the counselor's Ctrl keys on the shared
// keyboard act only when a counselor runs the session (issue 12).
#include <catch2/catch.hpp>

#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "sdl_context.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;

namespace {

using testing::key_down;
using testing::push;

struct Harness : testing::LoopFixture {
    void run(Session& session, CounselorMode counselor, std::vector<Turn> turns) {
        testing::LoopExtras extras;
        extras.counselor = counselor;
        run_turns(&session, std::move(turns), std::move(extras));
    }
};

Script one_turn() { return test::script_of({test::item("Talk", {test::turn(Seat::left, Seconds{300})})}); }

// Begin, pause, then Ctrl+E during the cool-down: what the pause looks like afterwards.
std::optional<PauseView> cooldown_after_ctrl_e(CounselorMode counselor) {
    Harness harness;
    Session session{one_turn()};
    harness.run(session, counselor,
                {
                    [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                    [&](const DisplayList&) { push(key_down(SDLK_p)); },
                    [&](const DisplayList&) { push(key_down(SDLK_e, KMOD_LCTRL)); },
                });
    const Snapshot snapshot = session.snapshot(harness.now);
    if (const PauseView* pause = snapshot.pause()) return *pause;
    return std::nullopt;
}

}  // namespace

TEST_CASE("Without counselor mode Ctrl+E during a cool-down changes nothing", "[kiosk]") {
    if (testing::loop_tests_skipped()) return;
    const auto pause = cooldown_after_ctrl_e(CounselorMode::off);
    REQUIRE(pause);
    CHECK_FALSE(pause->can_resume);
    CHECK(pause->cooldown_remaining > Duration{std::chrono::minutes{19}});
}

TEST_CASE("In counselor mode Ctrl+E ends the cool-down and the partners still say they are ready", "[kiosk]") {
    if (testing::loop_tests_skipped()) return;
    const auto pause = cooldown_after_ctrl_e(CounselorMode::on);
    REQUIRE(pause);
    CHECK(pause->can_resume);
    CHECK(pause->cooldown_remaining == Duration{0});
    CHECK(pause->ready == std::array<bool, 2>{false, false});
}

TEST_CASE("Without counselor mode Ctrl+S does not skip a step", "[kiosk]") {
    if (testing::loop_tests_skipped()) return;
    for (const CounselorMode counselor : {CounselorMode::off, CounselorMode::on}) {
        Harness harness;
        Session session{test::script_of({test::item("Two", {test::say("One"), test::say("Two")})})};
        harness.run(session, counselor,
                    {
                        [&](const DisplayList&) { push(key_down(SDLK_SPACE)); },
                        [&](const DisplayList&) { push(key_down(SDLK_s, KMOD_LCTRL)); },
                    });
        CHECK(session.snapshot(harness.now).step == (counselor == CounselorMode::on ? 1u : 0u));
    }
}
