#pragma once
// The kiosk's words in each language, as the tests see them: English from
// the code, the others from the catalogues this build compiled from po/
// (build/locale), which a listener hands to words_for_language before the
// first test runs.
#include <string>
#include <vector>

#include "words.hpp"

namespace attune {

Words german_words();
Words french_words();

// Every language attune has words in: "en" and one per po/*.po.
std::vector<std::string> word_languages();

}  // namespace attune
