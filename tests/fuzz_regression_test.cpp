// Every input a fuzzer found breaking something is kept in
// tests/data/fuzz-regressions/<target>/ and replayed here through the same
// checks the fuzz target makes (fuzz/harness/), so that the normal build and
// `make test` guard against it coming back. The seed corpora (fuzz/corpus/)
// are replayed too: they must stay inputs that pass.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "loader_checks.hpp"
#include "session_checks.hpp"
#include "space_checks.hpp"

namespace fs = std::filesystem;
using namespace attune;

namespace {

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The inputs kept for `target`: its regressions and its seed corpus.
std::vector<fs::path> inputs_of(const std::string& target) {
    std::vector<fs::path> files;
    for (const fs::path& folder : {fs::path(ATTUNE_TEST_DATA) / "fuzz-regressions" / target,
                                   fs::path(ATTUNE_SOURCE_DIR) / "fuzz" / "corpus" / target}) {
        if (!fs::is_directory(folder)) continue;
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (entry.is_regular_file()) files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

template <typename Check>
void replay(const std::string& target, Check check) {
    const auto files = inputs_of(target);
    REQUIRE(files.size() >= 3);  // at least the seed corpus
    for (const auto& file : files) {
        INFO(target << " on " << file.string());
        const std::optional<std::string> broken = check(read_bytes(file));
        CHECK(broken.value_or("") == "");
    }
}

}  // namespace

TEST_CASE("the script loader keeps its promises on every input a fuzzer kept", "[fuzz]") {
    replay("fuzz_script_loader", [](const std::string& bytes) { return fuzz::check_script_load(bytes); });
}

TEST_CASE("the theme loader keeps its promises on every input a fuzzer kept", "[fuzz]") {
    replay("fuzz_theme_loader", [](const std::string& bytes) { return fuzz::check_theme_load(bytes); });
}

TEST_CASE("the session keeps its invariants on every input a fuzzer kept", "[fuzz]") {
    const auto scripts = fuzz::built_in_scripts();
    REQUIRE(scripts.size() >= 10);  // the whole built-in library loads
    replay("fuzz_session", [&](const std::string& bytes) {
        const std::span data(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        return fuzz::check_session(data, scripts);
    });
}

TEST_CASE("the space reader ends every input a fuzzer kept in a result or a sentence", "[fuzz]") {
    const fuzz::SpaceReadCheck space_check;
    replay("fuzz_space_reader", [&](const std::string& bytes) { return space_check.check(bytes); });
}
