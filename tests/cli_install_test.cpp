// An installed attune finds its data next to itself, as a package lays it
// out: the program in PREFIX/bin, the data in PREFIX/share/attune.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "process.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using attune::test::run_process;

void copy_folder(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

// PREFIX/bin/attune and PREFIX/share/attune/{scripts,themes,fonts}; the
// program is a copy, so nothing ties it to the build folder.
fs::path install_prefix() {
    const fs::path prefix = fs::weakly_canonical(attune::test::temp_dir() / "attune-install-test");
    fs::remove_all(prefix);
    fs::create_directories(prefix / "bin");
    fs::copy_file(ATTUNE_BINARY, prefix / "bin" / "attune");
    for (const char* folder : {"scripts", "themes", "fonts"})
        copy_folder(fs::path{ATTUNE_SOURCE_DIR} / folder, prefix / "share" / "attune" / folder);
    return prefix;
}

// No variable of the developer's own shell chooses the folders.
std::vector<std::pair<std::string, std::string>> clean_environment(const fs::path& prefix) {
    return {{"ATTUNE_DATA_DIR", ""},   {"ATTUNE_FONT_DIR", ""},      {"XDG_CONFIG_HOME", ""},
            {"HOME", prefix.string()}, {"SDL_VIDEODRIVER", "dummy"}, {"SDL_AUDIODRIVER", "dummy"}};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an installed program finds its scripts in PREFIX/share/attune, and ATTUNE_DATA_DIR wins", "[cli][install]") {
    const fs::path prefix = install_prefix();
    const std::string program = (prefix / "bin" / "attune").string();
    auto environment = clean_environment(prefix);

    const auto listed = run_process({program, "--list"}, environment);
    CHECK(listed.exit_code == 0);
    CHECK(contains(listed.out, (prefix / "share" / "attune" / "scripts" / "daily-check-in.yaml").string()));
    CHECK_FALSE(contains(listed.out, std::string(ATTUNE_SOURCE_DIR) + "/scripts/"));

    // A folder named by ATTUNE_DATA_DIR comes before the installed one.
    const fs::path own = prefix / "own-data";
    fs::create_directories(own / "scripts");
    fs::create_directories(own / "themes");
    fs::copy_file(prefix / "share" / "attune" / "scripts" / "daily-check-in.yaml", own / "scripts" / "mine.yaml");
    environment.front().second = own.string();
    const auto own_listed = run_process({program, "--list"}, environment);
    CHECK(own_listed.exit_code == 0);
    CHECK(contains(own_listed.out, (own / "scripts" / "mine.yaml").string()));
    CHECK_FALSE(contains(own_listed.out, (prefix / "share" / "attune" / "scripts").string()));
}

TEST_CASE("an installed program draws with the fonts in PREFIX/share/attune/fonts", "[cli][install]") {
    const fs::path prefix = install_prefix();
    const std::string program = (prefix / "bin" / "attune").string();
    const auto environment = clean_environment(prefix);
    const std::string shot = (prefix / "start.png").string();

    // The built-in default script and the installed fonts make a screen.
    const auto drawn =
        run_process({program, "--screenshot", shot, "--state", "start", "--size", "640x480"}, environment);
    CHECK(drawn.exit_code == 0);
    CHECK(fs::file_size(shot) > 0);

    // Those fonts, and no others, are the ones read: broken, they fail the
    // screenshot, though the source tree still holds good ones.
    const fs::path regular = prefix / "share" / "attune" / "fonts" / "Inter-Regular.otf";
    std::ofstream(regular, std::ios::trunc) << "not a font";
    const auto broken =
        run_process({program, "--screenshot", shot, "--state", "start", "--size", "640x480"}, environment);
    CHECK(broken.exit_code == 1);
    CHECK(contains(broken.err, "cannot open the font " + regular.string()));
}
