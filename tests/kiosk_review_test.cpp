// The review step in the real loop, driven by the partners' keys: Esc while
// new words are taken goes back to keep / reword / let go, and nothing
// either partner rated, wrote or confirmed is lost on the way.
#include <catch2/catch.hpp>
#include <cstring>

#include "kiosk_loop.hpp"
#include "kiosk_test_support.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using testing::key_down;
using testing::push;

namespace {

void type(const char* text) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    std::strncpy(event.text.text, text, sizeof event.text.text - 1);
    push(event);
}

Script review_script() {
    return test::script_of(
        {test::item("Our agreements", {Step{ReviewStep{{}, ReviewWhich::due}, {}}, test::say("after")})});
}

}  // namespace

TEST_CASE("Esc from new words goes back to keep, reword or let go, and rewording again finds the words",
          "[kiosk][review]") {
    if (testing::loop_tests_skipped()) return;
    testing::KeepingLoop harness;
    Session session{review_script()};
    session.set_review_subjects(
        {ReviewSubject{"walks", "What will each of us try?", "We walk together on Sundays", false, weeks(2), true}});
    const auto now = [&] { return session.snapshot(harness.now); };
    bool hint_said = false, deciding_again = false, ratings_kept = false, words_back = false, draft_back = false;
    harness.run(session, KeepingSetup{},
                {
                    [](const DisplayList&) { push(key_down(SDLK_SPACE)); },  // begin
                    [](const DisplayList&) {
                        push(key_down(SDLK_a));  // Sam: working
                        push(key_down(SDLK_l));  // Alex: working
                    },
                    [](const DisplayList&) {
                        push(key_down(SDLK_s));  // both: reword it
                        push(key_down(SDLK_k));
                    },
                    [&](const DisplayList& shown) {
                        const TextItem* hint = shown.text("review-back-hint");
                        hint_said = hint && hint->text == "Esc: back to keep, reword or let go";
                        push(key_down(SDLK_RETURN));  // write it down
                    },
                    [](const DisplayList&) {
                        type("We walk on Saturdays");
                        push(key_down(SDLK_RETURN));
                    },
                    [](const DisplayList&) { push(key_down(SDLK_a)); },  // Sam agrees to the new words
                    [](const DisplayList&) { push(key_down(SDLK_ESCAPE)); },
                    [&](const DisplayList& shown) {
                        deciding_again =
                            now().review.stage == ReviewStage::deciding && shown.button("decide-left-2") != nullptr;
                        ratings_kept = now().review.ratings[0] == ReviewRating::working &&
                                       now().review.ratings[1] == ReviewRating::working;
                        push(key_down(SDLK_s));  // reword it after all
                        push(key_down(SDLK_k));
                    },
                    [&](const DisplayList& shown) {
                        const TextItem* words = shown.text("agreement-text");
                        words_back = now().review.stage == ReviewStage::rewording && words &&
                                     words->text == "We walk on Saturdays" &&
                                     now().confirmed == std::array<bool, 2>{true, false};
                        // More words typed, put aside by Esc, then Esc again.
                        push(key_down(SDLK_RETURN));
                        type(" and Sundays");
                        push(key_down(SDLK_ESCAPE));
                        push(key_down(SDLK_ESCAPE));
                    },
                    [](const DisplayList&) {
                        push(key_down(SDLK_s));
                        push(key_down(SDLK_k));
                    },
                    [](const DisplayList&) { push(key_down(SDLK_RETURN)); },  // the draft put aside comes back
                    [&](const DisplayList& shown) {
                        const TextItem* words = shown.text("agreement-text");
                        draft_back = words && words->text.find("We walk on Saturdays and Sundays") == 0;
                    },
                });
    CHECK(hint_said);
    CHECK(deciding_again);
    CHECK(ratings_kept);
    CHECK(words_back);
    CHECK(draft_back);
    CHECK(session.record().reviews.empty());  // nothing decided by going back
}
