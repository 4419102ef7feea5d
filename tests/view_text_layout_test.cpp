// The view breaks and places text itself, with the metrics it is given:
// lines never run wider than their box, button labels stay inside their
// padding, and what the view had to cut short it says so.
#include <catch2/catch.hpp>

#include "text_layout.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::test;

namespace {

std::string line_of(std::string_view text, LineSpan span) {
    return std::string(text.substr(span.begin, span.end - span.begin));
}

std::string long_text(std::size_t words) {
    std::string text;
    for (std::size_t i = 0; i < words; ++i) text += i % 7 == 6 ? "conversation. " : "we talk ";
    return text;
}

// Every screen of the sample script, with a long text in each step, at two sizes.
std::vector<DisplayList> every_screen() {
    std::vector<DisplayList> lists;
    for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
        Screen screen;
        screen.width = width;
        screen.height = height;
        screen.script.description = long_text(200);
        std::get<SayStep>(screen.script.agenda[0].steps[0].body).text = long_text(400);
        std::get<TurnStep>(screen.script.agenda[0].steps[1].body).prompt = long_text(90);
        // A label too long for one line: it shrinks, then wraps inside the padding.
        std::get<ChoiceStep>(screen.script.agenda[1].steps[4].body).options[1].label =
            "Stop for today and come back to this another evening, when we both have the time and the "
            "energy to talk it through properly together";
        lists.push_back(screen.build());
        const std::pair<At, Activity> steps[] = {{at_say, Activity::say},         {at_turn, Activity::turn},
                                                 {at_reflect, Activity::reflect}, {at_checkin, Activity::checkin},
                                                 {at_breathe, Activity::breathe}, {at_agreement, Activity::agreement},
                                                 {at_choice, Activity::choice},   {at_exchange, Activity::turn}};
        for (const auto& [at, activity] : steps) {
            screen.snapshot = step_snapshot(at, activity);
            screen.snapshot.timer = timer(300s, 200s);
            lists.push_back(screen.build());
            screen.ui.help = true;
            lists.push_back(screen.build());
            screen.ui.help = false;
        }
        screen.snapshot = pause_snapshot(600s);
        lists.push_back(screen.build());
    }
    return lists;
}

}  // namespace

TEST_CASE("wrapping breaks at spaces, at line breaks, and inside a word longer than the line", "[view][text]") {
    const TextMetrics& metrics = fake_metrics();
    const float size = 10;  // "we talk" is 3 * 5.6 + 2.8 + 4 * 5.6 ... measured by the table
    const std::string text = "we talk now\nsupercalifragilistic";
    const float width = metrics.width("we talk", size, FontWeight::regular) + 1;
    const auto lines = wrap_text(metrics, text, size, FontWeight::regular, width);
    REQUIRE(lines.size() >= 4);
    CHECK(line_of(text, lines[0]) == "we talk");
    CHECK(line_of(text, lines[1]) == "now");
    std::string rejoined;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        CHECK(metrics.width(line_of(text, lines[i]), size, FontWeight::regular) <= width);
        rejoined += line_of(text, lines[i]);
    }
    CHECK(rejoined == "supercalifragilistic");
    // Without a width only the line breaks count; a limit stops early.
    CHECK(wrap_text(metrics, text, size, FontWeight::regular, 0).size() == 2);
    CHECK(wrap_text(metrics, long_text(5000), size, FontWeight::regular, width, 3).size() == 3);
}

TEST_CASE("a wrapped text's lines never run wider than its box, and they fit its height", "[view][text]") {
    const TextMetrics& metrics = fake_metrics();
    int checked = 0;
    for (const DisplayList& list : every_screen()) {
        for (const TextItem* text : texts(list)) {
            if (text->text.empty()) continue;
            INFO(text->role << ": " << text->text);
            REQUIRE(!text->lines.empty());
            std::string joined;
            for (const TextLine& line : text->lines) {
                if (!text->wrap) continue;
                CHECK(metrics.width(line.text, text->size, text->weight) <= text->box.w + 0.01f);
                CHECK(line.x >= text->box.x - 0.01f);
                CHECK(line.x + metrics.width(line.text, text->size, text->weight) <= text->box.x + text->box.w + 0.01f);
                ++checked;
            }
            // Only what the view fitted must fit its height; the rest it placed as it is.
            if (text->wrap && text->cut == TextCut::shortened)
                CHECK(static_cast<float>(text->lines.size()) * text->line_height <= text->box.h + 0.5f);
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("a button's label fits inside its padding", "[view][text]") {
    const TextMetrics& metrics = fake_metrics();
    int checked = 0;
    for (const DisplayList& list : every_screen()) {
        for (const ButtonItem* button : buttons(list)) {
            if (button->label.empty()) continue;
            INFO(button->role << ": " << button->label);
            CHECK(button->padding > 0);
            CHECK(button->radius > 0);
            REQUIRE(!button->label_lines.empty());
            for (const TextLine& line : button->label_lines) {
                const float width = metrics.width(line.text, button->size, button->weight);
                CHECK(line.x >= button->box.x + button->padding - 0.01f);
                CHECK(line.x + width <= button->box.x + button->box.w - button->padding + 0.01f);
                CHECK(line.y >= button->box.y - 0.01f);
                CHECK(line.y + button->size <= button->box.y + button->box.h + 0.01f);
                ++checked;
            }
        }
    }
    CHECK(checked > 50);
}

TEST_CASE("buttons round their corners as the theme says", "[view][text]") {
    Screen screen;
    screen.theme.corner = 0.03f;
    const DisplayList list = screen.build();
    REQUIRE(list.button("begin"));
    CHECK(list.button("begin")->radius == Approx(0.03f * 720));
    screen.theme.corner = 0;
    CHECK(screen.build().button("begin")->radius == 0);
}

TEST_CASE("the view says when it had to cut a script's text short", "[view][text]") {
    Screen screen;
    screen.snapshot = step_snapshot(at_say, Activity::say);
    const TextItem* say = nullptr;
    DisplayList list = screen.build();
    REQUIRE((say = list.text("say")));
    CHECK(say->cut == TextCut::whole);
    std::string joined;
    for (const TextLine& line : say->lines) joined += (joined.empty() ? "" : " ") + line.text;
    CHECK(joined == say->text);

    std::get<SayStep>(screen.script.agenda[0].steps[0].body).text = long_text(2000);
    list = screen.build();
    REQUIRE((say = list.text("say")));
    CHECK(say->cut == TextCut::shortened);
    CHECK(say->text.ends_with("…"));
    CHECK(say->lines.size() > 3);
    CHECK(say->lines.back().text.ends_with("…"));
}
