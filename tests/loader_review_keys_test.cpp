// The keys that make agreements live over weeks: periods in `settings`
// (`review_in`, `meet_every`) and on an agreement (`review_in`), a check-in's
// `track`, and the `review` step; each read as written, each mistake said at
// its value with file:line:col.
#include <catch2/catch.hpp>

#include "loader_test_helpers.hpp"
#include "script_loader.hpp"

using namespace attune;
using loader_test::all_messages;

namespace {

ScriptLoad load(const std::string& text) { return load_script_text(text, "s.yaml"); }

Script load_ok(const std::string& text) {
    const ScriptLoad loaded = load(text);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    return *loaded.script;
}

// The one diagnostic of a script that must have exactly one, as --validate prints it.
std::string only_message(const std::string& text) {
    const ScriptLoad loaded = load(text);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.diagnostics.size() == 1);
    return loaded.diagnostics.front().format();
}

// Settings on line 2, the steps from line 6 on.
std::string script(const std::string& settings, const std::string& steps) {
    return "title: Frame\n" + (settings.empty() ? "settings: {}\n" : "settings: { " + settings + " }\n") +
           "agenda:\n"
           "  - title: Item\n"
           "    steps:\n" +
           steps;
}

const std::string a_step = "      - say: Hello\n";

}  // namespace

TEST_CASE("settings take review_in and meet_every as days or weeks", "[loader][period]") {
    const Script plain = load_ok(script("", a_step));
    CHECK(plain.settings.review_in == weeks(2));
    CHECK_FALSE(plain.settings.meet_every.has_value());

    const Script set = load_ok(script("review_in: 3w, meet_every: 10d", a_step));
    CHECK(set.settings.review_in == weeks(3));
    CHECK(set.settings.meet_every == days(10));

    const Script quoted = load_ok(script("review_in: \"1d\", meet_every: 52w", a_step));
    CHECK(quoted.settings.review_in == days(1));
    CHECK(quoted.settings.meet_every == weeks(52));
}

TEST_CASE("an agreement comes up for review after its own period, or the script's", "[loader][period]") {
    const Script loaded = load_ok(script("review_in: 3w",
                                         "      - agreement: { prompt: What now?, review_in: 1w }\n"
                                         "      - agreement: { prompt: And then? }\n"));
    const auto& first = std::get<AgreementStep>(loaded.agenda[0].steps[0].body);
    const auto& second = std::get<AgreementStep>(loaded.agenda[0].steps[1].body);
    CHECK(first.review_in == weeks(1));
    CHECK_FALSE(second.review_in.has_value());
    CHECK(loaded.review_in(first) == days(7));
    CHECK(loaded.review_in(second) == weeks(3));
    // Without settings, the format's default of two weeks.
    const Script plain = load_ok(script("", "      - agreement: { prompt: And then? }\n"));
    CHECK(plain.review_in(std::get<AgreementStep>(plain.agenda[0].steps[0].body)) == days(14));
}

TEST_CASE("a period written wrong is said at its value, calmly, with how to write it", "[loader][period]") {
    CHECK(only_message(script("review_in: 1m", a_step)) ==
          "s.yaml:2:24: error: 'review_in' must be whole days or weeks, like 3d, 1w or 2w; found the text '1m' (4w "
          "is about a month)");
    CHECK(only_message(script("review_in: 2h", a_step)) ==
          "s.yaml:2:24: error: 'review_in' must be whole days or weeks, like 3d, 1w or 2w; found the text '2h'");
    CHECK(only_message(script("meet_every: 1.5w", a_step)) ==
          "s.yaml:2:25: error: 'meet_every' must be whole days or weeks, like 3d, 1w or 2w; found the text '1.5w'");
    CHECK(only_message(script("meet_every: 1w3d", a_step)) ==
          "s.yaml:2:25: error: 'meet_every' must be whole days or weeks, like 3d, 1w or 2w; found the text '1w3d'");
    CHECK(only_message(script("meet_every: [1w]", a_step)) ==
          "s.yaml:2:25: error: 'meet_every' must be whole days or weeks, like 3d, 1w or 2w; found a list");
    CHECK(only_message(script("review_in: 14", a_step)) ==
          "s.yaml:2:24: error: 'review_in' needs a unit, d for days or w for weeks, like 14d or 2w; found 14");
    CHECK(only_message(script("review_in: 10", a_step)) ==
          "s.yaml:2:24: error: 'review_in' needs a unit, d for days or w for weeks, like 10d; found 10");
    CHECK(only_message(script("review_in: 0w", a_step)) ==
          "s.yaml:2:24: error: 'review_in' must be longer than zero; found 0w");
    CHECK(only_message(script("meet_every: 53w", a_step)) ==
          "s.yaml:2:25: error: 'meet_every' must be at most a year (52w); found 53w");
    CHECK(only_message(script("", "      - agreement: { prompt: What now?, review_in: 400d }\n")) ==
          "s.yaml:6:52: error: 'review_in' must be at most a year (52w); found 400d");
    CHECK(only_message(script("", "      - agreement: { prompt: What now?, review_in: 1 week }\n")) ==
          "s.yaml:6:52: error: 'review_in' must be whole days or weeks, like 3d, 1w or 2w; found the text '1 week'");
}

TEST_CASE("a misspelt period key is an unknown key with a suggestion", "[loader][period]") {
    CHECK(only_message(script("review_on: 2w", a_step)) ==
          "s.yaml:2:13: error: unknown key 'review_on' in settings; did you mean 'review_in'?");
    CHECK(only_message(script("", "      - agreement: { prompt: What now?, reviewin: 2w }\n")) ==
          "s.yaml:6:41: error: unknown key 'reviewin' in the agreement step; did you mean 'review_in'?");
}

TEST_CASE("a check-in's track is its question unless it names one", "[loader][track]") {
    const Script loaded = load_ok(script("",
                                         "      - checkin: { question: How calm do you feel?, scale: 5 }\n"
                                         "      - checkin: { question: Close right now?, track: Closeness }\n"));
    CHECK(std::get<CheckinStep>(loaded.agenda[0].steps[0].body).track == "How calm do you feel?");
    CHECK(std::get<CheckinStep>(loaded.agenda[0].steps[1].body).track == "Closeness");
    CHECK(only_message(script("", "      - checkin: { question: Calm?, scale: 10, track: \"\" }\n")) ==
          "s.yaml:6:55: error: 'track' must not be empty");
}

TEST_CASE("two check-ins on one track with different scales are a warning at the second", "[loader][track]") {
    const std::string steps =
        "      - checkin: { question: Calm?, scale: 5 }\n"
        "      - say: Hello\n"
        "      - checkin: { question: Calm?, scale: 10 }\n";
    const ScriptLoad loaded = load(script("", steps));
    REQUIRE(loaded.ok());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics.front().format() ==
          "s.yaml:8:9: warning: this check-in (scale 10) shares the track 'Calm?' with the check-in on line 6 "
          "(scale 5); one line of the trends needs one scale, so give them the same scale or each a track of its "
          "own");
    // A named track joins the same way, across items.
    const ScriptLoad named = load(
        "title: Frame\nagenda:\n"
        "  - title: One\n    steps:\n      - checkin: { question: Calm?, track: Calm, scale: 4 }\n"
        "  - title: Two\n    steps:\n      - checkin: { question: Still calm?, track: Calm, scale: 6 }\n");
    REQUIRE(named.diagnostics.size() == 1);
    CHECK(named.diagnostics.front().pos.line == 8);
    CHECK(named.diagnostics.front().severity == Severity::warning);
}

TEST_CASE("one track on one scale, or separate tracks, or answers not kept, are no warning", "[loader][track]") {
    load_ok(script("",
                   "      - checkin: { question: Calm?, scale: 5 }\n"
                   "      - checkin: { question: Calm?, scale: 5, pause_at_or_below: 2 }\n"
                   "      - checkin: { question: Calm?, scale: 10, track: Calm out of ten }\n"
                   "      - checkin: { question: Calm?, scale: 7, reveal: false }\n"));
}

TEST_CASE("a track on a check-in that keeps no answers is a warning at the track", "[loader][track]") {
    CHECK(only_message(script("", "      - checkin: { question: Calm?, reveal: false, track: Calm }\n")) ==
          "s.yaml:6:59: warning: a check-in with 'reveal: false' keeps no answers, so its track never draws a line; "
          "leave out 'track', or reveal the answers");
}

TEST_CASE("a review step brings back the due agreements unless it says all", "[loader][review]") {
    const Script loaded = load_ok(script("",
                                         "      - review: {}\n"
                                         "      - review: { which: all, prompt: How is each agreement going? }\n"
                                         "      - review: { which: due }\n"));
    const auto& steps = loaded.agenda[0].steps;
    REQUIRE(steps.size() == 3);
    const auto& plain = std::get<ReviewStep>(steps[0].body);
    CHECK(plain.which == ReviewWhich::due);
    CHECK(plain.prompt.empty());
    CHECK(steps[0].kind() == StepKind::review);
    CHECK(std::get<ReviewStep>(steps[1].body).which == ReviewWhich::all);
    CHECK(std::get<ReviewStep>(steps[1].body).prompt == "How is each agreement going?");
    CHECK(std::get<ReviewStep>(steps[2].body).which == ReviewWhich::due);
    // Like an agreement, a time box never skips it.
    CHECK(steps[0].time_box_role() == TimeBoxRole::kept);
}

TEST_CASE("a review step's mistakes are said where they are", "[loader][review]") {
    CHECK(only_message(script("", "      - review: { which: overdue }\n")) ==
          "s.yaml:6:26: error: 'which' must be 'due' or 'all'; found the text 'overdue'");
    CHECK(only_message(script("", "      - review: { whcih: all }\n")) ==
          "s.yaml:6:19: error: unknown key 'whcih' in the review step; did you mean 'which'?");
    CHECK(only_message(script("", "      - review: { which: all, review_in: 2w }\n")) ==
          "s.yaml:6:31: error: unknown key 'review_in' in the review step; expected one of 'prompt' or 'which'");
    CHECK(only_message(script("", "      - reveiw: { which: all }\n")) ==
          "s.yaml:6:9: error: this step has no kind; a step starts with one of 'say', 'turn', 'reflect', 'exchange', "
          "'checkin', 'breathe', 'agreement', 'choice' or 'review', found 'reveiw'; did you mean 'review'?");
}

TEST_CASE("a script that only reviews, with no agreement of its own, is fine", "[loader][review]") {
    // The review brings back agreements from every conversation the couple
    // kept, in any script; a script of reviews alone is a sound design, so
    // the loader says nothing about it.
    load_ok(script("meet_every: 2w",
                   "      - say: Let us look at what we agreed on.\n"
                   "      - review: { which: all }\n"));
}

TEST_CASE("a review step may stand alone, all its options at their defaults", "[loader][review]") {
    const Script loaded = load_ok(script("", "      - review:\n      - say: Thank you.\n"));
    const auto& review = std::get<ReviewStep>(loaded.agenda[0].steps[0].body);
    CHECK(review.which == ReviewWhich::due);
    CHECK(review.prompt.empty());
    // Kinds with a required option still say what is missing.
    CHECK(only_message(script("", "      - agreement:\n")) ==
          "s.yaml:6:9: error: the agreement step has no options; write them like agreement: { prompt: What will we "
          "try? }");
}
