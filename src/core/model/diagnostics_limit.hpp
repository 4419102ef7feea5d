#pragma once
// A file with thousands of problems would bury the first ones, which are the
// ones to fix first: the script and theme loaders show at most this many.
#include <cstddef>
#include <string>
#include <vector>

#include "diagnostics.hpp"

namespace attune {

constexpr std::size_t max_shown_diagnostics = 100;

// Keeps the first `max_shown_diagnostics` of `diagnostics` (sorted in file
// order) and adds one line "N more problems from here on are not shown" at
// the first one left out.
void cap_diagnostics(std::vector<Diagnostic>& diagnostics, const std::string& file);

}  // namespace attune
