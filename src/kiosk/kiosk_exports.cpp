#include "kiosk_exports.hpp"

#include <cstdlib>

namespace attune::kiosk {

std::filesystem::path export_folder() {
    std::error_code error;
    for (const char* variable : {"XDG_DOCUMENTS_DIR", "HOME"}) {
        const char* value = std::getenv(variable);
        if (value && *value && std::filesystem::is_directory(value, error)) return value;
    }
    return std::filesystem::current_path(error);
}

ExportResult export_from_kiosk(HomeExport which, const HomeData& data, const std::filesystem::path& folder,
                               const Words& words) {
    (void)which;
    (void)data;
    (void)folder;
    return ExportResult{false, words.export_unavailable};
}

}  // namespace attune::kiosk
