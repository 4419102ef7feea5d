#pragma once
// A small reader of gettext .po and .pot files, enough for the tests that
// hold every translation to the template: contexts, plurals, the fuzzy
// flag, strings continued over several lines and C escapes.
#include <filesystem>
#include <string>
#include <vector>

namespace attune::test {

struct PoEntry {
    std::string context;
    std::string msgid;
    std::string msgid_plural;         // empty for an entry without plural
    std::vector<std::string> msgstr;  // one, or one per plural form
    bool fuzzy = false;
    int line = 0;  // where the entry starts, for messages
};

struct PoFile {
    std::string header;  // the translation of the empty msgid
    std::vector<PoEntry> entries;
};

PoFile read_po_file(const std::filesystem::path& path);

// The placeholders of a text, sorted and without repeats: {"n", "time"}.
std::vector<std::string> placeholders(const std::string& text);

}  // namespace attune::test
