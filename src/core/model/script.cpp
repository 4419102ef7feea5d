#include "script.hpp"

namespace attune {

const char* step_kind_name(StepKind kind) {
    switch (kind) {
        case StepKind::say:
            return "say";
        case StepKind::turn:
            return "turn";
        case StepKind::reflect:
            return "reflect";
        case StepKind::exchange:
            return "exchange";
        case StepKind::checkin:
            return "checkin";
        case StepKind::breathe:
            return "breathe";
        case StepKind::agreement:
            return "agreement";
        case StepKind::choice:
            return "choice";
    }
    return "?";
}

}  // namespace attune
