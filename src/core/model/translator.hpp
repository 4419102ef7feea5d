#pragma once
// Looks attune's words up in a gettext catalogue, the way pgettext and
// npgettext do: the English text in the code is the msgid, the field's name
// the context (msgctxt). A catalogue that lacks a text, or has it empty,
// gives the English, so nothing on screen or paper is ever blank. It lives
// in the model because the view (the kiosk's words) and the export (the
// printed agreements, the calendar file) both need it and cannot see each
// other.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "message_catalogue.hpp"

namespace attune {

// A text that depends on a count ("{n} minutes"): every plural form of one
// language and the rule that picks among them.
class PluralText {
public:
    PluralText() = default;
    PluralText(std::vector<std::string> forms, std::shared_ptr<const PluralForms> plural_forms);

    // The form for `n` (a negative count is taken as 0).
    const std::string& for_count(std::int64_t n) const;
    const std::vector<std::string>& forms() const { return m_forms; }

private:
    std::vector<std::string> m_forms;
    std::shared_ptr<const PluralForms> m_plural_forms;
};

class Translator {
public:
    // English: every text is its msgid.
    Translator();
    explicit Translator(std::shared_ptr<const MessageCatalogue> catalogue);

    // "en", or the catalogue's Language header.
    std::string language() const;
    std::string pgettext(std::string_view context, std::string_view msgid) const;
    PluralText npgettext(std::string_view context, std::string_view singular, std::string_view plural) const;

private:
    std::shared_ptr<const MessageCatalogue> m_catalogue;
    std::shared_ptr<const PluralForms> m_plural_forms;
};

}  // namespace attune
