#pragma once
// The script format as data: for every map a script contains (the top level,
// a partner, settings, pause, an agenda item, each step kind, a choice option)
// a table of its keys with type, default, range and description. The loader
// reads by these tables (allowed keys, "did you mean", required or optional,
// type and range) and `attune --print-schema` writes the JSON Schema from
// them, so that the two cannot drift apart.
#include <array>
#include <span>
#include <string_view>
#include <variant>

#include "script.hpp"

namespace attune::script_format {

// How a key's value is read (and how the schema describes it).
enum class ValueType {
    text,            // any scalar
    name,            // a scalar that is not blank
    duration,        // see duration.hpp
    period,          // days or weeks, see period_text.hpp
    whole_number,    // within [low, high]
    boolean,         // plain true or false
    word,            // one of `words`
    flag_true,       // only `true` (a choice option's `end`)
    text_list,       // a list of texts
    duration_list,   // a list of durations
    partner_id,      // a name that must be one of the partners' ids
    language_tag,    // a BCP 47 tag
    partners,        // exactly two partner maps
    breath_pattern,  // a word of `words`, or a list of 4 phase lengths
    map,             // a nested map described by `nested`
    list_of_maps,    // a non-empty list of maps described by `nested`
    step_list,       // a non-empty list of steps, each described by its StepFormat
};

enum class Presence { optional, required };

struct MapFormat;

struct KeyFormat {
    std::string_view name;
    ValueType type;
    Presence presence = Presence::optional;
    // For a required key: what belongs there, as the "is missing" message says it.
    std::string_view expected = {};
    // The default as a script would write it (`20m`, `[1m, 15s]`, `true`);
    // empty when the default is not a value (then `default_note` says it).
    std::string_view default_value = {};
    std::string_view default_note = {};
    int low = 0;  // whole numbers and breathing phases
    int high = 0;
    std::span<const std::string_view> words = {};
    const MapFormat* nested = nullptr;  // for map and list_of_maps
    std::string_view description = {};
};

struct MapFormat {
    std::string_view schema_name;  // the name of its JSON Schema definition
    std::string_view description;
    std::span<const KeyFormat> keys;
    // Keys of which exactly one must be given (a choice option's goto and end).
    std::span<const std::string_view> exactly_one_of = {};
};

struct StepFormat {
    StepKind kind;
    std::string_view name;
    std::string_view example;  // shown when the options are not a map
    const MapFormat* options;
    // The key a plain text stands for (`say: Hello` means `say: {text: Hello}`).
    std::string_view shorthand_key = {};
};

const MapFormat& top_level_format();
const MapFormat& partner_format();
const MapFormat& settings_format();
const MapFormat& pause_format();
const MapFormat& item_format();
const MapFormat& option_format();

inline constexpr std::size_t step_kind_count = std::variant_size_v<StepBody>;
// In the order of StepKind and of StepBody's alternatives (checked at compile time).
std::span<const StepFormat, step_kind_count> step_formats();
const StepFormat& step_format(StepKind kind);

// The key's entry; asking for a key that is not in the table is a bug.
const KeyFormat& key_format(const MapFormat& map, std::string_view key);

}  // namespace attune::script_format
