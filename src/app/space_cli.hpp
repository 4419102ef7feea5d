#pragma once
// `attune space ...`: create, list, read and forget a couple's private
// spaces from the command line (for backups, scripting and tests).
#include <string>
#include <vector>

#include "space_store.hpp"

namespace attune {

// True when the command line asks for a space command (`attune space ...`).
bool is_space_command(const std::vector<std::string>& args);
// Runs it: 0 on success, 1 when a space cannot be opened or is damaged, 2 on
// a usage error. `args` starts after "space".
int run_space_cli(const std::vector<std::string>& args);
std::string space_usage();

// ATTUNE_SPACE_TEST_KDF=minimum: tests make and open spaces with libsodium's
// minimum cost (said on every run, so that it cannot go unnoticed).
bool test_cost_requested();
space::CostPolicy cost_policy();
space::KdfCost cost_for_new_key();

}  // namespace attune
