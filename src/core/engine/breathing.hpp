#pragma once
// Where a breathing guide is at a given moment.
#include "script.hpp"
#include "time.hpp"

namespace attune {

enum class BreathPhase { in = 0, hold_in = 1, out = 2, hold_out = 3 };

struct BreathState {
    BreathPhase phase = BreathPhase::in;
    double progress = 0.0;   // 0..1 through the current phase
    Duration phase_left{0};  // until the next phase
    int cycle = 0;           // completed cycles
    bool operator==(const BreathState&) const = default;
};

// Phases of length 0 are skipped.
BreathState breath_at(const BreathPattern& pattern, Duration elapsed);

}  // namespace attune
