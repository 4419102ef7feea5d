#include "space_folder.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace attune {

namespace fs = std::filesystem;

std::filesystem::path spaces_folder() {
    // The XDG rules: a relative XDG_DATA_HOME is ignored.
    const char* data_home = std::getenv("XDG_DATA_HOME");
    if (data_home != nullptr && data_home[0] == '/') return fs::path(data_home) / "attune" / "spaces";
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] != '/')
        throw std::runtime_error("neither XDG_DATA_HOME nor HOME says where to keep spaces");
    return fs::path(home) / ".local" / "share" / "attune" / "spaces";
}

void prepare_folder(const std::filesystem::path& folder) {
    const fs::path attune = folder.parent_path();
    for (const auto& each : {attune, folder}) {
        if (fs::exists(each)) continue;
        fs::create_directories(each);
        ::chmod(each.c_str(), 0700);
    }
    // The spaces' own folder is private whatever it was before.
    if (::chmod(folder.c_str(), 0700) != 0) throw std::runtime_error(folder.string() + " cannot be made private");
}

}  // namespace attune
