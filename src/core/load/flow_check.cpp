#include "flow_check.hpp"

namespace attune::script_loading {
namespace {

// Where the conversation may go after item `index`; `end` stands for the end.
std::vector<std::size_t> successors(const Script& script, std::size_t index, std::size_t end) {
    for (const Step& step : script.agenda[index].steps) {
        const auto* choice = std::get_if<ChoiceStep>(&step.body);
        if (!choice) continue;
        std::vector<std::size_t> out;
        for (const ChoiceOption& option : choice->options) {
            if (option.end) out.push_back(end);
            if (option.goto_item && *option.goto_item < end) out.push_back(*option.goto_item);
        }
        return out;
    }
    return {index + 1};  // the item after the last one is the end
}

}  // namespace

std::vector<bool> items_that_can_end(const Script& script) {
    const std::size_t end = script.agenda.size();
    // Walk the flow backwards from the end.
    std::vector<std::vector<std::size_t>> predecessors(end + 1);
    for (std::size_t i = 0; i < end; ++i) {
        for (std::size_t next : successors(script, i, end)) predecessors[next].push_back(i);
    }
    std::vector<bool> reaches(end + 1, false);
    std::vector<std::size_t> pending{end};
    reaches[end] = true;
    while (!pending.empty()) {
        const std::size_t node = pending.back();
        pending.pop_back();
        for (std::size_t before : predecessors[node]) {
            if (reaches[before]) continue;
            reaches[before] = true;
            pending.push_back(before);
        }
    }
    reaches.pop_back();
    return reaches;
}

std::vector<GotoSite> endless_gotos(const Script& script, const std::vector<GotoSite>& gotos) {
    const std::vector<bool> can_end = items_that_can_end(script);
    std::vector<GotoSite> out;
    for (const GotoSite& site : gotos) {
        if (site.target < can_end.size() && !can_end[site.target]) out.push_back(site);
    }
    return out;
}

}  // namespace attune::script_loading
