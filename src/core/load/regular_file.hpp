#pragma once
// The one way attune reads a file a user names: scripts, themes, the
// entries of script folders. Only a regular file is read. A named pipe with
// no writer, a terminal or a device would otherwise block attune forever or
// feed it without end, so the file is opened without blocking and checked
// with fstat before a single byte is read.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics.hpp"

namespace attune {

struct RegularFileRead {
    std::optional<std::string> content;  // set when the whole file was read
    std::optional<Diagnostic> problem;   // "FILE:1:1: error: cannot read the file: REASON"
};

// Reads at most `limit` bytes; a longer file is refused, never read whole.
// `display_name` is what the diagnostic calls the file.
RegularFileRead read_regular_file(const std::filesystem::path& path, std::size_t limit,
                                  const std::string& display_name);
RegularFileRead read_regular_file(const std::filesystem::path& path, std::size_t limit);

}  // namespace attune
