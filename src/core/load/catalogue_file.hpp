#pragma once
// Reads a language's compiled catalogue, LOCALE/LANG/LC_MESSAGES/attune.mo,
// as gettext lays catalogues out. The bytes are parsed in the model
// (message_catalogue.hpp); here is only the file.
#include <filesystem>
#include <memory>
#include <string>

#include "message_catalogue.hpp"

namespace attune {

std::filesystem::path catalogue_path(const std::filesystem::path& locale_dir, const std::string& language);

struct CatalogueFileRead {
    std::shared_ptr<const MessageCatalogue> catalogue;  // set when the file was read and is sound
    // Otherwise one line for standard error, saying which file, why, and
    // that the words are English instead.
    std::string problem;
};

CatalogueFileRead read_catalogue_file(const std::filesystem::path& locale_dir, const std::string& language);

}  // namespace attune
