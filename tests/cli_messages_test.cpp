// What an installer meets on standard error: attune's own one line when
// there is no display (not SDL's and libwayland's probing), the themes that
// exist when --theme names one that does not, and each of the kiosk's
// messages on one line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "kiosk_environment.hpp"
#include "one_line.hpp"
#include "process.hpp"

namespace {

using attune::test::run_process;

std::string script() { return (std::filesystem::path(ATTUNE_SOURCE_DIR) / "scripts" / "daily-check-in.yaml").string(); }

long line_count(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

}  // namespace

TEST_CASE("without a display the kiosk says so in one line of its own", "[cli]") {
    const auto result =
        run_process({ATTUNE_BINARY, script()},
                    {{"SDL_VIDEODRIVER", ""}, {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}, {"XDG_RUNTIME_DIR", ""}});
    REQUIRE_FALSE(result.timed_out);
    CHECK(result.exit_code == 1);
    CHECK(line_count(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("attune: cannot show the kiosk: there is no display") &&
                               Catch::Contains("--screenshot"));
    CHECK_THAT(result.err, !Catch::Contains("XDG_RUNTIME_DIR"));
}

TEST_CASE("an X display that cannot be reached gives one line and no Wayland noise", "[cli]") {
    const auto result =
        run_process({ATTUNE_BINARY, script()},
                    {{"SDL_VIDEODRIVER", ""}, {"DISPLAY", ":4093"}, {"WAYLAND_DISPLAY", ""}, {"XDG_RUNTIME_DIR", ""}});
    REQUIRE_FALSE(result.timed_out);
    CHECK(result.exit_code == 1);
    CHECK(line_count(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("attune: ") && Catch::Contains("display"));
    CHECK_THAT(result.err, !Catch::Contains("XDG_RUNTIME_DIR"));
}

TEST_CASE("the kiosk's refusal of a video driver that shows nothing is one line", "[cli]") {
    const auto result = run_process({ATTUNE_BINARY, script()}, {{"SDL_VIDEODRIVER", "dummy"}});
    REQUIRE_FALSE(result.timed_out);
    CHECK(result.exit_code == 1);
    CHECK(line_count(result.err) == 1);
    CHECK_THAT(result.err, Catch::Contains("'dummy'") && Catch::Contains("--screenshot"));
}

TEST_CASE("a theme name that is not installed is answered with the themes that are", "[cli]") {
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{ATTUNE_BINARY, "--theme", "sunset", script()},
          std::vector<std::string>{ATTUNE_BINARY, "--screenshot", "unused.png", "--theme", "sunset", script()}}) {
        const auto result = run_process(arguments, {{"ATTUNE_DATA_DIR", ""}});
        REQUIRE_FALSE(result.timed_out);
        CHECK(result.exit_code == 1);
        CHECK(result.err ==
              "attune: there is no theme 'sunset'; the themes are calm, high-contrast, light (or give a theme file)\n");
    }
    // A file that does not exist is still named as the file.
    const auto file = run_process({ATTUNE_BINARY, "--theme", "./sunset.yaml", script()});
    CHECK(file.exit_code == 1);
    CHECK_THAT(file.err, Catch::Contains("sunset.yaml") && !Catch::Contains("the themes are"));
}

TEST_CASE("a message of several lines becomes one", "[cli]") {
    using attune::one_line;
    CHECK(one_line("cannot find the fonts (Inter-Regular.otf); looked in:\n  /a/fonts\n  /b/fonts\nSet "
                   "ATTUNE_FONT_DIR to the folder that holds them.") ==
          "cannot find the fonts (Inter-Regular.otf); looked in: /a/fonts, /b/fonts; Set ATTUNE_FONT_DIR to the "
          "folder that holds them.");
    CHECK(one_line("cannot show the kiosk: no display.\nStart it from a session.\n") ==
          "cannot show the kiosk: no display. Start it from a session.");
    CHECK(one_line("No available video device\nThe kiosk needs a display") ==
          "No available video device; The kiosk needs a display");
    CHECK(one_line("read a.yaml again") == "read a.yaml again");
}

TEST_CASE("the video driver is left to SDL unless only X can be reached", "[cli]") {
    using attune::choose_video;
    using attune::DisplayEnvironment;
    using attune::VideoChoice;
    CHECK(choose_video(DisplayEnvironment{}) == VideoChoice::none);
    CHECK(choose_video(DisplayEnvironment{.sdl_videodriver = "kmsdrm"}) == VideoChoice::as_is);
    CHECK(choose_video(DisplayEnvironment{.wayland_display = "wayland-0"}) == VideoChoice::as_is);
    CHECK(choose_video(DisplayEnvironment{
              .display = ":0", .runtime_dir = "/run/user/1000", .runtime_dir_usable = true}) == VideoChoice::as_is);
    CHECK(choose_video(DisplayEnvironment{.display = ":0"}) == VideoChoice::x11_only);
}
