// The picker as a display list: every script listed with its title,
// language and planned time, grouped by origin; a broken script listed with
// its errors; the selection moving; everything on screen at 720p and 4K.
// And the picker's keys and taps, which are pure functions.
#include <catch2/catch.hpp>
#include <cmath>

#include "picker.hpp"
#include "test_words.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

CatalogEntry loaded_entry(std::string title, ScriptOrigin origin, Seconds planned, std::string language = "en") {
    CatalogEntry entry;
    Script script = sample_script();
    script.title = std::move(title);
    script.language = std::move(language);
    entry.path = "/scripts/" + script.title + ".yaml";
    entry.origin = origin;
    entry.planned = planned;
    entry.script = std::move(script);
    return entry;
}

CatalogEntry broken_entry() {
    CatalogEntry entry;
    entry.path = "/home/sam/.config/attune/scripts/draft.yaml";
    entry.origin = ScriptOrigin::user;
    entry.diagnostics.push_back({entry.path.string(),
                                 {8, 15},
                                 Severity::error,
                                 "unknown key 'speakr' in the turn step; did you mean 'speaker'?"});
    entry.diagnostics.push_back({entry.path.string(),
                                 {8, 29},
                                 Severity::error,
                                 "'time' must be a duration like 90s, 2m, 1m30s or 1h5m; found the text '2 minutes'"});
    return entry;
}

std::vector<CatalogEntry> sample_catalog() {
    std::vector<CatalogEntry> catalog;
    catalog.push_back(loaded_entry("Daily check-in", ScriptOrigin::built_in, Seconds{13 * 60}));
    catalog.push_back(loaded_entry("Sprecher und Zuhörer", ScriptOrigin::built_in, Seconds{24 * 60 + 10}, "de"));
    catalog.push_back(broken_entry());
    catalog.push_back(loaded_entry("Our Sunday talk", ScriptOrigin::given, Seconds{45 * 60}));
    return catalog;
}

struct Picker {
    std::vector<CatalogEntry> catalog = sample_catalog();
    PickerState state;
    Theme theme;
    Words words = english_words();
    UiState ui;
    int width = 1280, height = 720;

    DisplayList build() const {
        return build_picker_view(
            PickerInput{catalog, state, theme, words, ui, fake_metrics(), width, height, "~/.config/attune/scripts"});
    }
};

std::vector<const TextItem*> with_role(const DisplayList& list, std::string_view role) {
    std::vector<const TextItem*> out;
    for (const auto* text : texts(list))
        if (text->role == role) out.push_back(text);
    return out;
}

std::vector<const ButtonItem*> entry_buttons(const DisplayList& list) {
    std::vector<const ButtonItem*> out;
    for (const auto* button : buttons(list))
        if (button->role == "picker-entry") out.push_back(button);
    return out;
}

bool inside(const Rect& box, float width, float height) {
    const float slack = 0.5f;
    return box.x >= -slack && box.y >= -slack && box.x + box.w <= width + slack && box.y + box.h <= height + slack &&
           box.w > 0 && box.h > 0;
}

bool overlap(const Rect& a, const Rect& b) {
    const float slack = 0.5f;
    return a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
}

}  // namespace

TEST_CASE("the picker lists every script with its title, language and planned time", "[view][picker]") {
    Picker picker;
    const DisplayList list = picker.build();
    CHECK(list.text("picker-heading")->text == "Choose a conversation");
    const auto titles = with_role(list, "picker-title");
    REQUIRE(titles.size() == 4);
    CHECK(titles[0]->text == "Daily check-in");
    CHECK(titles[1]->text == "Sprecher und Zuhörer");
    CHECK(titles[2]->text == "draft.yaml");  // a script that does not load goes by its file name
    CHECK(titles[3]->text == "Our Sunday talk");
    const auto metas = with_role(list, "picker-meta");
    REQUIRE(metas.size() == 4);
    CHECK(metas[0]->text == "EN · 13 min");
    CHECK(metas[1]->text == "DE · 25 min");  // 24:10 rounds up
    CHECK(metas[2]->text == "does not load");
    CHECK(metas[2]->color == picker.theme.warning);
    CHECK(metas[3]->text == "EN · 45 min");
}

TEST_CASE("the picker groups the scripts by origin: built in, then yours", "[view][picker]") {
    Picker picker;
    const DisplayList list = picker.build();
    const auto groups = with_role(list, "picker-group");
    REQUIRE(groups.size() == 2);
    CHECK(groups[0]->text == "Built in");
    CHECK(groups[1]->text == "Your scripts");
    const auto titles = with_role(list, "picker-title");
    // Each heading stands above its group.
    CHECK(groups[0]->box.y < titles[0]->box.y);
    CHECK(groups[1]->box.y > titles[1]->box.y);
    CHECK(groups[1]->box.y < titles[2]->box.y);
}

TEST_CASE("the selected script shows its description and can be started", "[view][picker]") {
    Picker picker;
    const DisplayList list = picker.build();
    CHECK(list.text("detail-title")->text == "Daily check-in");
    CHECK(list.text("detail-meta")->text == "EN · about 13 min · 2 parts");
    CHECK(list.text("detail-origin")->text == "Built in");
    CHECK(list.text("detail-description")->text == sample_script().description);
    const ButtonItem* start = list.button("start");
    REQUIRE(start);
    CHECK(start->ui == UiAction::start_picked);
    CHECK(start->primary);
    CHECK(list.text("start-key")->text == "Space");
    CHECK(list.text("detail-error") == nullptr);
}

TEST_CASE("a script that does not load shows its errors when selected, and no Start", "[view][picker]") {
    Picker picker;
    picker.state.selected = 2;
    const DisplayList list = picker.build();
    CHECK(list.text("detail-title")->text == "draft.yaml");
    CHECK(list.text("detail-broken")->text == "This script does not load yet");
    CHECK(list.text("detail-origin")->text == "Your scripts · /home/sam/.config/attune/scripts/draft.yaml");
    CHECK(list.text("detail-broken-hint")->text.find("Ctrl+R") != std::string::npos);
    const auto errors = with_role(list, "detail-error");
    REQUIRE(errors.size() == 2);
    // file:line:col, the folder being named on the line above.
    CHECK(errors[0]->text == "draft.yaml:8:15: error: unknown key 'speakr' in the turn step; did you mean 'speaker'?");
    CHECK(errors[1]->text.starts_with("draft.yaml:8:29: error: 'time'"));
    // Small, but still legible across a room.
    CHECK(errors[0]->size <= picker.theme.small_size * 720 + 0.01f);
    CHECK(errors[0]->size >= 0.6f * picker.theme.small_size * 720);
    CHECK(list.button("start") == nullptr);
    // The other entries do not show its errors.
    picker.state.selected = 1;
    CHECK(picker.build().text("detail-error") == nullptr);
}

TEST_CASE("the selection moves with the keys and lights its row", "[view][picker]") {
    Picker picker;
    const auto lit_row = [&] {
        const DisplayList list = picker.build();
        const RectItem* lit = rect(list, "picker-selected");
        REQUIRE(lit);
        for (const auto* button : entry_buttons(list))
            if (button->box == lit->box) return button->entry;
        FAIL("the lit row is no entry");
        return std::size_t{99};
    };
    CHECK(lit_row() == 0);
    move_selection(picker.state, map_picker_key({Key::down, {}}), picker.catalog.size());
    CHECK(lit_row() == 1);
    CHECK(picker.build().text("detail-title")->text == "Sprecher und Zuhörer");
    move_selection(picker.state, map_picker_key({Key::end, {}}), picker.catalog.size());
    CHECK(lit_row() == 3);
    move_selection(picker.state, map_picker_key({Key::down, {}}), picker.catalog.size());
    CHECK(lit_row() == 3);  // it stops at the end
    move_selection(picker.state, map_picker_key({Key::up, {}}), picker.catalog.size());
    CHECK(lit_row() == 2);
    move_selection(picker.state, map_picker_key({Key::home, {}}), picker.catalog.size());
    CHECK(lit_row() == 0);
    move_selection(picker.state, map_picker_key({Key::up, {}}), picker.catalog.size());
    CHECK(lit_row() == 0);
}

TEST_CASE("the picker's keys: arrows move, the Next keys and the partners' yes start", "[view][picker]") {
    for (Key key : {Key::space, Key::enter, Key::right, Key::page_down, Key::a, Key::l})
        CHECK(map_picker_key({key, {}}) == PickerAction::start);
    CHECK(map_picker_key({Key::up, {}}) == PickerAction::previous);
    CHECK(map_picker_key({Key::page_up, {}}) == PickerAction::previous);
    CHECK(map_picker_key({Key::down, {}}) == PickerAction::next);
    CHECK(map_picker_key({Key::escape, {}}) == PickerAction::none);  // clickers send it
    CHECK(map_picker_key({Key::q, {.ctrl = true}}) == PickerAction::hold_to_quit);
    CHECK(map_picker_key({Key::r, {.ctrl = true}}) == PickerAction::reload);
    CHECK(map_picker_key({Key::r, {.ctrl = true, .alt = true}}) == PickerAction::none);
    CHECK(map_picker_key({Key::s, {}}) == PickerAction::none);
}

TEST_CASE("a tap selects an entry, a second tap on it starts it", "[view][picker]") {
    Picker picker;
    const DisplayList list = picker.build();
    const auto rows = entry_buttons(list);
    REQUIRE(rows.size() == 4);
    for (std::size_t i = 0; i < rows.size(); ++i) CHECK(rows[i]->entry == i);
    // What a finger lands on is the row's button.
    const ButtonItem* under = list.button_at(rows[3]->box.x + 10, rows[3]->box.y + rows[3]->box.h / 2);
    REQUIRE(under);
    CHECK(under->ui == UiAction::pick_entry);
    CHECK(under->entry == 3);
    CHECK_FALSE(tap_entry(picker.state, 3, picker.catalog.size()));
    CHECK(picker.state.selected == 3);
    CHECK(tap_entry(picker.state, 3, picker.catalog.size()));
    CHECK_FALSE(tap_entry(picker.state, 9, picker.catalog.size()));
    CHECK(picker.state.selected == 3);
    CHECK_FALSE(can_start(picker.catalog[2]));
    CHECK(can_start(picker.catalog[3]));
}

TEST_CASE("the picker fits the screen at 720p and 4K, and scales with it", "[view][picker]") {
    for (std::size_t selected : {std::size_t{0}, std::size_t{2}}) {
        Picker picker;
        picker.state.selected = selected;
        // A long title and a long description must shrink or wrap, not run off.
        picker.catalog[0].script->title = "A very long title for a conversation that goes on and on about the week";
        std::string description;
        for (int i = 0; i < 12; ++i) description += "We take turns, and each of us says what we need this week. ";
        picker.catalog[0].script->description = description;
        for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{3840, 2160}}) {
            picker.width = width;
            picker.height = height;
            const DisplayList list = picker.build();
            INFO("selected " << selected << " at " << width << "x" << height);
            const auto all_texts = texts(list);
            const auto all_buttons = buttons(list);
            for (const auto* text : all_texts) {
                INFO("text " << text->role << " '" << text->text << "'");
                CHECK_FALSE(text->role.empty());
                CHECK(inside(text->box, static_cast<float>(width), static_cast<float>(height)));
                CHECK(text->size >= 0.02f * static_cast<float>(height));  // legible from a sofa
                for (const auto* other : all_texts)
                    if (other != text) CHECK_FALSE(overlap(text->box, other->box));
                // Rows are tapped anywhere, so their texts lie on them; nothing else does.
                for (const auto* button : all_buttons)
                    if (button->role != "picker-entry") CHECK_FALSE(overlap(text->box, button->box));
            }
            for (const auto* button : all_buttons) {
                INFO("button " << button->role);
                CHECK(inside(button->box, static_cast<float>(width), static_cast<float>(height)));
                for (const auto* other : all_buttons)
                    if (other != button) CHECK_FALSE(overlap(button->box, other->box));
            }
        }
        picker.width = 1280;
        picker.height = 720;
        const DisplayList small = picker.build();
        picker.width = 3840;
        picker.height = 2160;
        const DisplayList large = picker.build();
        const auto small_texts = texts(small);
        const auto large_texts = texts(large);
        REQUIRE(small_texts.size() == large_texts.size());
        for (std::size_t i = 0; i < small_texts.size(); ++i) {
            INFO(small_texts[i]->role);
            CHECK(large_texts[i]->size == Approx(3 * small_texts[i]->size).epsilon(0.01));
        }
    }
}

TEST_CASE("a long list shows the page that holds the selection", "[view][picker]") {
    Picker picker;
    picker.catalog.clear();
    for (int i = 0; i < 30; ++i)
        picker.catalog.push_back(loaded_entry("Script " + std::to_string(10 + i),
                                              i < 12 ? ScriptOrigin::built_in : ScriptOrigin::user, Seconds{600}));
    const auto titles_shown = [&] {
        std::vector<std::string> shown;
        // The list must outlive the loop: a temporary in the range expression
        // dies before the body reads its texts (AddressSanitizer found it).
        const DisplayList list = picker.build();
        for (const auto* text : with_role(list, "picker-title")) shown.push_back(text->text);
        return shown;
    };
    const auto first_page = titles_shown();
    REQUIRE(first_page.size() >= 5);
    REQUIRE(first_page.size() < 30);
    CHECK(first_page.front() == "Script 10");
    CHECK(picker.build().text("picker-page")->text.starts_with("Page 1 of "));
    picker.state.selected = 29;
    const auto last_page = titles_shown();
    CHECK(last_page.back() == "Script 39");
    CHECK(std::find(last_page.begin(), last_page.end(), "Script 10") == last_page.end());
    // A page that starts inside a group names the group again.
    const DisplayList list = picker.build();
    const auto groups = with_role(list, "picker-group");
    REQUIRE_FALSE(groups.empty());
    CHECK(groups.front()->box.y < with_role(list, "picker-title").front()->box.y);
    // Every selection is on its page.
    for (std::size_t i = 0; i < picker.catalog.size(); ++i) {
        picker.state.selected = i;
        const auto shown = titles_shown();
        CHECK(std::find(shown.begin(), shown.end(), "Script " + std::to_string(10 + i)) != shown.end());
    }
}

TEST_CASE("an empty picker says where scripts go", "[view][picker]") {
    Picker picker;
    picker.catalog.clear();
    const DisplayList list = picker.build();
    CHECK(list.text("picker-empty")->text == "No conversation scripts were found.");
    CHECK(list.text("picker-empty-hint")->text == "Scripts you write go in ~/.config/attune/scripts");
    CHECK(list.button("start") == nullptr);
}

TEST_CASE("a selection past the end of a shorter list shows the last entry", "[view][picker]") {
    Picker picker;
    picker.state.selected = 17;
    CHECK(picker.build().text("detail-title")->text == "Our Sunday talk");
    std::vector<CatalogEntry> before = picker.catalog;
    std::vector<CatalogEntry> after = {before[3], before[0]};
    picker.state.selected = 3;
    keep_selection(picker.state, before, after);
    CHECK(picker.state.selected == 0);  // the same file, now first
    picker.state.selected = 2;
    keep_selection(picker.state, before, after);
    CHECK(picker.state.selected == 1);  // gone: the place, within the list
}

TEST_CASE("the summary of a picked session leads back to the picker", "[view][picker]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{};
    CHECK(screen.build().button("to-picker") == nullptr);
    screen.config.origin = SessionOrigin::picker;
    const DisplayList list = screen.build();
    const ButtonItem* back = list.button("to-picker");
    REQUIRE(back);
    CHECK(back->ui == UiAction::to_picker);
    CHECK(back->label == "Choose another conversation");
    const Script script = sample_script();
    // Issue 8: one press of a clicker key never leaves the summary (it used
    // to); both partners' own keys do, in either order, or Enter held (the
    // shell times the hold; a press only starts it). → and PgDn turn its pages.
    CHECK(list.text("to-picker-key")->text == "A + L, or hold Enter");
    CHECK(map_key({Key::space, {}}, script, screen.snapshot, screen.ui, screen.config) == KeyAction{std::monostate{}});
    CHECK(map_key({Key::enter, {}}, script, screen.snapshot, screen.ui, screen.config) ==
          KeyAction{UiAction::hold_to_leave});
    for (Key key : {Key::right, Key::page_down})
        CHECK(map_key({key, {}}, script, screen.snapshot, screen.ui, screen.config) == KeyAction{UiAction::next_page});
    CHECK(back->ui == UiAction::to_picker);
    UiState ui = screen.ui;
    const KeyAction first = map_key({Key::a, {}}, script, screen.snapshot, ui, screen.config);
    REQUIRE(first == KeyAction{UiAction::leave_left});
    CHECK(map_key({Key::a, {}}, script, screen.snapshot, ui, screen.config) == KeyAction{UiAction::leave_left});
    apply_ui_action(ui, UiAction::leave_left, script, screen.snapshot);
    CHECK(map_key({Key::a, {}}, script, screen.snapshot, ui, screen.config) == KeyAction{UiAction::leave_left});
    CHECK(map_key({Key::space, {}}, script, screen.snapshot, ui, screen.config) == KeyAction{std::monostate{}});
    CHECK(map_key({Key::l, {}}, script, screen.snapshot, ui, screen.config) == KeyAction{UiAction::to_picker});
    UiState other_order = screen.ui;
    apply_ui_action(other_order, UiAction::leave_right, script, screen.snapshot);
    CHECK(map_key({Key::a, {}}, script, screen.snapshot, other_order, screen.config) == KeyAction{UiAction::to_picker});
    screen.config.origin = SessionOrigin::direct;
    CHECK(map_key({Key::space, {}}, script, screen.snapshot, screen.ui, screen.config) == KeyAction{std::monostate{}});
    CHECK(map_key({Key::enter, {}}, script, screen.snapshot, screen.ui, screen.config) == KeyAction{std::monostate{}});
}

TEST_CASE("holding Enter on the summary shows what the hold will do", "[view][picker]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{};
    screen.config.origin = SessionOrigin::picker;
    CHECK(disk(screen.build(), "leave-progress") == nullptr);
    screen.ui.leave_progress = 0.25f;
    const DisplayList list = screen.build();
    REQUIRE(disk(list, "leave-progress"));
    CHECK(disk(list, "leave-progress")->fraction == 0.25f);
    CHECK(list.text("leave-hint")->text == "Keep holding to choose another conversation");
    screen.words = german_words();
    CHECK(screen.build().text("to-picker-key")->text == "A + L, oder Eingabe halten");
}

TEST_CASE("Ctrl+R reads the script again only while writing (--windowed)", "[view][picker]") {
    const Script script = sample_script();
    UiState ui;
    ShellConfig config;
    const Snapshot running = turn_snapshot(100s);
    const KeyPress ctrl_r{Key::r, {.ctrl = true}};
    CHECK(map_key(ctrl_r, script, running, ui, config) == KeyAction{std::monostate{}});
    CHECK(map_error_screen_key(ctrl_r, config) == KeyAction{std::monostate{}});
    config.reloading = Reloading::on;
    CHECK(map_error_screen_key(ctrl_r, config) == KeyAction{UiAction::reload});
    CHECK(map_key(ctrl_r, script, running, ui, config) == KeyAction{UiAction::reload});
    CHECK(map_key(ctrl_r, script, Snapshot{}, ui, config) == KeyAction{UiAction::reload});
    // The help lists it then, and only then.
    Screen screen;
    screen.snapshot = running;
    screen.ui.help = true;
    CHECK(all_words(screen.build()).find("Read the script again") == std::string::npos);
    screen.config.reloading = Reloading::on;
    CHECK(all_words(screen.build()).find("Read the script again") != std::string::npos);
}

// Issue 8: the first of the two keys that leave the summary is seen: the
// screen says who is ready and whose key is still to come, in either order.
TEST_CASE("the summary says who is ready to leave it and whose key is still to come", "[view][picker]") {
    Screen screen;
    screen.snapshot.phase = phase::Finished{};
    screen.config.origin = SessionOrigin::picker;
    CHECK(screen.build().text("leave-waiting") == nullptr);
    screen.ui.leaving = {true, false};
    const DisplayList list = screen.build();
    const TextItem* waiting = list.text("leave-waiting");
    REQUIRE(waiting);
    CHECK(waiting->text == "Sam is ready to choose another conversation. Alex: L when you are ready too.");
    screen.ui.leaving = {false, true};
    CHECK(screen.build().text("leave-waiting")->text ==
          "Alex is ready to choose another conversation. Sam: A when you are ready too.");
    screen.words = german_words();
    CHECK(screen.build().text("leave-waiting")->text ==
          "Alex ist bereit, ein anderes Gespräch zu wählen. Sam: A, wenn du auch bereit bist.");
}
