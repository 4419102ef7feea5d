#include "session_commands.hpp"

namespace attune {

const char* outcome_name(Outcome outcome) {
    switch (outcome) {
        case Outcome::applied:
            return "applied";
        case Outcome::not_now:
            return "not now";
        case Outcome::cooldown_running:
            return "the cool-down is still running";
        case Outcome::not_your_turn:
            return "not this partner's turn";
        case Outcome::out_of_range:
            return "out of range";
    }
    return "?";
}

}  // namespace attune
