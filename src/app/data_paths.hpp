#pragma once
// Where attune finds what it ships (scripts/, themes/) and the user's own
// scripts: ATTUNE_DATA_DIR when set, else relative to the program itself,
// never a path compiled in. An install keeps them in PREFIX/share/attune;
// a build folder holds links to the source tree's folders, next to the
// program.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace attune {

// The folder holding scripts/ and themes/, or nothing when none is found.
std::optional<std::filesystem::path> find_data_dir();

// The compiled translations: data_dir/locale/LANG/LC_MESSAGES/attune.mo.
// They live with the rest of the data rather than in share/locale, so
// that ATTUNE_DATA_DIR and an unpacked copy carry their words along.
std::filesystem::path locale_dir(const std::filesystem::path& data_dir);

// The built-in default script (the daily check-in).
std::filesystem::path default_script_path(const std::filesystem::path& data_dir);

// Whether --theme's value is a name ("light") rather than a file.
bool is_theme_name(const std::string& name_or_file);

// The names of the themes in data_dir/themes, sorted ("calm", "light", ...).
std::vector<std::string> installed_theme_names(const std::filesystem::path& data_dir);

// A theme given as a name ("light") or a file ("my-theme.yaml", "./x").
std::filesystem::path theme_path(const std::string& name_or_file, const std::filesystem::path& data_dir);

}  // namespace attune
