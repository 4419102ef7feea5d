#include "picker.hpp"

#include <algorithm>
#include <chrono>

namespace attune {

PickerAction map_picker_key(KeyPress press) {
    const Modifiers& modifiers = press.modifiers;
    if (modifiers.alt) return PickerAction::none;  // AltGr and menu shortcuts
    if (modifiers.ctrl) {
        if (press.key == Key::q) return PickerAction::hold_to_quit;
        if (press.key == Key::r) return PickerAction::reload;
        return PickerAction::none;
    }
    switch (press.key) {
        case Key::up:
        case Key::page_up:
            return PickerAction::previous;
        case Key::down:
            return PickerAction::next;
        case Key::home:
            return PickerAction::first;
        case Key::end:
            return PickerAction::last;
        case Key::space:
        case Key::enter:
        case Key::right:
        case Key::page_down:
            return PickerAction::start;
        default:
            break;
    }
    if (press.key == yes_key(Seat::left) || press.key == yes_key(Seat::right)) return PickerAction::start;
    return PickerAction::none;
}

void move_selection(PickerState& state, PickerAction action, std::size_t count) {
    if (count == 0) {
        state.selected = 0;
        return;
    }
    const std::size_t last = count - 1;
    std::size_t& selected = state.selected;
    selected = std::min(selected, last);
    switch (action) {
        case PickerAction::previous:
            selected = selected > 0 ? selected - 1 : 0;
            break;
        case PickerAction::next:
            selected = std::min(selected + 1, last);
            break;
        case PickerAction::first:
            selected = 0;
            break;
        case PickerAction::last:
            selected = last;
            break;
        default:
            break;
    }
}

bool tap_entry(PickerState& state, std::size_t entry, std::size_t count) {
    if (entry >= count) return false;
    const bool again = state.selected == entry;
    state.selected = entry;
    return again;
}

bool can_start(const CatalogEntry& entry) { return entry.script.has_value(); }

void keep_selection(PickerState& state, const std::vector<CatalogEntry>& before,
                    const std::vector<CatalogEntry>& after) {
    if (state.selected < before.size()) {
        const auto& path = before[state.selected].path;
        const auto same =
            std::find_if(after.begin(), after.end(), [&](const CatalogEntry& entry) { return entry.path == path; });
        if (same != after.end()) {
            state.selected = static_cast<std::size_t>(same - after.begin());
            return;
        }
    }
    state.selected = after.empty() ? 0 : std::min(state.selected, after.size() - 1);
}

long planned_minutes(const CatalogEntry& entry) {
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(entry.planned).count();
    return std::max<long>(1, static_cast<long>(minutes));
}

}  // namespace attune
