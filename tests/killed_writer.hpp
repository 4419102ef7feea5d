#pragma once
// A writer killed with SIGKILL, for the crash tests of the space and the
// runtime journal: a child process writes one thing after another and
// acknowledges each on a pipe once it is durable, until the parent kills it;
// the test then checks that every acknowledged write survived.
//
// Killing at a fixed delay from the fork made those tests depend on the
// machine's load: on a loaded machine (a sanitized build beside two others)
// most writers had not even opened their file when they were killed. So a
// kill is either at any moment from the fork (it may land while the file is
// being made) or a delay after the first acknowledged write (it lands among
// the writes, whatever the load).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace attune::test {

enum class KillMoment {
    from_fork,         // `delay` after the fork: perhaps before the first write
    after_first_write  // `delay` after the first write was acknowledged
};

// Runs `write(i)` for i = 0, 1, 2, ... in a child until it is killed at
// `moment` + `delay`; returns how many writes the child acknowledged. A
// write that throws ends the child with status 2, which fails the test.
std::size_t kill_writer(const std::function<void(std::uint32_t)>& write, KillMoment moment,
                        std::chrono::milliseconds delay);

}  // namespace attune::test
