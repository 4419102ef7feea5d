// The built-in conversation scripts (scripts/*.yaml) as a couple meets them:
// they load cleanly, take a sensible time, explain themselves, give the body
// time to calm down after a pause, and give each speaker minutes, not seconds.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "duration.hpp"
#include "plan.hpp"
#include "script_loader.hpp"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const fs::path scripts_dir = fs::path{ATTUNE_SOURCE_DIR} / "scripts";

// Gottman's research on flooding: the body needs about 20 minutes to calm down.
constexpr attune::Seconds shortest_cooldown = 20min;
constexpr attune::Seconds shortest_turn = 1min;

std::vector<fs::path> builtin_scripts() {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(scripts_dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string all_messages(const attune::ScriptLoad& load) {
    std::string text;
    for (const attune::Diagnostic& diagnostic : load.diagnostics) text += diagnostic.format() + "\n";
    return text;
}

// Loads a built-in script, failing the test (with the loader's messages) when it does not load.
attune::Script load(const fs::path& file) {
    const attune::ScriptLoad loaded = attune::load_script_file(file);
    INFO(all_messages(loaded));
    REQUIRE(loaded.ok());
    return *loaded.script;
}

}  // namespace

TEST_CASE("the library has the expected scripts", "[library]") {
    const std::vector<fs::path> scripts = builtin_scripts();
    CHECK(scripts.size() >= 10);
    for (const char* name :
         {"daily-check-in.yaml", "stress-reducing-conversation.yaml", "speaker-listener.yaml",
          "mirroring-dialogue.yaml", "repair-after-boundary.yaml", "boundaries-review.yaml",
          "pause-describe-request-respond.yaml", "after-intimacy-check-in.yaml", "weekly-relationship-meeting.yaml",
          "reflective-listening.yaml", "setting-boundaries-together.yaml", "grenzen-gemeinsam-festhalten.yaml",
          "bilan-du-jour.yaml"}) {
        INFO(name);
        CHECK(fs::is_regular_file(scripts_dir / name));
    }
}

TEST_CASE("every built-in script loads with no error and no warning", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        INFO(file.string());
        const attune::ScriptLoad loaded = attune::load_script_file(file);
        INFO(all_messages(loaded));
        CHECK(loaded.ok());
        CHECK(loaded.diagnostics.empty());
    }
}

TEST_CASE("every built-in script starts with the schema line for editors", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        INFO(file.string());
        std::ifstream in(file);
        std::string first_line;
        std::getline(in, first_line);
        CHECK(first_line == "# yaml-language-server: $schema=../schema/attune-script.schema.json");
    }
}

TEST_CASE("every built-in script plans to a sensible time", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        const attune::Seconds planned = attune::planned_time(script);
        INFO(file.filename().string() << " plans " << attune::format_hms(planned));
        CHECK(planned >= 5min);
        CHECK(planned <= 90min);
        if (file.filename() == "daily-check-in.yaml") {
            CHECK(planned >= 10min);
            CHECK(planned <= 15min);
        }
    }
}

TEST_CASE("every built-in script describes itself and its method", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        INFO(file.filename().string());
        CHECK_FALSE(script.title.empty());
        // A paragraph, not a stub: it names the method the script follows.
        CHECK(script.description.size() >= 200);
        // Longer texts shrink to small print on the start screen.
        CHECK(script.description.size() <= 400);
    }
}

TEST_CASE("built-in scripts use the neutral partners a and b", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        INFO(file.filename().string());
        CHECK(script.partners[0].id == "a");
        CHECK(script.partners[1].id == "b");
    }
}

TEST_CASE("built-in scripts cool down for at least 20 minutes unless they say why", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        INFO(file.filename().string() << " cools down for " << attune::format_short(script.pause.cooldown));
        const bool documented = script.description.find("cool-down") != std::string::npos;
        CHECK((script.pause.cooldown >= shortest_cooldown || documented));
    }
}

// The item's own lines in its file, from its first line up to the next item's.
std::string item_source(const fs::path& file, const attune::Script& script, std::size_t index) {
    std::ifstream in(file);
    std::string line, text;
    const int first = script.agenda[index].pos.line;
    const int next =
        index + 1 < script.agenda.size() ? script.agenda[index + 1].pos.line : std::numeric_limits<int>::max();
    for (int number = 1; std::getline(in, line); ++number)
        if (number >= first && number < next) text += line + "\n";
    return text;
}

TEST_CASE("built-in time boxes fit their talk steps unless the script says why", "[library]") {
    // A box smaller than its talk asks the partners to skip talk they were
    // promised; a script may mean it, and then says so in a comment on the
    // item ("# time box: ...").
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        for (std::size_t index = 0; index < script.agenda.size(); ++index) {
            const attune::Item& item = script.agenda[index];
            if (!item.time) continue;
            const attune::Seconds talk = attune::planned_talk_time(item);
            INFO(file.filename().string() << ": \"" << item.title << "\" boxes " << attune::format_short(*item.time)
                                          << " for " << attune::format_short(talk) << " of talk");
            const bool documented = item_source(file, script, index).find("# time box:") != std::string::npos;
            CHECK((*item.time >= talk || documented));
        }
    }
}

TEST_CASE("built-in scripts give speakers and listeners minutes, not seconds", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        for (const attune::Item& item : script.agenda) {
            for (const attune::Step& step : item.steps) {
                INFO(file.filename().string() << ":" << step.pos.line);
                if (const auto* turn = std::get_if<attune::TurnStep>(&step.body)) {
                    CHECK(turn->time >= shortest_turn);
                } else if (const auto* reflect = std::get_if<attune::ReflectStep>(&step.body)) {
                    CHECK(reflect->time >= shortest_turn);
                } else if (const auto* exchange = std::get_if<attune::ExchangeStep>(&step.body)) {
                    CHECK(exchange->turn >= shortest_turn);
                    CHECK(exchange->reflect >= shortest_turn);
                }
            }
        }
    }
}

TEST_CASE("every built-in check-in can call a pause at a low answer", "[library]") {
    for (const fs::path& file : builtin_scripts()) {
        const attune::Script script = load(file);
        for (const attune::Item& item : script.agenda) {
            for (const attune::Step& step : item.steps) {
                const auto* checkin = std::get_if<attune::CheckinStep>(&step.body);
                if (!checkin) continue;
                INFO(file.filename().string() << ":" << step.pos.line);
                REQUIRE(checkin->pause_at_or_below.has_value());
                // Low, but not so high that an ordinary answer stops the conversation.
                CHECK(*checkin->pause_at_or_below >= 1);
                CHECK(*checkin->pause_at_or_below * 2 < checkin->scale);
            }
        }
    }
}

TEST_CASE("the library has a script in German", "[library]") {
    int german = 0;
    for (const fs::path& file : builtin_scripts()) {
        if (load(file).language == "de") ++german;
    }
    CHECK(german >= 1);
}

TEST_CASE("the library has a script in French, the daily check-in's counterpart", "[library]") {
    const attune::Script french = load(scripts_dir / "bilan-du-jour.yaml");
    const attune::Script english = load(scripts_dir / "daily-check-in.yaml");
    CHECK(french.language == "fr");
    // The same conversation: the same parts, each with as many steps.
    REQUIRE(french.agenda.size() == english.agenda.size());
    for (std::size_t i = 0; i < french.agenda.size(); ++i)
        CHECK(french.agenda[i].steps.size() == english.agenda[i].steps.size());
}

TEST_CASE("the scripts about agreements review them, and the first kept conversation sets them down", "[library]") {
    const auto review_of = [](const attune::Script& script) -> std::optional<attune::ReviewWhich> {
        for (const attune::Item& item : script.agenda)
            for (const attune::Step& step : item.steps)
                if (const auto* review = std::get_if<attune::ReviewStep>(&step.body)) return review->which;
        return std::nullopt;
    };
    // A review before any new agreement, so that the couple starts from what already works.
    CHECK(review_of(load(scripts_dir / "boundaries-review.yaml")) == attune::ReviewWhich::all);
    CHECK(review_of(load(scripts_dir / "weekly-relationship-meeting.yaml")) == attune::ReviewWhich::due);
    CHECK(load(scripts_dir / "weekly-relationship-meeting.yaml").settings.meet_every == attune::weeks(1));
    for (const char* name : {"setting-boundaries-together.yaml", "grenzen-gemeinsam-festhalten.yaml"}) {
        INFO(name);
        const attune::Script script = load(scripts_dir / name);
        CHECK(script.settings.meet_every == attune::weeks(1));
        int agreements = 0, sooner = 0, tracked = 0;
        for (const attune::Item& item : script.agenda) {
            for (const attune::Step& step : item.steps) {
                if (const auto* agreement = std::get_if<attune::AgreementStep>(&step.body)) {
                    ++agreements;
                    if (script.review_in(*agreement) < script.settings.review_in) ++sooner;
                } else if (const auto* checkin = std::get_if<attune::CheckinStep>(&step.body)) {
                    if (checkin->track != checkin->question) ++tracked;
                }
            }
        }
        CHECK(agreements >= 3);
        CHECK(sooner >= 1);  // a new, fragile agreement comes back early
        CHECK(tracked >= 1);
    }
    CHECK(load(scripts_dir / "grenzen-gemeinsam-festhalten.yaml").language == "de");
}
