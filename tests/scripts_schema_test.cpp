// The JSON Schema (schema/attune-script.schema.json, checked by
// schema/check.mjs with ajv) and the C++ loader must agree: every built-in
// script passes both, every script in tests/data/broken/ is refused by both.
// The checker needs node and `npm ci --prefix schema`; without them these
// tests fail and say so, they never skip.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "process.hpp"
#include "script_loader.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const fs::path source_dir{ATTUNE_SOURCE_DIR};
const fs::path broken_dir = fs::path{ATTUNE_TEST_DATA} / "broken";
const char* const setup_hint =
    "run the setup once: `npm ci --prefix schema` in the source directory (needs node and npm)";

std::vector<fs::path> yaml_files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The path of `node`, or empty when it is not installed.
std::string find_node() {
    std::string path = attune::test::run_process({"sh", "-c", "command -v node"}).out;
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
    return path;
}

// Fails the test, with what to do, when the checker cannot run.
std::string require_schema_checker() {
    const std::string node = find_node();
    if (node.empty()) FAIL("node is not installed, so the schema cannot be checked; " << setup_hint);
    if (!fs::exists(source_dir / "schema" / "node_modules" / "ajv") ||
        !fs::exists(source_dir / "schema" / "node_modules" / "yaml")) {
        FAIL("schema/node_modules is missing (ajv, yaml); " << setup_hint);
    }
    return node;
}

struct SchemaRun {
    int exit_code = -1;
    std::map<std::string, std::string> verdicts;  // file -> "PASS" or "FAIL: reason"
    std::string output;
};

SchemaRun run_schema_checker(const std::string& node, const std::vector<fs::path>& files) {
    std::vector<std::string> argv{node, (source_dir / "schema" / "check.mjs").string()};
    for (const fs::path& file : files) argv.push_back(file.string());
    const attune::test::ProcessResult result = attune::test::run_process(argv, {}, 30s);
    SchemaRun run;
    run.exit_code = result.exit_code;
    run.output = result.out + result.err;
    std::istringstream lines(result.out);
    std::string line;
    while (std::getline(lines, line)) {
        for (const fs::path& file : files) {
            const std::string name = file.string();
            if (line == "PASS " + name) run.verdicts[name] = "PASS";
            if (line.rfind("FAIL " + name + ": ", 0) == 0) {
                run.verdicts[name] = "FAIL" + line.substr(5 + name.size());
            }
        }
    }
    return run;
}

// The line a broken file announces with "# expect-error-line: N", or 0.
int expected_error_line(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    const std::string marker = "# expect-error-line: ";
    while (std::getline(in, line)) {
        if (line.rfind(marker, 0) == 0) return std::stoi(line.substr(marker.size()));
    }
    return 0;
}

std::string all_messages(const attune::ScriptLoad& load) {
    std::string text;
    for (const attune::Diagnostic& diagnostic : load.diagnostics) text += diagnostic.format() + "\n";
    return text;
}

}  // namespace

TEST_CASE("the schema checker is installed", "[schema]") {
    const std::string node = require_schema_checker();
    CHECK_FALSE(node.empty());
}

TEST_CASE("every built-in script passes the schema and the loader", "[schema]") {
    const std::string node = require_schema_checker();
    const std::vector<fs::path> scripts = yaml_files_in(source_dir / "scripts");
    REQUIRE(scripts.size() >= 10);

    const SchemaRun run = run_schema_checker(node, scripts);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    for (const fs::path& script : scripts) {
        INFO(script.string());
        const auto verdict = run.verdicts.find(script.string());
        REQUIRE(verdict != run.verdicts.end());
        CHECK(verdict->second == "PASS");
        const attune::ScriptLoad load = attune::load_script_file(script);
        INFO(all_messages(load));
        CHECK(load.ok());
    }
}

TEST_CASE("every broken script is refused by the schema and by the loader", "[schema]") {
    const std::string node = require_schema_checker();
    const std::vector<fs::path> broken = yaml_files_in(broken_dir);
    REQUIRE(broken.size() >= 12);

    const SchemaRun run = run_schema_checker(node, broken);
    INFO(run.output);
    CHECK(run.exit_code == 1);
    for (const fs::path& file : broken) {
        INFO(file.string());
        const auto verdict = run.verdicts.find(file.string());
        REQUIRE(verdict != run.verdicts.end());
        CHECK(verdict->second.rfind("FAIL: ", 0) == 0);

        const attune::ScriptLoad load = attune::load_script_file(file);
        INFO(all_messages(load));
        CHECK_FALSE(load.ok());
        // Refused for the reason the file is about, not for an accident.
        const int line = expected_error_line(file);
        REQUIRE(line > 0);
        const bool error_on_line =
            std::any_of(load.diagnostics.begin(), load.diagnostics.end(), [line](const attune::Diagnostic& d) {
                return d.severity == attune::Severity::error && d.pos.line == line;
            });
        CHECK(error_on_line);
    }
}

TEST_CASE("the schema checker names the place of a failure", "[schema]") {
    const std::string node = require_schema_checker();
    const fs::path file = broken_dir / "unknown-key.yaml";
    const SchemaRun run = run_schema_checker(node, {file});
    INFO(run.output);
    REQUIRE(run.verdicts.count(file.string()) == 1);
    // "FAIL FILE: 8:11: unknown key 'speeker' in /agenda/0/steps/0/turn"
    CHECK_THAT(run.verdicts.at(file.string()), Catch::StartsWith("FAIL: 8:11: ") && Catch::Contains("'speeker'"));
}
