// The screens where someone has the floor: turn, reflect, verdict, clarify.
#include <catch2/catch.hpp>

#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

TEST_CASE("the floor shows Sam in Sam's colour, and Alex is reminded to listen", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(250s);
    const DisplayList list = screen.build();

    const TextItem* floor = list.text("floor");
    REQUIRE(floor);
    CHECK(floor->text == "Sam");
    CHECK(floor->color == screen.theme.left_partner);
    CHECK(list.text("floor-caption")->text == "has the floor");
    CHECK(list.text("prompt")->text == "I appreciated it when you…");
    CHECK(list.text("reminder")->text == "Alex: listen without interrupting");
    CHECK(all_words(list).find("I noticed…") != std::string::npos);

    // The right partner in the right partner's colour.
    screen.snapshot.floor = Seat::right;
    const DisplayList other = screen.build();
    CHECK(other.text("floor")->text == "Alex");
    CHECK(other.text("floor")->color == screen.theme.right_partner);
    CHECK(other.text("reminder")->text == "Sam: listen without interrupting");
}

TEST_CASE("the floor holder's name is the largest text but the countdown", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(250s);
    const DisplayList list = screen.build();
    const float floor = list.text("floor")->size;
    for (const auto* text : texts(list)) {
        if (text->role == "floor" || text->role == "countdown") continue;
        INFO(text->role);
        CHECK(text->size < floor);
    }
    CHECK(list.text("countdown")->size > floor);
}

TEST_CASE("after 3 minutes of 5 the countdown reads 2:00 in the warning colour", "[view]") {
    Screen screen;
    screen.script.settings.warn_at = {Seconds{120}, Seconds{15}};
    screen.snapshot = turn_snapshot(120s, 1);
    const DisplayList list = screen.build();

    const TextItem* countdown = list.text("countdown");
    REQUIRE(countdown);
    CHECK(countdown->text == "2:00");
    CHECK(countdown->color == screen.theme.warning);
    // Not only a colour: words say it too, and the ring is heavier.
    CHECK(list.text("time-words")->text == "2 minutes left");
    const DiskItem* ring = disk(list, "countdown-ring");
    REQUIRE(ring);
    CHECK(ring->fraction == Approx(0.4));
    CHECK(ring->color == screen.theme.warning);

    screen.snapshot = turn_snapshot(180s, 0);
    const DisplayList calm = screen.build();
    CHECK(calm.text("countdown")->text == "3:00");
    CHECK(calm.text("countdown")->color == screen.theme.text);
    CHECK(calm.text("time-words") == nullptr);
    CHECK(disk(calm, "countdown-ring")->thickness < ring->thickness);
}

TEST_CASE("the countdown rounds up, so 0:00 means the time is over", "[view]") {
    CHECK(countdown_text(timer(300s, 119'400ms)) == "2:00");
    CHECK(countdown_text(timer(300s, 119s)) == "1:59");
    CHECK(countdown_text(timer(300s, 0s)) == "0:00");
    CHECK(countdown_text(timer(300s, -12'500ms)) == "+0:12");
    CHECK(countdown_text(timer(3600s, 3600s)) == "1:00:00");
}

TEST_CASE("within a second nothing on a still screen changes, so the shell redraws only when needed", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(100'900ms);
    const DisplayList early = screen.build();
    screen.snapshot = turn_snapshot(100'050ms);
    CHECK(screen.build() == early);
    screen.snapshot = turn_snapshot(99'990ms);
    CHECK_FALSE(screen.build() == early);

    // The cool-down too, when no breathing guide moves.
    screen.script.pause.breathing.reset();
    screen.snapshot = pause_snapshot(600'700ms);
    screen.snapshot.breath.reset();
    const DisplayList cooling = screen.build();
    screen.snapshot = pause_snapshot(600'200ms);
    screen.snapshot.breath.reset();
    CHECK(screen.build() == cooling);
}

TEST_CASE("the last minute says so in words", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(60s, 1);
    CHECK(screen.build().text("time-words")->text == "1 minute left");
    screen.snapshot = turn_snapshot(40s, 1);
    CHECK(screen.build().text("time-words")->text == "Less than a minute left");
    screen.snapshot = turn_snapshot(12s, 2);
    CHECK(screen.build().text("time-words")->text == "12 seconds left");
}

TEST_CASE("the countdown's words count in each language's plural forms", "[view][translations]") {
    Screen screen;
    const auto words_at = [&screen](Seconds left, int warn_level) {
        screen.snapshot = turn_snapshot(left, warn_level);
        return screen.build().text("time-words")->text;
    };
    CHECK(words_at(1s, 2) == "1 second left");  // not "1 seconds left"
    CHECK(words_at(150s, 1) == "3 minutes left");
    screen.words = german_words();
    CHECK(words_at(1s, 2) == "noch 1 Sekunde");
    CHECK(words_at(60s, 1) == "noch 1 Minute");
    CHECK(words_at(12s, 2) == "noch 12 Sekunden");
    screen.words = french_words();
    CHECK(words_at(1s, 2) == "Encore 1 seconde");
    CHECK(words_at(12s, 2) == "Encore 12 secondes");
    CHECK(words_at(60s, 1) == "Encore 1 minute");
    CHECK(words_at(150s, 1) == "Encore 3 minutes");
    CHECK(words_at(40s, 1) == "Moins d’une minute");
}

TEST_CASE("overtime counts up as +0:12 in the overtime colour", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(-12s, 2);
    const DisplayList list = screen.build();
    CHECK(list.text("countdown")->text == "+0:12");
    CHECK(list.text("countdown")->color == screen.theme.overtime);
    CHECK(list.text("time-words")->text == "Time is up. You can finish your thought.");
    CHECK(disk(list, "countdown-ring")->fraction == 0.0f);
}

TEST_CASE("a turn has Next as its one primary action, and a pause button with the signal", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(250s);
    const DisplayList list = screen.build();
    int primaries = 0;
    for (const auto* button : buttons(list)) primaries += button->primary ? 1 : 0;
    CHECK(primaries == 1);
    REQUIRE(list.button("next"));
    CHECK(list.button("next")->primary);
    CHECK(list.button("next")->command == Command{cmd::Next{}});
    const ButtonItem* pause = list.button("pause-button");
    REQUIRE(pause);
    CHECK(pause->label == "Pause · “harbour”");
    CHECK(std::holds_alternative<cmd::Pause>(pause->command));
    CHECK(list.text("pause-button-key")->text == "P");
    CHECK(list.text("next-key")->text == "A · Space");  // the speaker's own key, or the shared Next
}

TEST_CASE("the header says where the session stands", "[view]") {
    Screen screen;
    screen.snapshot = turn_snapshot(250s);
    const DisplayList list = screen.build();
    CHECK(list.text("item-title")->text == "Appreciations");
    CHECK(list.text("progress")->text == "Part 1 of 2  ·  7:00 left for this part");
}

TEST_CASE("the status line keeps its size, when it is too long the least needed pieces give way", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::left);
    screen.snapshot.item_box = timer(1800s, 1204s);
    screen.snapshot.pairs = 4;
    screen.snapshot.pair = 1;
    screen.snapshot.rounds = 2;
    screen.snapshot.round = 1;
    const float small = screen.theme.small_size * 720;
    const DisplayList full = screen.build();
    REQUIRE(full.text("progress"));
    CHECK(full.text("progress")->text ==
          "Part 1 of 2  ·  Round 1 of 4  ·  Reflection 1 of 2  ·  20:04 left for this part");
    CHECK(full.text("progress")->size == Approx(small));

    // Sound off and a long title leave less room: the reflection goes first,
    // the part and the time left stay, and nothing shrinks.
    screen.ui.muted = true;
    screen.script.agenda[0].title = "Appreciations, and what went well for each of us this week";
    const DisplayList crowded = screen.build();
    const TextItem* progress = crowded.text("progress");
    REQUIRE(progress);
    CHECK(progress->size == Approx(small));
    CHECK(progress->text.find("Reflection") == std::string::npos);
    CHECK(progress->text.rfind("Part 1 of 2", 0) == 0);
    CHECK(progress->text.find("20:04 left for this part") != std::string::npos);
    CHECK(crowded.text("muted")->size == Approx(small));
    const TextItem* title = crowded.text("item-title");
    REQUIRE(title);
    CHECK(title->size >= 0.026f * 720);
    const auto right_of = [](const TextItem* a, const TextItem* b) { return a->box.x >= b->box.x + b->box.w; };
    CHECK(right_of(crowded.text("muted"), title));
    CHECK(right_of(progress, crowded.text("muted")));
    CHECK(crowded.button("help-button")->box.x >= progress->box.x + progress->box.w);
}

TEST_CASE("a reflection shows the listener's name and the default prompt", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_reflect, Activity::reflect, Seat::right);
    screen.snapshot.timer = timer(60s, 45s);
    screen.snapshot.round = 1;
    screen.snapshot.rounds = 2;
    const DisplayList list = screen.build();
    CHECK(list.text("floor")->text == "Alex");
    CHECK(list.text("floor")->color == screen.theme.right_partner);
    CHECK(list.text("prompt")->text == screen.words.default_reflect_prompt);
    CHECK(list.text("reminder")->text == "Sam: listen, then say whether it fits");
    CHECK(list.text("progress")->text.find("Reflection 1 of 2") != std::string::npos);
}

TEST_CASE("the verdict belongs to the speaker, whose keys the buttons show", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::left);
    const DisplayList list = screen.build();
    CHECK(list.text("floor")->text == "Sam");
    CHECK(list.text("floor")->color == screen.theme.left_partner);
    CHECK(list.text("prompt")->text == "Did you feel heard? Was that it?");
    REQUIRE(list.button("thats-it"));
    CHECK(list.button("thats-it")->command == Command{cmd::ThatsIt{}});
    CHECK(list.button("not-quite")->command == Command{cmd::NotQuite{}});
    CHECK(list.text("thats-it-key")->text == "A");
    CHECK(list.text("not-quite-key")->text == "S");
    CHECK(list.button("next") == nullptr);

    screen.snapshot.floor = Seat::right;
    const DisplayList right = screen.build();
    CHECK(right.text("thats-it-key")->text == "L");
    CHECK(right.text("not-quite-key")->text == "K");
}

TEST_CASE("the verdict stands centred: who answers, the question, and the answers under it", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_reflect, Activity::verdict, Seat::left);
    const DisplayList list = screen.build();
    const TextItem* floor = list.text("floor");
    const TextItem* caption = list.text("floor-caption");
    const TextItem* prompt = list.text("prompt");
    REQUIRE(floor);
    REQUIRE(caption);
    REQUIRE(prompt);
    CHECK(caption->text == "answers");
    const auto centre = [](const Rect& box) { return box.x + box.w / 2; };
    for (const auto* text : {floor, caption, prompt}) {
        INFO(text->role);
        CHECK(text->align == Align::center);
        CHECK(centre(text->box) == Approx(640).margin(1));
    }
    CHECK(floor->size > prompt->size);
    CHECK(caption->box.y >= floor->box.y + floor->box.h - 0.5f);
    CHECK(prompt->box.y >= caption->box.y + caption->box.h - 0.5f);

    // The two answers side by side under the question, in the order of the
    // speaker's keys: A (that's it) then S for the left partner.
    const ButtonItem* yes = list.button("thats-it");
    const ButtonItem* no = list.button("not-quite");
    REQUIRE(yes);
    REQUIRE(no);
    CHECK(yes->box.y >= prompt->box.y + prompt->box.h);
    CHECK(yes->box.y == no->box.y);
    CHECK(yes->box.x + yes->box.w <= no->box.x);
    CHECK(yes->primary);
    CHECK_FALSE(no->primary);
    CHECK((centre(yes->box) + centre(no->box)) / 2 == Approx(640).margin(1));

    // For the right partner K (not quite) lies left of L (that's it).
    screen.snapshot.floor = Seat::right;
    const DisplayList right = screen.build();
    CHECK(right.text("floor")->text == "Alex");
    CHECK(right.button("not-quite")->box.x + right.button("not-quite")->box.w <= right.button("thats-it")->box.x);
}

TEST_CASE("an exchange shows its round and the prompt for the speaker", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_exchange, Activity::turn, Seat::right);
    screen.snapshot.timer = timer(120s, 100s);
    screen.snapshot.pair = 2;
    screen.snapshot.pairs = 2;
    const DisplayList list = screen.build();
    CHECK(list.text("floor")->text == "Alex");
    CHECK(list.text("prompt")->text == "I feel … when …");
    CHECK(list.text("progress")->text == "Part 2 of 2  ·  Round 2 of 2");
}

TEST_CASE("the clarification is the speaker's, with the listener reminded", "[view]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_reflect, Activity::clarify, Seat::left);
    screen.snapshot.timer = timer(60s, 30s);
    const DisplayList list = screen.build();
    CHECK(list.text("floor")->text == "Sam");
    CHECK(list.text("floor-caption")->text == "adds what was missing");
    CHECK(list.text("reminder")->text == "Alex: listen without interrupting");
}

TEST_CASE("German scripts get German words", "[view]") {
    Screen screen;
    screen.words = words_for_language("de-AT");
    screen.snapshot = turn_snapshot(30s, 1);
    const DisplayList list = screen.build();
    CHECK(list.text("floor-caption")->text == "hat das Wort");
    CHECK(list.text("time-words")->text == "noch weniger als eine Minute");
    CHECK(list.button("next")->label == "Weiter");
    CHECK(list.text("next-key")->text == "A · Leertaste");
}
