#pragma once
// Where the spaces live: $XDG_DATA_HOME/attune/spaces/, by default
// ~/.local/share/attune/spaces/.
#include <filesystem>

namespace attune {

std::filesystem::path spaces_folder();
// Creates the folder (and attune/ above it) private to the user: 0700.
void prepare_folder(const std::filesystem::path& folder);

}  // namespace attune
