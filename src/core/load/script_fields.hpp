#pragma once
// Typed reading of YAML values for the script loader. Every reader reports
// what it expected and what it found at the offending value, and returns
// nothing on error so that checking can go on with the rest of the file.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "period.hpp"
#include "script_format.hpp"
#include "time.hpp"
#include "yaml_tree.hpp"

namespace attune::script_fields {

using yaml::Node;

// Collects errors and warnings for one file.
class Reporter {
public:
    explicit Reporter(std::string file) : m_file(std::move(file)) {}
    void error(SourcePos pos, std::string message);
    void warning(SourcePos pos, std::string message);
    bool has_errors() const { return m_error_count > 0; }
    // Lets a reader tell whether its own part added errors.
    std::size_t error_count() const { return m_error_count; }
    std::vector<Diagnostic> take() { return std::move(m_diagnostics); }

private:
    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
    std::size_t m_error_count = 0;
};

// One YAML map being read by its table of keys (script_format.hpp). `name`
// is how messages call it ("the turn step", "pause"); `anchor` is where its
// missing keys are reported (the key that holds the map, or the map itself).
class MapFields {
public:
    MapFields(const Node& map, SourcePos anchor, std::string name, const script_format::MapFormat& format,
              Reporter& reporter)
        : m_map(map), m_anchor(anchor), m_name(std::move(name)), m_format(format), m_reporter(reporter) {}

    // Reports every key the table does not list, suggesting the closest one.
    void check_keys() const;

    // The value of `key`, or nullptr. An optional key absent or left empty
    // takes its default; a required one is reported as missing (with what
    // the table says belongs there).
    const Node* value(std::string_view key) const;

    // Typed reads by the table's type and range; nothing when the key is
    // absent or its value is wrong (then the problem has been reported).
    std::optional<std::string> text(std::string_view key) const;
    std::optional<std::vector<std::string>> text_list(std::string_view key) const;
    std::optional<Seconds> duration(std::string_view key) const;
    std::optional<Period> period(std::string_view key) const;
    // `high` narrows the table's upper bound (a threshold within the scale).
    std::optional<int> whole_number(std::string_view key, std::optional<int> high = std::nullopt) const;
    std::optional<bool> boolean(std::string_view key) const;
    // The index of the word in the table's list of words.
    std::optional<std::size_t> word(std::string_view key) const;

    const Node& map() const { return m_map; }
    const std::string& name() const { return m_name; }
    SourcePos anchor() const { return m_anchor; }
    Reporter& reporter() const { return m_reporter; }
    const script_format::MapFormat& format() const { return m_format; }

private:
    const Node* optional(std::string_view key) const;
    const Node* required(std::string_view key, std::string_view expected) const;

    const Node& m_map;
    SourcePos m_anchor;
    std::string m_name;
    const script_format::MapFormat& m_format;
    Reporter& m_reporter;
};

// The names of a table's keys, in its order (for messages).
std::vector<std::string> key_names(const script_format::MapFormat& format);

// Where a key stands (for messages about the key rather than its value).
SourcePos key_position(const Node& map, std::string_view key);

// Any scalar, as text; lists and maps are refused.
std::optional<std::string> read_text(const Node& value, std::string_view key, Reporter& reporter);
// A non-empty text (ids, names).
std::optional<std::string> read_name(const Node& value, std::string_view key, Reporter& reporter);
// A list of texts.
std::optional<std::vector<std::string>> read_text_list(const Node& value, std::string_view key, Reporter& reporter);
// "90", "20m", "1m30s", "1h5m"; longer than zero.
std::optional<Seconds> read_duration(const Node& value, std::string_view key, Reporter& reporter);
// "3d", "2w", "30d"; longer than zero, at most 52 weeks.
std::optional<Period> read_period(const Node& value, std::string_view key, Reporter& reporter);
// A plain whole number within [low, high].
std::optional<int> read_whole_number(const Node& value, std::string_view key, int low, int high, Reporter& reporter);
// Plain `true` or `false` only.
std::optional<bool> read_bool(const Node& value, std::string_view key, Reporter& reporter);
// One of `words`; returns its index.
std::optional<std::size_t> read_word(const Node& value, std::string_view key, const std::vector<std::string>& words,
                                     Reporter& reporter);

// "a, b or c" with quotes, for messages.
std::string list_words(const std::vector<std::string>& words, std::string_view last_joint = "or");

}  // namespace attune::script_fields
