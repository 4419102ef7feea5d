#pragma once
// Time is an input to the core, never read from a clock here: the shell passes
// `now` with every command, and tests pass a fake one.
#include <chrono>

namespace attune {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;
using Duration = Clock::duration;
using Seconds = std::chrono::seconds;

}  // namespace attune
