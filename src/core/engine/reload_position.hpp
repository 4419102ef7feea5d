#pragma once
// Ctrl+R while a script is written (--windowed): the script is read again
// and the session goes on where it was, so an author sees a change at once.
// Where "where it was" lies in the new text is decided here, purely.
#include <cstddef>
#include <optional>

#include "script.hpp"
#include "session.hpp"

namespace attune {

struct Place {
    std::size_t item = 0, step = 0;
    bool operator==(const Place&) const = default;
};

// Where a session on `before` stood (`snapshot`), in `after` (the script as
// read again): the item with the same id, else the item at the same index
// with the same title; the step index clamped to that item's steps. Nothing
// when the session had not begun or had finished, or the item is gone (the
// session then starts over).
std::optional<Place> place_after_reload(const Script& before, const Snapshot& snapshot, const Script& after);

}  // namespace attune
