// The kiosk's text metrics: the view measures with the fonts the renderer
// draws with, so a line the view places is the line that appears there.
#include <catch2/catch.hpp>

#include "font_metrics.hpp"
#include "kiosk_test_support.hpp"
#include "screenshot.hpp"
#include "text_cache.hpp"
#include "view_fixtures.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;

TEST_CASE("a line measured by the font metrics is as wide as the line drawn", "[kiosk][metrics]") {
    Headless headless;
    const FontMetrics metrics{headless.fonts};
    for (const FontWeight weight : {FontWeight::regular, FontWeight::semibold, FontWeight::bold}) {
        for (const float size : {14.4f, 29.0f, 61.7f}) {
            const std::string line = "Welcome, both of you: take your time.";
            TTF_Font* font = headless.fonts.font(static_cast<float>(text_pixel_size(size)), weight);
            SurfacePtr surface{TTF_RenderUTF8_Blended(font, line.c_str(), SDL_Color{255, 255, 255, 255})};
            REQUIRE(surface);
            CHECK(metrics.width(line, size, weight) == static_cast<float>(surface->w));
            CHECK(metrics.line_height(size, weight) == static_cast<float>(TTF_FontLineSkip(font)));
        }
    }
}

TEST_CASE("the width cache stays bounded", "[kiosk][metrics]") {
    Headless headless;
    const FontMetrics metrics{headless.fonts, 100};
    for (int i = 0; i < 1000; ++i) metrics.width(std::to_string(i), 20, FontWeight::regular);
    CHECK(metrics.cached() <= 100);
    CHECK(metrics.width("12", 20, FontWeight::regular) > 0);
}

TEST_CASE("the renderer draws a text's lines where the view puts them, inside its box", "[kiosk][metrics]") {
    Headless headless;
    const FontMetrics metrics{headless.fonts};
    for (const std::size_t length : {std::size_t{120}, std::size_t{600}, std::size_t{4000}}) {
        test::Screen screen;
        screen.snapshot = test::step_snapshot(test::at_say, Activity::say);
        std::get<SayStep>(screen.script.agenda[0].steps[0].body).text = sentences(length);
        const DisplayList full = build_view(ViewInput{screen.script, screen.snapshot, screen.record, screen.theme,
                                                      screen.words, screen.ui, metrics, 1280, 720, Seconds{0}});
        const TextItem* say = full.text("say");
        REQUIRE(say);
        INFO(length << " characters, " << say->lines.size() << " lines");
        CHECK(static_cast<float>(say->lines.size()) * say->line_height <= say->box.h + 0.5f);
        // The text alone on the screen: every inked pixel lies in its box.
        DisplayList list;
        list.width = full.width;
        list.height = full.height;
        list.background = screen.theme.background;
        list.items.push_back(*say);
        auto surface = render_to_surface(list, headless.fonts);
        int inside = 0, outside = 0;
        for (int y = 0; y < list.height; ++y)
            for (int x = 0; x < list.width; ++x) {
                if (close_to(pixel_at(surface.get(), x, y), list.background, 24)) continue;
                if (say->box.contains(static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f))
                    ++inside;
                else
                    ++outside;
            }
        if (outside != 0) INFO("image kept at " << keep_image(surface.get(), "text_in_box_" + std::to_string(length)));
        CHECK(inside > 500);
        CHECK(outside == 0);
    }
}
