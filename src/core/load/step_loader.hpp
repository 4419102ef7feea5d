#pragma once
// Reads one step of an agenda item (say, turn, reflect, exchange, checkin,
// breathe, agreement, choice, review) with its options and defaults.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "script.hpp"
#include "script_fields.hpp"

namespace attune::script_loading {

// What a step needs from the rest of the script.
struct StepContext {
    const std::array<Partner, 2>& partners;
    bool partners_valid;  // false: partner ids cannot be checked (partners has errors)
    script_fields::Reporter& reporter;
};

// A choice option's `goto`, resolved to an item index once all ids are known.
struct PendingGoto {
    std::size_t option = 0;  // index in ChoiceStep::options
    std::string target;      // the item id as written
    SourcePos pos;           // the target's position
};

struct ReadStep {
    std::optional<Step> step;        // nothing when the step has errors
    std::vector<PendingGoto> gotos;  // to check even when the step has other errors
};

// Reads `node` (an entry of an item's `steps`), reporting every problem.
ReadStep read_step(const yaml::Node& node, const StepContext& context);

// The kind keys, in the order of StepKind.
const std::vector<std::string>& step_kind_names();

}  // namespace attune::script_loading
