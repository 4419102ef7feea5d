#pragma once
// `attune space ...`: create, list, read and forget a couple's private
// spaces from the command line (for backups, scripting and tests).
#include <string>
#include <vector>

namespace attune {

// True when the command line asks for a space command (`attune space ...`).
bool is_space_command(const std::vector<std::string>& args);
// Runs it: 0 on success, 1 when a space cannot be opened or is damaged, 2 on
// a usage error. `args` starts after "space".
int run_space_cli(const std::vector<std::string>& args);
std::string space_usage();

}  // namespace attune
