#include "display_list.hpp"

namespace attune {

void DisplayList::changes_after(Duration delay) {
    if (!next_change || delay < *next_change) next_change = delay;
}

bool DisplayList::operator==(const DisplayList& other) const {
    return width == other.width && height == other.height && background == other.background && items == other.items;
}

const ButtonItem* DisplayList::button_at(float x, float y) const {
    // Later items are drawn on top, so they win.
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (const auto* button = std::get_if<ButtonItem>(&*it); button && button->box.contains(x, y)) return button;
    }
    return nullptr;
}

const TextItem* DisplayList::text(std::string_view role) const {
    for (const auto& item : items)
        if (const auto* text = std::get_if<TextItem>(&item); text && text->role == role) return text;
    return nullptr;
}

const ButtonItem* DisplayList::button(std::string_view role) const {
    for (const auto& item : items)
        if (const auto* button = std::get_if<ButtonItem>(&item); button && button->role == role) return button;
    return nullptr;
}

}  // namespace attune
