#include "breathing.hpp"

#include <chrono>

namespace attune {

BreathState breath_at(const BreathPattern& pattern, Duration elapsed) {
    BreathState state;
    const Duration cycle = pattern.cycle();
    if (cycle <= Duration{0}) return state;  // nothing to guide
    if (elapsed < Duration{0}) elapsed = Duration{0};

    state.cycle = static_cast<int>(elapsed / cycle);
    Duration within = elapsed % cycle;
    for (std::size_t index = 0; index < pattern.phases.size(); ++index) {
        const Duration length = pattern.phases[index];
        if (length <= Duration{0}) continue;  // e.g. 4-7-8 has no hold after breathing out
        if (within < length) {
            state.phase = static_cast<BreathPhase>(index);
            state.progress = std::chrono::duration<double>(within) / std::chrono::duration<double>(length);
            state.phase_left = length - within;
            return state;
        }
        within -= length;
    }
    return state;  // not reached: `within` is below the cycle's length
}

}  // namespace attune
