#include "message_catalogue.hpp"

#include "utf8.hpp"

namespace attune {
namespace {

constexpr std::uint32_t mo_magic = 0x950412de;
constexpr std::uint32_t mo_magic_swapped = 0xde120495;
// Far more strings than attune has words; a larger count is a damaged file.
constexpr std::uint32_t max_strings = 100'000;

struct Reader {
    std::string_view bytes;
    bool swapped = false;

    std::optional<std::uint32_t> word(std::size_t offset) const {
        if (offset > bytes.size() || bytes.size() - offset < 4) return std::nullopt;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const auto byte =
                static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(i)]));
            value |= swapped ? byte << (8 * (3 - i)) : byte << (8 * i);
        }
        return value;
    }

    // The string a table's entry `index` points at, or nothing when the
    // entry or the string lies outside the file.
    std::optional<std::string_view> string_at(std::uint32_t table, std::uint32_t index) const {
        const std::size_t entry = static_cast<std::size_t>(table) + 8 * static_cast<std::size_t>(index);
        const auto length = word(entry);
        const auto offset = word(entry + 4);
        if (!length || !offset) return std::nullopt;
        if (*offset > bytes.size() || bytes.size() - *offset < *length) return std::nullopt;
        return bytes.substr(*offset, *length);
    }
};

std::vector<std::string> split_forms(std::string_view text) {
    std::vector<std::string> forms;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\0', start);
        forms.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return forms;
}

// One field of the header ("Plural-Forms", "Language"), trimmed.
std::optional<std::string_view> header_field(std::string_view header, std::string_view name) {
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find('\n', start);
        if (end == std::string_view::npos) end = header.size();
        const std::string_view line = header.substr(start, end - start);
        if (line.size() > name.size() && line.substr(0, name.size()) == name && line[name.size()] == ':') {
            std::string_view value = line.substr(name.size() + 1);
            while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
            return value;
        }
        start = end + 1;
    }
    return std::nullopt;
}

MessageCatalogueParse refused(std::string problem) { return MessageCatalogueParse{std::nullopt, std::move(problem)}; }

}  // namespace

const std::vector<std::string>* MessageCatalogue::find(std::string_view context, std::string_view msgid) const {
    std::string key;
    key.reserve(context.size() + 1 + msgid.size());
    key += context;
    key += '\x04';
    key += msgid;
    const auto found = m_entries.find(key);
    return found == m_entries.end() ? nullptr : &found->second;
}

MessageCatalogueParse MessageCatalogueParse::from_bytes(std::string_view bytes) {
    Reader reader{bytes};
    const auto magic = reader.word(0);
    if (!magic) return refused("it is too short to be a catalogue");
    if (*magic == mo_magic_swapped)
        reader.swapped = true;
    else if (*magic != mo_magic)
        return refused("it is not a compiled gettext catalogue (.mo)");
    const auto revision = reader.word(4);
    const auto count = reader.word(8);
    const auto originals = reader.word(12);
    const auto translations = reader.word(16);
    if (!revision || !count || !originals || !translations) return refused("its header is cut short");
    // Major revisions other than 0 and 1 may change the layout.
    if ((*revision >> 16) > 1) return refused("its format revision is unknown");
    if (*count > max_strings) return refused("it claims more strings than a catalogue holds");

    MessageCatalogue catalogue;
    std::optional<std::string_view> header;
    for (std::uint32_t i = 0; i < *count; ++i) {
        const auto original = reader.string_at(*originals, i);
        const auto translation = reader.string_at(*translations, i);
        if (!original || !translation) return refused("string " + std::to_string(i + 1) + " lies outside the file");
        if (utf8::find_invalid(*original) || utf8::find_invalid(*translation))
            return refused("string " + std::to_string(i + 1) + " is not UTF-8");
        if (original->empty()) {
            header = *translation;
            continue;
        }
        // A plural entry is looked up by its singular.
        const std::string_view key = original->substr(0, original->find('\0'));
        std::vector<std::string> forms = split_forms(*translation);
        bool empty = true;
        for (const std::string& form : forms) empty = empty && form.empty();
        if (!empty) catalogue.m_entries.emplace(std::string{key}, std::move(forms));
    }
    if (header) {
        if (const auto language = header_field(*header, "Language")) catalogue.m_language = std::string{*language};
        if (const auto charset = header_field(*header, "Content-Type");
            charset && charset->find("charset=UTF-8") == std::string_view::npos)
            return refused("its charset is not UTF-8");
        if (const auto plural = header_field(*header, "Plural-Forms")) {
            auto forms = parse_plural_forms(*plural);
            if (!forms) return refused("its Plural-Forms cannot be read");
            catalogue.m_plural_forms = std::move(*forms);
        }
    }
    return MessageCatalogueParse{std::move(catalogue), ""};
}

}  // namespace attune
