#pragma once
// Writing an export: the whole file or nothing. The bytes go to a new file
// beside the target, are flushed to disk, and only then take its name, so
// that a full disk or a crash never leaves half a PDF behind.
#include <filesystem>
#include <string_view>

namespace attune::exporting {

// Throws ExportError (agreements_pdf.hpp) with one sentence when it cannot.
void write_export(const std::filesystem::path& file, std::string_view bytes);

}  // namespace attune::exporting
