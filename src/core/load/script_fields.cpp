#include "script_fields.hpp"

#include <cassert>
#include <cstdint>

#include "duration.hpp"
#include "period_text.hpp"
#include "suggest.hpp"
#include "utf8.hpp"

namespace attune::script_fields {
namespace {

bool is_whole_number_text(std::string_view text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    if (text.empty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// The value of a whole-number text, clamped to a range far beyond any
// sensible setting so that huge numbers cannot overflow.
std::int64_t whole_number_value(std::string_view text) {
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    std::int64_t value = 0;
    for (char c : text) {
        value = value * 10 + (c - '0');
        if (value > 1'000'000'000) break;
    }
    return negative ? -value : value;
}

}  // namespace

void Reporter::error(SourcePos pos, std::string message) {
    m_diagnostics.push_back(Diagnostic{m_file, pos, Severity::error, std::move(message)});
    ++m_error_count;
}

void Reporter::warning(SourcePos pos, std::string message) {
    m_diagnostics.push_back(Diagnostic{m_file, pos, Severity::warning, std::move(message)});
}

std::string list_words(const std::vector<std::string>& words, std::string_view last_joint) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " " + std::string(last_joint) + " " : ", ";
        out += in_quotes(words[i]);
    }
    return out;
}

std::vector<std::string> key_names(const script_format::MapFormat& format) {
    std::vector<std::string> names;
    names.reserve(format.keys.size());
    for (const script_format::KeyFormat& key : format.keys) names.emplace_back(key.name);
    return names;
}

void MapFields::check_keys() const {
    for (const yaml::MapEntry& entry : m_map.entries) {
        bool is_known = false;
        for (const script_format::KeyFormat& key : m_format.keys) is_known = is_known || entry.key.text == key.name;
        if (is_known) continue;
        const std::vector<std::string> known = key_names(m_format);
        const std::string hint = did_you_mean(entry.key.text, known);
        m_reporter.error(entry.key.pos, "unknown key " + in_quotes(utf8::shorten(entry.key.text, 40)) + " in " +
                                            m_name + (hint.empty() ? "; expected one of " + list_words(known) : hint));
    }
}

const Node* MapFields::value(std::string_view key) const {
    const script_format::KeyFormat& format = script_format::key_format(m_format, key);
    return format.presence == script_format::Presence::required ? required(key, format.expected) : optional(key);
}

std::optional<std::string> MapFields::text(std::string_view key) const {
    const script_format::KeyFormat& format = script_format::key_format(m_format, key);
    assert(format.type == script_format::ValueType::text || format.type == script_format::ValueType::name);
    const Node* node = value(key);
    if (!node) return std::nullopt;
    return format.type == script_format::ValueType::name ? read_name(*node, key, m_reporter)
                                                         : read_text(*node, key, m_reporter);
}

std::optional<std::vector<std::string>> MapFields::text_list(std::string_view key) const {
    assert(script_format::key_format(m_format, key).type == script_format::ValueType::text_list);
    const Node* node = value(key);
    return node ? read_text_list(*node, key, m_reporter) : std::nullopt;
}

std::optional<Seconds> MapFields::duration(std::string_view key) const {
    assert(script_format::key_format(m_format, key).type == script_format::ValueType::duration);
    const Node* node = value(key);
    return node ? read_duration(*node, key, m_reporter) : std::nullopt;
}

std::optional<Period> MapFields::period(std::string_view key) const {
    assert(script_format::key_format(m_format, key).type == script_format::ValueType::period);
    const Node* node = value(key);
    return node ? read_period(*node, key, m_reporter) : std::nullopt;
}

std::optional<int> MapFields::whole_number(std::string_view key, std::optional<int> high) const {
    const script_format::KeyFormat& format = script_format::key_format(m_format, key);
    assert(format.type == script_format::ValueType::whole_number);
    const Node* node = value(key);
    if (!node) return std::nullopt;
    return read_whole_number(*node, key, format.low, high.value_or(format.high), m_reporter);
}

std::optional<bool> MapFields::boolean(std::string_view key) const {
    assert(script_format::key_format(m_format, key).type == script_format::ValueType::boolean);
    const Node* node = value(key);
    return node ? read_bool(*node, key, m_reporter) : std::nullopt;
}

std::optional<std::size_t> MapFields::word(std::string_view key) const {
    const script_format::KeyFormat& format = script_format::key_format(m_format, key);
    assert(format.type == script_format::ValueType::word);
    const Node* node = value(key);
    if (!node) return std::nullopt;
    const std::vector<std::string> words(format.words.begin(), format.words.end());
    return read_word(*node, key, words, m_reporter);
}

const Node* MapFields::optional(std::string_view key) const {
    const Node* value = m_map.value_of(key);
    return value && !value->is_null() ? value : nullptr;
}

const Node* MapFields::required(std::string_view key, std::string_view expected) const {
    const yaml::MapEntry* entry = m_map.find(key);
    if (!entry) {
        m_reporter.error(m_anchor, m_name + " is missing " + in_quotes(key) + " (" + std::string(expected) + ")");
        return nullptr;
    }
    if (entry->value.is_null()) {
        m_reporter.error(entry->key.pos, in_quotes(key) + " has no value; expected " + std::string(expected));
        return nullptr;
    }
    return &entry->value;
}

SourcePos key_position(const Node& map, std::string_view key) {
    const yaml::MapEntry* entry = map.find(key);
    return entry ? entry->key.pos : map.pos;
}

// Block texts (`>` and `|`) keep their final line break in YAML; on screen it
// would show as an empty line, so text ends where its last visible character does.
namespace {
std::string without_trailing_space(std::string text) {
    const auto end = text.find_last_not_of(" \t\r\n");
    text.erase(end == std::string::npos ? 0 : end + 1);
    return text;
}
}  // namespace

std::optional<std::string> read_text(const Node& value, std::string_view key, Reporter& reporter) {
    if (value.is_scalar()) return without_trailing_space(value.text);
    reporter.error(value.pos, in_quotes(key) + " must be a text; found " + yaml::describe(value));
    return std::nullopt;
}

std::optional<std::string> read_name(const Node& value, std::string_view key, Reporter& reporter) {
    auto text = read_text(value, key, reporter);
    if (text && text->find_first_not_of(" \t\n") == std::string::npos) {
        reporter.error(value.pos, in_quotes(key) + " must not be empty");
        return std::nullopt;
    }
    return text;
}

std::optional<std::vector<std::string>> read_text_list(const Node& value, std::string_view key, Reporter& reporter) {
    if (!value.is_sequence()) {
        reporter.error(value.pos, in_quotes(key) +
                                      " must be a list of texts, like [\"I feel…\", "
                                      "\"I need…\"]; found " +
                                      yaml::describe(value));
        return std::nullopt;
    }
    std::vector<std::string> texts;
    bool ok = true;
    for (const Node& item : value.items) {
        if (item.is_scalar()) {
            texts.push_back(without_trailing_space(item.text));
        } else {
            reporter.error(item.pos,
                           "each entry of " + in_quotes(key) + " must be a text; found " + yaml::describe(item));
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return texts;
}

std::optional<Seconds> read_duration(const Node& value, std::string_view key, Reporter& reporter) {
    if (value.is_scalar()) {
        const DurationReading reading = read_duration_text(value.text);
        if (reading.form == DurationForm::valid) return reading.value;
        if (is_whole_number_text(value.text) && whole_number_value(value.text) <= 0) {
            reporter.error(value.pos, in_quotes(key) + " must be longer than zero; found " + value.text);
            return std::nullopt;
        }
        // Written the right way but zero ("0s") or longer than a day ("25h"):
        // say that, not that the form is wrong.
        if (reading.form != DurationForm::malformed) {
            reporter.error(value.pos, in_quotes(key) +
                                          (reading.form == DurationForm::zero ? " must be longer than zero"
                                                                              : " must be at most a day (24h)") +
                                          "; found " + value.text);
            return std::nullopt;
        }
    }
    reporter.error(value.pos, in_quotes(key) +
                                  " must be a duration like 90s, 2m, 1m30s or 1h5m "
                                  "(or whole seconds, like 90); found " +
                                  yaml::describe(value));
    return std::nullopt;
}

std::optional<Period> read_period(const Node& value, std::string_view key, Reporter& reporter) {
    const PeriodReading reading = value.is_scalar() ? read_period_text(value.text) : PeriodReading{};
    switch (reading.form) {
        case PeriodForm::valid:
            return reading.value;
        case PeriodForm::zero:
            reporter.error(value.pos, in_quotes(key) + " must be longer than zero; found " + value.text);
            return std::nullopt;
        case PeriodForm::too_long:
            reporter.error(value.pos, in_quotes(key) + " must be at most a year (52w); found " + value.text);
            return std::nullopt;
        case PeriodForm::bare_number:
            // A number alone could mean days or weeks; say both ways of writing it.
            if (whole_number_value(value.text) > 0) {
                const std::int64_t days = whole_number_value(value.text);
                std::string written = value.text + "d";
                if (days % 7 == 0 && days <= Period::max_days) written += " or " + std::to_string(days / 7) + "w";
                reporter.error(value.pos, in_quotes(key) + " needs a unit, d for days or w for weeks, like " + written +
                                              "; found " + value.text);
                return std::nullopt;
            }
            break;
        case PeriodForm::malformed:
            break;
    }
    std::string hint;
    // Durations write minutes with `m`; a period has no months, so say what a month is in weeks.
    if (value.is_scalar() && !value.text.empty() && value.text[0] >= '0' && value.text[0] <= '9' &&
        value.text.find_first_of("mM") != std::string::npos) {
        hint = " (4w is about a month)";
    }
    reporter.error(value.pos, in_quotes(key) + " must be whole days or weeks, like 3d, 1w or 2w; found " +
                                  yaml::describe(value) + hint);
    return std::nullopt;
}

std::optional<int> read_whole_number(const Node& value, std::string_view key, int low, int high, Reporter& reporter) {
    if (!value.is_scalar() || !is_whole_number_text(value.text)) {
        reporter.error(value.pos, in_quotes(key) + " must be a whole number like " + std::to_string(low < 1 ? 1 : low) +
                                      "; found " + yaml::describe(value));
        return std::nullopt;
    }
    if (value.style == yaml::ScalarStyle::quoted) {
        reporter.error(value.pos, in_quotes(key) + " must be a whole number; found " + yaml::describe(value) +
                                      " in quotes (write it without quotes)");
        return std::nullopt;
    }
    const std::int64_t number = whole_number_value(value.text);
    if (number < low) {
        reporter.error(value.pos,
                       in_quotes(key) + " must be at least " + std::to_string(low) + "; found " + value.text);
        return std::nullopt;
    }
    if (number > high) {
        reporter.error(value.pos, in_quotes(key) + " can be at most " + std::to_string(high) + "; found " + value.text);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<bool> read_bool(const Node& value, std::string_view key, Reporter& reporter) {
    if (value.is_scalar() && value.style == yaml::ScalarStyle::plain) {
        if (value.text == "true") return true;
        if (value.text == "false") return false;
    }
    std::string found = "found " + yaml::describe(value);
    if (value.is_scalar() && value.style == yaml::ScalarStyle::quoted) found += " in quotes";
    reporter.error(value.pos, in_quotes(key) +
                                  " must be true or false (only these two words, "
                                  "without quotes); " +
                                  found);
    return std::nullopt;
}

std::optional<std::size_t> read_word(const Node& value, std::string_view key, const std::vector<std::string>& words,
                                     Reporter& reporter) {
    if (value.is_scalar()) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (value.text == words[i]) return i;
        }
    }
    const std::string hint = value.is_scalar() ? did_you_mean(value.text, words) : std::string{};
    reporter.error(value.pos,
                   in_quotes(key) + " must be " + list_words(words) + "; found " + yaml::describe(value) + hint);
    return std::nullopt;
}

}  // namespace attune::script_fields
