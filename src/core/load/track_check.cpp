#include "track_check.hpp"

#include <map>

namespace attune::script_loading {

std::vector<TrackClash> track_clashes(const Script& script) {
    struct First {
        int line = 0;
        int scale = 0;
    };
    std::map<std::string, First, std::less<>> first_of_track;
    std::vector<TrackClash> clashes;
    for (const Item& item : script.agenda) {
        for (const Step& step : item.steps) {
            const auto* checkin = std::get_if<CheckinStep>(&step.body);
            if (!checkin || !checkin->reveal) continue;
            const auto [first, fresh] =
                first_of_track.try_emplace(checkin->track, First{step.pos.line, checkin->scale});
            if (fresh || first->second.scale == checkin->scale) continue;
            clashes.push_back({step.pos, checkin->track, checkin->scale, first->second.line, first->second.scale});
        }
    }
    return clashes;
}

}  // namespace attune::script_loading
