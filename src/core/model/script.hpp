#pragma once
// The conversation script as the loader hands it over: every default filled
// in, every partner id resolved to a Seat, every goto resolved to an item
// index. docs/writing-scripts.md describes the format for authors.
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diagnostics.hpp"
#include "seat.hpp"
#include "time.hpp"

namespace attune {

struct Partner {
    std::string id;
    std::string name;
};

enum class Overtime { count, advance };
enum class Quorum { both, either };

// Breathing guide phases in seconds: in, hold, out, hold. A hold may be 0.
struct BreathPattern {
    std::array<Seconds, 4> phases{Seconds{4}, Seconds{4}, Seconds{4}, Seconds{4}};
    Seconds cycle() const { return phases[0] + phases[1] + phases[2] + phases[3]; }
    static BreathPattern box() { return {}; }
    static BreathPattern four_seven_eight() { return {{Seconds{4}, Seconds{7}, Seconds{8}, Seconds{0}}}; }
    bool operator==(const BreathPattern&) const = default;
};

struct Settings {
    std::vector<Seconds> warn_at{Seconds{60}, Seconds{15}};  // sorted, largest first
    Overtime overtime = Overtime::count;
    bool sound = true;
};

struct PauseRule {
    Seconds cooldown{20 * 60};
    Seconds extend{5 * 60};
    int max = 3;                                                    // 0: no limit
    std::string message;                                            // empty: the kiosk's calm built-in text
    std::optional<BreathPattern> breathing = BreathPattern::box();  // nullopt: none
    Quorum resume = Quorum::both;
    std::string signal;  // empty: none agreed
};

struct SayStep {
    std::string text;
    std::optional<Seconds> time;
};

struct TurnStep {
    Seat speaker = Seat::left;
    Seconds time{0};
    std::string prompt;
    std::vector<std::string> hints;
    std::optional<Overtime> overtime;  // nullopt: settings.overtime
};

struct ReflectStep {
    Seat listener = Seat::right;
    Seconds time{0};
    std::string prompt;
    int rounds = 2;
    Seconds clarify{60};
};

struct ExchangeStep {
    Seat first = Seat::left;
    int rounds = 1;
    Seconds turn{0};
    Seconds reflect{0};
    std::string prompt;
};

struct CheckinStep {
    std::string question;
    int scale = 5;  // answers 1..scale
    std::optional<int> pause_at_or_below;
};

struct BreatheStep {
    Seconds time{0};
    BreathPattern pattern;
};

struct AgreementStep {
    std::string prompt;
    Quorum confirm = Quorum::both;
};

struct ChoiceOption {
    std::string label;
    std::optional<std::size_t> goto_item;  // index into Script::agenda
    bool end = false;                      // exactly one of goto_item / end
    SourcePos pos;
};

struct ChoiceStep {
    std::string question;
    std::vector<ChoiceOption> options;
};

using StepBody =
    std::variant<SayStep, TurnStep, ReflectStep, ExchangeStep, CheckinStep, BreatheStep, AgreementStep, ChoiceStep>;

enum class StepKind { say, turn, reflect, exchange, checkin, breathe, agreement, choice };

struct Step {
    StepBody body;
    SourcePos pos;  // where the step's kind key stands
    StepKind kind() const { return static_cast<StepKind>(body.index()); }
};

struct Item {
    std::string id;  // may be empty
    std::string title;
    std::optional<Seconds> time;  // the item's time box
    std::vector<Step> steps;
    SourcePos pos;
};

struct Script {
    std::string file;  // as given on the command line, for messages
    std::string title;
    std::string description;
    std::string language = "en";
    std::array<Partner, 2> partners{Partner{"a", "Partner A"}, Partner{"b", "Partner B"}};
    Settings settings;
    PauseRule pause;
    std::vector<Item> agenda;

    const Partner& partner(Seat seat) const { return partners[index_of(seat)]; }
};

const char* step_kind_name(StepKind kind);

// One text the author wrote in a step, with what it is ("prompt", "option's
// label") for messages and where it stands.
enum class StepTextRole { text, prompt, hint, question, option_label };
const char* step_text_role_name(StepTextRole role);

struct StepText {
    const std::string& text;
    StepTextRole role;
    SourcePos pos;  // the option's own position for a label, else the step's
};

// Calls `visit` with every text of `step`, in the order the screen shows
// them; the one list of a step's texts, for every check that reads them.
void for_each_text(const Step& step, const std::function<void(const StepText&)>& visit);

}  // namespace attune
