#pragma once
// The picker: the list of scripts `attune` opens on when no script is given
// (the built-in library, the user's folder, --scripts folders). Its state is
// only which entry is selected; keys and taps move it through these pure
// functions, so the rules are tested without a window.
//
// Keys: Up / Down (and PageUp, a clicker's "back") move, Home / End jump;
// the Next keys (Space, Enter, Right, PageDown) and the partners' "yes"
// keys (A, L) start the selected script; Ctrl+R reads the folders again;
// Ctrl+Q held closes. A tap selects an entry; a tap on the selected entry,
// or on Start, starts it. A script that does not load is shown with its
// errors and never starts.
#include <cstddef>
#include <vector>

#include "key_map.hpp"
#include "script_catalog.hpp"

namespace attune {

struct PickerState {
    std::size_t selected = 0;  // index into the catalog
    bool operator==(const PickerState&) const = default;
};

enum class PickerAction { none, previous, next, first, last, start, reload, hold_to_quit };

PickerAction map_picker_key(KeyPress press);

// Moves the selection within `count` entries (previous, next, first, last;
// it stops at either end); other actions change nothing.
void move_selection(PickerState& state, PickerAction action, std::size_t count);

// A tap on entry `entry`: selects it. True when it was selected already,
// i.e. the tap means "start it".
bool tap_entry(PickerState& state, std::size_t entry, std::size_t count);

// Only a script that loads can be started.
bool can_start(const CatalogEntry& entry);

// After the catalog was built again: the same file stays selected when it is
// still listed, else the selection keeps its place (within the new list).
void keep_selection(PickerState& state, const std::vector<CatalogEntry>& before,
                    const std::vector<CatalogEntry>& after);

// How long a script is planned to take, for the list: whole minutes, rounded
// up ("25" for 24:10), at least 1.
long planned_minutes(const CatalogEntry& entry);

}  // namespace attune
