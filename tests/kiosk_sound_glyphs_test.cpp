// Sound cues (soft, distinct, silent when off) and the glyph check for
// script text.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <set>

#include "kiosk_test_support.hpp"
#include "script_glyphs.hpp"
#include "sound_cues.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::kiosk;
using namespace attune::kiosk::testing;

namespace {

float peak_of(const std::vector<std::int16_t>& samples) {
    int peak = 0;
    for (auto sample : samples) peak = std::max(peak, std::abs(static_cast<int>(sample)));
    return static_cast<float>(peak) / 32767.0f;
}

const Cue every_cue[] = {Cue::threshold, Cue::floor_change, Cue::pause_started, Cue::cooldown_over, Cue::finished};

}  // namespace

TEST_CASE("Every cue is soft and starts and ends in silence (no click)", "[kiosk]") {
    for (Cue cue : every_cue) {
        const auto samples = synthesize(cue_sound(cue));
        INFO("cue " << static_cast<int>(cue));
        REQUIRE(samples.size() > static_cast<std::size_t>(cue_sample_rate / 2));
        CHECK(peak_of(samples) <= 0.2f);   // a fifth of full scale at most
        CHECK(peak_of(samples) >= 0.05f);  // but audible
        // The first and last 2 ms are near silence.
        const std::size_t edge = cue_sample_rate / 500;
        CHECK(peak_of({samples.begin(), samples.begin() + static_cast<long>(edge)}) < 0.01f);
        CHECK(peak_of({samples.end() - static_cast<long>(edge), samples.end()}) < 0.01f);
    }
}

TEST_CASE("Each cue has its own interval, so the ear tells them apart", "[kiosk]") {
    std::set<std::pair<int, int>> intervals;
    for (Cue cue : every_cue) {
        const CueSound sound = cue_sound(cue);
        REQUIRE(sound.notes.size() == 2);
        intervals.insert({static_cast<int>(std::lround(sound.notes[0].frequency)),
                          static_cast<int>(std::lround(sound.notes[1].frequency))});
    }
    CHECK(intervals.size() == std::size(every_cue));
}

TEST_CASE("Sound off in the script never starts audio, muting silences cues", "[kiosk]") {
    std::vector<std::string> log;
    SoundCues off{false, [&](const std::string& line) { log.push_back(line); }};
    off.play(Cue::threshold, TimePoint{});
    CHECK_FALSE(off.available());
    CHECK_FALSE(off.next_deadline());
    CHECK(log.empty());
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);

    SoundCues on{true, [&](const std::string& line) { log.push_back(line); }};
    on.set_muted(true);
    on.play(Cue::threshold, TimePoint{});
    CHECK_FALSE(on.next_deadline());  // nothing was queued
}

TEST_CASE("A played cue keeps the audio device open only until it has sounded", "[kiosk]") {
    const char* driver = std::getenv("SDL_AUDIODRIVER");
    if (!driver || std::string(driver) != "dummy") {
        WARN("SDL_AUDIODRIVER is not dummy: skipped so that no test makes a sound");
        return;
    }
    std::vector<std::string> log;
    SoundCues sound{true, [&](const std::string& line) { log.push_back(line); }};
    REQUIRE(sound.available());
    const TimePoint now = TimePoint{} + std::chrono::hours{1};
    sound.play(Cue::floor_change, now);
    REQUIRE(sound.next_deadline());
    CHECK(*sound.next_deadline() > now);
    CHECK(*sound.next_deadline() < now + std::chrono::seconds{5});
    CHECK(log.empty());
}

TEST_CASE("The audio subsystem runs only while a cue plays", "[kiosk]") {
    const char* driver = std::getenv("SDL_AUDIODRIVER");
    if (!driver || std::string(driver) != "dummy") {
        WARN("SDL_AUDIODRIVER is not dummy: skipped so that no test makes a sound");
        return;
    }
    // SDL's ALSA driver polls for new devices ten times a second while the
    // subsystem runs: a kiosk between cues must not have it started.
    SoundCues sound{true, {}};
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
    const TimePoint now = TimePoint{} + std::chrono::hours{1};
    sound.play(Cue::threshold, now);
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) != 0);
    REQUIRE(sound.next_deadline());
    // The dummy device plays in real time: the cue (about a second) is waited out.
    for (int wait = 0; wait < 50 && sound.next_deadline(); ++wait) {
        SDL_Delay(100);
        sound.tick(*sound.next_deadline());
    }
    CHECK_FALSE(sound.next_deadline());
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
    CHECK(sound.available());
}

TEST_CASE("Characters the bundled fonts cannot draw are found, each once, in order", "[kiosk]") {
    Headless headless;
    const std::string text = "Grüße, 😀 and ✓ and 😀 again\n\tok";
    const auto missing = missing_glyphs(headless.fonts, text);
    REQUIRE(missing.size() >= 1);
    CHECK(missing.front().code_point == U'\U0001F600');
    CHECK(missing.front().byte_offset == text.find("😀"));
    for (const auto& glyph : missing) {
        CHECK(glyph.code_point != U'ü');   // Inter has Latin letters
        CHECK(glyph.code_point != U'\n');  // line breaks are layout
        CHECK(glyph.code_point != U'\t');
    }
    CHECK(std::count_if(missing.begin(), missing.end(),
                        [](const MissingGlyph& g) { return g.code_point == U'\U0001F600'; }) == 1);
    CHECK(describe_code_point(U'\U0001F600') == "U+1F600 '😀'");
    CHECK(describe_code_point(U'\n') == "U+000A");
}

TEST_CASE("Script text with an undrawable character gets a warning at its step", "[kiosk]") {
    Headless headless;
    Step step = test::say("Breathe 🌊 together");
    step.pos = {7, 9};
    Script script = test::script_of({test::item("Opening", {step})});
    script.file = "evening.yaml";
    const auto warnings = check_script_glyphs(script, headless.fonts);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].severity == Severity::warning);
    CHECK_THAT(warnings[0].format(), Catch::StartsWith("evening.yaml:7:9: warning: ") && Catch::Contains("U+1F30A"));

    Script plain = test::script_of({test::item("Opening", {test::say("Grüße, Zoë — “quoted” …")})});
    CHECK(check_script_glyphs(plain, headless.fonts).empty());
}
