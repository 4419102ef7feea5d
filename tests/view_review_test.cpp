// Issue 11: the review step's screens. Each partner rates and picks with a
// column of their own buttons and keys; ratings stay hidden until both are
// given; the agreement's words are shown in full; rewording takes words as an
// agreement does; with nothing to look at, one calm line says why.
#include <catch2/catch.hpp>

#include "key_map.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

constexpr At at_review{2, 0};

Script review_script() {
    Script script = sample_script();
    Item item;
    item.title = "Our agreements";
    item.steps.push_back(Step{ReviewStep{"", ReviewWhich::due}, {}});
    script.agenda.push_back(item);
    return script;
}

ReviewSubject subject() {
    return ReviewSubject{
        "walks", "What will each of us try?", "We walk together on Sundays, whatever the weather.", false, weeks(2),
        true};
}

Screen review_screen(ReviewStage stage) {
    Screen screen;
    screen.script = review_script();
    screen.snapshot = step_snapshot(at_review, Activity::review);
    screen.snapshot.review.stage = stage;
    if (stage != ReviewStage::none) {
        screen.snapshot.review.number = 1;
        screen.snapshot.review.count = 2;
        screen.snapshot.review.subject = subject();
    }
    return screen;
}

KeyAction key_on(const Screen& screen, Key key) {
    return map_key(KeyPress{key, {}}, screen.script, screen.snapshot, screen.ui, screen.config);
}

// Every key hint beside a review button names a key that does exactly what the button does.
void keys_match_buttons(const Screen& screen) {
    const DisplayList list = screen.build();
    int checked = 0;
    for (const auto* button : buttons(list)) {
        const TextItem* hint = list.text(button->role + "-key");
        if (!hint || button->role == "pause-button") continue;
        INFO(button->role << " hint '" << hint->text << "'");
        REQUIRE(hint->text.size() == 1);
        const KeyAction action = key_on(screen, letter_key(hint->text[0]));
        CHECK(action == KeyAction{button->command});
        ++checked;
    }
    CHECK(checked == 6);
}

}  // namespace

TEST_CASE("a review asks each partner how it is going, with the agreement's words in full", "[view][review]") {
    Screen screen = review_screen(ReviewStage::rating);
    const DisplayList list = screen.build();
    CHECK(list.text("question")->text == "How is it going?");
    CHECK(list.text("review-origin")->text == "Agreement 1 of 2  ·  In answer to “What will each of us try?”");
    const TextItem* words = list.text("review-words");
    REQUIRE(words);
    CHECK(words->text == "We walk together on Sundays, whatever the weather.");
    CHECK(words->cut == TextCut::whole);
    CHECK(list.text("rating-left")->text == "Sam");
    CHECK(list.text("rating-right")->text == "Alex");
    CHECK(list.button("rating-left-1")->label == "Working");
    CHECK(list.button("rating-left-2")->label == "Partly");
    CHECK(list.button("rating-left-3")->label == "Not yet");
    CHECK(list.button("rating-right-3")->command == Command{cmd::Rate{Seat::right, ReviewRating::not_yet}});
    CHECK(list.button("rating-left-1")->text == screen.theme.left_partner);
    CHECK(list.text("rating-left-1-key")->text == "A");
    CHECK(list.text("rating-left-3-key")->text == "D");
    CHECK(list.text("rating-right-1-key")->text == "L");
    CHECK(list.text("rating-right-3-key")->text == "J");
    CHECK(list.text("review-note")->text == "Both answers are shown together once you have both answered.");
    CHECK(list.button("next") == nullptr);  // nothing goes on until both have answered and decided
    CHECK(list.button("pause-button"));
    keys_match_buttons(screen);
}

TEST_CASE("one partner's rating stays hidden until the other has given theirs", "[view][review]") {
    Screen screen = review_screen(ReviewStage::rating);
    screen.snapshot.review.ratings = {ReviewRating::not_yet, std::nullopt};
    const DisplayList list = screen.build();
    CHECK(list.button("rating-left-1") == nullptr);  // answered: no buttons to press again
    REQUIRE(list.text("rating-done-left-label"));
    CHECK(list.text("rating-done-left-label")->text == "Sam: answered");
    CHECK(list.button("rating-right-1"));
    // "Not yet" is on screen only as the other partner's button, never as Sam's answer.
    const std::string shown = all_words(list);
    CHECK(shown.find("Sam: Not yet") == std::string::npos);
    std::size_t count = 0;
    for (std::size_t at = shown.find("Not yet"); at != std::string::npos; at = shown.find("Not yet", at + 1)) ++count;
    CHECK(count == 1);
}

TEST_CASE("once both have rated, both answers show and each partner picks what becomes of it", "[view][review]") {
    Screen screen = review_screen(ReviewStage::deciding);
    screen.snapshot.review.ratings = {ReviewRating::working, ReviewRating::partly};
    DisplayList list = screen.build();
    CHECK(list.text("question")->text == "What would you like to do with it?");
    CHECK(list.text("decide-left")->text == "Sam: Working");
    CHECK(list.text("decide-right")->text == "Alex: Partly");
    CHECK(list.button("decide-left-1")->label == "Keep as it is");
    CHECK(list.button("decide-left-2")->label == "Reword it");
    CHECK(list.button("decide-right-3")->label == "Let it go");
    CHECK(list.button("decide-right-3")->command == Command{cmd::Decide{Seat::right, ReviewOutcome::let_go}});
    CHECK(list.text("review-note")->text == "It is decided when you both pick the same.");
    keys_match_buttons(screen);

    // Different picks: each marked in words and colour, and a calm word that either can change.
    screen.snapshot.review.picks = {ReviewOutcome::kept, ReviewOutcome::let_go};
    list = screen.build();
    CHECK(list.button("decide-left-1")->label == "✓  Keep as it is");
    CHECK(list.button("decide-left-1")->outline == screen.theme.chosen_outline);
    CHECK(list.button("decide-right-3")->label == "✓  Let it go");
    CHECK(list.button("decide-right-1")->label == "Keep as it is");
    CHECK(list.text("review-note")->text == screen.words.choice_differs);
}

TEST_CASE("rewording shows the old words and takes the new ones as an agreement does", "[view][review]") {
    Screen screen = review_screen(ReviewStage::rewording);
    screen.snapshot.review.ratings = {ReviewRating::partly, ReviewRating::partly};
    screen.snapshot.review.picks = {ReviewOutcome::reworded, ReviewOutcome::reworded};
    DisplayList list = screen.build();
    CHECK(list.text("question")->text == "New words for this agreement");
    CHECK(list.text("review-old")->text == "Until now: “We walk together on Sundays, whatever the weather.”");
    CHECK(list.text("agreement-text")->text == "Nothing written yet.");
    REQUIRE(list.button("write"));
    CHECK(key_on(screen, Key::enter) == KeyAction{UiAction::edit_agreement});
    CHECK(key_on(screen, Key::k) == KeyAction{Command{cmd::AgreedAloud{}}});
    CHECK(list.button("confirm-left") == nullptr);  // nothing to confirm yet

    // Typing works as for an agreement, and belongs to this agreement of the review.
    REQUIRE_FALSE(apply_ui_action(screen.ui, UiAction::edit_agreement, screen.script, screen.snapshot).has_value());
    CHECK(typing_now(screen.ui, screen.snapshot));
    type_text(screen.ui, screen.snapshot, "We walk on Sundays");
    CHECK(screen.build().text("agreement-text")->text == "We walk on Sundays|");
    const auto kept = apply_ui_action(screen.ui, UiAction::finish_edit, screen.script, screen.snapshot);
    CHECK(kept == std::optional<Command>{cmd::AgreementText{"We walk on Sundays"}});

    screen.snapshot.agreement_text = "We walk on Sundays";
    screen.snapshot.confirmed = {true, false};
    list = screen.build();
    CHECK(list.text("agreement-text")->text == "We walk on Sundays");
    CHECK(list.text("confirm-left-label")->text == "Sam agreed");
    CHECK(list.button("confirm-right")->command == Command{cmd::Confirm{Seat::right}});

    SECTION("an agreement made aloud has no old words: its question stands in") {
        screen.snapshot.review.subject.text.clear();
        screen.snapshot.review.subject.aloud = true;
        CHECK(screen.build().text("review-old")->text ==
              "Until now it was agreed aloud, in answer to “What will each of us try?”");
    }
}

TEST_CASE("a draft set aside for one agreement of a review does not follow to the next", "[view][review]") {
    Screen screen = review_screen(ReviewStage::rewording);
    apply_ui_action(screen.ui, UiAction::edit_agreement, screen.script, screen.snapshot);
    type_text(screen.ui, screen.snapshot, "half a thought");
    apply_ui_action(screen.ui, UiAction::cancel_edit, screen.script, screen.snapshot);
    sync_ui_state(screen.ui, screen.snapshot);
    CHECK(screen.ui.draft == "half a thought");  // it waits while its agreement is on screen

    screen.snapshot.review.number = 2;
    sync_ui_state(screen.ui, screen.snapshot);
    CHECK(screen.ui.draft.empty());
    CHECK(screen.build().text("agreement-text")->text == "Nothing written yet.");
}

TEST_CASE("a review with nothing to look at says why, calmly, in both languages", "[view][review]") {
    Screen screen = review_screen(ReviewStage::none);
    const std::vector<std::pair<ReviewEmpty, std::string>> reasons{
        {ReviewEmpty::not_kept, "This conversation is not kept, so there are no earlier agreements to look at today."},
        {ReviewEmpty::nothing_due, "No agreement is due for a review today."},
        {ReviewEmpty::none_in_force, "There are no agreements to look at yet."},
    };
    for (const auto& [why, line] : reasons) {
        screen.words = english_words();
        screen.snapshot.review.empty = why;
        DisplayList list = screen.build();
        CHECK(list.text("prompt")->text == "How are your agreements going?");
        CHECK(list.text("review-none")->text == line);
        CHECK(list.text("review-go-on")->text == "You can go on whenever you are ready.");
        REQUIRE(list.button("next"));
        CHECK(key_on(screen, Key::space) == KeyAction{Command{cmd::Next{}}});
        CHECK(key_on(screen, Key::a) == KeyAction{std::monostate{}});
        screen.words = german_words();
        list = screen.build();
        CHECK(list.text("review-none")->text != line);
        CHECK_FALSE(list.text("review-none")->text.empty());
        CHECK(list.text("prompt")->text == "Wie geht es euch mit euren Vereinbarungen?");
    }
    // The script's own words head the step when it has them.
    std::get<ReviewStep>(screen.script.agenda[2].steps[0].body).prompt = "Let us look back.";
    CHECK(screen.build().text("prompt")->text == "Let us look back.");
}

TEST_CASE("a long agreement under review is shown in full, not cut short", "[view][review]") {
    Screen screen = review_screen(ReviewStage::deciding);
    screen.snapshot.review.ratings = {ReviewRating::working, ReviewRating::not_yet};
    std::string long_text;
    while (long_text.size() < 280) long_text += "When one of us feels hurt, we say so on the same day, calmly. ";
    screen.snapshot.review.subject.text = long_text;
    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
        screen.width = width;
        screen.height = height;
        const DisplayList list = screen.build();
        const TextItem* words = list.text("review-words");
        REQUIRE(words);
        INFO(width << "x" << height << " at " << words->size << " px");
        CHECK(words->text == long_text);
        CHECK(words->cut == TextCut::whole);
        // The card ends above both columns.
        CHECK(rect(list, "review-card")->box.y + rect(list, "review-card")->box.h <= list.text("decide-left")->box.y);
    }
}
