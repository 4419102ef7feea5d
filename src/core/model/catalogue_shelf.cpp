#include "catalogue_shelf.hpp"

#include <cctype>
#include <map>
#include <mutex>

namespace attune {
namespace {

// The catalogues asked for so far, missing ones included.
struct CatalogueShelf {
    std::mutex mutex;
    CatalogueSource source;
    std::map<std::string, std::shared_ptr<const MessageCatalogue>> asked;
};

CatalogueShelf& shelf() {
    static CatalogueShelf instance;
    return instance;
}

}  // namespace

void set_catalogue_source(CatalogueSource source) {
    CatalogueShelf& s = shelf();
    const std::lock_guard lock{s.mutex};
    s.source = std::move(source);
    s.asked.clear();
}

std::string primary_language(std::string_view tag) {
    std::string primary;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return primary;
}

std::shared_ptr<const MessageCatalogue> catalogue_for_language(std::string_view tag) {
    const std::string primary = primary_language(tag);
    if (primary.empty() || primary == "en") return nullptr;
    CatalogueShelf& s = shelf();
    const std::lock_guard lock{s.mutex};
    const auto found = s.asked.find(primary);
    if (found != s.asked.end()) return found->second;
    std::shared_ptr<const MessageCatalogue> catalogue;
    if (s.source) catalogue = s.source(primary);
    s.asked.emplace(primary, catalogue);
    return catalogue;
}

Translator translator_for_language(std::string_view tag) {
    if (auto catalogue = catalogue_for_language(tag)) return Translator{std::move(catalogue)};
    return Translator{};
}

}  // namespace attune
