#pragma once
// The conversation script as the loader hands it over: every default filled
// in, every partner id resolved to a Seat, every goto resolved to an item
// index. docs/writing-scripts.md describes the format for authors.
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "diagnostics.hpp"
#include "period.hpp"
#include "seat.hpp"
#include "time.hpp"

namespace attune {

struct Partner {
    std::string id;
    std::string name;
    bool operator==(const Partner&) const = default;
};

enum class Overtime { count, advance };
enum class Quorum { both, either };

// Every step struct names its kind; StepBody lists them in this order
// (checked below), so that Step::kind() is the variant's index. A new kind
// goes at the end: journals of kept conversations name steps by position.
enum class StepKind { say, turn, reflect, exchange, checkin, breathe, agreement, choice, review };

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
    Period review_in = weeks(2);       // an agreement's review, unless its step says otherwise
    std::optional<Period> meet_every;  // the next conversation suggested when a kept one ends; none: not suggested
    bool operator==(const Settings&) const = default;
};

struct PauseRule {
    Seconds cooldown{20 * 60};
    Seconds extend{5 * 60};
    int max = 3;                                                    // 0: no limit
    std::string message;                                            // empty: the kiosk's calm built-in text
    std::optional<BreathPattern> breathing = BreathPattern::box();  // nullopt: none
    Quorum resume = Quorum::both;
    std::string signal;  // empty: none agreed
    bool operator==(const PauseRule&) const = default;
};

struct SayStep {
    static constexpr StepKind kind = StepKind::say;
    std::string text;
    std::optional<Seconds> time;
    bool operator==(const SayStep&) const = default;
};

struct TurnStep {
    static constexpr StepKind kind = StepKind::turn;
    Seat speaker = Seat::left;
    Seconds time{0};
    std::string prompt;
    std::vector<std::string> hints;
    std::optional<Overtime> overtime;  // nullopt: settings.overtime
    bool operator==(const TurnStep&) const = default;
};

struct ReflectStep {
    static constexpr StepKind kind = StepKind::reflect;
    Seat listener = Seat::right;
    Seconds time{0};
    std::string prompt;
    int rounds = 2;
    Seconds clarify{60};
    bool operator==(const ReflectStep&) const = default;
};

struct ExchangeStep {
    static constexpr StepKind kind = StepKind::exchange;
    Seat first = Seat::left;
    int rounds = 1;
    Seconds turn{0};
    Seconds reflect{0};
    std::string prompt;
    bool operator==(const ExchangeStep&) const = default;
};

struct CheckinStep {
    static constexpr StepKind kind = StepKind::checkin;
    std::string question;
    int scale = 5;  // answers 1..scale
    std::optional<int> pause_at_or_below;
    // Shown together on the summary once both have answered; otherwise used
    // only for the automatic pause, and not kept.
    bool reveal = true;
    // The line of the trends its revealed answers join; check-ins with the
    // same track across scripts and conversations are one line. The loader
    // fills in the question's text when the script names none.
    std::string track;
    bool operator==(const CheckinStep&) const = default;
};

struct BreatheStep {
    static constexpr StepKind kind = StepKind::breathe;
    Seconds time{0};
    BreathPattern pattern;
    bool operator==(const BreatheStep&) const = default;
};

struct AgreementStep {
    static constexpr StepKind kind = StepKind::agreement;
    std::string prompt;
    Quorum confirm = Quorum::both;
    std::optional<Period> review_in;  // nullopt: settings.review_in
    bool operator==(const AgreementStep&) const = default;
};

struct ChoiceOption {
    std::string label;
    std::optional<std::size_t> goto_item;  // index into Script::agenda
    bool end = false;                      // exactly one of goto_item / end
    SourcePos pos;
    bool operator==(const ChoiceOption&) const = default;
};

struct ChoiceStep {
    static constexpr StepKind kind = StepKind::choice;
    std::string question;
    std::vector<ChoiceOption> options;
    bool operator==(const ChoiceStep&) const = default;
};

// Which of the couple's agreements a review step brings back.
enum class ReviewWhich { due, all };

// The couple's earlier agreements come back one at a time: both say how it
// is going, then together keep, reword or let go of it. Without a kept
// conversation, or with nothing due, it says so and goes on.
struct ReviewStep {
    static constexpr StepKind kind = StepKind::review;
    std::string prompt;  // empty: the built-in words
    ReviewWhich which = ReviewWhich::due;
    bool operator==(const ReviewStep&) const = default;
};

using StepBody = std::variant<SayStep, TurnStep, ReflectStep, ExchangeStep, CheckinStep, BreatheStep, AgreementStep,
                              ChoiceStep, ReviewStep>;

namespace step_kind_check {
template <std::size_t... Index>
consteval bool alternatives_follow_kinds(std::index_sequence<Index...>) {
    return ((std::variant_alternative_t<Index, StepBody>::kind == static_cast<StepKind>(Index)) && ...);
}
}  // namespace step_kind_check
// A step struct added to StepBody out of the order of StepKind, or without
// a kind of its own, stops the build here.
static_assert(step_kind_check::alternatives_follow_kinds(std::make_index_sequence<std::variant_size_v<StepBody>>{}),
              "StepBody's alternatives must follow the order of StepKind");

// The kind key as scripts write it.
constexpr const char* step_kind_name(StepKind kind) {
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
        case StepKind::review:
            return "review";
    }
    return "?";
}

// What a step is to an item's time box. When the box has run out and the
// partners move on, the talk that remains is skipped, but the steps that keep
// the conversation safe and keep what was decided still run, in order: moving
// on never skips a check-in that could call a pause.
enum class TimeBoxRole { talk, kept };

constexpr TimeBoxRole time_box_role(StepKind kind) {
    switch (kind) {
        case StepKind::checkin:
        case StepKind::agreement:
        case StepKind::choice:
        case StepKind::review:
            return TimeBoxRole::kept;
        case StepKind::say:
        case StepKind::turn:
        case StepKind::reflect:
        case StepKind::exchange:
        case StepKind::breathe:
            return TimeBoxRole::talk;
    }
    return TimeBoxRole::kept;
}

struct Step {
    StepBody body;
    SourcePos pos;  // where the step's kind key stands
    StepKind kind() const { return static_cast<StepKind>(body.index()); }
    TimeBoxRole time_box_role() const { return attune::time_box_role(kind()); }
    bool operator==(const Step&) const = default;
};

struct Item {
    std::string id;  // may be empty
    std::string title;
    std::optional<Seconds> time;  // the item's time box
    std::vector<Step> steps;
    SourcePos pos;
    bool operator==(const Item&) const = default;
};

// A nudge is read at a glance from across the room, beside the buttons:
// a few words, never a paragraph.
inline constexpr std::size_t max_nudge_characters = 48;

struct Script {
    std::string file;  // as given on the command line, for messages
    std::string title;
    std::string description;
    std::string language = "en";
    std::array<Partner, 2> partners{Partner{"a", "Partner A"}, Partner{"b", "Partner B"}};
    Settings settings;
    PauseRule pause;
    std::vector<Item> agenda;
    // Short calm messages the counselor can show on the shared screen
    // ("Slow down"); empty: the built-in set in the script's language.
    std::vector<std::string> nudges;

    const Partner& partner(Seat seat) const { return partners[index_of(seat)]; }
    // When an agreement made at this step comes up for review.
    Period review_in(const AgreementStep& step) const { return step.review_in.value_or(settings.review_in); }
    bool operator==(const Script&) const = default;
};

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
