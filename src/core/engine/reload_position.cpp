#include "reload_position.hpp"

#include <algorithm>

namespace attune {
namespace {

std::optional<std::size_t> same_item(const Item& item, std::size_t index, const Script& after) {
    if (!item.id.empty()) {
        const auto found = std::find_if(after.agenda.begin(), after.agenda.end(),
                                        [&](const Item& candidate) { return candidate.id == item.id; });
        if (found != after.agenda.end()) return static_cast<std::size_t>(found - after.agenda.begin());
    }
    if (index < after.agenda.size() && after.agenda[index].title == item.title) return index;
    return std::nullopt;
}

}  // namespace

std::optional<Place> place_after_reload(const Script& before, const Snapshot& snapshot, const Script& after) {
    if (snapshot.phase == Phase::start || snapshot.phase == Phase::finished) return std::nullopt;
    if (snapshot.item >= before.agenda.size()) return std::nullopt;
    const auto item = same_item(before.agenda[snapshot.item], snapshot.item, after);
    if (!item || after.agenda[*item].steps.empty()) return std::nullopt;
    return Place{*item, std::min(snapshot.step, after.agenda[*item].steps.size() - 1)};
}

}  // namespace attune
