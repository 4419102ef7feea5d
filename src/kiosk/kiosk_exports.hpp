#pragma once
// Files a couple takes home from the kiosk, only when both asked: their
// agreements on paper (PDF) and their next conversation for their calendars
// (iCalendar). An export is the only plaintext that ever leaves the space,
// so the screen says where it goes before it is written.
#include <filesystem>
#include <optional>
#include <string>

#include "calendar.hpp"
#include "home.hpp"
#include "words.hpp"

namespace attune::kiosk {

// Where a file goes: $XDG_DOCUMENTS_DIR when it names a folder, else the home
// folder, else the working folder.
std::filesystem::path export_folder();

struct ExportResult {
    bool written = false;
    std::string said;  // written: the file's path; not: why, calmly
};

// Writes the file. The PDF and iCalendar writers are the space's export
// library, which is not merged into this branch yet: until then nothing is
// written and the screen says, calmly, that it is not available yet. After
// the merge this calls those writers with the space's ledger.
ExportResult export_from_kiosk(HomeExport which, const HomeData& data, const std::filesystem::path& folder,
                               const Words& words);

}  // namespace attune::kiosk
