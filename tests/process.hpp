#pragma once
// Runs a program and collects what it printed and how it ended, for tests of
// the real binary (the command line, and end-to-end runs under Xvfb).
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace attune::test {

struct ProcessResult {
    int exit_code = -1;  // -1 when killed by a signal or timed out
    bool timed_out = false;
    std::string out;
    std::string err;
};

// `environment` entries are NAME=VALUE pairs added to (or replacing in) the
// current environment. The program is killed when `timeout` passes.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::vector<std::pair<std::string, std::string>>& environment = {},
                          std::chrono::milliseconds timeout = std::chrono::seconds{20});

}  // namespace attune::test
