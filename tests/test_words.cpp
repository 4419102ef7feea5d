#include "test_words.hpp"

// The listener interface of Catch2 2.x is hidden unless asked for.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>

#include "catalogue_file.hpp"

namespace attune {
namespace {

struct BuildCataloguesListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(Catch::TestRunInfo const& info) override {
        TestEventListenerBase::testRunStarting(info);
        set_catalogue_source([](const std::string& language) {
            CatalogueFileRead read = read_catalogue_file(ATTUNE_LOCALE_DIR, language);
            if (!read.catalogue) std::cerr << read.problem << '\n';
            return read.catalogue;
        });
    }
};

}  // namespace

CATCH_REGISTER_LISTENER(BuildCataloguesListener)

Words german_words() { return words_for_language("de"); }

Words french_words() { return words_for_language("fr"); }

std::vector<std::string> word_languages() {
    std::vector<std::string> languages{"en"};
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path{ATTUNE_SOURCE_DIR} / "po"))
        if (entry.path().extension() == ".po") languages.push_back(entry.path().stem().string());
    std::sort(languages.begin() + 1, languages.end());
    return languages;
}

}  // namespace attune
