// Diagnostics for broken scripts: the exact place, a plain sentence, and
// every problem in one pass.
#include <catch2/catch.hpp>
#include <filesystem>

#include "loader_test_helpers.hpp"
#include "script_loader.hpp"

using namespace attune;
using loader_test::all_messages;
using loader_test::only;

namespace {

ScriptLoad load(const std::string& text) { return load_script_text(text, "s.yaml"); }

void check_at(const Diagnostic& d, int line, int column) {
    INFO(d.format());
    CHECK(d.pos.line == line);
    CHECK(d.pos.column == column);
}

// A valid frame around one item's steps, partners sam and alex; the steps
// start on line 8.
std::string with_steps(const std::string& steps) {
    return "title: Frame\n"
           "partners:\n"
           "  - { id: sam, name: Sam }\n"
           "  - { id: alex, name: Alex }\n"
           "agenda:\n"
           "  - title: Item\n"
           "    steps:\n" +
           steps;
}

}  // namespace

TEST_CASE("several errors come out in one pass, in file order", "[loader]") {
    const ScriptLoad result =
        load(with_steps("      - turn: { speaker: sma, time: 2 minutes }\n"
                        "      - reflect: { listener: alex, time: 1m, rounds: 0 }\n"
                        "  - title: Two\n"
                        "    steps: []\n"));
    INFO(all_messages(result.diagnostics));
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 4);
    CHECK(result.diagnostics[0].format() ==
          "s.yaml:8:26: error: 'speaker' must be the id of a partner, 'sam' or 'alex'; "
          "found the text 'sma'; did you mean 'sam'?");
    CHECK(result.diagnostics[1].format() ==
          "s.yaml:8:37: error: 'time' must be a duration like 90s, 2m, 1m30s or 1h5m "
          "(or whole seconds, like 90); found the text '2 minutes'");
    CHECK(result.diagnostics[2].format() == "s.yaml:9:54: error: 'rounds' must be at least 1; found 0");
    CHECK(result.diagnostics[3].format() ==
          "s.yaml:11:5: error: 'steps' must be a list of at least one step; found an empty list");
}

TEST_CASE("missing keys are reported at their parent", "[loader]") {
    const ScriptLoad result = load(
        "partners: [{ id: a }, { id: b, name: B }]\n"
        "agenda:\n"
        "  - steps:\n"
        "      - turn: { speaker: a }\n");
    INFO(all_messages(result.diagnostics));
    CHECK(loader_test::count_errors(result.diagnostics) == 4);
    check_at(only(result.diagnostics, "the script is missing 'title'"), 1, 1);
    check_at(only(result.diagnostics, "partner 1 is missing 'name'"), 1, 12);
    check_at(only(result.diagnostics, "agenda item 1 is missing 'title'"), 3, 5);
    check_at(only(result.diagnostics, "the turn step is missing 'time'"), 4, 9);
}

TEST_CASE("title and agenda are required, the agenda is not empty", "[loader]") {
    check_at(only(load("title: t\n").diagnostics, "the script is missing 'agenda'"), 1, 1);
    check_at(only(load("title: t\nagenda: []\n").diagnostics, "'agenda' must be a list of at least one item"), 2, 1);
    check_at(only(load("title: t\nagenda: soon\n").diagnostics, "found the text 'soon'"), 2, 9);
    check_at(only(load("").diagnostics, "the file is empty"), 1, 1);
    check_at(only(load("# only a comment\n").diagnostics, "the file is empty"), 1, 1);
    check_at(only(load("- title: t\n").diagnostics, "a script must be a map"), 1, 1);
}

TEST_CASE("an empty value, ~ or null counts as missing, never as the text null", "[loader]") {
    for (const char* empty : {"", " ~", " null"}) {
        const ScriptLoad result = load(std::string("title:") + empty + "\nagenda: [{ title: x, steps: [say: hi] }]\n");
        INFO(empty);
        CHECK_FALSE(result.ok());
        const auto error = only(result.diagnostics, "'title' has no value");
        check_at(error, 1, 1);
    }
}

TEST_CASE("unknown keys are errors, with a suggestion when one is close", "[loader]") {
    const ScriptLoad result = load(with_steps("      - turn: { speker: sam, time: 1m }\n") + "colour: red\n");
    INFO(all_messages(result.diagnostics));
    const auto typo = only(result.diagnostics, "unknown key 'speker'");
    check_at(typo, 8, 17);
    CHECK(typo.message == "unknown key 'speker' in the turn step; did you mean 'speaker'?");
    const auto far = only(result.diagnostics, "unknown key 'colour'");
    check_at(far, 9, 1);
    CHECK(far.message.find("expected one of 'title', 'description'") != std::string::npos);
    check_at(only(load("titel: x\nagenda: [{ title: x, steps: [say: hi] }]\n").diagnostics, "did you mean 'title'?"), 1,
             1);
}

TEST_CASE("columns count characters, not bytes", "[loader]") {
    const ScriptLoad result =
        load(with_steps("      - turn: { speaker: sam, prompt: \"Grüße 😀 äöü\", time: 1 minute }\n"));
    // 60 characters in; 68 bytes, which a byte count would report.
    check_at(only(result.diagnostics, "found the text '1 minute'"), 8, 60);
    const ScriptLoad yaml_error = load("title: Grüße: x\n");
    check_at(only(yaml_error.diagnostics, "a ':' is not expected here"), 1, 13);
}

TEST_CASE("duration errors point at the value", "[loader]") {
    for (const char* bad : {"5 minutes", "1.5m", "m5", "0", "-5", "1m30", "true", "[1m]"}) {
        INFO(bad);
        const ScriptLoad result = load(with_steps(std::string("      - say: { text: Hi, time: ") + bad + " }\n"));
        const auto error = only(result.diagnostics, "'time' must be");
        check_at(error, 8, 32);
    }
    CHECK(only(load(with_steps("      - say: { text: Hi, time: 0 }\n")).diagnostics, "'time'").message ==
          "'time' must be longer than zero; found 0");
    CHECK(load(with_steps("      - say: { text: Hi, time: \"90s\" }\n")).ok());
    CHECK(load(with_steps("      - say: { text: Hi, time: 90 }\n")).ok());
}

TEST_CASE("booleans are true or false only", "[loader]") {
    const std::string frame = "title: t\nagenda: [{ title: x, steps: [say: hi] }]\nsettings: { sound: ";
    for (const char* bad : {"yes", "on", "True", "1", "\"true\""}) {
        INFO(bad);
        const auto error = only(load(frame + bad + " }\n").diagnostics, "'sound' must be true or false");
        check_at(error, 3, 20);
    }
    CHECK(load(frame + "false }\n").ok());
}

TEST_CASE("whole numbers must be plain numbers in range", "[loader]") {
    const auto quoted =
        only(load(with_steps("      - reflect: { listener: sam, time: 1m, rounds: \"2\" }\n")).diagnostics, "'rounds'");
    check_at(quoted, 8, 53);
    CHECK(quoted.message.find("in quotes") != std::string::npos);
    check_at(
        only(load(with_steps("      - exchange: { first: sam, rounds: two, turn: 1m, reflect: 1m }\n")).diagnostics,
             "'rounds' must be a whole number"),
        8, 41);
    check_at(only(load("title: t\npause: { max: -1 }\nagenda: [{ title: x, steps: [say: hi] }]\n").diagnostics,
                  "'max' must be at least 0"),
             2, 15);
}

TEST_CASE("partners: exactly two, each {id, name}, ids unique", "[loader]") {
    const std::string agenda = "agenda: [{ title: x, steps: [say: hi] }]\n";
    const auto three = load(
        "title: t\npartners:\n  - { id: a, name: A }\n  - { id: b, name: B }\n"
        "  - { id: c, name: C }\n" +
        agenda);
    check_at(only(three.diagnostics, "exactly two partners; found 3"), 3, 3);
    const auto same = load("title: t\npartners: [{ id: a, name: A }, { id: a, name: B }]\n" + agenda);
    check_at(only(same.diagnostics, "both partners have the id 'a'"), 2, 38);
    const auto empty_id = load("title: t\npartners: [{ id: \"\", name: A }, { id: b, name: B }]\n" + agenda);
    check_at(only(empty_id.diagnostics, "'id' must not be empty"), 2, 18);
    const auto unknown = load("title: t\npartners: [{ id: a, name: A, age: 3 }, { id: b, name: B }]\n" + agenda);
    check_at(only(unknown.diagnostics, "unknown key 'age' in partner 1"), 2, 30);
}

TEST_CASE("the language is a plausible BCP 47 tag", "[loader]") {
    const std::string rest = "\nagenda: [{ title: x, steps: [say: hi] }]\n";
    for (const char* good : {"en", "de", "de-CH", "zh-Hant-TW", "gsw"}) {
        INFO(good);
        CHECK(load(std::string("title: t\nlanguage: ") + good + rest).ok());
    }
    for (const char* bad : {"english", "e", "de-", "d3", "en-toolongtag"}) {
        INFO(bad);
        check_at(only(load(std::string("title: t\nlanguage: ") + bad + rest).diagnostics, "language tag"), 2, 11);
    }
    CHECK(only(load("title: t\nlanguage: de_CH" + rest).diagnostics, "language tag").message.find("write 'de-CH'") !=
          std::string::npos);
}

TEST_CASE("settings and pause keys are checked per the table", "[loader]") {
    const ScriptLoad result = load(
        "title: t\n"
        "settings: { warn_at: 1m, overtime: stop }\n"
        "pause:\n"
        "  cooldown: 20\n"
        "  extend: forever\n"
        "  breathing: slow\n"
        "  resume: anyone\n"
        "  signal: [a]\n"
        "  pauses: 2\n"
        "agenda: [{ title: x, steps: [say: hi] }]\n");
    INFO(all_messages(result.diagnostics));
    check_at(only(result.diagnostics, "'warn_at' must be a list of durations"), 2, 22);
    check_at(only(result.diagnostics, "'overtime' must be 'count' or 'advance'; found the text 'stop'"), 2, 36);
    check_at(only(result.diagnostics, "'extend' must be a duration"), 5, 11);
    check_at(only(result.diagnostics, "'breathing' must be 'box', '4-7-8' or 'none'"), 6, 14);
    check_at(only(result.diagnostics, "'resume' must be 'both' or 'either'"), 7, 11);
    check_at(only(result.diagnostics, "'signal' must be a text; found a list"), 8, 11);
    check_at(only(result.diagnostics, "unknown key 'pauses' in pause"), 9, 3);
    // 20 seconds is legal, but short.
    const auto warning = only(result.diagnostics, "cool-down of 20s is short");
    CHECK(warning.severity == Severity::warning);
    check_at(warning, 4, 13);
    CHECK(loader_test::count_errors(result.diagnostics) == 7);
}

TEST_CASE("each step has exactly one kind", "[loader]") {
    const ScriptLoad result =
        load(with_steps("      - say: Hi\n"
                        "        turn: { speaker: sam, time: 1m }\n"
                        "      - trun: { speaker: sam, time: 1m }\n"
                        "      - Just a sentence\n"
                        "      - turn:\n"
                        "        speaker: sam\n"
                        "      - checkin: How calm are you?\n"
                        "      - say:\n"));
    INFO(all_messages(result.diagnostics));
    check_at(only(result.diagnostics, "has both 'say' and 'turn'"), 9, 9);
    const auto no_kind = only(result.diagnostics, "this step has no kind");
    check_at(no_kind, 10, 9);
    CHECK(no_kind.message.find("did you mean 'turn'?") != std::string::npos);
    check_at(only(result.diagnostics, "a step must be a map"), 11, 9);
    check_at(only(result.diagnostics, "the turn step has no options"), 12, 9);
    check_at(only(result.diagnostics, "'speaker' belongs inside the turn step's options"), 13, 9);
    check_at(only(result.diagnostics, "the checkin step needs its options as a map"), 14, 18);
    check_at(only(result.diagnostics, "the say step is empty"), 15, 9);
}

TEST_CASE("required options per step kind", "[loader]") {
    const ScriptLoad result =
        load(with_steps("      - say: { time: 1m }\n"
                        "      - reflect: { time: 1m }\n"
                        "      - exchange: { first: sam }\n"
                        "      - checkin: { scale: 5 }\n"
                        "      - breathe: { pattern: box }\n"
                        "      - agreement: { confirm: both }\n"
                        "      - choice: { question: Where? }\n"));
    INFO(all_messages(result.diagnostics));
    check_at(only(result.diagnostics, "the say step is missing 'text'"), 8, 9);
    check_at(only(result.diagnostics, "the reflect step is missing 'listener'"), 9, 9);
    check_at(only(result.diagnostics, "the exchange step is missing 'rounds'"), 10, 9);
    check_at(only(result.diagnostics, "the exchange step is missing 'turn'"), 10, 9);
    check_at(only(result.diagnostics, "the exchange step is missing 'reflect'"), 10, 9);
    check_at(only(result.diagnostics, "the checkin step is missing 'question'"), 11, 9);
    check_at(only(result.diagnostics, "the breathe step is missing 'time'"), 12, 9);
    check_at(only(result.diagnostics, "the agreement step is missing 'prompt'"), 13, 9);
    check_at(only(result.diagnostics, "the choice step is missing 'options'"), 14, 9);
    CHECK(loader_test::count_errors(result.diagnostics) == 9);
}

TEST_CASE("checkin scale and threshold", "[loader]") {
    check_at(only(load(with_steps("      - checkin: { question: Q, scale: 1 }\n")).diagnostics,
                  "'scale' must be at least 2"),
             8, 40);
    check_at(only(load(with_steps("      - checkin: { question: Q, pause_at_or_below: 6 }\n")).diagnostics,
                  "'pause_at_or_below' can be at most 5"),
             8, 52);
    check_at(only(load(with_steps("      - checkin: { question: Q, scale: 3, pause_at_or_below: 0 }\n")).diagnostics,
                  "'pause_at_or_below' must be at least 1"),
             8, 62);
}

TEST_CASE("breathing patterns", "[loader]") {
    check_at(only(load(with_steps("      - breathe: { time: 1m, pattern: square }\n")).diagnostics,
                  "'pattern' must be 'box', '4-7-8' or a list of 4 phases in seconds"),
             8, 39);
    check_at(only(load(with_steps("      - breathe: { time: 1m, pattern: [4, 61, 4, 4] }\n")).diagnostics,
                  "the first hold can last at most 60 seconds; found 61"),
             8, 43);
    check_at(only(load(with_steps("      - breathe: { time: 1m, pattern: [4, 4, 4] }\n")).diagnostics, "4 phases"), 8,
             39);
    check_at(only(load(with_steps("      - breathe: { time: 1m, pattern: [4, 4, 0, 4] }\n")).diagnostics,
                  "breathing out must last at least 1 second"),
             8, 46);
    check_at(only(load(with_steps("      - breathe: { time: 1m, pattern: [4, 1.5, 4, 4] }\n")).diagnostics,
                  "'pattern' must be a whole number"),
             8, 43);
}

TEST_CASE("choice options and gotos", "[loader]") {
    const ScriptLoad result = load(with_steps("      - choice:\n"
                                              "          question: Where now?\n"
                                              "          options:\n"
                                              "            - { label: Again, goto: itme }\n"
                                              "            - { label: Stop, end: false }\n"
                                              "            - { label: Both, goto: item, end: true }\n"
                                              "            - { label: Nowhere }\n"
                                              "            - Just words\n"
                                              "      - choice: { question: Q, options: [] }\n") +
                                   "  - id: item\n    title: Target\n    steps: [say: hi]\n"
                                   "  - id: item\n    title: Again\n    steps: [say: hi]\n");
    INFO(all_messages(result.diagnostics));
    const auto unknown = only(result.diagnostics, "no agenda item has the id 'itme'");
    check_at(unknown, 11, 37);
    CHECK(unknown.message == "no agenda item has the id 'itme'; did you mean 'item'?");
    check_at(only(result.diagnostics, "'end' can only be true"), 12, 35);
    check_at(only(result.diagnostics, "not both"), 13, 42);
    check_at(only(result.diagnostics, "option 4 needs 'goto: ITEM-ID' or 'end: true'"), 14, 15);
    check_at(only(result.diagnostics, "each option must be a map"), 15, 15);
    check_at(only(result.diagnostics,
                  "'options' must be a non-empty list of options, each { label, goto: ITEM-ID } or { label, end: true "
                  "}; found an empty list"),
             16, 41);
    check_at(only(result.diagnostics, "the item id 'item' is already used by agenda item 2"), 20, 9);
    CHECK(loader_test::count_errors(result.diagnostics) == 7);
}

TEST_CASE("short turns, short cool-downs and endless loops are warnings", "[loader]") {
    const ScriptLoad result = load(
        "title: Loops\n"
        "pause: { cooldown: 5m }\n"
        "agenda:\n"
        "  - id: a\n"
        "    title: A\n"
        "    steps:\n"
        "      - turn: { speaker: a, time: 10s }\n"
        "      - exchange: { first: b, rounds: 1, turn: 14, reflect: 30s }\n"
        "      - choice: { question: Again?, options: [{ label: Again, goto: b }] }\n"
        "  - id: b\n"
        "    title: B\n"
        "    steps:\n"
        "      - choice: { question: Q, options: [{ label: Back, goto: a }, { label: Stay, goto: b }] }\n"
        "  - id: c\n"
        "    title: C, never reached\n"
        "    steps:\n"
        "      - choice: { question: Q, options: [{ label: Out, goto: d }] }\n"
        "  - id: d\n"
        "    title: D\n"
        "    steps: [say: The end]\n");
    INFO(all_messages(result.diagnostics));
    REQUIRE(result.ok());  // warnings do not fail a script
    CHECK(loader_test::count_errors(result.diagnostics) == 0);
    REQUIRE(result.diagnostics.size() == 6);
    for (const auto& d : result.diagnostics) CHECK(d.severity == Severity::warning);
    check_at(only(result.diagnostics, "cool-down of 5m is short"), 2, 20);
    check_at(only(result.diagnostics, "a turn of 10s is very short"), 7, 35);
    check_at(only(result.diagnostics, "an exchange turn of 14s is very short"), 8, 48);
    CHECK(result.diagnostics[3].format() ==
          "s.yaml:9:69: warning: this goto leads into a loop with no way out: from 'b' no choice or "
          "item order ever reaches the end of the conversation");
    check_at(result.diagnostics[4], 13, 63);
    check_at(result.diagnostics[5], 13, 89);
}

TEST_CASE("a goto whose loop has a way out is not a warning", "[loader]") {
    const ScriptLoad result = load_script_file(std::string(ATTUNE_TEST_DATA) + "/loader/example.yaml");
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
}

TEST_CASE("YAML mistakes are explained where they are", "[loader]") {
    const auto duplicate = load("title: a\nagenda: [{ title: x, steps: [say: hi] }]\ntitle: b\n");
    CHECK(only(duplicate.diagnostics, "appears a second time").format() ==
          "s.yaml:3:1: error: the key 'title' appears a second time in this map (first on line 1); "
          "each key can appear only once");
    const auto unclosed = load("title: x\nagenda: [{ title: a, steps: [say: hi] }\n");
    check_at(only(unclosed.diagnostics, "a list opened with '[' is not closed"), 2, 9);
    const auto quote = load("title: \"Evening\nagenda: [{ title: a, steps: [say: hi] }]\n");
    check_at(only(quote.diagnostics, "quoted text is never closed"), 1, 8);
    const auto tabs = load("title: x\nagenda:\n\t- title: a\n");
    check_at(only(tabs.diagnostics, "a tab is used for indentation"), 3, 1);
    const auto tag = load("title: !!str x\nagenda: [{ title: a, steps: [say: hi] }]\n");
    check_at(only(tag.diagnostics, "YAML tags"), 1, 8);
}

TEST_CASE("a missing file or a directory cannot be read", "[loader]") {
    const std::string missing = std::string(ATTUNE_TEST_DATA) + "/loader/no-such-script.yaml";
    const ScriptLoad result = load_script_file(missing);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].format() == missing + ":1:1: error: cannot read the file: no such file or directory");
    const std::string directory = std::string(ATTUNE_TEST_DATA) + "/loader";
    const ScriptLoad dir = load_script_file(directory);
    REQUIRE(dir.diagnostics.size() == 1);
    CHECK(dir.diagnostics[0].format() ==
          directory + ":1:1: error: cannot read the file: it is not a regular file but a folder");
}

TEST_CASE("a broken script file reports every problem", "[loader]") {
    const std::string path = std::string(ATTUNE_TEST_DATA) + "/loader/broken_many.yaml";
    const ScriptLoad result = load_script_file(path);
    INFO(all_messages(result.diagnostics));
    CHECK_FALSE(result.ok());
    CHECK(loader_test::count_errors(result.diagnostics) == 6);
    for (const auto& d : result.diagnostics) CHECK(d.file == path);
    check_at(only(result.diagnostics, "unknown key 'speeker'"), 9, 17);
    check_at(only(result.diagnostics, "'listener' must be the id of a partner"), 10, 30);
    check_at(only(result.diagnostics, "found the text '2 min'"), 13, 26);
    check_at(only(result.diagnostics, "the turn step is missing 'speaker'"), 9, 9);
    check_at(only(result.diagnostics, "no agenda item has the id 'ende'; did you mean 'end'?"), 19, 41);
    check_at(only(result.diagnostics, "'sound' must be true or false"), 5, 20);
}

TEST_CASE("a duration written right but zero or over a day says so", "[loader]") {
    const ScriptLoad result =
        load(with_steps("      - turn: { speaker: sam, time: 0m0s }\n"
                        "      - turn: { speaker: sam, time: 25h }\n"
                        "      - turn: { speaker: sam, time: 100000 }\n"));
    INFO(all_messages(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].format() == "s.yaml:8:37: error: 'time' must be longer than zero; found 0m0s");
    CHECK(result.diagnostics[1].format() == "s.yaml:9:37: error: 'time' must be at most a day (24h); found 25h");
    CHECK(result.diagnostics[2].format() == "s.yaml:10:37: error: 'time' must be at most a day (24h); found 100000");
}
