// The command line as a counselor uses it: the real binary, its output and
// its exit status.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "process.hpp"
#include "temp_dir.hpp"

namespace {

using attune::test::run_process;

std::string write_temp(const std::string& name, const std::string& text) {
    const auto dir = attune::test::temp_dir() / "attune-cli-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

const char* example_script = R"(title: Evening check-in
partners:
  - { id: sam, name: Sam }
  - { id: alex, name: Alex }
pause: { cooldown: 20m, breathing: box }
agenda:
  - title: Appreciations
    time: 5m
    steps:
      - say: Each of you names one thing you appreciated today.
      - turn: { speaker: sam, time: 90s, prompt: "I appreciated it when you…" }
      - turn: { speaker: alex, time: 90s, prompt: "I appreciated it when you…" }
  - id: concern
    title: One concern
    steps:
      - exchange: { first: sam, rounds: 2, turn: 2m, reflect: 1m,
                    prompt: "I feel … when … and I need …" }
      - checkin: { question: How calm do you feel right now?, scale: 5, pause_at_or_below: 2 }
      - agreement: { prompt: What will each of us try this week? }
      - choice:
          question: Go on or stop here?
          options:
            - { label: One more round, goto: concern }
            - { label: Stop for today, end: true }
)";

}  // namespace

TEST_CASE("plan lists the agenda and ends with the total", "[cli]") {
    const auto path = write_temp("example.yaml", example_script);
    const auto result = run_process({ATTUNE_BINARY, "--plan", path});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("Appreciations") != std::string::npos);
    CHECK(result.out.find("One concern") != std::string::npos);
    REQUIRE(result.out.size() > 1);
    const auto last_line_start = result.out.rfind('\n', result.out.size() - 2);
    CHECK(result.out.substr(last_line_start + 1) == "total 0:09:00\n");
}

TEST_CASE("validate exits 0 for a valid script and 1 with file:line:col for a broken one", "[cli]") {
    const auto good = write_temp("good.yaml", example_script);
    const auto bad = write_temp("bad.yaml",
                                "title: Broken\nagenda:\n  - title: One\n    steps:\n"
                                "      - turn: { speakr: a, time: 2m }\n");
    CHECK(run_process({ATTUNE_BINARY, "--validate", good}).exit_code == 0);

    const auto result = run_process({ATTUNE_BINARY, "--validate", good, bad});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(bad + ":5:") != std::string::npos);
    CHECK(result.err.find("error:") != std::string::npos);
    CHECK(result.err.find("did you mean 'speaker'?") != std::string::npos);
}

TEST_CASE("validate reports a missing file and goes on with the others", "[cli]") {
    const auto good = write_temp("good2.yaml", example_script);
    const auto result = run_process({ATTUNE_BINARY, "--validate", "/nonexistent/x.yaml", good});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("/nonexistent/x.yaml:1:1: error:") != std::string::npos);
    CHECK(result.out.find("good2.yaml: valid") != std::string::npos);
}

TEST_CASE("usage errors are one line and exit 2", "[cli]") {
    for (const auto& args : std::vector<std::vector<std::string>>{{"--frobnicate"},
                                                                  {"--validate"},
                                                                  {"--plan"},
                                                                  {"--plan", "a", "b"},
                                                                  {"--size", "12"},
                                                                  {"--size", "7681x4320"},
                                                                  {"--size", "7680x4321"},
                                                                  {"--size", "16384x16384"},
                                                                  {"--theme"},
                                                                  {"--passphrase-file", "f", "x.yaml"},
                                                                  {"--space", "a/b", "x.yaml"},
                                                                  {"--validate", "x", "--space", "river"},
                                                                  {"--validate", "x", "--plan", "y"}}) {
        std::vector<std::string> argv{ATTUNE_BINARY};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = run_process(argv);
        INFO(args.front());
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    }
}

TEST_CASE("size refuses more than 7680x4320 with the range in its line", "[cli]") {
    const auto result = run_process({ATTUNE_BINARY, "--size", "16384x16384", "--validate", "x.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "attune: --size '16384x16384' is not WIDTHxHEIGHT between 320x240 and 7680x4320\n");
}

TEST_CASE("counselor mode is a kiosk flag and --no-console needs it", "[cli]") {
    const auto script = write_temp("counselor.yaml", example_script);
    const auto validate = run_process({ATTUNE_BINARY, "--counselor", "--validate", script});
    CHECK(validate.exit_code == 2);
    CHECK(validate.err == "attune: --counselor is for the kiosk\n");
    const auto alone = run_process({ATTUNE_BINARY, "--no-console", script});
    CHECK(alone.exit_code == 2);
    CHECK(alone.err == "attune: --no-console is for --counselor\n");
    const auto help = run_process({ATTUNE_BINARY, "--help"});
    CHECK(help.out.find("--counselor ") != std::string::npos);
    CHECK(help.out.find("--no-console ") != std::string::npos);
    // A screenshot takes it too (the keys overlay then lists the counselor's keys).
    const auto out = (attune::test::temp_dir() / "attune-cli-test" / "counselor-help.png").string();
    const auto shot = run_process(
        {ATTUNE_BINARY, "--counselor", "--screenshot", out, "--state", "keys", "--size", "640x360", script});
    CHECK(shot.exit_code == 0);
}

TEST_CASE("help and version answer on standard output", "[cli]") {
    const auto help = run_process({ATTUNE_BINARY, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--validate FILE...") != std::string::npos);
    const auto version = run_process({ATTUNE_BINARY, "--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("attune ", 0) == 0);
}

namespace {

// Width and height from a PNG's IHDR chunk.
std::pair<int, int> png_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string header(24, '\0');
    in.read(header.data(), 24);
    if (!in || header.compare(1, 3, "PNG") != 0) return {0, 0};
    auto read32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(header[at]) << 24) | (static_cast<unsigned char>(header[at + 1]) << 16) |
               (static_cast<unsigned char>(header[at + 2]) << 8) | static_cast<unsigned char>(header[at + 3]);
    };
    return {read32(16), read32(20)};
}

}  // namespace

TEST_CASE("screenshot renders any screen of a script headless", "[cli][screenshot]") {
    const auto script = write_temp("shot.yaml", example_script);
    const auto dir = attune::test::temp_dir() / "attune-cli-test";
    for (const char* state : {"start", "turn", "cooldown", "summary", "error"}) {
        INFO(state);
        const auto out = (dir / (std::string(state) + ".png")).string();
        std::filesystem::remove(out);
        const auto result =
            run_process({ATTUNE_BINARY, "--screenshot", out, "--state", state, "--size", "1280x720", script},
                        {{"SDL_VIDEODRIVER", "dummy"}});
        CHECK(result.exit_code == 0);
        CHECK(png_size(out) == std::pair{1280, 720});
    }
}

// Issue 8: the screens to look at (docs/writing-scripts.md, "Screens to look
// at") render from the test scripts that have them; a page the summary does
// not have is refused, not shown as the first page again.
TEST_CASE("screenshot renders a time-box vote, a split choice and each page of a long summary", "[cli][screenshot]") {
    const std::filesystem::path data = std::filesystem::path{ATTUNE_SOURCE_DIR} / "tests" / "data" / "screens";
    const std::filesystem::path choices =
        std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts" / "speaker-listener.yaml";
    const auto dir = attune::test::temp_dir() / "attune-cli-test";
    std::filesystem::create_directories(dir);
    const std::vector<std::pair<std::string, std::filesystem::path>> shots{
        {"timebox", data / "time-box.yaml"},
        {"choice-split", choices},
        {"summary-page2", data / "long-summary.yaml"},
        {"summary-page4", data / "long-summary.yaml"},
    };
    for (const auto& [state, script] : shots) {
        INFO(state);
        const auto out = (dir / (state + ".png")).string();
        std::filesystem::remove(out);
        const auto result =
            run_process({ATTUNE_BINARY, "--screenshot", out, "--state", state, "--size", "1920x1080", script.string()},
                        {{"SDL_VIDEODRIVER", "dummy"}});
        CHECK(result.exit_code == 0);
        CHECK(png_size(out) == std::pair{1920, 1080});
    }
    const auto out = (dir / "no-page.png").string();
    const auto short_summary =
        run_process({ATTUNE_BINARY, "--screenshot", out, "--state", "summary-page2", (data / "time-box.yaml").string()},
                    {{"SDL_VIDEODRIVER", "dummy"}});
    CHECK(short_summary.exit_code == 1);
    CHECK(short_summary.err.find("has no 'summary-page2'") != std::string::npos);
}

// Issue 11: the review's screens, with made-up agreements, at both sizes
// looked at; a script without a review step has none of them.
TEST_CASE("screenshot renders each screen of a review step", "[cli][screenshot]") {
    const std::filesystem::path data = std::filesystem::path{ATTUNE_SOURCE_DIR} / "tests" / "data" / "screens";
    const auto dir = attune::test::temp_dir() / "attune-cli-test";
    std::filesystem::create_directories(dir);
    for (const char* state : {"review-rate", "review-decide", "review-reword", "review-none"}) {
        for (const auto& [size, pixels] :
             {std::pair{"1920x1080", std::pair{1920, 1080}}, std::pair{"1280x720", std::pair{1280, 720}}}) {
            INFO(state << " at " << size);
            const auto out = (dir / (std::string(state) + "-" + size + ".png")).string();
            std::filesystem::remove(out);
            const auto result = run_process(
                {ATTUNE_BINARY, "--screenshot", out, "--state", state, "--size", size, (data / "review.yaml").string()},
                {{"SDL_VIDEODRIVER", "dummy"}});
            CHECK(result.exit_code == 0);
            CHECK(png_size(out) == pixels);
        }
    }
    const auto out = (dir / "no-review.png").string();
    const auto without =
        run_process({ATTUNE_BINARY, "--screenshot", out, "--state", "review-rate", (data / "time-box.yaml").string()},
                    {{"SDL_VIDEODRIVER", "dummy"}});
    CHECK(without.exit_code == 1);
    CHECK(without.err.find("has no 'review-rate' screen") != std::string::npos);
}

TEST_CASE("screenshot of a script that does not load writes the error screen and exits 1", "[cli][screenshot]") {
    const auto script = write_temp("shot-broken.yaml", "title: Broken\nagenda: []\n");
    const auto out = (attune::test::temp_dir() / "attune-cli-test" / "broken.png").string();
    std::filesystem::remove(out);
    const auto result =
        run_process({ATTUNE_BINARY, "--screenshot", out, "--state", "start", "--size", "1280x720", script},
                    {{"SDL_VIDEODRIVER", "dummy"}});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("shot-broken.yaml:2:1: error:") != std::string::npos);
    CHECK(png_size(out) == std::pair{1280, 720});
}

TEST_CASE("screenshot refuses an unknown screen and one the script lacks", "[cli][screenshot]") {
    const auto script = write_temp("shot2.yaml", example_script);
    const auto out = (attune::test::temp_dir() / "attune-cli-test" / "x.png").string();
    const auto unknown = run_process({ATTUNE_BINARY, "--screenshot", out, "--state", "nope", script});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("'nope' is not one of") != std::string::npos);
    const auto lacking = run_process({ATTUNE_BINARY, "--screenshot", out, "--state", "breathe", script});
    CHECK(lacking.exit_code == 1);
    CHECK(lacking.err.find("has no 'breathe' screen") != std::string::npos);
}

TEST_CASE("list shows every script, and one that does not load is marked, not dropped", "[cli][list]") {
    const auto dir = attune::test::temp_dir() / "attune-cli-test" / "own";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "broken.yaml") << "title: Broken\nagenda: []\n";
    std::ofstream(dir / "mine.yaml") << example_script;
    const auto result =
        run_process({ATTUNE_BINARY, "--list", "--scripts", dir.string()}, {{"XDG_CONFIG_HOME", "/nonexistent"}});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("Daily check-in") != std::string::npos);
    CHECK(result.out.find("Evening check-in") != std::string::npos);
    CHECK(result.out.find("0:09:00") != std::string::npos);
    const auto broken_line = result.out.find("broken.yaml ");
    REQUIRE(broken_line != std::string::npos);
    const auto line = result.out.substr(broken_line, result.out.find('\n', broken_line) - broken_line);
    CHECK(line.find("does not load: 1 error") != std::string::npos);
}

TEST_CASE("a command that fails inside ends in one line and exit 1 instead of an abort", "[cli]") {
    // A folder path through a symbolic link to itself: asking whether it is a
    // folder throws (ELOOP), which once ended --list in std::terminate.
    const auto dir = attune::test::temp_dir() / "attune-cli-test" / "looping";
    std::filesystem::create_directories(dir);
    std::error_code ignored;
    std::filesystem::remove(dir / "loop", ignored);
    std::filesystem::create_symlink("loop", dir / "loop");
    const std::string folder = (dir / "loop" / "scripts").string();
    const auto result = run_process({ATTUNE_BINARY, "--list", "--scripts", folder}, {{"HOME", dir.string()}});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "attune: " + folder + ": Too many levels of symbolic links\n");
}
