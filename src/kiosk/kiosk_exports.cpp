#include "kiosk_exports.hpp"

#include <langinfo.h>
#include <locale.h>

#include <cstdlib>
#include <cstring>

#include "calendar_file.hpp"
#include "export_file.hpp"

namespace attune::kiosk {
namespace {

std::string iso_date(Day day) {
    const std::chrono::year_month_day date{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return text;
}

// The file's name: what it holds and the day, so that a second export on
// another day never takes the place of the first.
std::filesystem::path file_name(HomeExport which, Day today) {
    return which == HomeExport::agreements ? "attune-agreements-" + iso_date(today) + ".pdf"
                                           : "attune-next-conversation-" + iso_date(today) + ".ics";
}

}  // namespace

std::filesystem::path export_folder() {
    std::error_code error;
    for (const char* variable : {"XDG_DOCUMENTS_DIR", "HOME"}) {
        const char* value = std::getenv(variable);
        if (value && *value && std::filesystem::is_directory(value, error)) return value;
    }
    return std::filesystem::current_path(error);
}

exporting::Paper locale_paper() {
    // glibc says the paper's height in millimetres: 279 is Letter's. The
    // number is a word stored in the returned pointer's place (a union, as
    // glibc's own `locale -k` reads it); the rest of the pointer is not
    // part of it.
    const locale_t paper = newlocale(LC_PAPER_MASK, "", static_cast<locale_t>(nullptr));
    if (paper == static_cast<locale_t>(nullptr)) return exporting::Paper::a4;
    const char* item = nl_langinfo_l(_NL_PAPER_HEIGHT, paper);
    unsigned int height = 0;
    std::memcpy(&height, &item, sizeof height);
    freelocale(paper);
    return height == 279 ? exporting::Paper::letter : exporting::Paper::a4;
}

ExportResult export_from_kiosk(HomeExport which, const ExportSource& source, const std::filesystem::path& folder,
                               const Words& words) {
    const std::filesystem::path file = folder / file_name(which, source.today);
    try {
        if (which == HomeExport::agreements) {
            exporting::AgreementsPdf options;
            options.paper = locale_paper();
            options.language = source.language;
            options.names = source.names;
            options.font_folder = source.font_folder;
            options.today = source.today;
            exporting::write_export(file, exporting::agreements_pdf(source.ledger, options));
        } else {
            const auto text = source.next ? exporting::calendar_text(*source.next, source.now_unix_ms, source.language)
                                          : std::nullopt;
            if (!text) return ExportResult{false, words.export_no_day};
            exporting::write_export(file, *text);
        }
    } catch (const exporting::ExportError&) {
        return ExportResult{false, words.export_not_written};
    }
    return ExportResult{true, file.string()};
}

}  // namespace attune::kiosk
