#pragma once
// A temporary folder of this test process's own. CTest runs test cases in
// parallel processes; files at fixed names in /tmp would race.
#include <filesystem>

namespace attune::test {

// /tmp/attune-test-<pid>/, created on first use and removed when the process ends.
std::filesystem::path temp_dir();

}  // namespace attune::test
