#include "step_loader.hpp"

#include <algorithm>

#include "duration.hpp"
#include "suggest.hpp"

namespace attune::script_loading {
namespace {

using script_fields::MapFields;
using script_fields::Reporter;
using yaml::Node;

// Shorter turns are legal but leave hardly any time to speak.
constexpr Seconds short_turn{15};
// Upper bounds that no real script reaches; they keep sums far from overflow.
constexpr int max_rounds = 20;
constexpr int max_scale = 10;
constexpr int max_phase_seconds = 60;

struct KindInfo {
    const char* name;
    std::vector<std::string> options;
    const char* example;  // shown when the options are not a map
};

const std::vector<KindInfo>& kinds() {
    static const std::vector<KindInfo> table{
        {"say", {"text", "time"}, "say: Some text, or say: { text: Some text, time: 1m }"},
        {"turn", {"speaker", "time", "prompt", "hints", "overtime"}, "turn: { speaker: a, time: 2m }"},
        {"reflect", {"listener", "time", "prompt", "rounds", "clarify"}, "reflect: { listener: b, time: 1m }"},
        {"exchange",
         {"first", "rounds", "turn", "reflect", "prompt"},
         "exchange: { first: a, rounds: 2, turn: 2m, reflect: 1m }"},
        {"checkin",
         {"question", "scale", "pause_at_or_below"},
         "checkin: { question: How calm do you feel?, scale: 5 }"},
        {"breathe", {"time", "pattern"}, "breathe: { time: 1m, pattern: box }"},
        {"agreement", {"prompt", "confirm"}, "agreement: { prompt: What will we try? }"},
        {"choice", {"question", "options"}, "choice: { question: Go on?, options: [{ label: Stop, end: true }] }"},
    };
    return table;
}

// Reads `key` with `read` when present; leaves `target` at its default otherwise.
template <class Reader, class Target>
void read_optional(const MapFields& fields, std::string_view key, Target& target, Reader read) {
    if (const Node* value = fields.optional(key)) {
        if (auto parsed = read(*value)) target = *parsed;
    }
}

template <class Reader, class Target>
void read_required(const MapFields& fields, std::string_view key, std::string_view expected, Target& target,
                   Reader read) {
    if (const Node* value = fields.required(key, expected)) {
        if (auto parsed = read(*value)) target = *parsed;
    }
}

class KindReader {
public:
    KindReader(const MapFields& fields, const StepContext& context)
        : m_fields(fields), m_context(context), m_reporter(context.reporter) {}

    auto text(std::string_view key) {
        return [this, key](const Node& v) { return script_fields::read_text(v, key, m_reporter); };
    }
    // A text the step cannot do without (a blank one would leave an empty
    // screen or an unlabelled button).
    auto required_text(std::string_view key) {
        return [this, key](const Node& v) { return script_fields::read_name(v, key, m_reporter); };
    }
    auto duration(std::string_view key) {
        return [this, key](const Node& v) { return script_fields::read_duration(v, key, m_reporter); };
    }
    auto number(std::string_view key, int low, int high) {
        return [this, key, low, high](const Node& v) {
            return script_fields::read_whole_number(v, key, low, high, m_reporter);
        };
    }
    auto partner(std::string_view key) {
        return [this, key](const Node& v) { return read_partner(v, key); };
    }
    auto quorum(std::string_view key) {
        return [this, key](const Node& v) -> std::optional<Quorum> {
            auto index = script_fields::read_word(v, key, {"both", "either"}, m_reporter);
            if (!index) return std::nullopt;
            return *index == 0 ? Quorum::both : Quorum::either;
        };
    }
    auto overtime(std::string_view key) {
        return [this, key](const Node& v) -> std::optional<Overtime> {
            auto index = script_fields::read_word(v, key, {"count", "advance"}, m_reporter);
            if (!index) return std::nullopt;
            return *index == 0 ? Overtime::count : Overtime::advance;
        };
    }

    void warn_if_short_turn(std::string_view key, Seconds time, std::string_view what) {
        if (time >= short_turn || time <= Seconds{0}) return;
        const Node* value = m_fields.optional(key);
        m_reporter.warning(value ? value->pos : m_fields.anchor(),
                           std::string(what) + " of " + format_short(time) +
                               " is very short; a turn under 15 seconds leaves hardly any time "
                               "to speak");
    }

    std::optional<Seat> read_partner(const Node& value, std::string_view key) {
        auto id = script_fields::read_name(value, key, m_reporter);
        if (!id) return std::nullopt;
        if (!m_context.partners_valid) return Seat::left;  // the partners' own errors say enough
        std::vector<std::string> ids{m_context.partners[0].id, m_context.partners[1].id};
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (*id == ids[i]) return seat_at(i);
        }
        m_reporter.error(value.pos, in_quotes(key) + " must be the id of a partner, " + script_fields::list_words(ids) +
                                        "; found " + yaml::describe(value) + did_you_mean(*id, ids));
        return std::nullopt;
    }

    const MapFields& fields() const { return m_fields; }
    Reporter& reporter() const { return m_reporter; }

private:
    const MapFields& m_fields;
    const StepContext& m_context;
    Reporter& m_reporter;
};

StepBody read_say(KindReader& r) {
    SayStep say;
    read_required(r.fields(), "text", "the text to show", say.text, r.required_text("text"));
    read_optional(r.fields(), "time", say.time, r.duration("time"));
    return say;
}

StepBody read_turn(KindReader& r) {
    TurnStep turn;
    const MapFields& f = r.fields();
    read_required(f, "speaker", "the id of the partner who speaks", turn.speaker, r.partner("speaker"));
    read_required(f, "time", "a duration like 2m", turn.time, r.duration("time"));
    read_optional(f, "prompt", turn.prompt, r.text("prompt"));
    if (const Node* hints = f.optional("hints")) {
        if (auto list = script_fields::read_text_list(*hints, "hints", r.reporter())) turn.hints = *list;
    }
    read_optional(f, "overtime", turn.overtime, r.overtime("overtime"));
    r.warn_if_short_turn("time", turn.time, "a turn");
    return turn;
}

StepBody read_reflect(KindReader& r) {
    ReflectStep reflect;
    const MapFields& f = r.fields();
    read_required(f, "listener", "the id of the partner who paraphrases", reflect.listener, r.partner("listener"));
    read_required(f, "time", "a duration like 1m", reflect.time, r.duration("time"));
    read_optional(f, "prompt", reflect.prompt, r.text("prompt"));
    read_optional(f, "rounds", reflect.rounds, r.number("rounds", 1, max_rounds));
    read_optional(f, "clarify", reflect.clarify, r.duration("clarify"));
    return reflect;
}

StepBody read_exchange(KindReader& r) {
    ExchangeStep exchange;
    const MapFields& f = r.fields();
    read_required(f, "first", "the id of the partner who speaks first", exchange.first, r.partner("first"));
    read_required(f, "rounds", "a whole number of rounds, like 2", exchange.rounds, r.number("rounds", 1, max_rounds));
    read_required(f, "turn", "the length of each turn, like 2m", exchange.turn, r.duration("turn"));
    read_required(f, "reflect", "the length of each reflection, like 1m", exchange.reflect, r.duration("reflect"));
    read_optional(f, "prompt", exchange.prompt, r.text("prompt"));
    r.warn_if_short_turn("turn", exchange.turn, "an exchange turn");
    return exchange;
}

StepBody read_checkin(KindReader& r) {
    CheckinStep checkin;
    const MapFields& f = r.fields();
    read_required(f, "question", "the question both partners answer", checkin.question, r.required_text("question"));
    const std::size_t errors_before = r.reporter().error_count();
    read_optional(f, "scale", checkin.scale, r.number("scale", 2, max_scale));
    const bool scale_ok = r.reporter().error_count() == errors_before;
    // Without a valid scale the threshold can only be checked against the widest one.
    read_optional(f, "pause_at_or_below", checkin.pause_at_or_below,
                  r.number("pause_at_or_below", 1, scale_ok ? checkin.scale : max_scale));
    return checkin;
}

std::optional<BreathPattern> read_pattern(const Node& value, Reporter& reporter) {
    if (!value.is_sequence()) {
        if (value.is_scalar() && value.text == "box") return BreathPattern::box();
        if (value.is_scalar() && value.text == "4-7-8") return BreathPattern::four_seven_eight();
        reporter.error(value.pos,
                       "'pattern' must be 'box', '4-7-8' or a list of 4 phases in seconds "
                       "(in, hold, out, hold), like [4, 7, 8, 0]; found " +
                           yaml::describe(value));
        return std::nullopt;
    }
    if (value.items.size() != 4) {
        reporter.error(value.pos,
                       "a breathing pattern lists 4 phases in seconds (in, hold, out, "
                       "hold), like [4, 4, 4, 4]; found " +
                           std::to_string(value.items.size()));
        return std::nullopt;
    }
    static const char* const phase_names[] = {"breathing in", "the first hold", "breathing out", "the second hold"};
    BreathPattern pattern;
    bool ok = true;
    for (std::size_t i = 0; i < 4; ++i) {
        const Node& item = value.items[i];
        // The range is checked here, so that the message names the phase.
        auto seconds = script_fields::read_whole_number(item, "pattern", 0, 1'000'000, reporter);
        if (!seconds) {
            ok = false;
        } else if (*seconds == 0 && (i == 0 || i == 2)) {
            reporter.error(item.pos, std::string(phase_names[i]) + " must last at least 1 second; found 0");
            ok = false;
        } else if (*seconds > max_phase_seconds) {
            reporter.error(item.pos, std::string(phase_names[i]) + " can last at most " +
                                         std::to_string(max_phase_seconds) + " seconds; found " +
                                         std::to_string(*seconds));
            ok = false;
        } else {
            pattern.phases[i] = Seconds{*seconds};
        }
    }
    if (!ok) return std::nullopt;
    return pattern;
}

StepBody read_breathe(KindReader& r) {
    BreatheStep breathe;
    const MapFields& f = r.fields();
    read_required(f, "time", "a duration like 1m", breathe.time, r.duration("time"));
    read_optional(f, "pattern", breathe.pattern, [&r](const Node& v) { return read_pattern(v, r.reporter()); });
    return breathe;
}

StepBody read_agreement(KindReader& r) {
    AgreementStep agreement;
    read_required(r.fields(), "prompt", "the question the agreement answers", agreement.prompt,
                  r.required_text("prompt"));
    read_optional(r.fields(), "confirm", agreement.confirm, r.quorum("confirm"));
    return agreement;
}

std::optional<ChoiceOption> read_option(const Node& node, std::size_t number, Reporter& reporter,
                                        std::optional<PendingGoto>& pending) {
    if (!node.is_map()) {
        reporter.error(node.pos,
                       "each option must be a map like { label: Stop, end: true } or "
                       "{ label: Again, goto: ITEM-ID }; found " +
                           yaml::describe(node));
        return std::nullopt;
    }
    const MapFields fields(node, node.pos, "option " + std::to_string(number), reporter);
    fields.allow_only({"label", "goto", "end"});
    ChoiceOption option;
    option.pos = node.pos;
    read_required(fields, "label", "the text on the option's button", option.label,
                  [&](const Node& v) { return script_fields::read_name(v, "label", reporter); });
    const Node* target = fields.optional("goto");
    const Node* end = fields.optional("end");
    if (target && end) {
        reporter.error(script_fields::key_position(node, "end"),
                       "an option either goes to an item ('goto') or ends the conversation "
                       "('end: true'), not both");
    } else if (!target && !end) {
        reporter.error(node.pos, "option " + std::to_string(number) +
                                     " needs 'goto: ITEM-ID' or 'end: true' to say where it leads");
    } else if (target) {
        if (auto id = script_fields::read_name(*target, "goto", reporter)) {
            pending = PendingGoto{0, *id, target->pos};
        }
    } else if (auto value = script_fields::read_bool(*end, "end", reporter)) {
        if (!*value) {
            reporter.error(end->pos, "'end' can only be true; to go to an item write 'goto: ITEM-ID'");
        }
        option.end = *value;
    }
    return option;
}

StepBody read_choice(KindReader& r, std::vector<PendingGoto>& gotos) {
    ChoiceStep choice;
    const MapFields& f = r.fields();
    read_required(f, "question", "the question shown above the options", choice.question, r.required_text("question"));
    const Node* options = f.required("options", "a list of options, each {label, goto} or {label, end: true}");
    if (!options) return choice;
    if (!options->is_sequence() || options->items.empty()) {
        r.reporter().error(options->pos,
                           "'options' must be a non-empty list of options, each "
                           "{ label, goto: ITEM-ID } or { label, end: true }; found " +
                               (options->is_sequence() ? std::string("an empty list") : yaml::describe(*options)));
        return choice;
    }
    for (std::size_t i = 0; i < options->items.size(); ++i) {
        std::optional<PendingGoto> pending;
        auto option = read_option(options->items[i], i + 1, r.reporter(), pending);
        if (!option) continue;
        if (pending) {
            pending->option = choice.options.size();
            gotos.push_back(std::move(*pending));
        }
        choice.options.push_back(std::move(*option));
    }
    return choice;
}

// The step's single kind key, or nullptr after reporting why there is none.
const yaml::MapEntry* find_kind(const Node& node, Reporter& reporter) {
    const yaml::MapEntry* kind = nullptr;
    for (const yaml::MapEntry& entry : node.entries) {
        if (std::find(step_kind_names().begin(), step_kind_names().end(), entry.key.text) == step_kind_names().end()) {
            continue;
        }
        if (kind) {
            reporter.error(entry.key.pos, "a step has exactly one kind, but this one has both " +
                                              in_quotes(kind->key.text) + " and " + in_quotes(entry.key.text) +
                                              "; start a new step with '- '");
            continue;
        }
        kind = &entry;
    }
    if (!kind) {
        const std::string kinds_text = script_fields::list_words(step_kind_names());
        if (node.entries.empty()) {
            reporter.error(node.pos, "this step is empty; a step starts with one of " + kinds_text);
        } else {
            const yaml::MapEntry& first = node.entries.front();
            const std::string hint = did_you_mean(first.key.text, step_kind_names());
            reporter.error(first.key.pos, "this step has no kind; a step starts with one of " + kinds_text +
                                              ", found " + in_quotes(first.key.text) + hint);
        }
    }
    return kind;
}

// Keys next to the kind key: usually options that lost their indentation.
void check_step_keys(const Node& node, const yaml::MapEntry& kind, const KindInfo& info, Reporter& reporter) {
    for (const yaml::MapEntry& entry : node.entries) {
        const std::string& key = entry.key.text;
        if (&entry == &kind ||
            std::find(step_kind_names().begin(), step_kind_names().end(), key) != step_kind_names().end()) {
            continue;
        }
        if (std::find(info.options.begin(), info.options.end(), key) != info.options.end()) {
            reporter.error(entry.key.pos, in_quotes(key) + " belongs inside the " + info.name +
                                              " step's options: indent it under '" + info.name +
                                              ":' (or put it inside its { })");
        } else {
            reporter.error(entry.key.pos, "unknown key " + in_quotes(key) + " in a " + info.name + " step" +
                                              did_you_mean(key, info.options));
        }
    }
}

}  // namespace

const std::vector<std::string>& step_kind_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const KindInfo& info : kinds()) out.push_back(info.name);
        return out;
    }();
    return names;
}

ReadStep read_step(const Node& node, const StepContext& context) {
    Reporter& reporter = context.reporter;
    if (!node.is_map()) {
        reporter.error(node.pos,
                       "a step must be a map that starts with its kind, like "
                       "'say: Welcome' or 'turn: { speaker: a, time: 2m }'; found " +
                           yaml::describe(node));
        return {};
    }
    const std::size_t errors_before = reporter.error_count();
    const yaml::MapEntry* kind = find_kind(node, reporter);
    if (!kind) return {};
    const auto index = static_cast<std::size_t>(
        std::find(step_kind_names().begin(), step_kind_names().end(), kind->key.text) - step_kind_names().begin());
    const KindInfo& info = kinds()[index];
    check_step_keys(node, *kind, info, reporter);

    ReadStep read;
    Step step;
    step.pos = kind->key.pos;
    const Node& options = kind->value;
    const std::string name = std::string("the ") + info.name + " step";
    if (index == 0 && options.is_scalar()) {
        // Read like the `text` option, so that a block text ends at its last word.
        step.body = SayStep{script_fields::read_name(options, "say", reporter).value_or(""), std::nullopt};
        read.step = std::move(step);
        return read;
    }
    if (options.is_null() && index == 0) {
        reporter.error(kind->key.pos, "the say step is empty; write the text after 'say:'");
        return {};
    }
    if (options.is_null()) {
        reporter.error(kind->key.pos, name + " has no options; write them like " + info.example);
        return {};
    }
    if (!options.is_map()) {
        reporter.error(options.pos, name + " needs its options as a map, like " + info.example + "; found " +
                                        yaml::describe(options));
        return {};
    }
    const MapFields fields(options, kind->key.pos, name, reporter);
    fields.allow_only(info.options);
    KindReader reader(fields, context);
    switch (static_cast<StepKind>(index)) {
        case StepKind::say:
            step.body = read_say(reader);
            break;
        case StepKind::turn:
            step.body = read_turn(reader);
            break;
        case StepKind::reflect:
            step.body = read_reflect(reader);
            break;
        case StepKind::exchange:
            step.body = read_exchange(reader);
            break;
        case StepKind::checkin:
            step.body = read_checkin(reader);
            break;
        case StepKind::breathe:
            step.body = read_breathe(reader);
            break;
        case StepKind::agreement:
            step.body = read_agreement(reader);
            break;
        case StepKind::choice:
            step.body = read_choice(reader, read.gotos);
            break;
    }
    if (reporter.error_count() == errors_before) read.step = std::move(step);
    return read;
}

}  // namespace attune::script_loading
