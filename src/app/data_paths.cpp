#include "data_paths.hpp"

#include <algorithm>
#include <cstdlib>

namespace attune {
namespace {

bool holds_data(const std::filesystem::path& dir) {
    std::error_code error;
    return std::filesystem::is_directory(dir / "scripts", error) &&
           std::filesystem::is_directory(dir / "themes", error);
}

}  // namespace

std::optional<std::filesystem::path> find_data_dir() {
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("ATTUNE_DATA_DIR"); env && *env) candidates.emplace_back(env);
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto dir = executable.parent_path();
        candidates.push_back(dir / ATTUNE_DATA_FROM_BIN);  // an install: PREFIX/bin -> PREFIX/share/attune
        candidates.push_back(dir);                         // a build folder, or a copy unpacked in one folder
    }
    for (const auto& candidate : candidates)
        if (holds_data(candidate)) return candidate.lexically_normal();
    return std::nullopt;
}

std::filesystem::path locale_dir(const std::filesystem::path& data_dir) { return data_dir / "locale"; }

std::filesystem::path default_script_path(const std::filesystem::path& data_dir) {
    return data_dir / "scripts" / "daily-check-in.yaml";
}

bool is_theme_name(const std::string& name_or_file) {
    const std::filesystem::path given{name_or_file};
    return !given.has_parent_path() && !given.has_extension();
}

std::vector<std::string> installed_theme_names(const std::filesystem::path& data_dir) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(data_dir / "themes", error))
        if (entry.path().extension() == ".yaml") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::filesystem::path theme_path(const std::string& name_or_file, const std::filesystem::path& data_dir) {
    if (!is_theme_name(name_or_file)) return name_or_file;
    return data_dir / "themes" / (name_or_file + ".yaml");
}

}  // namespace attune
