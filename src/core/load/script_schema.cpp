#include "script_schema.hpp"

#include "duration.hpp"
#include "json_writer.hpp"
#include "period_text.hpp"
#include "script_format.hpp"

namespace attune {
namespace {

using json::Array;
using json::Object;
using json::Value;
using script_format::KeyFormat;
using script_format::MapFormat;
using script_format::Presence;
using script_format::ValueType;

constexpr std::string_view schema_description =
    "A conversation script for the attune kiosk: a title, two partners, a pause rule and an agenda of items made of "
    "steps. docs/writing-scripts.md explains every key; `attune --validate FILE` is the final word. An optional key "
    "left empty takes its default, as in the loader. This schema is written by `attune --print-schema` from the "
    "loader's own tables of keys; it checks the shape of a script (keys, kinds, types, enums, duration strings) for "
    "editors and for the schema test. It CANNOT express these checks, which only `attune --validate` makes: every "
    "`goto` names an item `id` that exists; item ids are unique; the two partner ids differ; `speaker`, `listener` "
    "and `first` are ids from `partners`; `pause_at_or_below` is within the check-in's scale; a duration string adds "
    "up to at most one day; a period is at most 52 weeks; YAML-level rules (no anchors or aliases, no tags, no "
    "duplicate keys, one document, at "
    "most 1 MiB, valid UTF-8 without control characters, no tab indentation, lines of at most 10,000 characters; "
    "schema/check.mjs checks the first five); and the warnings (very short turns or cool-downs, characters no "
    "bundled font can draw, goto loops with no way out, check-ins that share a track on different scales).";

// The loader's plausibility check of a BCP 47 tag (script_loader.cpp), as a pattern.
constexpr std::string_view language_tag_pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
constexpr int language_tag_max_length = 35;

Value reference(std::string_view definition) { return Object{{"$ref", "#/definitions/" + std::string(definition)}}; }

const Value& left_empty() {
    static const Value value = Object{{"type", "null"}, {"description", "Left empty: the default applies."}};
    return value;
}

// A default as a script writes it (`3`, `true`, `20m`, `[1m, 15s]`) as JSON.
Value default_json(std::string_view text) {
    if (text == "true" || text == "false") return text == "true";
    if (text.find_first_not_of("0123456789") == std::string_view::npos) return std::stoi(std::string(text));
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
        Array items;
        std::string_view rest = text.substr(1, text.size() - 2);
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            items.push_back(default_json(rest.substr(0, comma)));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        }
        return items;
    }
    return text;
}

Array words_of(const KeyFormat& key) { return Array(key.words.begin(), key.words.end()); }

Value object_schema(const MapFormat& map, bool with_description);

Value breath_pattern_schema(const KeyFormat& key) {
    auto phase = [&key](int low, std::string_view description) {
        return Value(
            Object{{"type", "integer"}, {"minimum", low}, {"maximum", key.high}, {"description", description}});
    };
    const Value words = Object{{"type", "string"}, {"enum", words_of(key)}};
    const Value phases = Object{
        {"type", "array"},
        {"minItems", 4},
        {"maxItems", 4},
        {"items", Array{phase(1, "Breathing in, in seconds."), phase(0, "The first hold, in seconds (0 for none)."),
                        phase(1, "Breathing out, in seconds."), phase(0, "The second hold, in seconds (0 for none).")}},
        {"additionalItems", false}};
    return Object{{"anyOf", Array{words, phases}}};
}

// The schema of a key's value, without its description and default.
Value value_schema(const KeyFormat& key) {
    switch (key.type) {
        case ValueType::text:
            return reference("text");
        case ValueType::name:
            return reference("name");
        case ValueType::duration:
            return reference("duration");
        case ValueType::period:
            return reference("period");
        case ValueType::partner_id:
            return reference("partner_id");
        case ValueType::whole_number:
            return Object{{"type", "integer"}, {"minimum", key.low}, {"maximum", key.high}};
        case ValueType::boolean:
            return Object{{"type", "boolean"}};
        case ValueType::word:
            return Object{{"type", "string"}, {"enum", words_of(key)}};
        case ValueType::flag_true:
            return Object{{"const", true}};
        case ValueType::text_list:
            return Object{{"type", "array"}, {"items", reference("text")}};
        case ValueType::duration_list:
            return Object{{"type", "array"}, {"items", reference("duration")}};
        case ValueType::language_tag:
            return Object{
                {"type", "string"}, {"maxLength", language_tag_max_length}, {"pattern", language_tag_pattern}};
        case ValueType::partners:
            return Object{
                {"type", "array"}, {"minItems", 2}, {"maxItems", 2}, {"items", reference(key.nested->schema_name)}};
        case ValueType::breath_pattern:
            return breath_pattern_schema(key);
        case ValueType::map:
            return object_schema(*key.nested, false);
        case ValueType::list_of_maps:
            return Object{{"type", "array"}, {"minItems", 1}, {"items", reference(key.nested->schema_name)}};
        case ValueType::step_list:
            return Object{{"type", "array"}, {"minItems", 1}, {"items", reference("step")}};
    }
    return Object{};
}

std::string kind_list() {
    std::string names;
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        names += (names.empty() ? "" : ", ") + std::string(step.name);
    }
    return names;
}

std::string key_description(const KeyFormat& key) {
    std::string text(key.description);
    if (key.type == ValueType::step_list) text += " The kinds: " + kind_list() + ".";
    if (key.type == ValueType::whole_number) {
        text += " From " + std::to_string(key.low) + " to " + std::to_string(key.high) + ".";
    }
    if (!key.default_value.empty()) text += " Default `" + std::string(key.default_value) + "`.";
    if (!key.default_note.empty()) text += " Default: " + std::string(key.default_note) + ".";
    return text;
}

// A required key's value must be there; an optional one may be left empty.
Value key_schema(const KeyFormat& key) {
    Object schema{{"description", key_description(key)}};
    if (!key.default_value.empty()) schema.emplace_back("default", default_json(key.default_value));
    if (key.presence == Presence::required) {
        Value value = value_schema(key);
        for (auto& member : std::get<Object>(value.data)) schema.push_back(std::move(member));
    } else {
        schema.emplace_back("anyOf", Array{value_schema(key), left_empty()});
    }
    return schema;
}

bool is_one_of(const MapFormat& map, std::string_view key) {
    for (std::string_view name : map.exactly_one_of) {
        if (name == key) return true;
    }
    return false;
}

Array required_keys(const MapFormat& map) {
    Array names;
    for (const KeyFormat& key : map.keys) {
        if (key.presence == Presence::required) names.emplace_back(key.name);
    }
    return names;
}

Value object_schema(const MapFormat& map, bool with_description) {
    Object schema;
    if (with_description) schema.emplace_back("description", map.description);
    if (map.exactly_one_of.empty()) {
        Object properties;
        for (const KeyFormat& key : map.keys) properties.emplace_back(std::string(key.name), key_schema(key));
        schema.emplace_back("type", "object");
        Array required = required_keys(map);
        if (!required.empty()) schema.emplace_back("required", std::move(required));
        schema.emplace_back("additionalProperties", false);
        schema.emplace_back("properties", std::move(properties));
        return schema;
    }
    // One object per key of the group: that key is required, the others may
    // only be left empty (the loader reads an empty value as absent).
    Array branches;
    for (std::string_view chosen : map.exactly_one_of) {
        Array required = required_keys(map);
        required.emplace_back(chosen);
        Object properties;
        for (const KeyFormat& key : map.keys) {
            if (key.name == chosen) {
                KeyFormat as_required = key;
                as_required.presence = Presence::required;
                properties.emplace_back(std::string(key.name), key_schema(as_required));
            } else if (is_one_of(map, key.name)) {
                properties.emplace_back(
                    std::string(key.name),
                    Object{{"description", "Left empty, as if absent: this option uses `" + std::string(chosen) + "`."},
                           {"type", "null"}});
            } else {
                properties.emplace_back(std::string(key.name), key_schema(key));
            }
        }
        branches.push_back(Object{{"type", "object"},
                                  {"required", std::move(required)},
                                  {"additionalProperties", false},
                                  {"properties", std::move(properties)}});
    }
    schema.emplace_back("oneOf", std::move(branches));
    return schema;
}

Value step_schema() {
    Array kinds;
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        Value kind = reference(step.name);
        std::get<Object>(kind.data).emplace_back("description", step.options->description);
        kinds.push_back(Object{{"type", "object"},
                               {"required", Array{step.name}},
                               {"additionalProperties", false},
                               {"properties", Object{{std::string(step.name), std::move(kind)}}}});
    }
    return Object{{"description", "One step: a map with exactly one kind key (" + kind_list() +
                                      ") whose value holds the step's options."},
                  {"oneOf", std::move(kinds)}};
}

// A kind's options; a kind with a shorthand also takes a plain text, and one
// without required options may be left empty.
Value kind_schema(const script_format::StepFormat& step) {
    Value options = object_schema(*step.options, step.shorthand_key.empty());
    if (step.shorthand_key.empty() && required_keys(*step.options).empty()) {
        // Every option has a default, so the kind may stand alone (`- review:`), as in the loader.
        return Object{{"description", step.options->description},
                      {"anyOf", Array{std::move(options),
                                      Object{{"type", "null"},
                                             {"description", "Written alone: every option takes its default."}}}}};
    }
    if (step.shorthand_key.empty()) return options;
    const KeyFormat& shorthand = script_format::key_format(*step.options, step.shorthand_key);
    return Object{{"description", step.options->description}, {"anyOf", Array{value_schema(shorthand), options}}};
}

Object definitions() {
    Object out;
    out.emplace_back("text", Object{{"description",
                                     "Any text. A plain number or true/false is read as its text too. A required key "
                                     "left empty counts as missing; an optional key left empty takes its default."},
                                    {"type", Array{"string", "number", "boolean"}}});
    out.emplace_back("name", Object{{"description",
                                     "A text that is not empty or only spaces (titles, ids, names). A plain number or "
                                     "true/false is read as its text too."},
                                    {"type", Array{"string", "number", "boolean"}},
                                    {"pattern", "[^ \\t\\n]"}});
    std::string units;
    for (const DurationUnit& unit : duration_units) units += (units.empty() ? "" : ", ") + std::string(1, unit.symbol);
    out.emplace_back(
        "duration",
        Object{
            {"description", "A duration: a whole number of seconds (`90`) or one to three parts in the order " + units +
                                ", each at most once: `1h`, `20m`, `90s`, `1m30s`, `1h5m`. Zero is an error; at "
                                "most one day."},
            {"anyOf", Array{Object{{"type", "integer"}, {"minimum", 1}, {"maximum", max_duration_seconds}},
                            Object{{"type", "string"}, {"pattern", duration_pattern()}}}},
            {"examples", Array{90, "20m", "1m30s", "1h5m"}}});
    out.emplace_back("period",
                     Object{{"description",
                             "A period, for what is days apart (reviews, the next conversation): a whole number of "
                             "days (`d`) or weeks (`w`) in one part, like `3d`, `1w`, `2w` or `30d`. Zero, other units "
                             "and a number without its unit are errors; at most `52w`."},
                            {"type", "string"},
                            {"pattern", period_pattern()},
                            {"examples", Array{"3d", "1w", "2w", "30d"}}});
    out.emplace_back("partner_id", Object{{"description", "A partner id from `partners` (default `a` or `b`)."},
                                          {"$ref", "#/definitions/name"}});
    out.emplace_back("partner", object_schema(script_format::partner_format(), true));
    out.emplace_back("item", object_schema(script_format::item_format(), true));
    out.emplace_back("step", step_schema());
    for (const script_format::StepFormat& step : script_format::step_formats()) {
        out.emplace_back(std::string(step.name), kind_schema(step));
    }
    out.emplace_back("option", object_schema(script_format::option_format(), true));
    return out;
}

}  // namespace

std::string script_schema_json() {
    const MapFormat& top = script_format::top_level_format();
    Object properties;
    for (const KeyFormat& key : top.keys) properties.emplace_back(std::string(key.name), key_schema(key));
    const Value schema = Object{{"$schema", "http://json-schema.org/draft-07/schema#"},
                                {"title", "attune conversation script"},
                                {"description", schema_description},
                                {"type", "object"},
                                {"required", required_keys(top)},
                                {"additionalProperties", false},
                                {"properties", std::move(properties)},
                                {"definitions", definitions()}};
    return json::write(schema);
}

}  // namespace attune
