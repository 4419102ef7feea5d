// The fuzz targets' dictionaries (fuzz/<target>.dict) hand libFuzzer the
// format's keys so that it writes scripts the loader reads further into. They
// are written by hand; this test keeps them complete: a key added to the
// loader's tables and missing from a dictionary fails here, with the line to add.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "script_format.hpp"
#include "theme_loader.hpp"

namespace fs = std::filesystem;
using namespace attune;
using script_format::MapFormat;

namespace {

// The quoted values of a libFuzzer dictionary: `name="value"` lines.
std::set<std::string> dictionary_entries(const fs::path& path) {
    std::ifstream in(path);
    REQUIRE(in);
    std::set<std::string> entries;
    std::string line;
    while (std::getline(in, line)) {
        const auto open = line.find('"');
        const auto close = line.rfind('"');
        if (line.starts_with('#') || open == std::string::npos || close <= open) continue;
        entries.insert(line.substr(open + 1, close - open - 1));
    }
    return entries;
}

void add_keys(const MapFormat& map, std::set<std::string>& keys) {
    for (const auto& key : map.keys) {
        keys.emplace(key.name);
        for (const auto word : key.words) keys.emplace(word);
        if (key.nested) add_keys(*key.nested, keys);
    }
}

std::set<std::string> script_format_words() {
    std::set<std::string> keys;
    add_keys(script_format::top_level_format(), keys);
    for (const MapFormat* map :
         {&script_format::partner_format(), &script_format::settings_format(), &script_format::pause_format(),
          &script_format::item_format(), &script_format::option_format()})
        add_keys(*map, keys);
    for (const auto& step : script_format::step_formats()) {
        keys.emplace(step.name);
        add_keys(*step.options, keys);
    }
    return keys;
}

std::set<std::string> theme_format_words() {
    std::set<std::string> keys{"name", "colors", "sizes", "spacing"};
    for (const auto& list : {theme_color_keys(), theme_size_keys(), theme_spacing_keys()})
        keys.insert(list.begin(), list.end());
    return keys;
}

// The lines to add, empty when the dictionary holds every word.
std::string missing_lines(const std::set<std::string>& words, const std::set<std::string>& entries) {
    std::ostringstream lines;
    for (const auto& word : words) {
        if (!entries.contains(word)) lines << "key_" << word << "=\"" << word << "\"\n";
    }
    return lines.str();
}

}  // namespace

TEST_CASE("the fuzz dictionaries hold every key of the formats", "[fuzz]") {
    const fs::path fuzz = fs::path(ATTUNE_SOURCE_DIR) / "fuzz";
    const auto script_words = script_format_words();
    // The tables are reached: a walk that found nothing would pass any dictionary.
    REQUIRE(script_words.contains("agenda"));
    REQUIRE(script_words.contains("pause_at_or_below"));
    REQUIRE(script_words.contains("exchange"));
    REQUIRE(script_words.contains("either"));
    const std::string missing_script =
        missing_lines(script_words, dictionary_entries(fuzz / "fuzz_script_loader.dict"));
    INFO("add to fuzz/fuzz_script_loader.dict:\n" << missing_script);
    CHECK(missing_script.empty());

    const auto theme_words = theme_format_words();
    REQUIRE(theme_words.contains("pause_background"));
    const std::string missing_theme = missing_lines(theme_words, dictionary_entries(fuzz / "fuzz_theme_loader.dict"));
    INFO("add to fuzz/fuzz_theme_loader.dict:\n" << missing_theme);
    CHECK(missing_theme.empty());
}
