#pragma once
// Soft sound cues, made in code (no asset files): two sine notes, each with
// a slow attack and a long decay, at a low volume; a different interval per
// cue so that the ear tells them apart without looking. The audio device is
// opened for a cue and closed soon after, because an open SDL audio device
// wakes the process all the time even when it plays silence; the audio
// subsystem likewise runs only while a cue plays.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sdl_context.hpp"
#include "sdl_handles.hpp"
#include "session.hpp"
#include "time.hpp"

namespace attune::kiosk {

struct Note {
    float frequency = 440;  // Hz
    float start = 0;        // seconds from the cue's start
};

struct CueSound {
    std::vector<Note> notes;
    float note_length = 0.9f;  // seconds, attack and decay included
};

// threshold: a gentle rising second; floor change: a falling fourth;
// pause: a falling major third (settling); cool-down over: a rising major
// third (an invitation); finished: a rising fifth.
CueSound cue_sound(Cue cue);

constexpr int cue_sample_rate = 48000;
constexpr float cue_peak = 0.12f;  // of full scale: heard in a quiet room, never startling

// Mono samples of a cue at `sample_rate`, starting and ending in silence.
std::vector<std::int16_t> synthesize(const CueSound& sound, int sample_rate = cue_sample_rate);

class SoundCues {
public:
    using Log = std::function<void(const std::string&)>;

    // `enabled` is the script's settings.sound: when false the audio
    // subsystem is never started; when true it starts with a cue and stops
    // soon after it. `log` hears, once, that there is no sound.
    SoundCues(bool enabled, Log log);

    void play(Cue cue, TimePoint now);
    void set_muted(bool muted) { m_muted = muted; }
    bool muted() const { return m_muted; }

    // When the loop should wake to close the device after the last cue.
    std::optional<TimePoint> next_deadline() const { return m_close_at; }
    void tick(TimePoint now);

    // Whether cues can be heard at all (enabled, and no cue found that there
    // is no audio driver or device).
    bool available() const { return m_enabled && !m_unavailable; }

private:
    bool open_device();
    void close_device();
    void give_up(const std::string& why);

    bool m_enabled;
    Log m_log;
    bool m_muted = false;
    bool m_unavailable = false;
    std::optional<AudioSubsystem> m_audio;
    AudioDevice m_device;
    SDL_AudioSpec m_spec{};
    std::optional<TimePoint> m_close_at;
};

}  // namespace attune::kiosk
