#pragma once
// Reads a theme file (themes/*.yaml) and checks it the way scripts are
// checked: every problem as "FILE:LINE:COLUMN: error: MESSAGE", unknown keys
// with a suggestion. What the file does not name keeps the calm default.
//
//   name: light
//   colors:   { background: "#f6f3ee", text: "#1f2328", ... }   # "#rrggbb", quoted; or none
//   sizes:    { countdown: 0.2, body: 0.04, ... }   # fractions of the screen height
//   spacing:  { margin: 0.065, gap: 0.028, corner: 0.016 }
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "theme.hpp"

namespace attune {

struct ThemeLoad {
    std::optional<Theme> theme;           // set when there is no error
    std::vector<Diagnostic> diagnostics;  // in file order
    bool ok() const { return theme.has_value(); }
};

// `display_name` is what messages call the file.
ThemeLoad load_theme_text(std::string_view text, const std::string& display_name);
ThemeLoad load_theme_file(const std::filesystem::path& path);

// The keys a theme file knows, for documentation and suggestions.
std::vector<std::string> theme_color_keys();
std::vector<std::string> theme_size_keys();
std::vector<std::string> theme_spacing_keys();

}  // namespace attune
