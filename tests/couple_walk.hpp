#pragma once
// Two partners as the tests play them, from Begin to the summary: they use
// their time and run a little over, ask for one clarification, answer
// check-ins, agree, choose, take five minutes more once, and one of them
// pauses once. Shared by the replay tests and the kept-conversation tests,
// so that both walk the same conversation.
#include <string>
#include <vector>

#include "test_support.hpp"

namespace attune::test {

// How the first check-in answer goes: a settled 4, or a low 1 that calls a
// pause by itself.
enum class FirstAnswer { settled, low };

struct CoupleWalk {
    // The n-th agreement is written with the n-th text; the last one repeats.
    std::vector<std::string> agreements{"Ten minutes each evening, phones away"};
    FirstAnswer first_answer = FirstAnswer::settled;
};

// Sends Begin and walks to the summary; returns how many time-box votes the
// partners were asked for.
int walk_couple(Run& run, const CoupleWalk& how = {});

}  // namespace attune::test
