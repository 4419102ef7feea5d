#include "words.hpp"

namespace attune {

Words words_for_language(std::string_view tag) {
    // A language without a catalogue, English included, gets the English of words_en.cpp.
    auto catalogue = catalogue_for_language(tag);
    if (!catalogue) return english_words();
    return words_from(Translator{std::move(catalogue)});
}

}  // namespace attune
