#include "catalogue_file.hpp"

#include "regular_file.hpp"

namespace attune {
namespace {

// attune's catalogues are some 40 KiB; a much larger file is not one of them.
constexpr std::size_t max_catalogue_bytes = 4 * 1024 * 1024;

}  // namespace

std::filesystem::path catalogue_path(const std::filesystem::path& locale_dir, const std::string& language) {
    return locale_dir / language / "LC_MESSAGES" / "attune.mo";
}

CatalogueFileRead read_catalogue_file(const std::filesystem::path& locale_dir, const std::string& language) {
    const std::filesystem::path path = catalogue_path(locale_dir, language);
    const std::string fallback = "; the words are shown in English";
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return {nullptr,
                "attune: no words for the language '" + language + "' (" + path.string() + " is missing)" + fallback};
    const RegularFileRead read = read_regular_file(path, max_catalogue_bytes);
    if (!read.content)
        return {nullptr, "attune: cannot read " + path.string() + ": " +
                             (read.problem ? read.problem->message : std::string{"unknown reason"}) + fallback};
    MessageCatalogueParse parsed = MessageCatalogueParse::from_bytes(*read.content);
    if (!parsed.catalogue)
        return {nullptr, "attune: " + path.string() + " is damaged (" + parsed.problem + ")" + fallback};
    return {std::make_shared<const MessageCatalogue>(std::move(*parsed.catalogue)), ""};
}

}  // namespace attune
