#include "po_file.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace attune::test {
namespace {

std::string unquote(const std::string& line, std::size_t from) {
    const std::size_t open = line.find('"', from);
    const std::size_t close = line.rfind('"');
    if (open == std::string::npos || close <= open) throw std::runtime_error("not a quoted string: " + line);
    std::string out;
    for (std::size_t i = open + 1; i < close; ++i) {
        if (line[i] != '\\' || i + 1 >= close) {
            out += line[i];
            continue;
        }
        const char c = line[++i];
        out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    }
    return out;
}

}  // namespace

PoFile read_po_file(const std::filesystem::path& path) {
    std::ifstream in{path};
    if (!in) throw std::runtime_error("cannot open " + path.string());
    PoFile file;
    PoEntry entry;
    std::string* target = nullptr;
    bool started = false;
    const auto finish = [&] {
        if (started) {
            if (entry.msgid.empty() && entry.context.empty())
                file.header = entry.msgstr.empty() ? "" : entry.msgstr.front();
            else
                file.entries.push_back(entry);
        }
        entry = PoEntry{};
        target = nullptr;
        started = false;
    };
    std::string line;
    int number = 0;
    bool fuzzy_next = false;
    while (std::getline(in, line)) {
        ++number;
        if (line.rfind("#,", 0) == 0) {
            if (started && target != nullptr) finish();
            fuzzy_next = line.find("fuzzy") != std::string::npos;
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        const auto keyword = [&](const std::string& word) { return line.rfind(word + " ", 0) == 0; };
        if (keyword("msgctxt") || (keyword("msgid") && (!started || !entry.msgstr.empty()))) {
            finish();
            started = true;
            entry.line = number;
            entry.fuzzy = fuzzy_next;
            fuzzy_next = false;
        }
        if (keyword("msgctxt")) {
            entry.context = unquote(line, 7);
            target = &entry.context;
        } else if (keyword("msgid_plural")) {
            entry.msgid_plural = unquote(line, 12);
            target = &entry.msgid_plural;
        } else if (keyword("msgid")) {
            entry.msgid = unquote(line, 5);
            target = &entry.msgid;
        } else if (line.rfind("msgstr", 0) == 0) {
            entry.msgstr.push_back(unquote(line, line.find(' ')));
            target = &entry.msgstr.back();
        } else if (line[0] == '"' && target) {
            *target += unquote(line, 0);
        }
    }
    finish();
    return file;
}

std::vector<std::string> placeholders(const std::string& text) {
    std::vector<std::string> names;
    std::size_t at = 0;
    while ((at = text.find('{', at)) != std::string::npos) {
        const std::size_t close = text.find('}', at);
        if (close == std::string::npos) break;
        names.push_back(text.substr(at + 1, close - at - 1));
        at = close + 1;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace attune::test
