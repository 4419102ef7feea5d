#include "theme_loader.hpp"

#include <algorithm>
#include <charconv>

#include "diagnostics_limit.hpp"
#include "suggest.hpp"
#include "yaml_tree.hpp"

namespace attune {
namespace {

struct ColorField {
    const char* key;
    Color Theme::*member;
};

struct NumberField {
    const char* key;
    float Theme::*member;
    float min;  // exclusive when `min_exclusive`
    float max;  // inclusive
    bool min_exclusive;
};

constexpr ColorField color_fields[] = {
    {"background", &Theme::background},
    {"surface", &Theme::surface},
    {"text", &Theme::text},
    {"muted_text", &Theme::muted_text},
    {"left_partner", &Theme::left_partner},
    {"right_partner", &Theme::right_partner},
    {"accent", &Theme::accent},
    {"warning", &Theme::warning},
    {"overtime", &Theme::overtime},
    {"pause_background", &Theme::pause_background},
    {"pause_accent", &Theme::pause_accent},
    {"button_fill", &Theme::button_fill},
    {"button_text", &Theme::button_text},
    {"primary_fill", &Theme::primary_fill},
    {"primary_text", &Theme::primary_text},
    {"chosen_outline", &Theme::chosen_outline},
    {"button_outline", &Theme::button_outline},
};

// Type larger than half the screen could not show a countdown and a name.
constexpr NumberField size_fields[] = {
    {"countdown", &Theme::countdown_size, 0.0f, 0.5f, true}, {"floor", &Theme::floor_size, 0.0f, 0.5f, true},
    {"title", &Theme::title_size, 0.0f, 0.5f, true},         {"heading", &Theme::heading_size, 0.0f, 0.5f, true},
    {"body", &Theme::body_size, 0.0f, 0.5f, true},           {"small", &Theme::small_size, 0.0f, 0.5f, true},
    {"button", &Theme::button_size, 0.0f, 0.5f, true},
};

constexpr NumberField spacing_fields[] = {
    {"margin", &Theme::margin, 0.0f, 0.25f, false},
    {"gap", &Theme::gap, 0.0f, 0.2f, false},
    {"corner", &Theme::corner, 0.0f, 0.1f, false},
};

const std::vector<std::string> top_level_keys{"name", "colors", "sizes", "spacing"};

template <typename Field, std::size_t N>
std::vector<std::string> keys_of(const Field (&fields)[N]) {
    std::vector<std::string> keys;
    for (const auto& field : fields) keys.emplace_back(field.key);
    return keys;
}

class ThemeChecker {
public:
    explicit ThemeChecker(std::string file) : m_file(std::move(file)) {}

    void check_root(const yaml::Node& root, Theme& theme) {
        if (root.is_null()) {
            // An empty file has no node to point at; its first place is 1:1.
            error(SourcePos{1, 1}, "the theme file is empty; name at least one of colors, sizes, spacing");
            return;
        }
        if (!root.is_map()) {
            error(root.pos,
                  "a theme is a map with the keys name, colors, sizes and spacing, not " + yaml::describe(root));
            return;
        }
        for (const auto& entry : root.entries) {
            const std::string& key = entry.key.text;
            if (key == "name") {
                check_name(entry.value, theme);
            } else if (key == "colors") {
                check_colors(entry.value, theme);
            } else if (key == "sizes") {
                check_numbers(entry, size_fields, theme, "a size is a fraction of the screen height, such as 0.04");
            } else if (key == "spacing") {
                check_numbers(entry, spacing_fields, theme, "spacing is a fraction of the screen height, such as 0.03");
            } else {
                error(entry.key.pos,
                      "unknown key " + in_quotes(key) + " in a theme" + did_you_mean(key, top_level_keys));
            }
        }
    }

    std::vector<Diagnostic> take_diagnostics() { return std::move(m_diagnostics); }

private:
    void error(SourcePos pos, std::string message) {
        m_diagnostics.push_back(Diagnostic{m_file, pos, Severity::error, std::move(message)});
    }

    void check_name(const yaml::Node& value, Theme& theme) {
        if (!value.is_scalar() || value.text.empty()) {
            error(value.pos, "'name' is the theme's name as text, not " + yaml::describe(value));
            return;
        }
        theme.name = value.text;
    }

    void check_colors(const yaml::Node& value, Theme& theme) {
        if (!value.is_map()) {
            error(value.pos, "'colors' is a map of colour names to \"#rrggbb\" values, not " + yaml::describe(value));
            return;
        }
        static const std::vector<std::string> known = keys_of(color_fields);
        for (const auto& entry : value.entries) {
            const auto field = std::find_if(std::begin(color_fields), std::end(color_fields),
                                            [&](const ColorField& f) { return entry.key.text == f.key; });
            if (field == std::end(color_fields)) {
                error(entry.key.pos,
                      "unknown colour " + in_quotes(entry.key.text) + did_you_mean(entry.key.text, known));
                continue;
            }
            check_color(entry, theme.*(field->member));
        }
    }

    void check_color(const yaml::MapEntry& entry, Color& out) {
        const yaml::Node& value = entry.value;
        if (value.is_null()) {
            // The usual cause: `text: #ffffff` without quotes, where '#' starts a comment.
            error(entry.key.pos, "the colour " + in_quotes(entry.key.text) +
                                     " has no value; write it in quotes, e.g. \"#1b1f24\" "
                                     "(without quotes, # starts a comment)");
            return;
        }
        if (value.is_scalar() && value.text == "none") {
            out = Color{0, 0, 0, 0};  // transparent: not drawn
            return;
        }
        if (!value.is_scalar() || !parse_color(value.text, out)) {
            error(value.pos, yaml::describe(value) +
                                 " is not a colour; write \"#rrggbb\" with six "
                                 "hexadecimal digits, in quotes (or none)");
        }
    }

    template <std::size_t N>
    void check_numbers(const yaml::MapEntry& section, const NumberField (&fields)[N], Theme& theme,
                       const std::string& explanation) {
        const std::string& name = section.key.text;
        const yaml::Node& value = section.value;
        if (!value.is_map()) {
            error(value.pos, in_quotes(name) + " is a map of names to numbers, not " + yaml::describe(value));
            return;
        }
        const std::vector<std::string> known = keys_of(fields);
        for (const auto& entry : value.entries) {
            const auto field = std::find_if(std::begin(fields), std::end(fields),
                                            [&](const NumberField& f) { return entry.key.text == f.key; });
            if (field == std::end(fields)) {
                error(entry.key.pos, "unknown key " + in_quotes(entry.key.text) + " in " + in_quotes(name) +
                                         did_you_mean(entry.key.text, known));
                continue;
            }
            check_number(entry, *field, theme, explanation);
        }
    }

    void check_number(const yaml::MapEntry& entry, const NumberField& field, Theme& theme,
                      const std::string& explanation) {
        const yaml::Node& value = entry.value;
        const SourcePos where = value.is_null() ? entry.key.pos : value.pos;
        double number = 0;
        const bool is_number =
            value.is_scalar() && value.style == yaml::ScalarStyle::plain && parse_number(value.text, number);
        if (!is_number) {
            error(where,
                  in_quotes(entry.key.text) + " must be a number, not " + yaml::describe(value) + "; " + explanation);
            return;
        }
        const bool too_small = field.min_exclusive ? number <= field.min : number < field.min;
        if (too_small || number > field.max) {
            const std::string low = field.min_exclusive ? "above 0" : "from 0";
            error(where, in_quotes(entry.key.text) + " is " + value.text + "; it must be " + low + " up to " +
                             format_limit(field.max) + " (" + explanation + ")");
            return;
        }
        theme.*(field.member) = static_cast<float>(number);
    }

    static bool parse_number(const std::string& text, double& out) {
        const char* first = text.data();
        const char* last = text.data() + text.size();
        const auto result = std::from_chars(first, last, out, std::chars_format::fixed);
        return result.ec == std::errc{} && result.ptr == last;
    }

    static std::string format_limit(float value) {
        std::string text = std::to_string(value);
        while (text.size() > 1 && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
        return text;
    }

    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
};

ThemeLoad check_parsed(yaml::YamlParse parsed, const std::string& display_name) {
    ThemeLoad load;
    load.diagnostics = std::move(parsed.diagnostics);
    if (!parsed.tree_complete) return load;
    Theme theme;
    ThemeChecker checker(display_name);
    checker.check_root(parsed.root, theme);
    for (auto& diagnostic : checker.take_diagnostics()) load.diagnostics.push_back(std::move(diagnostic));
    std::stable_sort(load.diagnostics.begin(), load.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
    cap_diagnostics(load.diagnostics, display_name);
    if (!has_errors(load.diagnostics)) load.theme = std::move(theme);
    return load;
}

}  // namespace

ThemeLoad load_theme_text(std::string_view text, const std::string& display_name) {
    return check_parsed(yaml::parse_yaml(text, display_name), display_name);
}

ThemeLoad load_theme_file(const std::filesystem::path& path) {
    return check_parsed(yaml::parse_yaml_file(path), path.string());
}

std::vector<std::string> theme_color_keys() { return keys_of(color_fields); }
std::vector<std::string> theme_size_keys() { return keys_of(size_fields); }
std::vector<std::string> theme_spacing_keys() { return keys_of(spacing_fields); }

}  // namespace attune
