#pragma once
// A compiled gettext catalogue (a .mo file), read from its bytes with no
// help from the C library: glibc's gettext finds a catalogue only for a
// locale that is generated on the machine, and many kiosks have only "C".
// The format is GNU gettext's: a magic number (either byte order), a
// revision, the number of strings and the offsets of two tables of
// (length, offset) pairs, originals sorted and translations in the same
// order. An original with a context is "context\x04msgid"; a plural entry's
// original is "msgid\0msgid_plural" and its translation the forms, NUL
// separated. Every offset and length is checked against the bytes, so a
// truncated or hostile file is refused with a reason, never read past.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plural_rule.hpp"

namespace attune {

class MessageCatalogue {
public:
    // The translations of `msgid` in `context`: one string, or one per
    // plural form; nothing when the catalogue lacks it or leaves it empty.
    const std::vector<std::string>* find(std::string_view context, std::string_view msgid) const;

    const PluralForms& plural_forms() const { return m_plural_forms; }
    // The header's Language ("de", "fr"), empty when it has none.
    const std::string& language() const { return m_language; }
    std::size_t size() const { return m_entries.size(); }

private:
    std::unordered_map<std::string, std::vector<std::string>> m_entries;  // "context\x04msgid" -> forms
    PluralForms m_plural_forms;
    std::string m_language;
    friend struct MessageCatalogueParse;
};

struct MessageCatalogueParse {
    std::optional<MessageCatalogue> catalogue;
    std::string problem;  // why it was refused, one short clause: "it ends inside string 12"

    static MessageCatalogueParse from_bytes(std::string_view bytes);
};

}  // namespace attune
