#include "script_format.hpp"

#include <cassert>

namespace attune::script_format {
namespace {

using enum ValueType;
constexpr Presence required = Presence::required;

// Word lists in the order of the enums they are read into.
constexpr std::array<std::string_view, 2> overtime_words{"count", "advance"};
constexpr std::array<std::string_view, 2> quorum_words{"both", "either"};
constexpr std::array<std::string_view, 2> review_which_words{"due", "all"};
static_assert(static_cast<std::size_t>(ReviewWhich::all) + 1 == review_which_words.size());
constexpr std::array<std::string_view, 3> breathing_words{"box", "4-7-8", "none"};
constexpr std::array<std::string_view, 2> pattern_words{"box", "4-7-8"};
static_assert(static_cast<std::size_t>(Overtime::advance) + 1 == overtime_words.size());
static_assert(static_cast<std::size_t>(Quorum::either) + 1 == quorum_words.size());

// Upper bounds that no real script reaches; they keep sums far from overflow.
constexpr int max_pauses = 100;
constexpr int max_rounds = 20;
constexpr int max_scale = 10;
constexpr int max_phase_seconds = 60;

constexpr KeyFormat partner_keys[] = {
    {.name = "id",
     .type = name,
     .presence = required,
     .expected = "a short id used by speaker, listener and first",
     .description =
         "Short name used by `speaker`, `listener` and `first`, e.g. `a` or `sam`. The two ids must differ."},
    {.name = "name",
     .type = name,
     .presence = required,
     .expected = "the name shown on screen",
     .description = "The name shown on screen, e.g. `Partner A`. Can be replaced on the start screen."},
};
constexpr MapFormat partner_map{"partner", "One partner: the `id` that steps use and the `name` shown on screen.",
                                partner_keys};

constexpr KeyFormat settings_keys[] = {
    {.name = "warn_at",
     .type = duration_list,
     .default_value = "[1m, 15s]",
     .description = "Remaining-time thresholds of a timed step: at each, the countdown changes colour and a soft cue "
                    "sounds."},
    {.name = "overtime",
     .type = word,
     .default_value = "count",
     .words = overtime_words,
     .description = "What a timed step does at 0:00: `count` counts up in overtime (`+0:12`) and waits for Next; "
                    "`advance` goes on by itself."},
    {.name = "sound",
     .type = boolean,
     .default_value = "true",
     .description = "Soft cues at the thresholds and at turn changes. `true` or `false` (not yes/no)."},
    {.name = "review_in",
     .type = period,
     .default_value = "2w",
     .description = "When an agreement made in this script comes up for review, counted from the day it was made: "
                    "days or weeks, like `1w` or `30d`, at most `52w`. An agreement step's own `review_in` "
                    "overrides it."},
    {.name = "meet_every",
     .type = period,
     .default_note = "none, no date is suggested",
     .description = "How far ahead this script suggests the next conversation when a kept conversation ends, like "
                    "`1w`; both partners agree to the date or skip it."},
};
constexpr MapFormat settings_map{"settings", "Defaults for every step of the script.", settings_keys};

constexpr KeyFormat pause_keys[] = {
    {.name = "cooldown",
     .type = duration,
     .default_value = "20m",
     .description = "Minimum cool-down before the conversation can resume. The default is the time a body commonly "
                    "needs to calm down after flooding."},
    {.name = "extend",
     .type = duration,
     .default_value = "5m",
     .description = "What \"we need more time\" adds to the cool-down, and what an item's time box grows by when both "
                    "ask for more."},
    {.name = "max",
     .type = whole_number,
     .default_value = "3",
     .low = 0,
     .high = max_pauses,
     .description = "Pauses in one session before the kiosk suggests stopping for today. `0` means no limit."},
    {.name = "message",
     .type = text,
     .default_note = "a calm built-in text",
     .description = "Text shown during the cool-down."},
    {.name = "breathing",
     .type = word,
     .default_value = "box",
     .words = breathing_words,
     .description = "The breathing guide during the cool-down: `box` (4-4-4-4), `4-7-8`, or `none`."},
    {.name = "resume",
     .type = word,
     .default_value = "both",
     .words = quorum_words,
     .description = "Who confirms \"ready\" before the interrupted step goes on: `both` partners or `either` one."},
    {.name = "signal",
     .type = text,
     .default_note = "none",
     .description = "The pause signal the partners agreed on (a word or a gesture), shown with the pause button, e.g. "
                    "`harbour`."},
};
constexpr MapFormat pause_map{"pause",
                              "The pause rule. Either partner can call a pause at any moment; all timers freeze, a "
                              "cool-down countdown runs, and resuming stays locked until it has run out.",
                              pause_keys};

constexpr KeyFormat say_keys[] = {
    {.name = "text",
     .type = name,
     .presence = required,
     .expected = "the text to show",
     .description = "The text shown."},
    {.name = "time",
     .type = duration,
     .description = "Optional: the step goes on by itself after this time. Without it the step waits for Next and "
                    "plans as 0."},
};
constexpr MapFormat say_map{"say",
                            "Text on screen; Next goes on (or the time runs out). Either plain text or a map `{text, "
                            "time}`.",
                            say_keys};

constexpr KeyFormat turn_keys[] = {
    {.name = "speaker",
     .type = partner_id,
     .presence = required,
     .expected = "the id of the partner who speaks",
     .description = "Id of the partner who has the floor."},
    {.name = "time",
     .type = duration,
     .presence = required,
     .expected = "a duration like 2m",
     .description = "How long the speaker has the floor."},
    {.name = "prompt", .type = text, .description = "What the speaker is invited to talk about."},
    {.name = "hints",
     .type = text_list,
     .description = "Sentence starters shown under the prompt, e.g. \"I feel … when …\"."},
    {.name = "overtime",
     .type = word,
     .default_note = "`settings.overtime`",
     .words = overtime_words,
     .description = "What this turn does at 0:00; overrides `settings.overtime` for this turn."},
};
constexpr MapFormat turn_map{"turn",
                             "The speaker has the floor with a countdown; the listener is reminded to listen without "
                             "interrupting.",
                             turn_keys};

constexpr KeyFormat reflect_keys[] = {
    {.name = "listener",
     .type = partner_id,
     .presence = required,
     .expected = "the id of the partner who paraphrases",
     .description = "Id of the partner who paraphrases."},
    {.name = "time",
     .type = duration,
     .presence = required,
     .expected = "a duration like 1m",
     .description = "Time for one reflection."},
    {.name = "prompt", .type = text, .description = "A hint for the listener, e.g. \"What I hear you say is …\"."},
    {.name = "rounds",
     .type = whole_number,
     .default_value = "2",
     .low = 1,
     .high = max_rounds,
     .description = "At most this many reflections in all."},
    {.name = "clarify",
     .type = duration,
     .default_value = "1m",
     .description = "Time the speaker has to clarify after \"not quite\"."},
};
constexpr MapFormat reflect_map{"reflect",
                                "The listener paraphrases what the other partner said; the speaker answers \"that's "
                                "it\" (go on) or \"not quite\" (clarify, then the listener reflects again), at most "
                                "`rounds` reflections in all.",
                                reflect_keys};

constexpr KeyFormat exchange_keys[] = {
    {.name = "first",
     .type = partner_id,
     .presence = required,
     .expected = "the id of the partner who speaks first",
     .description = "Id of the partner who speaks first."},
    {.name = "rounds",
     .type = whole_number,
     .presence = required,
     .expected = "a whole number of rounds, like 2",
     .low = 1,
     .high = max_rounds,
     .description = "How many turn + reflect pairs; the floor alternates after each."},
    {.name = "turn",
     .type = duration,
     .presence = required,
     .expected = "the length of each turn, like 2m",
     .description = "Length of each turn."},
    {.name = "reflect",
     .type = duration,
     .presence = required,
     .expected = "the length of each reflection, like 1m",
     .description = "Length of each reflection."},
    {.name = "prompt", .type = text, .description = "What each speaker is invited to talk about."},
};
constexpr MapFormat exchange_map{
    "exchange", "Shorthand for `rounds` pairs of turn + reflect, the floor alternating, starting with `first`.",
    exchange_keys};

constexpr KeyFormat checkin_keys[] = {
    {.name = "question",
     .type = name,
     .presence = required,
     .expected = "the question both partners answer",
     .description = "The question, e.g. \"How calm do you feel right now?\"."},
    {.name = "scale",
     .type = whole_number,
     .default_value = "5",
     .low = 2,
     .high = max_scale,
     .description = "Answers run from 1 to this number."},
    {.name = "pause_at_or_below",
     .type = whole_number,
     .low = 1,
     .high = max_scale,
     .description = "An answer at or below this number calls a pause by itself. Must lie within the scale."},
    {.name = "reveal",
     .type = boolean,
     .default_value = "true",
     .description = "`true`: both answers are shown together on the summary once both have answered. `false`: the "
                    "answers only serve the automatic pause; they are neither shown nor kept."},
    {.name = "track",
     .type = name,
     .default_note = "the question's text",
     .description = "The line of the trends that this check-in's revealed answers join. Check-ins with the same "
                    "track, in any script the couple uses, form one line across their conversations; give them the "
                    "same scale."},
};
constexpr MapFormat checkin_map{"checkin",
                                "Each partner answers the question in turn on a scale of 1..scale; an answer at or "
                                "below `pause_at_or_below` calls a pause by itself. With `reveal: false` the answers "
                                "are neither shown nor kept.",
                                checkin_keys};

constexpr KeyFormat breathe_keys[] = {
    {.name = "time",
     .type = duration,
     .presence = required,
     .expected = "a duration like 1m",
     .description = "How long the breathing guide runs."},
    {.name = "pattern",
     .type = breath_pattern,
     .default_value = "box",
     .low = 0,
     .high = max_phase_seconds,
     .words = pattern_words,
     .description = "`box` (4-4-4-4), `4-7-8`, or a list of 4 phase lengths in whole seconds: in, hold, out, hold. "
                    "Breathing in and out last at least 1 second; a hold may be 0."},
};
constexpr MapFormat breathe_map{"breathe", "A guided breathing animation.", breathe_keys};

constexpr KeyFormat agreement_keys[] = {
    {.name = "prompt",
     .type = name,
     .presence = required,
     .expected = "the question the agreement answers",
     .description = "What the agreement is about, e.g. \"What will each of us try this week?\"."},
    {.name = "confirm",
     .type = word,
     .default_value = "both",
     .words = quorum_words,
     .description = "Who confirms the agreement: `both` partners or `either` one."},
    {.name = "review_in",
     .type = period,
     .default_note = "`settings.review_in`",
     .description = "When this agreement comes up for review in a kept conversation, counted from the day it was "
                    "made: days or weeks, like `1w` or `30d`, at most `52w`."},
};
constexpr MapFormat agreement_map{"agreement",
                                  "The partners put an agreement into words (typed, or \"agreed aloud\"); it is "
                                  "confirmed and kept in the session record; in a kept conversation it joins the "
                                  "couple's agreements and comes up for review after `review_in`.",
                                  agreement_keys};

constexpr KeyFormat option_keys[] = {
    {.name = "label",
     .type = name,
     .presence = required,
     .expected = "the text on the option's button",
     .description = "The answer's text on its button."},
    {.name = "goto", .type = name, .description = "The `id` of the agenda item to go to."},
    {.name = "end", .type = flag_true, .description = "`true`: this answer ends the session."},
};
constexpr std::array<std::string_view, 2> option_targets{"goto", "end"};
constexpr MapFormat option_map{"option",
                               "One answer of a choice: a label and either `goto` (an item id) or `end: true`.",
                               option_keys, option_targets};

constexpr KeyFormat choice_keys[] = {
    {.name = "question",
     .type = name,
     .presence = required,
     .expected = "the question shown above the options",
     .description = "The question, e.g. \"Go on or stop here?\"."},
    {.name = "options",
     .type = list_of_maps,
     .presence = required,
     .expected = "a list of options, each {label, goto} or {label, end: true}",
     .nested = &option_map,
     .description = "The answers, each `{label, goto: item id}` or `{label, end: true}`."},
};
constexpr MapFormat choice_map{"choice", "The partners choose where to go next.", choice_keys};

constexpr KeyFormat review_keys[] = {
    {.name = "prompt",
     .type = text,
     .description = "What the review is about, shown above each agreement; empty: the built-in words."},
    {.name = "which",
     .type = word,
     .default_value = "due",
     .words = review_which_words,
     .description = "`due`: the agreements whose review date has come; `all`: every agreement in force."},
};
constexpr MapFormat review_map{"review",
                               "The couple's earlier agreements come back one at a time: both say how it is going, "
                               "then together keep, reword or let go of it.",
                               review_keys};

constexpr std::array<StepFormat, step_kind_count> steps{{
    {StepKind::say, "say", "say: Some text, or say: { text: Some text, time: 1m }", &say_map, "text"},
    {StepKind::turn, "turn", "turn: { speaker: a, time: 2m }", &turn_map},
    {StepKind::reflect, "reflect", "reflect: { listener: b, time: 1m }", &reflect_map},
    {StepKind::exchange, "exchange", "exchange: { first: a, rounds: 2, turn: 2m, reflect: 1m }", &exchange_map},
    {StepKind::checkin, "checkin", "checkin: { question: How calm do you feel?, scale: 5 }", &checkin_map},
    {StepKind::breathe, "breathe", "breathe: { time: 1m, pattern: box }", &breathe_map},
    {StepKind::agreement, "agreement", "agreement: { prompt: What will we try? }", &agreement_map},
    {StepKind::choice, "choice", "choice: { question: Go on?, options: [{ label: Stop, end: true }] }", &choice_map},
    {StepKind::review, "review", "review: { which: due }", &review_map},
}};

// A kind added to StepKind and StepBody but not here leaves an empty entry
// (the array has one per alternative), and one listed out of order breaks
// the loader's dispatch: both stop the build.
consteval bool steps_follow_step_kinds() {
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].kind != static_cast<StepKind>(i) || steps[i].name.empty() || steps[i].options == nullptr) {
            return false;
        }
        if (steps[i].name != step_kind_name(steps[i].kind)) return false;
    }
    return true;
}
static_assert(steps_follow_step_kinds(), "step_formats must list every step kind, in the order of StepKind");

constexpr KeyFormat item_keys[] = {
    {.name = "id", .type = name, .description = "Unique name of the item, the target of a choice's `goto`."},
    {.name = "title",
     .type = name,
     .presence = required,
     .expected = "the heading shown while the item runs",
     .description = "The heading shown while the item runs."},
    {.name = "time",
     .type = duration,
     .description = "Time box of the item. When it runs out, the current step finishes, then the kiosk offers \"move "
                    "on\" or \"take `pause.extend` more\" (both must agree)."},
    {.name = "steps",
     .type = step_list,
     .presence = required,
     .expected = "a list of steps",
     .description = "A non-empty list of steps, each with exactly one kind key."},
};
constexpr MapFormat item_map{"item", "One agenda item: a heading and the steps under it.", item_keys};

constexpr KeyFormat top_level_keys[] = {
    {.name = "title",
     .type = name,
     .presence = required,
     .expected = "the text shown on the start screen",
     .description = "The script's name, shown on the start screen and in session records."},
    {.name = "description",
     .type = text,
     .description = "One paragraph for the start screen: what the conversation is for and which method it follows."},
    {.name = "language",
     .type = language_tag,
     .default_value = "en",
     .description = "BCP 47 language tag of the script's text, e.g. `en`, `de` or `de-CH`."},
    {.name = "partners",
     .type = partners,
     .default_note = "`[{id: a, name: Partner A}, {id: b, name: Partner B}]`",
     .nested = &partner_map,
     .description = "Exactly two partners as `{id, name}`. The first sits on the left, the second on the right. The "
                    "names can be replaced on the start screen."},
    {.name = "settings", .type = map, .nested = &settings_map, .description = "Defaults for every step of the script."},
    {.name = "pause", .type = map, .nested = &pause_map, .description = pause_map.description},
    {.name = "nudges",
     .type = text_list,
     .default_note = "a built-in set in the script's language",
     .description = "Short calm messages a counselor can show on the shared screen during the conversation (e.g. "
                    "`Slow down`, `Reflect first`), each at most 48 characters."},
    {.name = "agenda",
     .type = list_of_maps,
     .presence = required,
     .expected = "a list of agenda items",
     .nested = &item_map,
     .description = "The conversation: a non-empty list of items, run from top to bottom unless a choice jumps "
                    "elsewhere."},
};
constexpr MapFormat top_level_map{"script", "A conversation script for the attune kiosk.", top_level_keys};

}  // namespace

const MapFormat& top_level_format() { return top_level_map; }
const MapFormat& partner_format() { return partner_map; }
const MapFormat& settings_format() { return settings_map; }
const MapFormat& pause_format() { return pause_map; }
const MapFormat& item_format() { return item_map; }
const MapFormat& option_format() { return option_map; }

std::span<const StepFormat, step_kind_count> step_formats() { return steps; }

const StepFormat& step_format(StepKind kind) { return steps[static_cast<std::size_t>(kind)]; }

const KeyFormat& key_format(const MapFormat& map, std::string_view key) {
    for (const KeyFormat& entry : map.keys) {
        if (entry.name == key) return entry;
    }
    assert(false && "a key the format table does not list");
    return map.keys.front();
}

}  // namespace attune::script_format
