#pragma once
// The session fuzz target's work, shared with the tests that replay what it
// found (tests/fuzz_regression_test.cpp): a valid script chosen by the first
// byte, then the other bytes as commands at rising times, every invariant of
// the engine checked after each one.
//
// The first byte also chooses what a review step is given (its quotient by
// the number of scripts, modulo 3): nothing (not kept), a space with no
// agreement in force, or three agreements, two of them due.
//
// Input format, one command after the other:
//   [time] [command] [arguments...]
//   time     < 128: that many quarter seconds later; < 192: that many minutes
//            (less 128) later; < 224: at the session's next deadline; else
//            within 16 ms either side of the next deadline (never earlier
//            than the time before)
//   command  the index of its alternative in `Command`, modulo their number;
//            seats are one byte (even: left), texts a length byte and bytes
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "script.hpp"

namespace attune::fuzz {

// The valid scripts the first byte chooses from: the built-in library, in
// the order of their file names (a script added there shifts the choice of
// the checked-in inputs; they stay valid inputs all the same).
std::vector<std::shared_ptr<const Script>> built_in_scripts();

// Nothing when every invariant held after every command; otherwise which one
// broke, after which command, in words.
std::optional<std::string> check_session(std::span<const std::uint8_t> bytes,
                                         const std::vector<std::shared_ptr<const Script>>& scripts);

}  // namespace attune::fuzz
