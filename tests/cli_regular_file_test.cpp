// Only regular files are read: a named pipe with no writer, a folder or a
// device given as a script or theme ends at once with one clear line and
// exit status 1, never a hang. Each run has a short timeout, so a hang fails
// the test instead of stalling it.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "process.hpp"
#include "regular_file.hpp"
#include "script_catalog.hpp"
#include "temp_dir.hpp"

namespace {

using attune::test::run_process;
using namespace std::chrono_literals;

std::filesystem::path fresh_dir(const std::string& name) {
    const auto dir = attune::test::temp_dir() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// A named pipe that nobody ever writes to.
std::string make_fifo(const std::string& name) {
    const auto path = fresh_dir("attune-fifo-" + name) / "script.yaml";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    return path.string();
}

// Runs attune and checks that it ended, with exit status 1 and the one line
// naming the file. A blocked open() waits forever, so a generous timeout tells
// a hang from a slow start on a busy machine; a wall-clock bound here failed
// under load (the --screenshot run draws the error screen first) and proved
// nothing more.
void check_refused(const std::vector<std::string>& argv, const std::string& file) {
    const auto result = run_process(argv, {{"SDL_VIDEODRIVER", "dummy"}}, 20s);
    INFO(result.err);
    CHECK_FALSE(result.timed_out);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(file + ":1:1: error: cannot read the file: it is not a regular file") != std::string::npos);
}

}  // namespace

TEST_CASE("validate refuses a named pipe with no writer at once", "[cli][regular-file]") {
    const auto fifo = make_fifo("validate");
    check_refused({ATTUNE_BINARY, "--validate", fifo}, fifo);
}

TEST_CASE("plan refuses a named pipe with no writer at once", "[cli][regular-file]") {
    const auto fifo = make_fifo("plan");
    check_refused({ATTUNE_BINARY, "--plan", fifo}, fifo);
}

TEST_CASE("a theme that is a named pipe is refused at once", "[cli][regular-file]") {
    const auto fifo = make_fifo("theme");
    const auto png = (fresh_dir("attune-fifo-theme-png") / "shot.png").string();
    check_refused({ATTUNE_BINARY, "--screenshot", png, "--state", "start", "--theme", fifo}, fifo);
}

TEST_CASE("screenshot of a script that is a named pipe ends at once with exit 1", "[cli][regular-file]") {
    const auto fifo = make_fifo("screenshot");
    const auto png = (fresh_dir("attune-fifo-screenshot-png") / "shot.png").string();
    check_refused({ATTUNE_BINARY, "--screenshot", png, "--state", "start", fifo}, fifo);
}

TEST_CASE("validate refuses a folder and a device as not regular files", "[cli][regular-file]") {
    const auto folder = fresh_dir("attune-folder-script").string();
    check_refused({ATTUNE_BINARY, "--validate", folder}, folder);
    check_refused({ATTUNE_BINARY, "--validate", "/dev/null"}, "/dev/null");
}

TEST_CASE("read_regular_file names what the path is instead of a file", "[regular-file]") {
    const auto fifo = make_fifo("reader");
    const auto read = attune::read_regular_file(fifo, 1024);
    REQUIRE(read.problem);
    CHECK_FALSE(read.content);
    CHECK(read.problem->format() ==
          fifo + ":1:1: error: cannot read the file: it is not a regular file but a named pipe");
    const auto device = attune::read_regular_file("/dev/zero", 1024);
    REQUIRE(device.problem);
    CHECK(device.problem->message == "cannot read the file: it is not a regular file but a character device");
}

TEST_CASE("read_regular_file reads a file up to its limit and refuses a larger one", "[regular-file]") {
    const auto path = fresh_dir("attune-reader-limit") / "ten.yaml";
    std::ofstream(path, std::ios::binary) << "0123456789";
    const auto fits = attune::read_regular_file(path, 10);
    REQUIRE(fits.content);
    CHECK(*fits.content == "0123456789");
    const auto too_large = attune::read_regular_file(path, 9);
    REQUIRE(too_large.problem);
    CHECK(too_large.problem->message.find("larger than the limit of 9 bytes") != std::string::npos);
}

TEST_CASE("a named pipe in a script folder is listed as not loadable with the reason", "[cli][regular-file]") {
    const auto dir = fresh_dir("attune-folder-with-fifo");
    const auto fifo = dir / "waiting.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto catalog = attune::build_catalog({{dir, attune::ScriptOrigin::given}});
    REQUIRE(catalog.size() == 1);
    CHECK_FALSE(catalog[0].script);
    REQUIRE(catalog[0].diagnostics.size() == 1);
    CHECK(catalog[0].diagnostics[0].message == "cannot read the file: it is not a regular file but a named pipe");
}
