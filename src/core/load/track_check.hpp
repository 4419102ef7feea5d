#pragma once
// Finds check-ins that share a track (one line of the couple's trends) but
// answer on different scales: a line drawn from answers out of 5 and out of
// 10 would read as a change that never happened.
#include <string>
#include <vector>

#include "script.hpp"

namespace attune::script_loading {

struct TrackClash {
    SourcePos pos;  // the later check-in
    std::string track;
    int scale = 0;
    int first_line = 0;  // the first check-in of the track
    int first_scale = 0;
};

// Revealed check-ins only: the others keep no answers, so they join no line.
std::vector<TrackClash> track_clashes(const Script& script);

}  // namespace attune::script_loading
