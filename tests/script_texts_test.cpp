#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "script.hpp"

using namespace attune;

namespace {

// "role: text @line" for each text of `step`, in the visitor's order.
std::vector<std::string> texts_of(const Step& step) {
    std::vector<std::string> seen;
    for_each_text(step, [&](const StepText& text) {
        seen.push_back(std::string(step_text_role_name(text.role)) + ": " + text.text + " @" +
                       std::to_string(text.pos.line));
    });
    return seen;
}

}  // namespace

TEST_CASE("every text of a step is visited, in screen order, with its role and place", "[script]") {
    CHECK(texts_of(Step{SayStep{"Welcome", std::nullopt}, {3, 5}}) == std::vector<std::string>{"text: Welcome @3"});

    TurnStep turn;
    turn.prompt = "What went well?";
    turn.hints = {"a small thing", "a big one"};
    CHECK(texts_of(Step{turn, {7, 5}}) ==
          std::vector<std::string>{"prompt: What went well? @7", "hint: a small thing @7", "hint: a big one @7"});

    ChoiceStep choice;
    choice.question = "Go on?";
    choice.options = {ChoiceOption{"yes", std::nullopt, true, {12, 9}}, ChoiceOption{"no", std::nullopt, true, {}}};
    // An option without a place of its own is reported at its step.
    CHECK(texts_of(Step{choice, {10, 5}}) ==
          std::vector<std::string>{"question: Go on? @10", "option's label: yes @12", "option's label: no @10"});

    CHECK(texts_of(Step{BreatheStep{}, {1, 1}}).empty());
}
