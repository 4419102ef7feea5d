#pragma once
// The scripts a user can pick from: the built-in library, the user's own
// folder and any folder given with --scripts. A script that does not load is
// listed with its errors, never dropped, so its author sees what is wrong.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "script.hpp"

namespace attune {

enum class ScriptOrigin { built_in, user, given };

struct ScriptFolder {
    std::filesystem::path path;
    ScriptOrigin origin = ScriptOrigin::given;
};

struct CatalogEntry {
    std::filesystem::path path;
    ScriptOrigin origin = ScriptOrigin::given;
    std::optional<Script> script;         // set when it loads
    std::vector<Diagnostic> diagnostics;  // errors (and warnings)
    Seconds planned{0};

    // The title, or the file name when the script does not load.
    std::string display_title() const;
};

// Every *.yaml / *.yml entry directly in each folder (one that is not a
// regular file is listed with the reason it cannot be read), sorted by title within a
// folder; folders that do not exist are skipped. Each file is loaded.
std::vector<CatalogEntry> build_catalog(const std::vector<ScriptFolder>& folders);

// The user's own folder: $XDG_CONFIG_HOME/attune/scripts, or
// $HOME/.config/attune/scripts; the values are passed in (the core reads no
// environment).
std::optional<std::filesystem::path> user_script_folder(const char* xdg_config_home, const char* home);

}  // namespace attune
