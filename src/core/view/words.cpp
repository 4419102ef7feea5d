#include "words.hpp"

#include <cctype>
#include <map>
#include <mutex>

namespace attune {
namespace {

// The catalogues asked for so far, so that a missing one is reported once
// and a language switch (the picker, then a script) reads no file again.
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

Words words_for_language(std::string_view tag) {
    // BCP 47: the primary subtag runs up to the first '-' (or '_' as locales write it).
    std::string primary;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (primary.empty() || primary == "en") return english_words();
    std::shared_ptr<const MessageCatalogue> catalogue;
    {
        CatalogueShelf& s = shelf();
        const std::lock_guard lock{s.mutex};
        const auto found = s.asked.find(primary);
        if (found != s.asked.end()) {
            catalogue = found->second;
        } else {
            if (s.source) catalogue = s.source(primary);
            s.asked.emplace(primary, catalogue);
        }
    }
    if (!catalogue) return english_words();
    return words_from(Translator{catalogue});
}

std::string fill_count(const PluralText& text, std::int64_t n) {
    return fill(text.for_count(n), {{"n", std::to_string(n)}});
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view key = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [name, value] : values) {
                    if (name == key) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

}  // namespace attune
