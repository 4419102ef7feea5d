// What the shell keeps beside the session: typing names and the agreement.
#include <catch2/catch.hpp>

#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

TEST_CASE("a name is typed and kept with SetName", "[view][ui]") {
    const Script script = sample_script();
    const Snapshot start;
    UiState ui;
    CHECK_FALSE(apply_ui_action(ui, UiAction::edit_name_left, script, start));
    CHECK(ui.editing == Editing::name_left);
    CHECK(ui.draft.empty());  // typed afresh, not appended to the old name
    CHECK(typing_now(ui, start));
    type_text(ui, start, "Samira ");
    CHECK(ui.draft == "Samira ");
    const auto command = apply_ui_action(ui, UiAction::finish_edit, script, start);
    REQUIRE(command);
    CHECK(*command == Command{cmd::SetName{Seat::left, "Samira"}});
    CHECK(ui.editing == Editing::none);
    CHECK(ui.draft.empty());
}

TEST_CASE("Enter on an empty name keeps the old one", "[view][ui]") {
    const Script script = sample_script();
    const Snapshot start;
    UiState ui;
    apply_ui_action(ui, UiAction::edit_name_left, script, start);
    const auto command = apply_ui_action(ui, UiAction::finish_edit, script, start);
    // SetName with an empty name keeps the old one (the session's rule).
    CHECK((!command || *command == Command{cmd::SetName{Seat::left, ""}}));
    CHECK(ui.editing == Editing::none);
}

TEST_CASE("cancelling an edit keeps the old name", "[view][ui]") {
    const Script script = sample_script();
    const Snapshot start;
    UiState ui;
    apply_ui_action(ui, UiAction::edit_name_right, script, start);
    type_text(ui, start, "xyz");
    CHECK_FALSE(apply_ui_action(ui, UiAction::cancel_edit, script, start));
    CHECK(ui.editing == Editing::none);
    CHECK_FALSE(apply_ui_action(ui, UiAction::finish_edit, script, start));
}

TEST_CASE("names cannot be edited once the session has begun", "[view][ui]") {
    UiState ui;
    CHECK_FALSE(apply_ui_action(ui, UiAction::edit_name_left, sample_script(), turn_snapshot(10s)));
    CHECK(ui.editing == Editing::none);
}

TEST_CASE("typed text drops control characters, erases whole characters, and is capped", "[view][ui]") {
    const Snapshot start;
    UiState ui;
    ui.editing = Editing::name_left;
    type_text(ui, start, "Gr\x01\xC3\xBC\tße\n");
    CHECK(ui.draft == "Grüße");
    apply_ui_action(ui, UiAction::erase, sample_script(), start);
    apply_ui_action(ui, UiAction::erase, sample_script(), start);
    CHECK(ui.draft == "Grü");
    type_text(ui, start, "\xFF\xFE");  // not UTF-8: ignored whole
    CHECK(ui.draft == "Grü");
    type_text(ui, start, std::string(100, 'x'));
    CHECK(ui.draft.size() == 3 + 1 + (max_name_characters - 3));  // "ü" is two bytes
}

TEST_CASE("the agreement draft starts from the session's text and is sent on Enter", "[view][ui]") {
    const Script script = sample_script();
    Snapshot snapshot = step_snapshot(at_agreement, Activity::agreement);
    snapshot.agreement_text = "We walk";
    UiState ui;
    apply_ui_action(ui, UiAction::edit_agreement, script, snapshot);
    CHECK(ui.draft == "We walk");
    type_text(ui, snapshot, " on Sunday.");
    const auto command = apply_ui_action(ui, UiAction::finish_edit, script, snapshot);
    REQUIRE(command);
    CHECK(*command == Command{cmd::AgreementText{"We walk on Sunday."}});
}

TEST_CASE("a pause keeps the agreement draft, moving on drops it", "[view][ui]") {
    const Script script = sample_script();
    const Snapshot agreement = step_snapshot(at_agreement, Activity::agreement);
    UiState ui;
    apply_ui_action(ui, UiAction::edit_agreement, script, agreement);
    type_text(ui, agreement, "We walk");

    Snapshot paused = agreement;
    paused.phase = phase::Paused{};
    sync_ui_state(ui, paused);
    CHECK_FALSE(typing_now(ui, paused));
    type_text(ui, paused, "!!!");  // nothing types under the cool-down
    CHECK(ui.draft == "We walk");
    sync_ui_state(ui, agreement);
    CHECK(typing_now(ui, agreement));
    CHECK(ui.draft == "We walk");

    sync_ui_state(ui, step_snapshot(at_choice, Activity::choice));
    CHECK(ui.editing == Editing::none);
    CHECK(ui.draft.empty());
}

TEST_CASE("Esc while typing an agreement loses nothing: the draft comes back", "[view][ui]") {
    const Script script = sample_script();
    Snapshot agreement = step_snapshot(at_agreement, Activity::agreement);
    agreement.agreement_text = "Kept before";
    UiState ui;
    apply_ui_action(ui, UiAction::edit_agreement, script, agreement);
    type_text(ui, agreement, " and typed since");
    CHECK_FALSE(apply_ui_action(ui, UiAction::cancel_edit, script, agreement));
    CHECK_FALSE(typing_now(ui, agreement));
    sync_ui_state(ui, agreement);

    apply_ui_action(ui, UiAction::edit_agreement, script, agreement);
    CHECK(typing_now(ui, agreement));
    CHECK(ui.draft == "Kept before and typed since");

    // Once the agreement has gone by, a waiting draft goes too.
    apply_ui_action(ui, UiAction::cancel_edit, script, agreement);
    sync_ui_state(ui, step_snapshot(at_choice, Activity::choice));
    CHECK(ui.draft.empty());
}

TEST_CASE("help and sound toggle", "[view][ui]") {
    UiState ui;
    const Snapshot start;
    apply_ui_action(ui, UiAction::toggle_help, sample_script(), start);
    apply_ui_action(ui, UiAction::toggle_mute, sample_script(), start);
    CHECK(ui.help);
    CHECK(ui.muted);
    apply_ui_action(ui, UiAction::toggle_help, sample_script(), start);
    CHECK_FALSE(ui.help);
}

TEST_CASE("the kiosk's words follow the script's language, English by default", "[view]") {
    CHECK(words_for_language("de").language == "de");
    CHECK(words_for_language("DE-ch").language == "de");
    CHECK(words_for_language("de_AT").language == "de");
    CHECK(words_for_language("en-GB").language == "en");
    CHECK(words_for_language("fr-CA").language == "fr");
    // A language with no catalogue gets English.
    CHECK(words_for_language("xx").language == "en");
    CHECK(words_for_language("").language == "en");
    CHECK(fill("{name} has {n} {unknown}", {{"name", "Sam"}, {"n", "2"}}) == "Sam has 2 {unknown}");
}

TEST_CASE("the pause heading blames no one in any language", "[view]") {
    for (const Words& words : {english_words(), german_words(), french_words()}) {
        CHECK(words.pause_heading.find("{") == std::string::npos);
        CHECK_FALSE(words.default_cooldown_message.empty());
    }
}

TEST_CASE("while an agreement is typed, the pause button shows keys that pause: Esc, then P", "[view][ui]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_agreement, Activity::agreement);
    const DisplayList before = screen.build();
    REQUIRE(before.text("pause-button-key"));
    CHECK(before.text("pause-button-key")->text == "P");

    apply_ui_action(screen.ui, UiAction::edit_agreement, screen.script, screen.snapshot);
    REQUIRE(typing_now(screen.ui, screen.snapshot));
    const DisplayList typing = screen.build();
    REQUIRE(typing.text("pause-button-key"));
    CHECK(typing.text("pause-button-key")->text == "Esc, P");
    // Esc stops typing without losing the draft; then P pauses (see the key map tests).
    type_text(screen.ui, screen.snapshot, "We walk");
    apply_ui_action(screen.ui, UiAction::cancel_edit, screen.script, screen.snapshot);
    CHECK_FALSE(typing_now(screen.ui, screen.snapshot));
    CHECK(screen.ui.draft == "We walk");
}

TEST_CASE("a draft set aside with Esc stays on screen, marked as not kept yet", "[view][ui]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_agreement, Activity::agreement);
    apply_ui_action(screen.ui, UiAction::edit_agreement, screen.script, screen.snapshot);
    type_text(screen.ui, screen.snapshot, "We walk on Sunday");
    apply_ui_action(screen.ui, UiAction::cancel_edit, screen.script, screen.snapshot);
    const DisplayList list = screen.build();
    bool shown = false;
    for (const TextItem* text : texts(list))
        if (text->text.find("We walk on Sunday") != std::string::npos) {
            shown = true;
            CHECK(text->text.find("not kept yet") != std::string::npos);
            CHECK(text->color == screen.theme.muted_text);
        }
    CHECK(shown);
}

TEST_CASE("the error screen tells a script's writer to reload only when reloading works", "[view][ui]") {
    Screen screen;
    screen.error_lines = {"my.yaml:3:7: error: unknown key 'speakr'"};
    const DisplayList kiosk = screen.build();
    REQUIRE(kiosk.text("error-body"));
    CHECK(kiosk.text("error-body")->text.find("+R") == std::string::npos);
    screen.config.reloading = Reloading::on;
    const DisplayList writing = screen.build();
    REQUIRE(writing.text("error-body"));
    CHECK(writing.text("error-body")->text.find("Ctrl+R") != std::string::npos);
}
