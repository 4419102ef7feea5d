#pragma once
// Finds choice `goto`s that lead into a loop with no way out. The flow goes
// from item to item in order; an item's first choice step replaces that
// fall-through with its options. The end is reached past the last item or by
// an `end: true` option.
#include <cstddef>
#include <vector>

#include "script.hpp"

namespace attune::script_loading {

struct GotoSite {
    std::size_t target = 0;  // item index
    SourcePos pos;           // where the goto's value stands
};

// For each item: can the end of the conversation be reached from it?
std::vector<bool> items_that_can_end(const Script& script);

// The gotos whose target item can never reach the end.
std::vector<GotoSite> endless_gotos(const Script& script, const std::vector<GotoSite>& gotos);

}  // namespace attune::script_loading
