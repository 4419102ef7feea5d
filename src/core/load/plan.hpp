#pragma once
// Planned time, as the format page defines it, and the `--plan` listing.
#include <string>

#include "script.hpp"

namespace attune {

Seconds planned_time(const Step& step);
Seconds planned_time(const Item& item);  // sum of steps, or the time box when smaller
// What the item's talk steps (the steps a time box may cut short) take at
// most without overtime: every reflection round the script allows, each
// after a clarification, counted (planned_time counts one).
Seconds planned_talk_time(const Item& item);
Seconds planned_time(const Script& script);

// The agenda, one line per item with its planned time (and under it a line
// for each review step, which is not planned), ending with "total H:MM:SS".
std::string plan_listing(const Script& script);

}  // namespace attune
