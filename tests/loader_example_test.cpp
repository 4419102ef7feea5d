// The format page's example and the defaults: what a valid script turns into.
#include <catch2/catch.hpp>

#include "loader_test_helpers.hpp"
#include "script_loader.hpp"

using namespace attune;
using loader_test::all_messages;

namespace {

const std::string example_path = std::string(ATTUNE_TEST_DATA) + "/loader/example.yaml";

template <class T>
const T& body(const Step& step) {
    REQUIRE(std::holds_alternative<T>(step.body));
    return std::get<T>(step.body);
}

}  // namespace

TEST_CASE("the format page's example loads with every value right", "[loader]") {
    const ScriptLoad load = load_script_file(example_path);
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    CHECK(load.diagnostics.empty());
    const Script& script = *load.script;

    CHECK(script.file == example_path);
    CHECK(script.title == "Evening check-in");
    CHECK(script.description.empty());
    CHECK(script.language == "en");
    CHECK(script.partners[0].id == "sam");
    CHECK(script.partners[0].name == "Sam");
    CHECK(script.partners[1].id == "alex");
    CHECK(script.partners[1].name == "Alex");
    CHECK(script.pause.cooldown == Seconds{20 * 60});
    CHECK(script.pause.breathing == BreathPattern::box());
    CHECK(script.pause.extend == Seconds{5 * 60});
    CHECK(script.pause.max == 3);
    CHECK(script.pause.resume == Quorum::both);

    REQUIRE(script.agenda.size() == 2);
    const Item& appreciations = script.agenda[0];
    CHECK(appreciations.id.empty());
    CHECK(appreciations.title == "Appreciations");
    CHECK(appreciations.time == Seconds{300});
    CHECK(appreciations.pos.line == 7);
    CHECK(appreciations.pos.column == 5);
    REQUIRE(appreciations.steps.size() == 3);
    CHECK(body<SayStep>(appreciations.steps[0]).text == "Each of you names one thing you appreciated today.");
    CHECK_FALSE(body<SayStep>(appreciations.steps[0]).time.has_value());
    CHECK(appreciations.steps[0].pos.line == 10);
    CHECK(appreciations.steps[0].pos.column == 9);
    const auto& first_turn = body<TurnStep>(appreciations.steps[1]);
    CHECK(first_turn.speaker == Seat::left);
    CHECK(first_turn.time == Seconds{90});
    CHECK(first_turn.prompt == "I appreciated it when you…");
    CHECK(first_turn.hints.empty());
    CHECK_FALSE(first_turn.overtime.has_value());
    CHECK(body<TurnStep>(appreciations.steps[2]).speaker == Seat::right);

    const Item& concern = script.agenda[1];
    CHECK(concern.id == "concern");
    CHECK(concern.title == "One concern");
    CHECK_FALSE(concern.time.has_value());
    REQUIRE(concern.steps.size() == 4);
    const auto& exchange = body<ExchangeStep>(concern.steps[0]);
    CHECK(exchange.first == Seat::left);
    CHECK(exchange.rounds == 2);
    CHECK(exchange.turn == Seconds{120});
    CHECK(exchange.reflect == Seconds{60});
    CHECK(exchange.prompt == "I feel … when … and I need …");
    const auto& checkin = body<CheckinStep>(concern.steps[1]);
    // The '?' inside { } is text, although yaml-cpp 0.7 alone would refuse it.
    CHECK(checkin.question == "How calm do you feel right now?");
    CHECK(checkin.scale == 5);
    CHECK(checkin.pause_at_or_below == 2);
    const auto& agreement = body<AgreementStep>(concern.steps[2]);
    CHECK(agreement.prompt == "What will each of us try this week?");
    CHECK(agreement.confirm == Quorum::both);
    const auto& choice = body<ChoiceStep>(concern.steps[3]);
    CHECK(choice.question == "Go on or stop here?");
    REQUIRE(choice.options.size() == 2);
    CHECK(choice.options[0].label == "One more round");
    CHECK(choice.options[0].goto_item == std::size_t{1});
    CHECK_FALSE(choice.options[0].end);
    CHECK(choice.options[0].pos.line == 23);
    CHECK(choice.options[1].label == "Stop for today");
    CHECK(choice.options[1].end);
    CHECK_FALSE(choice.options[1].goto_item.has_value());
}

TEST_CASE("left-out keys get the defaults of the format page", "[loader]") {
    const ScriptLoad load = load_script_text(R"(title: Defaults
agenda:
  - title: All kinds
    steps:
      - say: Hello
      - turn: { speaker: a, time: 2m }
      - reflect: { listener: b, time: 1m }
      - checkin: { question: Calm? }
      - breathe: { time: 1m }
      - agreement: { prompt: What now? }
)",
                                             "defaults.yaml");
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    const Script& script = *load.script;
    CHECK(script.language == "en");
    CHECK(script.partners[0].id == "a");
    CHECK(script.partners[0].name == "Partner A");
    CHECK(script.partners[1].id == "b");
    CHECK(script.partners[1].name == "Partner B");
    CHECK(script.settings.warn_at == std::vector<Seconds>{Seconds{60}, Seconds{15}});
    CHECK(script.settings.overtime == Overtime::count);
    CHECK(script.settings.sound);
    CHECK(script.pause.cooldown == Seconds{1200});
    CHECK(script.pause.extend == Seconds{300});
    CHECK(script.pause.max == 3);
    CHECK(script.pause.message.empty());
    CHECK(script.pause.breathing == BreathPattern::box());
    CHECK(script.pause.resume == Quorum::both);
    CHECK(script.pause.signal.empty());
    const auto& steps = script.agenda.at(0).steps;
    REQUIRE(steps.size() == 6);
    CHECK(body<TurnStep>(steps[1]).speaker == Seat::left);
    CHECK_FALSE(body<TurnStep>(steps[1]).overtime.has_value());
    const auto& reflect = body<ReflectStep>(steps[2]);
    CHECK(reflect.listener == Seat::right);
    CHECK(reflect.rounds == 2);
    CHECK(reflect.clarify == Seconds{60});
    CHECK(body<CheckinStep>(steps[3]).scale == 5);
    CHECK_FALSE(body<CheckinStep>(steps[3]).pause_at_or_below.has_value());
    CHECK(body<BreatheStep>(steps[4]).pattern == BreathPattern::box());
    CHECK(body<AgreementStep>(steps[5]).confirm == Quorum::both);
}

TEST_CASE("every optional key is read when given", "[loader]") {
    const ScriptLoad load = load_script_text(R"(title: "All keys"
description: One paragraph.
language: de-CH
partners: [{ id: kim, name: Kim }, { id: lou, name: Lou }]
settings:
  warn_at: [15s, 2m, 1m]
  overtime: advance
  sound: false
pause:
  cooldown: 30m
  extend: 10m
  max: 0
  message: Take your time.
  breathing: 4-7-8
  resume: either
  signal: harbour
agenda:
  - id: start
    title: Start
    time: 1h
    steps:
      - say: { text: Hello, time: 20s }
      - turn: { speaker: lou, time: 1m, prompt: Go, hints: [I feel, I need], overtime: count }
      - reflect: { listener: kim, time: 1m, prompt: Say back, rounds: 3, clarify: 30s }
      - checkin: { question: Calm?, scale: 10, pause_at_or_below: 3 }
      - breathe: { time: 2m, pattern: [4, 0, 6, 2] }
      - breathe: { time: 2m, pattern: 4-7-8 }
      - agreement: { prompt: What now?, confirm: either }
)",
                                             "all.yaml");
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    const Script& script = *load.script;
    CHECK(script.title == "All keys");
    CHECK(script.description == "One paragraph.");
    CHECK(script.language == "de-CH");
    CHECK(script.partners[1].name == "Lou");
    CHECK(script.settings.warn_at == std::vector<Seconds>{Seconds{120}, Seconds{60}, Seconds{15}});
    CHECK(script.settings.overtime == Overtime::advance);
    CHECK_FALSE(script.settings.sound);
    CHECK(script.pause.cooldown == Seconds{1800});
    CHECK(script.pause.extend == Seconds{600});
    CHECK(script.pause.max == 0);
    CHECK(script.pause.message == "Take your time.");
    CHECK(script.pause.breathing == BreathPattern::four_seven_eight());
    CHECK(script.pause.resume == Quorum::either);
    CHECK(script.pause.signal == "harbour");
    const Item& item = script.agenda.at(0);
    CHECK(item.id == "start");
    CHECK(item.time == Seconds{3600});
    const auto& steps = item.steps;
    REQUIRE(steps.size() == 7);
    CHECK(body<SayStep>(steps[0]).time == Seconds{20});
    const auto& turn = body<TurnStep>(steps[1]);
    CHECK(turn.speaker == Seat::right);
    CHECK(turn.hints == std::vector<std::string>{"I feel", "I need"});
    CHECK(turn.overtime == Overtime::count);
    const auto& reflect = body<ReflectStep>(steps[2]);
    CHECK(reflect.listener == Seat::left);
    CHECK(reflect.rounds == 3);
    CHECK(reflect.clarify == Seconds{30});
    CHECK(reflect.prompt == "Say back");
    CHECK(body<CheckinStep>(steps[3]).scale == 10);
    CHECK(body<CheckinStep>(steps[3]).pause_at_or_below == 3);
    const BreathPattern custom{{Seconds{4}, Seconds{0}, Seconds{6}, Seconds{2}}};
    CHECK(body<BreatheStep>(steps[4]).pattern == custom);
    CHECK(body<BreatheStep>(steps[5]).pattern == BreathPattern::four_seven_eight());
    CHECK(body<AgreementStep>(steps[6]).confirm == Quorum::either);
}

TEST_CASE("pause breathing 'none' turns the guide off", "[loader]") {
    const ScriptLoad load =
        load_script_text("title: t\npause: { breathing: none }\nagenda: [{ title: x, steps: [say: hi] }]\n", "n.yaml");
    REQUIRE(load.ok());
    CHECK_FALSE(load.script->pause.breathing.has_value());
}

TEST_CASE("text values keep what was written, quoted or not", "[loader]") {
    const ScriptLoad load = load_script_text(R"(title: 2024
description: "null"
agenda:
  - title: 'true'
    steps:
      - say: 90
      - say: |
          Two lines,
          kept.
)",
                                             "texts.yaml");
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    CHECK(load.script->title == "2024");
    CHECK(load.script->description == "null");
    CHECK(load.script->agenda[0].title == "true");
    CHECK(body<SayStep>(load.script->agenda[0].steps[0]).text == "90");
    CHECK(body<SayStep>(load.script->agenda[0].steps[1]).text == "Two lines,\nkept.");
}

TEST_CASE("a say written as plain text reads like its 'text' option", "[loader]") {
    // A block text keeps its final line break in YAML; on screen it would be
    // an empty line, so both ways of writing a say end at the last word.
    const ScriptLoad load = load_script_text(R"(title: t
agenda:
  - title: x
    steps:
      - say: |
          Two lines,
          kept.
      - say:
          text: |
            Two lines,
            kept.
)",
                                             "say.yaml");
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    const auto& steps = load.script->agenda[0].steps;
    CHECK(body<SayStep>(steps[0]).text == "Two lines,\nkept.");
    CHECK(body<SayStep>(steps[0]).text == body<SayStep>(steps[1]).text);
}

TEST_CASE("Windows line endings and a byte order mark read like plain files", "[loader]") {
    const ScriptLoad load = load_script_text(
        "\xEF\xBB\xBFtitle: t\r\nagenda:\r\n  - title: x\r\n    steps: [say: hi]\r\n  - bad: 1\r\n", "crlf.yaml");
    const auto error = loader_test::only(load.diagnostics, "unknown key 'bad'");
    CHECK(error.pos.line == 5);
    CHECK(error.pos.column == 5);
}

TEST_CASE("a 120-item script loads and plans", "[loader][plan]") {
    const ScriptLoad load = load_script_text(loader_test::many_items_script(120), "long.yaml");
    INFO(all_messages(load.diagnostics));
    REQUIRE(load.ok());
    CHECK(load.diagnostics.empty());
    REQUIRE(load.script->agenda.size() == 120);
    // The last item's choice leads back to the first; the end stays reachable.
    const auto& last_choice = body<ChoiceStep>(load.script->agenda[119].steps[1]);
    CHECK(last_choice.options[0].goto_item == std::size_t{0});
}
