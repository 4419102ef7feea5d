#pragma once
// Files a couple takes home from the kiosk, only when both asked: their
// agreements on paper (PDF) and their next conversation for their calendars
// (iCalendar). An export is the only plaintext that ever leaves the space,
// so the screen says where it goes before it is written.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "agreement_ledger.hpp"
#include "agreements_pdf.hpp"
#include "calendar.hpp"
#include "home.hpp"
#include "space_records.hpp"
#include "words.hpp"

namespace attune::kiosk {

// Where a file goes: $XDG_DOCUMENTS_DIR when it names a folder, else the home
// folder, else the working folder.
std::filesystem::path export_folder();

// A4, unless the locale's paper (LC_PAPER) is Letter.
exporting::Paper locale_paper();

// What an export is made of, read from the open space when both asked.
struct ExportSource {
    space::AgreementLedger ledger;
    std::optional<space::NextConversation> next;  // the latest answer when to meet next
    std::array<std::string, 2> names;
    std::string language = "en";
    Day today{};
    std::int64_t now_unix_ms = 0;
    std::filesystem::path font_folder;
};

struct ExportResult {
    bool written = false;
    std::string said;  // written: the file's path; not: why, calmly
};

// Writes the file into `folder`, whole or not at all.
ExportResult export_from_kiosk(HomeExport which, const ExportSource& source, const std::filesystem::path& folder,
                               const Words& words);

}  // namespace attune::kiosk
