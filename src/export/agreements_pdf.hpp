#pragma once
// The couple's agreements on paper: a PDF of the agreements in force, each
// with its prompt, its review dates and its whole history (every wording,
// every review), then the ones let go. Real text in the bundled font
// (Inter), so that it can be selected, searched and read aloud; A4 or
// Letter; long words and texts wrapped, as many pages as it takes.
#include <array>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "agreement_ledger.hpp"
#include "calendar.hpp"

namespace attune::exporting {

enum class Paper { a4, letter };

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct AgreementsPdf {
    Paper paper = Paper::a4;
    std::string language = "en";        // of the words around the agreements
    std::array<std::string, 2> names;   // the partners, by seat, for their ratings
    std::filesystem::path font_folder;  // holds Inter-Regular.otf and Inter-Bold.otf
    Day today{};                        // the day it is printed
};

// The PDF's bytes. Throws ExportError when a font cannot be read or Cairo
// cannot make the document.
std::string agreements_pdf(const space::AgreementLedger& ledger, const AgreementsPdf& options);

}  // namespace attune::exporting
