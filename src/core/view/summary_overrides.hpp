#pragma once
// The summary's lines for what the counselor changed (issue 12): one calm
// sentence each, in the order it happened. Skips and added minutes in one
// item are said once, with how many.
#include <string>
#include <vector>

#include "script.hpp"
#include "session_record.hpp"
#include "words.hpp"

namespace attune {

std::vector<std::string> override_lines(const std::vector<OverrideRecord>& overrides, const Script& script,
                                        const Words& words);

}  // namespace attune
