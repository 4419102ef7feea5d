#include "step_loader.hpp"

#include <algorithm>

#include "duration.hpp"
#include "script_format.hpp"
#include "suggest.hpp"

namespace attune::script_loading {
namespace {

using script_fields::MapFields;
using script_fields::Reporter;
using yaml::Node;

// Shorter turns are legal but leave hardly any time to speak.
constexpr Seconds short_turn{15};
using script_format::StepFormat;

template <class Value, class Target>
void assign_if(const std::optional<Value>& value, Target& target) {
    if (value) target = *value;
}

class KindReader {
public:
    KindReader(const MapFields& fields, const StepContext& context)
        : m_fields(fields), m_context(context), m_reporter(context.reporter) {}

    std::optional<Seat> partner(std::string_view key) {
        const Node* value = m_fields.value(key);
        return value ? read_partner(*value, key) : std::nullopt;
    }
    std::optional<Quorum> quorum(std::string_view key) const {
        auto index = m_fields.word(key);
        return index ? std::optional(static_cast<Quorum>(*index)) : std::nullopt;
    }
    std::optional<ReviewWhich> review_which(std::string_view key) const {
        auto index = m_fields.word(key);
        return index ? std::optional(static_cast<ReviewWhich>(*index)) : std::nullopt;
    }
    std::optional<Overtime> overtime(std::string_view key) const {
        auto index = m_fields.word(key);
        return index ? std::optional(static_cast<Overtime>(*index)) : std::nullopt;
    }

    void warn_if_short_turn(std::string_view key, Seconds time, std::string_view what) {
        if (time >= short_turn || time <= Seconds{0}) return;
        const Node* value = m_fields.value(key);
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
    assign_if(r.fields().text("text"), say.text);
    assign_if(r.fields().duration("time"), say.time);
    return say;
}

StepBody read_turn(KindReader& r) {
    TurnStep turn;
    const MapFields& f = r.fields();
    assign_if(r.partner("speaker"), turn.speaker);
    assign_if(f.duration("time"), turn.time);
    assign_if(f.text("prompt"), turn.prompt);
    assign_if(f.text_list("hints"), turn.hints);
    assign_if(r.overtime("overtime"), turn.overtime);
    r.warn_if_short_turn("time", turn.time, "a turn");
    return turn;
}

StepBody read_reflect(KindReader& r) {
    ReflectStep reflect;
    const MapFields& f = r.fields();
    assign_if(r.partner("listener"), reflect.listener);
    assign_if(f.duration("time"), reflect.time);
    assign_if(f.text("prompt"), reflect.prompt);
    assign_if(f.whole_number("rounds"), reflect.rounds);
    assign_if(f.duration("clarify"), reflect.clarify);
    return reflect;
}

StepBody read_exchange(KindReader& r) {
    ExchangeStep exchange;
    const MapFields& f = r.fields();
    assign_if(r.partner("first"), exchange.first);
    assign_if(f.whole_number("rounds"), exchange.rounds);
    assign_if(f.duration("turn"), exchange.turn);
    assign_if(f.duration("reflect"), exchange.reflect);
    assign_if(f.text("prompt"), exchange.prompt);
    r.warn_if_short_turn("turn", exchange.turn, "an exchange turn");
    return exchange;
}

StepBody read_checkin(KindReader& r) {
    CheckinStep checkin;
    const MapFields& f = r.fields();
    assign_if(f.text("question"), checkin.question);
    const std::size_t errors_before = r.reporter().error_count();
    assign_if(f.whole_number("scale"), checkin.scale);
    const bool scale_ok = r.reporter().error_count() == errors_before;
    // Without a valid scale the threshold can only be checked against the widest one.
    assign_if(f.whole_number("pause_at_or_below", scale_ok ? std::optional(checkin.scale) : std::nullopt),
              checkin.pause_at_or_below);
    assign_if(f.boolean("reveal"), checkin.reveal);
    // Without a name of its own, the question is the line its answers join.
    const std::optional<std::string> track = f.text("track");
    checkin.track = track.value_or(checkin.question);
    if (track && !checkin.reveal) {
        r.reporter().warning(f.value("track")->pos,
                             "a check-in with 'reveal: false' keeps no answers, so its track never draws a line; "
                             "leave out 'track', or reveal the answers");
    }
    return checkin;
}

std::optional<BreathPattern> read_pattern(const Node& value, const script_format::KeyFormat& format,
                                          Reporter& reporter) {
    const int max_phase_seconds = format.high;
    if (!value.is_sequence()) {
        // In the order of the table's words: box, 4-7-8.
        if (value.is_scalar() && value.text == format.words[0]) return BreathPattern::box();
        if (value.is_scalar() && value.text == format.words[1]) return BreathPattern::four_seven_eight();
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
    assign_if(f.duration("time"), breathe.time);
    if (const Node* pattern = f.value("pattern")) {
        assign_if(read_pattern(*pattern, script_format::key_format(f.format(), "pattern"), r.reporter()),
                  breathe.pattern);
    }
    return breathe;
}

StepBody read_agreement(KindReader& r) {
    AgreementStep agreement;
    assign_if(r.fields().text("prompt"), agreement.prompt);
    assign_if(r.quorum("confirm"), agreement.confirm);
    if (auto period = r.fields().period("review_in")) agreement.review_in = *period;
    return agreement;
}

StepBody read_review(KindReader& r) {
    ReviewStep review;
    assign_if(r.fields().text("prompt"), review.prompt);
    assign_if(r.review_which("which"), review.which);
    return review;
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
    const MapFields fields(node, node.pos, "option " + std::to_string(number), script_format::option_format(),
                           reporter);
    fields.check_keys();
    ChoiceOption option;
    option.pos = node.pos;
    assign_if(fields.text("label"), option.label);
    const Node* target = fields.value("goto");
    const Node* end = fields.value("end");
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
    assign_if(f.text("question"), choice.question);
    const Node* options = f.value("options");
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

bool has_required_keys(const script_format::MapFormat& format) {
    return std::any_of(format.keys.begin(), format.keys.end(), [](const script_format::KeyFormat& key) {
        return key.presence == script_format::Presence::required;
    });
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
void check_step_keys(const Node& node, const yaml::MapEntry& kind, const StepFormat& format, Reporter& reporter) {
    const std::string kind_name(format.name);
    for (const yaml::MapEntry& entry : node.entries) {
        const std::string& key = entry.key.text;
        if (&entry == &kind ||
            std::find(step_kind_names().begin(), step_kind_names().end(), key) != step_kind_names().end()) {
            continue;
        }
        const std::vector<std::string> options = script_fields::key_names(*format.options);
        if (std::find(options.begin(), options.end(), key) != options.end()) {
            reporter.error(entry.key.pos, in_quotes(key) + " belongs inside the " + kind_name +
                                              " step's options: indent it under '" + kind_name +
                                              ":' (or put it inside its { })");
        } else {
            reporter.error(entry.key.pos, "unknown key " + in_quotes(key) + " in a " + kind_name + " step" +
                                              did_you_mean(key, options));
        }
    }
}

}  // namespace

const std::vector<std::string>& step_kind_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const StepFormat& format : script_format::step_formats()) out.emplace_back(format.name);
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
    const StepFormat& format = script_format::step_formats()[index];
    check_step_keys(node, *kind, format, reporter);

    ReadStep read;
    Step step;
    step.pos = kind->key.pos;
    // A kind whose options all have defaults (`review`) may be written alone,
    // `- review:`, as if its options were `{}`.
    Node no_options;
    no_options.kind = yaml::NodeKind::map;
    no_options.pos = kind->key.pos;
    const Node& options = kind->value.is_null() && !has_required_keys(*format.options) ? no_options : kind->value;
    const std::string name = "the " + std::string(format.name) + " step";
    if (!format.shorthand_key.empty() && options.is_scalar()) {
        // Read like the `text` option, so that a block text ends at its last word.
        step.body = SayStep{script_fields::read_name(options, "say", reporter).value_or(""), std::nullopt};
        read.step = std::move(step);
        return read;
    }
    if (options.is_null() && !format.shorthand_key.empty()) {
        reporter.error(kind->key.pos, "the say step is empty; write the text after 'say:'");
        return {};
    }
    if (options.is_null()) {
        reporter.error(kind->key.pos, name + " has no options; write them like " + std::string(format.example));
        return {};
    }
    if (!options.is_map()) {
        reporter.error(options.pos, name + " needs its options as a map, like " + std::string(format.example) +
                                        "; found " + yaml::describe(options));
        return {};
    }
    const MapFields fields(options, kind->key.pos, name, *format.options, reporter);
    fields.check_keys();
    KindReader reader(fields, context);
    switch (format.kind) {
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
        case StepKind::review:
            step.body = read_review(reader);
            break;
    }
    if (reporter.error_count() == errors_before) read.step = std::move(step);
    return read;
}

}  // namespace attune::script_loading
