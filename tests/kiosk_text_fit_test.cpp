// `attune --validate` warns about script text too long for the screen: every
// step laid out at 1280x720 with the default theme and measured with the
// bundled fonts, the way the renderer wraps it.
#include <catch2/catch.hpp>
#include <filesystem>

#include "kiosk_test_support.hpp"
#include "script_loader.hpp"
#include "test_support.hpp"
#include "text_fit.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;

namespace {

Script script_saying(const std::string& text) {
    Script script = test::script_of({test::item(
        "Arrive", {test::say("Welcome, both of you."), test::say(text), test::turn(Seat::left, Seconds{120})})});
    script.file = "long.yaml";
    script.agenda[0].steps[0].pos = {7, 9};
    script.agenda[0].steps[1].pos = {8, 9};
    script.agenda[0].steps[2].pos = {9, 9};
    return script;
}

}  // namespace

TEST_CASE("a step of 3000 characters is too long for the screen", "[kiosk][fit]") {
    Headless headless;
    const auto warnings = check_text_fit(script_saying(sentences(3000)), headless.fonts);
    REQUIRE(warnings.size() == 1);
    const Diagnostic& warning = warnings.front();
    CHECK(warning.severity == Severity::warning);
    const std::string line = warning.format();
    INFO(line);
    CHECK(line.starts_with("long.yaml:8:9: warning: the text of this step is too long to fit the screen ("));
    CHECK(line.ends_with("); shorten it or split it into two steps"));
    // "(N lines, room for M)" with N > M.
    int lines = 0, room = 0;
    REQUIRE(std::sscanf(line.c_str() + line.find('(') + 1, "%d lines, room for %d", &lines, &room) == 2);
    CHECK(lines > room);
    CHECK(room > 3);
}

TEST_CASE("a step of ordinary length fits", "[kiosk][fit]") {
    Headless headless;
    CHECK(check_text_fit(script_saying(sentences(300)), headless.fonts).empty());
}

TEST_CASE("a long prompt and a long description are found too", "[kiosk][fit]") {
    Headless headless;
    Script script = script_saying("Short.");
    std::get<TurnStep>(script.agenda[0].steps[2].body).prompt = sentences(2500);
    script.description = sentences(4000);
    const auto warnings = check_text_fit(script, headless.fonts);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].format().starts_with("long.yaml:1:1: warning: the title or description is too long"));
    CHECK(warnings[1].format().starts_with("long.yaml:9:9: warning: the text of this step is too long"));
}

TEST_CASE("measuring counts the lines the renderer makes", "[kiosk][fit]") {
    Headless headless;
    TextItem item;
    item.size = 29;
    item.wrap = true;
    item.box = {0, 0, 400, 200};
    item.text = "One line.";
    TextFit fit = measure_text(item, headless.fonts);
    CHECK(fit.lines == 1);
    CHECK(fit.room >= 4);
    CHECK(fit.fits());
    item.text = "One\nTwo\nThree";
    CHECK(measure_text(item, headless.fonts).lines == 3);
    item.text = sentences(1000);
    fit = measure_text(item, headless.fonts);
    CHECK(fit.lines > 10);
    CHECK_FALSE(fit.fits());
}

TEST_CASE("no built-in script has text too long for the screen", "[kiosk][fit]") {
    Headless headless;
    const std::filesystem::path folder = std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts";
    int checked = 0;
    for (const auto& file : std::filesystem::directory_iterator(folder)) {
        if (file.path().extension() != ".yaml") continue;
        const ScriptLoad load = load_script_file(file.path());
        INFO(file.path().string());
        REQUIRE(load.ok());
        for (const Diagnostic& warning : check_text_fit(*load.script, headless.fonts)) FAIL_CHECK(warning.format());
        ++checked;
    }
    CHECK(checked >= 5);
}
