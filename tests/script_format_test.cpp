// The format tables (script_format.hpp) are the one description of the
// script format: the loader reads by them and `attune --print-schema` writes
// the JSON Schema from them. These tests hold the three together: the schema
// names every key of every table, the checked-in schema is the printed one,
// a default written out reads like the default left out, and the schema's
// duration pattern accepts what the parser reads.
#include "script_format.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "duration.hpp"
#include "period_text.hpp"
#include "process.hpp"
#include "script_loader.hpp"
#include "script_schema.hpp"

namespace fs = std::filesystem;
using namespace attune;
using script_format::KeyFormat;
using script_format::MapFormat;
using script_format::Presence;
using script_format::ValueType;

namespace {

const char* const regenerate_hint =
    "regenerate it with `make schema` (or `build/attune --print-schema > schema/attune-script.schema.json`) and "
    "commit the result";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A text as it stands inside a JSON string.
std::string as_json_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

struct NamedMap {
    std::string where;
    const MapFormat* format;
};

std::vector<NamedMap> every_table() {
    std::vector<NamedMap> tables{
        {"the script", &script_format::top_level_format()}, {"a partner", &script_format::partner_format()},
        {"settings", &script_format::settings_format()},    {"pause", &script_format::pause_format()},
        {"an agenda item", &script_format::item_format()},  {"a choice option", &script_format::option_format()}};
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        tables.push_back({"the " + std::string(step.name) + " step", step.options});
    }
    return tables;
}

// A value the loader accepts for a required key (they are filled in around
// the key under test).
std::string sample_value(const KeyFormat& key) {
    switch (key.type) {
        case ValueType::duration:
            return "1m";
        case ValueType::whole_number:
            return std::to_string(key.low);
        case ValueType::partner_id:
            return "a";
        case ValueType::list_of_maps:
            return "[{label: Stop, end: true}]";
        default:
            return "Some text";
    }
}

// `{required keys, extra}` for a step kind, as one flow map on one line.
std::string step_options(const MapFormat& format, const std::string& extra) {
    std::string text;
    for (const KeyFormat& key : format.keys) {
        if (key.presence != Presence::required) continue;
        text += (text.empty() ? "" : ", ") + std::string(key.name) + ": " + sample_value(key);
    }
    // A kind with no required option (a review) has only the extra.
    if (!extra.empty()) text += (text.empty() ? "" : ", ") + extra;
    return "{" + text + "}";
}

ScriptLoad load(const std::string& text) { return load_script_text(text, "defaults.yaml"); }

std::string messages(const ScriptLoad& loaded) {
    std::string text;
    for (const Diagnostic& d : loaded.diagnostics) text += d.format() + "\n";
    return text;
}

// Loads the script with the key written as its default and without it: both
// must be the same script. The key sits at the end of a line, so that no
// position moves.
void check_default(const std::string& with_default, const std::string& without) {
    INFO("with the default written out:\n" << with_default << "\nwithout it:\n" << without);
    const ScriptLoad written = load(with_default);
    const ScriptLoad left_out = load(without);
    INFO(messages(written) << messages(left_out));
    REQUIRE(written.ok());
    REQUIRE(left_out.ok());
    CHECK(*written.script == *left_out.script);
}

const std::string agenda = "agenda:\n  - title: One\n    steps:\n      - say: Hello\n";

}  // namespace

TEST_CASE("the printed schema names every key of every table with its description", "[format]") {
    const std::string schema = script_schema_json();
    for (const NamedMap& table : every_table()) {
        for (const KeyFormat& key : table.format->keys) {
            INFO(table.where << ": " << key.name);
            CHECK_THAT(schema, Catch::Contains("\"" + std::string(key.name) + "\": {"));
            CHECK_FALSE(key.description.empty());
            CHECK_THAT(schema, Catch::Contains(as_json_text(key.description)));
            if (!key.default_value.empty()) {
                CHECK_THAT(schema, Catch::Contains("Default `" + std::string(key.default_value) + "`."));
            }
        }
    }
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        CHECK_THAT(schema, Catch::Contains("\"required\": [\n            \"" + std::string(step.name) + "\"\n"));
    }
    CHECK_THAT(schema, Catch::Contains("\"pattern\": \"" + as_json_text(duration_pattern()) + "\""));
    CHECK_THAT(schema, Catch::StartsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"));
}

TEST_CASE("attune --print-schema prints JSON that node can parse", "[format][schema]") {
    const auto printed = test::run_process({ATTUNE_BINARY, "--print-schema"});
    REQUIRE(printed.exit_code == 0);
    CHECK(printed.out == script_schema_json());
    CHECK(printed.err.empty());
    // node is what the schema checker needs anyway; the [schema] tests say how to install it.
    const fs::path out = fs::temp_directory_path() / "attune-print-schema.json";
    std::ofstream(out, std::ios::binary) << printed.out;
    const auto checked = test::run_process({"node", "-e",
                                            "const s = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));"
                                            "console.log(Object.keys(s.properties).join(' '))",
                                            out.string()});
    INFO(checked.err);
    REQUIRE(checked.exit_code == 0);
    CHECK(checked.out == "title description language partners settings pause nudges agenda\n");
    fs::remove(out);
}

TEST_CASE("the checked-in schema is the one attune --print-schema writes", "[format]") {
    const fs::path checked_in = fs::path{ATTUNE_SOURCE_DIR} / "schema" / "attune-script.schema.json";
    REQUIRE(fs::exists(checked_in));
    const std::string file = read_file(checked_in);
    const std::string generated = script_schema_json();
    if (file != generated) {
        std::size_t at = 0;
        while (at < file.size() && at < generated.size() && file[at] == generated[at]) ++at;
        const std::size_t line = static_cast<std::size_t>(std::count(file.begin(), file.begin() + at, '\n')) + 1;
        FAIL("schema/attune-script.schema.json differs from `attune --print-schema` from line " << line << " on; "
                                                                                                << regenerate_hint);
    }
    SUCCEED();
}

TEST_CASE("the --print-schema option takes no file", "[format][cli]") {
    const auto result = test::run_process({ATTUNE_BINARY, "--print-schema", "some.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "attune: --print-schema takes no FILE\n");
}

TEST_CASE("every default in the tables reads like the key left out", "[format]") {
    int checked = 0;
    for (const KeyFormat& key : script_format::top_level_format().keys) {
        if (key.default_value.empty()) continue;
        const std::string head = "title: Defaults\n" + agenda;
        check_default(head + std::string(key.name) + ": " + std::string(key.default_value) + "\n", head);
        ++checked;
    }
    const std::vector<std::pair<std::string, const MapFormat*>> sections{
        {"settings", &script_format::settings_format()}, {"pause", &script_format::pause_format()}};
    for (const auto& [section, format] : sections) {
        for (const KeyFormat& key : format->keys) {
            if (key.default_value.empty()) continue;
            const std::string head = "title: Defaults\n" + agenda + section + ": {";
            check_default(head + std::string(key.name) + ": " + std::string(key.default_value) + "}\n", head + "}\n");
            ++checked;
        }
    }
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        for (const KeyFormat& key : step.options->keys) {
            if (key.default_value.empty()) continue;
            const std::string head =
                "title: Defaults\nagenda:\n  - title: One\n    steps:\n      - " + std::string(step.name) + ": ";
            check_default(
                head + step_options(*step.options, std::string(key.name) + ": " + std::string(key.default_value)) +
                    "\n",
                head + step_options(*step.options, "") + "\n");
            ++checked;
        }
    }
    // language, warn_at, overtime, sound, review_in, cooldown, extend, max,
    // breathing, resume, rounds, clarify, scale, reveal, pattern, confirm,
    // which (a review's)
    CHECK(checked == 17);
}

TEST_CASE("the schema's duration pattern accepts what the parser reads as a duration", "[format]") {
    // ECMAScript, as in the schema; the upper bound of a day is the loader's alone.
    const std::regex pattern(duration_pattern());
    CHECK(duration_pattern() == "^(?=[^1-9]*[1-9])(?:[0-9]+|(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?)$");
    const std::vector<std::string> texts{
        "90",   "1h",   "20m", "90s",       "1m30s", "1h5m", "1h5m3s", "0",  "0s",  "00m",  "0h0m0s", "25h", "9999999h",
        "1m1h", "1.5m", "m5",  "5 minutes", "",      "1h2",  "-5",     "+5", "1hh", "010s", "1s1s",   "h",   "1m30"};
    for (const std::string& text : texts) {
        INFO(text);
        const DurationForm form = read_duration_text(text).form;
        const bool pattern_accepts = std::regex_match(text, pattern);
        CHECK(pattern_accepts == (form == DurationForm::valid || form == DurationForm::too_long));
        CHECK(parse_duration(text).has_value() == (form == DurationForm::valid));
    }
}

TEST_CASE("the schema's period pattern accepts what the parser reads as a period", "[format][period]") {
    // ECMAScript, as in the schema; the upper bound of 52 weeks is the loader's alone.
    const std::regex pattern(period_pattern());
    CHECK(period_pattern() == "^(?=[^1-9]*[1-9])[0-9]+[dw]$");
    const std::vector<std::string> texts{"1d",   "3d",  "1w", "2w",  "30d", "52w",  "02w",  "0d", "0w",
                                         "00w",  "53w", "14", "1m",  "1h",  "1y",   "1.5w", "w2", "2W",
                                         "1w3d", "-1w", "",   "2 w", "2ww", "365d", "d",    "+2w"};
    for (const std::string& text : texts) {
        INFO(text);
        const PeriodForm form = read_period_text(text).form;
        const bool pattern_accepts = std::regex_match(text, pattern);
        CHECK(pattern_accepts == (form == PeriodForm::valid || form == PeriodForm::too_long));
        CHECK(parse_period(text).has_value() == (form == PeriodForm::valid));
    }
    const std::string schema = script_schema_json();
    CHECK_THAT(schema, Catch::Contains("\"pattern\": \"" + as_json_text(period_pattern()) + "\""));
    CHECK_THAT(schema, Catch::Contains("\"review_in\": {"));
    CHECK_THAT(schema, Catch::Contains("\"$ref\": \"#/definitions/period\""));
}
