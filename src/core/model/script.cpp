#include "script.hpp"

namespace attune {

const char* step_text_role_name(StepTextRole role) {
    switch (role) {
        case StepTextRole::text:
            return "text";
        case StepTextRole::prompt:
            return "prompt";
        case StepTextRole::hint:
            return "hint";
        case StepTextRole::question:
            return "question";
        case StepTextRole::option_label:
            return "option's label";
    }
    return "?";
}

void for_each_text(const Step& step, const std::function<void(const StepText&)>& visit) {
    const SourcePos pos = step.pos;
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, SayStep>) {
                visit({body.text, StepTextRole::text, pos});
            } else if constexpr (std::is_same_v<T, TurnStep>) {
                visit({body.prompt, StepTextRole::prompt, pos});
                for (const auto& hint : body.hints) visit({hint, StepTextRole::hint, pos});
            } else if constexpr (std::is_same_v<T, ReflectStep> || std::is_same_v<T, ExchangeStep> ||
                                 std::is_same_v<T, AgreementStep> || std::is_same_v<T, ReviewStep>) {
                visit({body.prompt, StepTextRole::prompt, pos});
            } else if constexpr (std::is_same_v<T, CheckinStep>) {
                visit({body.question, StepTextRole::question, pos});
            } else if constexpr (std::is_same_v<T, ChoiceStep>) {
                visit({body.question, StepTextRole::question, pos});
                for (const auto& option : body.options)
                    visit({option.label, StepTextRole::option_label, option.pos.line > 0 ? option.pos : pos});
            }
        },
        step.body);
}

}  // namespace attune
