#pragma once
// The counselor's keys that change the agreed structure: the same letters
// with Ctrl on the shared keyboard (key_map.cpp, only in counselor mode) and
// alone on the console (console.cpp). S skip, B back, T a minute more,
// E end the cool-down.
#include <optional>

#include "key_map.hpp"
#include "session.hpp"

namespace attune {

std::optional<Command> counselor_command(Key key);

}  // namespace attune
