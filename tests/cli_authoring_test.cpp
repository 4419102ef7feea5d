// What an author sees on the command line: --help names the picker and
// Ctrl+R, and --validate warns about text too long for the screen.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "process.hpp"
#include "temp_dir.hpp"

namespace {

using attune::test::run_process;

std::string write_temp(const std::string& name, const std::string& text) {
    const auto dir = attune::test::temp_dir() / "attune-cli-authoring-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::string script_saying(const std::string& text) {
    return "title: Long\n"
           "partners:\n"
           "  - { id: sam, name: Sam }\n"
           "  - { id: alex, name: Alex }\n"
           "agenda:\n"
           "  - title: One\n"
           "    steps:\n"
           "      - say: Welcome.\n"
           "      - say: \"" +
           text + "\"\n";
}

std::string sentences(std::size_t characters) {
    std::string text;
    while (text.size() < characters) text += "We sit together and take a slow breath before we talk. ";
    text.resize(characters);
    return text;
}

}  // namespace

TEST_CASE("the help names the picker, Ctrl+R and the picker screenshot", "[cli]") {
    const auto result = run_process({ATTUNE_BINARY, "--help"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("a list of the scripts to choose"));
    CHECK_THAT(result.out, Catch::Contains("Ctrl+R"));
    CHECK_THAT(result.out, Catch::Contains("picker"));
    CHECK_THAT(result.out, Catch::Contains("too long for the screen"));
}

TEST_CASE("validating warns about a step too long for the screen, at the step", "[cli]") {
    const auto path = write_temp("long.yaml", script_saying(sentences(3000)));
    const auto result = run_process({ATTUNE_BINARY, "--validate", path});
    CHECK(result.exit_code == 0);  // a warning does not fail the file
    CHECK_THAT(result.err, Catch::Contains(path + ":9:9: warning: the text of this step is too long to fit the "
                                                  "screen ("));
    CHECK_THAT(result.err, Catch::Contains("); shorten it or split it into two steps"));
    CHECK_THAT(result.err, !Catch::Contains(":8:9:"));

    const auto fine = write_temp("fine.yaml", script_saying(sentences(200)));
    const auto quiet = run_process({ATTUNE_BINARY, "--validate", fine});
    CHECK(quiet.exit_code == 0);
    CHECK_THAT(quiet.err, !Catch::Contains("too long"));
}

TEST_CASE("a screenshot of the picker renders the list", "[cli]") {
    const auto out = attune::test::temp_dir() / "picker.png";
    std::filesystem::remove(out);
    const auto result =
        run_process({ATTUNE_BINARY, "--screenshot", out.string(), "--state", "picker", "--size", "640x360"});
    CHECK(result.exit_code == 0);
    CHECK(std::filesystem::file_size(out) > 1000);
}
