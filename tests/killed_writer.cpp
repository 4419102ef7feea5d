#include "killed_writer.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <thread>

namespace attune::test {

std::size_t kill_writer(const std::function<void(std::uint32_t)>& write, KillMoment moment,
                        std::chrono::milliseconds delay) {
    int acks[2];
    REQUIRE(::pipe(acks) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(acks[0]);
        try {
            for (std::uint32_t i = 0;; ++i) {
                write(i);
                if (::write(acks[1], &i, sizeof i) != sizeof i) ::_exit(3);
            }
        } catch (...) {
            ::_exit(2);
        }
    }
    ::close(acks[1]);
    std::size_t acknowledged = 0;
    std::uint32_t last = 0;
    if (moment == KillMoment::after_first_write) {
        // Blocks until the child's first write is durable (or it died: then
        // the read sees the pipe's end, and the status below says why).
        if (::read(acks[0], &last, sizeof last) == sizeof last) acknowledged = last + 1;
    }
    std::this_thread::sleep_for(delay);
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    INFO("the writer ended with status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << " before it was killed");
    REQUIRE(WIFSIGNALED(status));
    while (::read(acks[0], &last, sizeof last) == sizeof last) acknowledged = last + 1;
    ::close(acks[0]);
    return acknowledged;
}

}  // namespace attune::test
