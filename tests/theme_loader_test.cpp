// Theme files: the bundled ones load and are readable; mistakes are reported
// like script mistakes, "file:line:col: error: ...", pointing at the spot.
#include "theme_loader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace attune;

namespace {

const std::filesystem::path themes_dir = std::filesystem::path(ATTUNE_SOURCE_DIR) / "themes";

std::vector<std::string> errors_of(const std::string& text) {
    const ThemeLoad load = load_theme_text(text, "t.yaml");
    std::vector<std::string> out;
    for (const auto& diagnostic : load.diagnostics) out.push_back(diagnostic.format());
    CHECK_FALSE(load.ok());
    return out;
}

}  // namespace

TEST_CASE("the calm theme file says exactly what the built-in defaults are", "[theme]") {
    const ThemeLoad load = load_theme_file(themes_dir / "calm.yaml");
    for (const auto& d : load.diagnostics) INFO(d.format());
    REQUIRE(load.ok());
    CHECK(load.diagnostics.empty());
    CHECK(*load.theme == Theme{});
}

TEST_CASE("the light and high-contrast themes load and change what they name", "[theme]") {
    const ThemeLoad light = load_theme_file(themes_dir / "light.yaml");
    REQUIRE(light.ok());
    CHECK(light.theme->name == "light");
    CHECK(relative_luminance(light.theme->background) > 0.8);
    CHECK(light.theme->countdown_size == Theme{}.countdown_size);  // not named: the default

    const ThemeLoad high = load_theme_file(themes_dir / "high-contrast.yaml");
    REQUIRE(high.ok());
    CHECK(high.theme->name == "high-contrast");
    CHECK(high.theme->body_size > Theme{}.body_size);
}

TEST_CASE("every bundled theme keeps text readable: 7:1 in high contrast, 4.5:1 elsewhere", "[theme]") {
    for (const auto& [file, minimum] :
         {std::pair{"calm.yaml", 4.5}, std::pair{"light.yaml", 4.5}, std::pair{"high-contrast.yaml", 7.0}}) {
        const ThemeLoad load = load_theme_file(themes_dir / file);
        REQUIRE(load.ok());
        for (const auto& pairing : text_pairings(*load.theme)) {
            INFO(file << ": " << pairing.what << " " << format_color(pairing.foreground) << " on "
                      << format_color(pairing.background));
            CHECK(contrast_ratio(pairing.foreground, pairing.background) >= minimum);
        }
    }
}

TEST_CASE("in high contrast every button's edge stands out from the background by 3:1", "[theme]") {
    const ThemeLoad load = load_theme_file(themes_dir / "high-contrast.yaml");
    REQUIRE(load.ok());
    const Theme& theme = *load.theme;
    const Color edge = theme.button_outline.a == 0 ? theme.button_fill : theme.button_outline;
    CHECK(contrast_ratio(edge, theme.background) >= 3.0);
    CHECK(contrast_ratio(edge, theme.pause_background) >= 3.0);
    CHECK(contrast_ratio(theme.primary_fill, theme.background) >= 3.0);
    CHECK(contrast_ratio(theme.chosen_outline, theme.background) >= 3.0);
}

TEST_CASE("a colour may be none, which draws nothing", "[theme]") {
    const ThemeLoad load = load_theme_text("colors: {button_outline: none}\n", "t.yaml");
    REQUIRE(load.ok());
    CHECK(load.theme->button_outline.a == 0);
}

TEST_CASE("the warning colour is a warm amber, not an alarm red", "[theme]") {
    for (const char* file : {"calm.yaml", "light.yaml", "high-contrast.yaml"}) {
        const ThemeLoad load = load_theme_file(themes_dir / file);
        REQUIRE(load.ok());
        const Color warning = load.theme->warning;
        INFO(file << " " << format_color(warning));
        CHECK(warning.r > warning.b);
        CHECK(warning.g * 2 > warning.r);  // enough green to read as amber, not red
    }
}

TEST_CASE("contrast ratios follow WCAG", "[theme]") {
    CHECK(contrast_ratio(Color{0, 0, 0}, Color{255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio(Color{255, 255, 255}, Color{255, 255, 255}) == Approx(1.0));
    CHECK(contrast_ratio(Color{0x77, 0x77, 0x77}, Color{255, 255, 255}) == Approx(4.48).epsilon(0.01));
}

TEST_CASE("colours are read and written as #rrggbb", "[theme]") {
    Color color;
    CHECK(parse_color("#1b1F24", color));
    CHECK(color == Color{0x1b, 0x1f, 0x24});
    CHECK(format_color(color) == "#1b1f24");
    for (const char* bad : {"", "#", "#12345", "#1234567", "123456", "#12345g", "red"}) {
        INFO(bad);
        CHECK_FALSE(parse_color(bad, color));
    }
}

TEST_CASE("a theme names only what it changes", "[theme]") {
    const ThemeLoad load = load_theme_text("colors:\n  warning: \"#d9a441\"\nsizes: {countdown: 0.25}\n", "t.yaml");
    REQUIRE(load.ok());
    CHECK(load.theme->warning == Color{0xd9, 0xa4, 0x41});
    CHECK(load.theme->countdown_size == 0.25f);
    CHECK(load.theme->text == Theme{}.text);
}

TEST_CASE("unknown keys are errors with a suggestion", "[theme]") {
    CHECK(errors_of("name: x\ncolours:\n  text: \"#ffffff\"\n") ==
          std::vector<std::string>{"t.yaml:2:1: error: unknown key 'colours' in a theme; did you mean 'colors'?"});
    CHECK(errors_of("colors:\n  backgound: \"#000000\"\n") ==
          std::vector<std::string>{"t.yaml:2:3: error: unknown colour 'backgound'; did you mean 'background'?"});
    CHECK(errors_of("sizes:\n  countdwn: 0.2\n") ==
          std::vector<std::string>{"t.yaml:2:3: error: unknown key 'countdwn' in 'sizes'; did you mean 'countdown'?"});
}

TEST_CASE("an unquoted colour is explained: # starts a comment", "[theme]") {
    const auto errors = errors_of("colors:\n  text: #ffffff\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] ==
          "t.yaml:2:3: error: the colour 'text' has no value; write it in quotes, e.g. \"#1b1f24\" "
          "(without quotes, # starts a comment)");
}

TEST_CASE("a colour that is not #rrggbb points at the value", "[theme]") {
    const auto errors = errors_of("colors:\n  text:   \"#fffff\"\n  accent: teal\n");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].rfind("t.yaml:2:11: error: ", 0) == 0);
    CHECK(errors[0].find("is not a colour; write \"#rrggbb\"") != std::string::npos);
    CHECK(errors[1].rfind("t.yaml:3:11: error: the text 'teal' is not a colour", 0) == 0);
}

TEST_CASE("sizes must be fractions of the screen height", "[theme]") {
    const auto errors = errors_of("sizes:\n  body: 40\n  small: big\n  title: \"0.1\"\nspacing: {gap: -0.1}\n");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0] ==
          "t.yaml:2:9: error: 'body' is 40; it must be above 0 up to 0.5 (a size is a fraction of the "
          "screen height, such as 0.04)");
    CHECK(errors[1].rfind("t.yaml:3:10: error: 'small' must be a number", 0) == 0);
    CHECK(errors[2].rfind("t.yaml:4:10: error: 'title' must be a number", 0) == 0);
    CHECK(errors[3].rfind("t.yaml:5:16: error: 'gap' is -0.1; it must be from 0 up to 0.2", 0) == 0);
}

TEST_CASE("sections of the wrong shape are errors, and so is an empty file", "[theme]") {
    CHECK(errors_of("colors: dark\n")[0].rfind("t.yaml:1:9: error: 'colors' is a map", 0) == 0);
    CHECK(errors_of("sizes: [1, 2]\n")[0].rfind("t.yaml:1:8: error: 'sizes' is a map of names to numbers", 0) == 0);
    CHECK(errors_of("- a\n- b\n")[0].rfind("t.yaml:1:1: error: a theme is a map", 0) == 0);
    CHECK(errors_of("")[0].rfind("t.yaml:1:1: error: the theme file is empty", 0) == 0);
    CHECK(errors_of("# only a comment\n")[0].rfind("t.yaml:1:1: error: the theme file is empty", 0) == 0);
    CHECK(errors_of("name: [x]\n")[0].rfind("t.yaml:1:7: error: 'name' is the theme's name as text", 0) == 0);
}

TEST_CASE("YAML mistakes come from the shared reader, in file order with the rest", "[theme]") {
    const auto errors = errors_of("colors:\n  text: \"#ffffff\"\n  text: \"#000000\"\n");
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].rfind("t.yaml:3:3: error: ", 0) == 0);
    const auto broken = errors_of("colors: {text: \"#ffffff\"\n");
    REQUIRE_FALSE(broken.empty());
    CHECK(broken[0].rfind("t.yaml:", 0) == 0);
}

TEST_CASE("all problems of a theme are reported in one pass", "[theme]") {
    const auto errors = errors_of("colors:\n  txt: \"#ffffff\"\n  accent: \"#00\"\nsizes:\n  body: 9\nextra: 1\n");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].rfind("t.yaml:2:", 0) == 0);
    CHECK(errors[1].rfind("t.yaml:3:", 0) == 0);
    CHECK(errors[2].rfind("t.yaml:5:", 0) == 0);
    CHECK(errors[3].rfind("t.yaml:6:1:", 0) == 0);
}

TEST_CASE("a missing theme file is a clear error", "[theme]") {
    const ThemeLoad load = load_theme_file(themes_dir / "no-such-theme.yaml");
    CHECK_FALSE(load.ok());
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].format().find("no-such-theme.yaml:1:1: error: cannot read the file") !=
          std::string::npos);
}

TEST_CASE("a theme with thousands of mistakes shows the first 100 and says how many more", "[theme]") {
    std::string text = "colors:\n";
    for (int i = 0; i < 10000; ++i) text += "  wrong" + std::to_string(i) + ": '#000000'\n";
    const auto errors = errors_of(text);
    REQUIRE(errors.size() == 101);
    CHECK(errors[99].rfind("t.yaml:101:3: error: ", 0) == 0);
    CHECK(errors[100] == "t.yaml:102:3: error: 9900 more problems from here on are not shown");
}
