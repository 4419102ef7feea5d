#pragma once
// Where attune finds a language's catalogue ("de", "fr"). The program reads
// the .mo files (the load layer) and says why one is missing or damaged; it
// hands that reader over once, through set_catalogue_source, and the kiosk's
// words and the exports' words both ask here, so that a French couple reads
// French on screen and on paper alike.
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "message_catalogue.hpp"
#include "translator.hpp"

namespace attune {

// Nothing means English. Set once, before the first words are asked for.
using CatalogueSource = std::function<std::shared_ptr<const MessageCatalogue>(const std::string& language)>;
void set_catalogue_source(CatalogueSource source);

// The primary subtag of a BCP 47 tag, lower case: "de" for "de-AT", "en"
// for "EN_gb" (locales write '_'); empty for an empty tag.
std::string primary_language(std::string_view tag);

// The catalogue for a tag's primary subtag: nothing for English, for a
// language without one, or before a source is set. Each language is asked
// for once, so that a missing one is reported once and a language switch
// reads no file again.
std::shared_ptr<const MessageCatalogue> catalogue_for_language(std::string_view tag);

// A translator into that language; English when there is no catalogue.
Translator translator_for_language(std::string_view tag);

}  // namespace attune
