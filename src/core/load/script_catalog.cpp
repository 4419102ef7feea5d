#include "script_catalog.hpp"

#include <algorithm>

#include "plan.hpp"
#include "script_loader.hpp"

namespace attune {

std::string CatalogEntry::display_title() const { return script ? script->title : path.filename().string(); }

std::vector<CatalogEntry> build_catalog(const std::vector<ScriptFolder>& folders) {
    std::vector<CatalogEntry> catalog;
    for (const ScriptFolder& folder : folders) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder.path, error)) continue;
        std::vector<CatalogEntry> entries;
        for (const auto& file : std::filesystem::directory_iterator(folder.path, error)) {
            const auto extension = file.path().extension();
            if (extension != ".yaml" && extension != ".yml") continue;
            // Anything but a regular file (a named pipe, a folder) is listed
            // as not loadable, with the reason, rather than silently skipped.
            CatalogEntry entry;
            entry.path = file.path();
            entry.origin = folder.origin;
            ScriptLoad load = load_script_file(file.path());
            entry.diagnostics = std::move(load.diagnostics);
            if (load.script) {
                entry.planned = planned_time(*load.script);
                entry.script = std::move(load.script);
            }
            entries.push_back(std::move(entry));
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.display_title() < b.display_title(); });
        std::move(entries.begin(), entries.end(), std::back_inserter(catalog));
    }
    return catalog;
}

std::optional<std::filesystem::path> user_script_folder(const char* xdg_config_home, const char* home) {
    // The XDG base directory spec: a relative XDG_CONFIG_HOME is to be ignored.
    if (xdg_config_home && *xdg_config_home && xdg_config_home[0] == '/')
        return std::filesystem::path{xdg_config_home} / "attune" / "scripts";
    if (home && *home) return std::filesystem::path{home} / ".config" / "attune" / "scripts";
    return std::nullopt;
}

}  // namespace attune
