// Presenting only what changed gives the same pixels as drawing the whole
// frame: every screen of every built-in script, walked with simulated time
// (countdowns across seconds, the breathing guide across frames, steps that
// change), presented in parts on one surface and compared as a whole image
// with a fresh full drawing of the same list.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "autoplay.hpp"
#include "font_metrics.hpp"
#include "kiosk_loop_frames.hpp"
#include "kiosk_test_support.hpp"
#include "screenshot.hpp"
#include "script_catalog.hpp"
#include "view.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;
using namespace std::chrono_literals;

namespace {

// The number of pixels that differ by more than `tolerance` on a channel.
long differing_pixels(SDL_Surface* a, SDL_Surface* b, int tolerance = 1) {
    long count = 0;
    for (int y = 0; y < a->h; ++y)
        for (int x = 0; x < a->w; ++x)
            if (!close_to(pixel_at(a, x, y), pixel_at(b, x, y), tolerance)) ++count;
    return count;
}

// A surface that keeps its pixels from frame to frame, as the window's does,
// and a presenter that draws on it in parts.
struct PartialTarget {
    SurfacePtr surface;
    RendererPtr renderer;
    FramePresenter presenter;

    PartialTarget(int width, int height, FontLibrary& fonts)
        : surface(make_rgba_surface(width, height)),
          renderer(make_software_renderer(surface.get())),
          presenter(renderer.get(), fonts, PresentPath::offscreen) {}
};

// Presents `list` in parts and compares the whole surface with a full
// drawing of it. Returns false (and keeps both images) when they differ.
bool presents_like_whole(PartialTarget& target, FontLibrary& fonts, const DisplayList& list, const std::string& name) {
    target.presenter.present(list, TimePoint{});
    const SurfacePtr whole = render_to_surface(list, fonts);
    const long differing = differing_pixels(target.surface.get(), whole.get());
    if (differing == 0) return true;
    INFO(name << ": " << differing << " pixels differ; partial image at " << keep_image(target.surface.get(), name)
              << ", whole at " << keep_image(whole.get(), name + "-whole"));
    CHECK(differing == 0);
    return false;
}

std::vector<CatalogEntry> built_in_scripts() {
    return build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
}

std::string file_name(const CatalogEntry& entry) { return entry.path.stem().string(); }

}  // namespace

TEST_CASE("partial presents of every built-in script's screens match a full redraw", "[render][kiosk][damage]") {
    Headless headless;
    const FontMetrics metrics{headless.fonts};
    const Theme theme;
    constexpr int width = 640, height = 360;
    const auto catalog = built_in_scripts();
    REQUIRE(catalog.size() >= 10);
    long frames = 0, partial = 0;
    for (const auto& entry : catalog) {
        INFO(entry.path.string());
        REQUIRE(entry.script.has_value());
        const Words words = words_for_language(entry.script->language);
        PartialTarget target{width, height, headless.fonts};
        Session session{*entry.script};
        TimePoint now{};
        bool paused_once = false;
        bool failed = false;
        for (int action = 0; action < 2000 && !failed; ++action) {
            session.advance_to(now);
            const Snapshot first = session.snapshot(now);
            // A few instants of each screen: the countdown's next seconds,
            // the breathing guide's next frames (in a pause's cool-down).
            const Duration step = first.phase == Phase::paused ? animation_frame * 4 : Duration{1s};
            for (int instant = 0; instant < 3 && !failed; ++instant) {
                const TimePoint at = now + instant * step;
                session.advance_to(at);
                const DisplayList list =
                    build_view(ViewInput{session.script(), session.snapshot(at), session.record(), theme, words,
                                         UiState{}, metrics, width, height, Seconds{20 * 3600}});
                const long before = target.presenter.partial_frames();
                failed = !presents_like_whole(target, headless.fonts, list,
                                              "partial-" + file_name(entry) + "-" + std::to_string(frames));
                ++frames;
                partial += target.presenter.partial_frames() - before;
            }
            now += 2 * step;
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            if (snapshot.phase == Phase::finished) break;
            if (!paused_once && snapshot.phase == Phase::step && snapshot.activity == Activity::turn) {
                REQUIRE(session.apply(cmd::Pause{Seat::left}, now) == Outcome::applied);
                paused_once = true;
                continue;
            }
            now = autoplay_step(session, now);
        }
    }
    // Most frames were drawn in parts: the comparison tested the partial path.
    INFO(partial << " of " << frames << " frames drawn in parts");
    CHECK(partial * 3 > frames);
}

TEST_CASE("a countdown presented second by second in parts matches a full redraw at 1920x1080",
          "[render][kiosk][damage]") {
    Headless headless;
    const FontMetrics metrics{headless.fonts};
    const Theme theme;
    const auto catalog = built_in_scripts();
    const auto script = std::find_if(catalog.begin(), catalog.end(),
                                     [](const auto& entry) { return file_name(entry) == "speaker-listener"; });
    REQUIRE(script != catalog.end());
    Session session{*script->script};
    const auto at_turn = autoplay_until(session, TimePoint{}, [](const Snapshot& snapshot) {
        return snapshot.phase == Phase::step && snapshot.activity == Activity::turn;
    });
    REQUIRE(at_turn);
    const Words words = words_for_language("en");
    PartialTarget target{1920, 1080, headless.fonts};
    DisplayList previous;
    for (int second = 0; second < 12; ++second) {
        const TimePoint at = *at_turn + std::chrono::seconds{second};
        session.advance_to(at);
        const DisplayList list = build_view(ViewInput{session.script(), session.snapshot(at), session.record(), theme,
                                                      words, UiState{}, metrics, 1920, 1080, Seconds{20 * 3600}});
        const long long before = target.presenter.pixels_drawn();
        REQUIRE(presents_like_whole(target, headless.fonts, list, "countdown-" + std::to_string(second)));
        if (second > 0) {
            // Each second redraws a small part of the screen, not all of it.
            for (const PixelBox& box : find_damage(previous, list).boxes)
                UNSCOPED_INFO("box " << box.x << "," << box.y << " " << box.w << "x" << box.h);
            CHECK(target.presenter.pixels_drawn() - before < 1920LL * 1080 / 10);
        }
        previous = list;
    }
    CHECK(target.presenter.partial_frames() == 11);
}
