#pragma once
// "did you mean 'speaker'?" for misspelt keys and ids.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attune {

// Edit distance counting insertions, deletions, substitutions and swaps of
// two neighbouring characters (bytes) as one edit each.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely
// typo (ignoring letter case), or nothing. Ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// For appending to a message: "; did you mean 'x'?", or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace attune
