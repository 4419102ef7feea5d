// The text cache: each string rendered once, dropped when no longer shown.
#include <catch2/catch.hpp>

#include "font_metrics.hpp"
#include "kiosk_test_support.hpp"
#include "list_renderer.hpp"
#include "text_cache.hpp"
#include "text_layout.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;

namespace {

struct Canvas {
    Headless headless;
    SurfacePtr surface = make_rgba_surface(320, 120);
    RendererPtr renderer = make_software_renderer(surface.get());
};

DisplayList countdown_screen(const std::string& digits, FontLibrary& fonts) {
    DisplayList list;
    list.width = 320;
    list.height = 120;
    list.items.push_back(TextItem{{0, 0, 320, 60},
                                  digits,
                                  40,
                                  FontWeight::semibold,
                                  {255, 255, 255, 255},
                                  Align::center,
                                  false,
                                  "countdown",
                                  TextCut::whole,
                                  {},
                                  0});
    list.items.push_back(TextItem{{0, 60, 320, 60},
                                  "Sam has the floor",
                                  24,
                                  FontWeight::regular,
                                  {200, 200, 200, 255},
                                  Align::center,
                                  false,
                                  "floor",
                                  TextCut::whole,
                                  {},
                                  0});
    place_text(list, FontMetrics{fonts});
    return list;
}

}  // namespace

TEST_CASE("Redrawing a screen renders none of its strings again", "[kiosk]") {
    Canvas canvas;
    ListRenderer renderer{canvas.renderer.get(), canvas.headless.fonts};
    const DisplayList screen = countdown_screen("2:00", canvas.headless.fonts);
    renderer.draw(screen);
    CHECK(renderer.text_cache().renders() == 2);
    for (int frame = 0; frame < 5; ++frame) renderer.draw(screen);
    CHECK(renderer.text_cache().renders() == 2);
}

TEST_CASE("A ticking countdown renders only its new digits, and old digits are dropped", "[kiosk]") {
    Canvas canvas;
    ListRenderer renderer{canvas.renderer.get(), canvas.headless.fonts};
    renderer.draw(countdown_screen("2:00", canvas.headless.fonts));
    renderer.draw(countdown_screen("1:59", canvas.headless.fonts));
    renderer.draw(countdown_screen("1:58", canvas.headless.fonts));
    renderer.draw(countdown_screen("1:57", canvas.headless.fonts));
    // Two strings on the first frame, then one new string a second.
    CHECK(renderer.text_cache().renders() == 5);
    // "Sam has the floor" and the latest digits, plus at most one recent
    // string kept for a frame; the older seconds are gone.
    CHECK(renderer.text_cache().size() <= 3);
}

TEST_CASE("The same words in another colour, size or weight are another texture", "[kiosk]") {
    Canvas canvas;
    TextCache cache{canvas.renderer.get(), canvas.headless.fonts};
    TextKey key{"Pause", 32, FontWeight::regular, {255, 255, 255, 255}};
    const CachedTexture first = cache.get(key);
    CHECK(cache.get(key).texture == first.texture);
    TextKey other_colour = key;
    other_colour.color = {255, 200, 0, 255};
    TextKey bigger = key;
    bigger.size = 48;
    TextKey bolder = key;
    bolder.weight = FontWeight::bold;
    cache.get(other_colour);
    cache.get(bigger);
    cache.get(bolder);
    CHECK(cache.renders() == 4);
    CHECK(cache.get(bigger).width > first.width);
}

TEST_CASE("Empty text renders nothing and costs nothing", "[kiosk]") {
    Canvas canvas;
    TextCache cache{canvas.renderer.get(), canvas.headless.fonts};
    const CachedTexture image = cache.get(TextKey{"", 32, FontWeight::regular, {}});
    CHECK(image.texture == nullptr);
    CHECK(cache.renders() == 0);
}
