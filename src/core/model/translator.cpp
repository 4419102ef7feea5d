#include "translator.hpp"

namespace attune {

PluralText::PluralText(std::vector<std::string> forms, std::shared_ptr<const PluralForms> plural_forms)
    : m_forms(std::move(forms)), m_plural_forms(std::move(plural_forms)) {}

const std::string& PluralText::for_count(std::int64_t n) const {
    static const std::string nothing;
    if (m_forms.empty()) return nothing;
    const auto count = static_cast<std::uint64_t>(n < 0 ? 0 : n);
    const std::size_t form = m_plural_forms ? m_plural_forms->form_for(count) : (count == 1 ? 0 : 1);
    return m_forms[form < m_forms.size() ? form : m_forms.size() - 1];
}

Translator::Translator() : m_plural_forms(std::make_shared<PluralForms>()) {}

Translator::Translator(std::shared_ptr<const MessageCatalogue> catalogue)
    : m_catalogue(std::move(catalogue)),
      m_plural_forms(m_catalogue ? std::make_shared<PluralForms>(m_catalogue->plural_forms())
                                 : std::make_shared<PluralForms>()) {}

std::string Translator::language() const {
    if (!m_catalogue || m_catalogue->language().empty()) return "en";
    return m_catalogue->language();
}

std::string Translator::pgettext(std::string_view context, std::string_view msgid) const {
    if (m_catalogue)
        if (const auto* forms = m_catalogue->find(context, msgid); forms && !forms->front().empty())
            return forms->front();
    return std::string{msgid};
}

PluralText Translator::npgettext(std::string_view context, std::string_view singular, std::string_view plural) const {
    if (m_catalogue) {
        const auto* forms = m_catalogue->find(context, singular);
        // A translation with fewer forms than its own rule names is incomplete.
        bool complete = forms && forms->size() >= m_plural_forms->count;
        if (complete)
            for (const std::string& form : *forms) complete = complete && !form.empty();
        if (complete) return PluralText{*forms, m_plural_forms};
    }
    return PluralText{{std::string{singular}, std::string{plural}}, std::make_shared<PluralForms>()};
}

}  // namespace attune
