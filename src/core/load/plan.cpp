#include "plan.hpp"

#include <algorithm>
#include <type_traits>

#include "duration.hpp"
#include "utf8.hpp"

namespace attune {
namespace {

// Titles are padded to a common width so that the times line up; a very
// long title does not push every other line out.
constexpr std::size_t max_title_width = 40;

std::string pad_left(std::string text, std::size_t width) {
    const std::size_t length = utf8::count_characters(text);
    if (length < width) text.insert(0, width - length, ' ');
    return text;
}

std::string pad_right(std::string text, std::size_t width) {
    const std::size_t length = utf8::count_characters(text);
    if (length < width) text.append(width - length, ' ');
    return text;
}

// A review takes as long as the agreements it brings back, which only the
// couple's space knows; the plan counts it 0 and says so on a line of its own,
// so that the total does not read as the whole conversation.
std::string review_line(const ReviewStep& review) {
    return review.which == ReviewWhich::all ? "review of every agreement in force (not planned)"
                                            : "review of the agreements that are due (not planned)";
}

Seconds sum_of_steps(const Item& item) {
    Seconds total{0};
    for (const Step& step : item.steps) total += planned_time(step);
    return total;
}

}  // namespace

Seconds planned_time(const Step& step) {
    return std::visit(
        [](const auto& body) -> Seconds {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, SayStep>) {
                return body.time.value_or(Seconds{0});
            } else if constexpr (std::is_same_v<Body, TurnStep> || std::is_same_v<Body, BreatheStep>) {
                return body.time;
            } else if constexpr (std::is_same_v<Body, ReflectStep>) {
                return body.time;  // one round: "not quite" is not planned
            } else if constexpr (std::is_same_v<Body, ExchangeStep>) {
                return body.rounds * (body.turn + body.reflect);
            } else {
                return Seconds{0};  // checkin, agreement, choice, review take the time they take
            }
        },
        step.body);
}

Seconds planned_time(const Item& item) {
    const Seconds steps = sum_of_steps(item);
    return item.time && *item.time < steps ? *item.time : steps;
}

Seconds planned_talk_time(const Item& item) {
    Seconds total{0};
    for (const Step& step : item.steps) {
        if (step.time_box_role() != TimeBoxRole::talk) continue;
        if (const auto* reflect = std::get_if<ReflectStep>(&step.body)) {
            const int rounds = std::max(reflect->rounds, 1);
            total += rounds * reflect->time + (rounds - 1) * reflect->clarify;
        } else if (const auto* exchange = std::get_if<ExchangeStep>(&step.body)) {
            // The session's exchange reflects allow 2 rounds with a 1-minute clarification.
            total += exchange->rounds * (exchange->turn + 2 * exchange->reflect + Seconds{60});
        } else {
            total += planned_time(step);
        }
    }
    return total;
}

Seconds planned_time(const Script& script) {
    Seconds total{0};
    for (const Item& item : script.agenda) total += planned_time(item);
    return total;
}

std::string plan_listing(const Script& script) {
    std::size_t title_width = 0;
    for (const Item& item : script.agenda) {
        title_width = std::max(title_width, std::min(max_title_width, utf8::count_characters(item.title)));
    }
    std::size_t time_width = 0;
    for (const Item& item : script.agenda) {
        time_width = std::max(time_width, format_countdown(planned_time(item)).size());
    }
    const std::size_t number_width = std::to_string(script.agenda.size()).size();
    std::string out;
    for (std::size_t i = 0; i < script.agenda.size(); ++i) {
        const Item& item = script.agenda[i];
        const Seconds steps = sum_of_steps(item);
        const Seconds planned = planned_time(item);
        out += pad_left(std::to_string(i + 1), number_width) + ". " + pad_right(item.title, title_width) + "  " +
               pad_left(format_countdown(planned), time_width);
        if (planned < steps) {
            out += "  (capped by its time box; the steps add up to " + format_countdown(steps) + ")";
        }
        out += '\n';
        for (const Step& step : item.steps) {
            if (const auto* review = std::get_if<ReviewStep>(&step.body)) {
                out += std::string(number_width + 2, ' ') + review_line(*review) + '\n';
            }
        }
    }
    out += "total " + format_hms(planned_time(script));
    return out;
}

}  // namespace attune
