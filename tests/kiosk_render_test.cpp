// Golden-image tests: small display lists drawn by the software renderer on
// a surface, checked at known points. A failed check leaves the image in
// kiosk-test-output/ beside the test binary.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "font_metrics.hpp"
#include "kiosk_test_support.hpp"
#include "list_renderer.hpp"
#include "screenshot.hpp"
#include "temp_dir.hpp"
#include "text_layout.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;

namespace {

const Color paper{240, 236, 228, 255};
const Color ink{40, 60, 90, 255};
const Color track{200, 200, 200, 255};

DisplayList blank(int width, int height) {
    DisplayList list;
    list.width = width;
    list.height = height;
    list.background = paper;
    return list;
}

// Checks a pixel and keeps the image when it is wrong.
void expect_pixel(SDL_Surface* surface, const std::string& name, int x, int y, Color expected, int tolerance = 8) {
    const Color actual = pixel_at(surface, x, y);
    INFO("pixel (" << x << ", " << y << ") is " << describe(actual) << ", expected " << describe(expected));
    if (!close_to(actual, expected, tolerance)) INFO("image kept at " << keep_image(surface, name));
    CHECK(close_to(actual, expected, tolerance));
}

}  // namespace

TEST_CASE("A disk at a quarter fills the top-right quarter, clockwise from 12", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(200, 200);
    list.items.push_back(DiskItem{100, 100, 80, 0.25f, 0, ink, track, "countdown_disk"});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const std::string name = "disk_quarter";
    expect_pixel(surface.get(), name, 140, 60, ink);     // top right: filled
    expect_pixel(surface.get(), name, 60, 60, track);    // top left: the track
    expect_pixel(surface.get(), name, 140, 140, track);  // bottom right
    expect_pixel(surface.get(), name, 60, 140, track);   // bottom left
    expect_pixel(surface.get(), name, 5, 5, paper);      // outside the disk
    expect_pixel(surface.get(), name, 100, 185, paper);  // just below its rim
}

TEST_CASE("A ring leaves its middle to the background", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(200, 200);
    list.items.push_back(DiskItem{100, 100, 80, 1.0f, 20, ink, {0, 0, 0, 0}, "ring"});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const std::string name = "ring_full";
    expect_pixel(surface.get(), name, 100, 100, paper);  // the hole
    expect_pixel(surface.get(), name, 100, 30, ink);     // in the band, at 12
    expect_pixel(surface.get(), name, 170, 100, ink);    // at 3
    expect_pixel(surface.get(), name, 100, 170, ink);    // at 6
}

TEST_CASE("The edge of a disk is anti-aliased: its rim blends ink into paper", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(120, 120);
    list.items.push_back(DiskItem{60, 60, 50, 1.0f, 0, ink, {0, 0, 0, 0}, ""});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    // A hard-edged disk has no pixel that is neither colour; a smooth one has
    // some all round its rim (about 2 * pi * 50 = 314 pixels long).
    int blended = 0;
    for (int y = 0; y < 120; ++y)
        for (int x = 0; x < 120; ++x) {
            const Color color = pixel_at(surface.get(), x, y);
            if (!close_to(color, ink, 12) && !close_to(color, paper, 12)) ++blended;
        }
    if (blended < 200) INFO("image kept at " << keep_image(surface.get(), "disk_edge"));
    CHECK(blended >= 200);
    CHECK(blended < 1000);  // a rim, not a blur
}

TEST_CASE("A rounded rectangle is filled inside and leaves its corners clear", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(200, 120);
    list.items.push_back(RectItem{{20, 20, 160, 80}, ink, 24, 0, "card"});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const std::string name = "rounded_rect";
    expect_pixel(surface.get(), name, 100, 60, ink);   // middle
    expect_pixel(surface.get(), name, 22, 60, ink);    // near the left edge, mid height
    expect_pixel(surface.get(), name, 100, 22, ink);   // near the top edge
    expect_pixel(surface.get(), name, 22, 22, paper);  // the rounded-off corner
    expect_pixel(surface.get(), name, 177, 97, paper);
    expect_pixel(surface.get(), name, 10, 60, paper);  // outside
}

TEST_CASE("An outlined rounded rectangle draws only its border", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(200, 120);
    list.items.push_back(RectItem{{20, 20, 160, 80}, ink, 16, 6, "frame"});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const std::string name = "rounded_outline";
    expect_pixel(surface.get(), name, 100, 60, paper);  // inside: untouched
    expect_pixel(surface.get(), name, 100, 23, ink);    // top border
    expect_pixel(surface.get(), name, 23, 60, ink);     // left border
    expect_pixel(surface.get(), name, 21, 21, paper);   // the corner is round
}

TEST_CASE("An outline's straight edges are unbroken from corner to corner", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(400, 160);
    list.items.push_back(RectItem{{40.4f, 30.6f, 287.3f, 81.2f}, ink, 24.6f, 3.2f, "name-left"});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    // The box snaps to whole pixels: x 40..327, y 31..112; the border is 3 px.
    int gaps = 0;
    for (int y = 31 + 25; y < 112 - 25; ++y) {
        if (!close_to(pixel_at(surface.get(), 41, y), ink, 8)) ++gaps;   // left border
        if (!close_to(pixel_at(surface.get(), 325, y), ink, 8)) ++gaps;  // right border
    }
    for (int x = 40 + 25; x < 327 - 25; ++x) {
        if (!close_to(pixel_at(surface.get(), x, 32), ink, 8)) ++gaps;   // top border
        if (!close_to(pixel_at(surface.get(), x, 110), ink, 8)) ++gaps;  // bottom border
    }
    if (gaps != 0) INFO("image kept at " << keep_image(surface.get(), "outline_edges"));
    CHECK(gaps == 0);
    expect_pixel(surface.get(), "outline_edges", 45, 70, paper);  // just inside the border
}

TEST_CASE("Overlapping items are drawn in list order: the later one is on top", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(100, 100);
    const Color amber{232, 187, 106, 255};
    list.items.push_back(RectItem{{10, 10, 80, 80}, ink, 0, 0, ""});
    list.items.push_back(DiskItem{50, 50, 20, 1.0f, 0, amber, {0, 0, 0, 0}, ""});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    expect_pixel(surface.get(), "order", 50, 50, amber);
    expect_pixel(surface.get(), "order", 15, 15, ink);
}

TEST_CASE("A text is drawn in its colour inside its box, aligned as asked", "[kiosk]") {
    Headless headless;
    auto ink_in = [](SDL_Surface* surface, int x0, int x1, int y0, int y1) {
        int count = 0;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                if (close_to(pixel_at(surface, x, y), ink, 40)) ++count;
        return count;
    };
    DisplayList list = blank(400, 100);
    list.items.push_back(TextItem{
        {0, 0, 400, 100}, "Hello", 48, FontWeight::bold, ink, Align::right, false, "greeting", TextCut::whole, {}, 0});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const int right_half = ink_in(surface.get(), 200, 400, 0, 100);
    const int left_half = ink_in(surface.get(), 0, 200, 0, 100);
    if (right_half == 0 || left_half != 0) INFO("image kept at " << keep_image(surface.get(), "text_right"));
    CHECK(right_half > 100);  // solid strokes of a bold 48 px word
    CHECK(left_half == 0);
}

TEST_CASE("A long text wraps at words within its box", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(300, 300);
    list.items.push_back(TextItem{{20, 0, 260, 300},
                                  "Take a breath and say what you heard in your own words",
                                  28,
                                  FontWeight::regular,
                                  ink,
                                  Align::left,
                                  true,
                                  "prompt",
                                  TextCut::whole,
                                  {},
                                  0});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    int inked_rows = 0, inked_outside = 0;
    for (int y = 0; y < 300; ++y) {
        bool row_inked = false;
        for (int x = 0; x < 300; ++x) {
            if (!close_to(pixel_at(surface.get(), x, y), paper, 30)) {
                if (x < 20 || x >= 280) ++inked_outside;
                row_inked = true;
            }
        }
        if (row_inked) ++inked_rows;
    }
    if (inked_outside != 0 || inked_rows < 60) INFO("image kept at " << keep_image(surface.get(), "text_wrap"));
    CHECK(inked_outside == 0);  // nothing beyond the box's width
    CHECK(inked_rows >= 60);    // several lines of 28 px text, not one
}

TEST_CASE("A button shows its fill and its label", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(300, 120);
    ButtonItem button;
    button.box = {20, 20, 260, 80};
    button.label = "Pause";
    button.fill = ink;
    button.text = paper;
    button.size = 36;
    button.radius = 24;  // the view gives it, from the theme
    list.items.push_back(button);
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const std::string name = "button";
    expect_pixel(surface.get(), name, 30, 60, ink);    // fill, left of the label
    expect_pixel(surface.get(), name, 21, 21, paper);  // rounded corner
    int label = 0;
    for (int x = 60; x < 240; ++x)
        for (int y = 40; y < 80; ++y)
            if (close_to(pixel_at(surface.get(), x, y), paper, 30)) ++label;
    if (label < 50) INFO("image kept at " << keep_image(surface.get(), name));
    CHECK(label >= 50);
}

TEST_CASE("Screenshots are written as PNG or BMP, and other names are refused", "[kiosk]") {
    Headless headless;
    DisplayList list = blank(64, 48);
    list.items.push_back(RectItem{{0, 0, 32, 48}, ink, 0, 0, ""});
    place_text(list, FontMetrics{headless.fonts});  // the view's part: lines placed with the fonts
    auto surface = render_to_surface(list, headless.fonts);
    const auto directory = attune::test::temp_dir() / "attune-kiosk-test";
    std::filesystem::create_directories(directory);

    save_image(surface.get(), directory / "shot.png");
    std::ifstream png(directory / "shot.png", std::ios::binary);
    char signature[8] = {};
    png.read(signature, 8);
    CHECK(std::string(signature + 1, 3) == "PNG");

    save_image(surface.get(), directory / "shot.BMP");
    SurfacePtr loaded{SDL_LoadBMP((directory / "shot.BMP").string().c_str())};
    REQUIRE(loaded);
    CHECK(loaded->w == 64);
    CHECK(loaded->h == 48);

    CHECK_THROWS_WITH(save_image(surface.get(), directory / "shot.jpg"), Catch::Contains(".png or .bmp"));
    std::filesystem::remove_all(directory);
}
