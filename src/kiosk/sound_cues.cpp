#include "sound_cues.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace attune::kiosk {

namespace {

float semitones(float base, int steps) { return base * std::pow(2.0f, static_cast<float>(steps) / 12.0f); }

// A note's loudness over its life: a raised-cosine attack (no click), then
// an exponential decay that a raised cosine brings to exactly 0 at the end.
float envelope(float t, float length) {
    constexpr float attack = 0.08f;
    if (t < 0 || t >= length) return 0.0f;
    const float pi = std::numbers::pi_v<float>;
    const float rise = t < attack ? 0.5f - 0.5f * std::cos(pi * t / attack) : 1.0f;
    const float decay = std::exp(-3.0f * t / length);
    const float tail = 0.5f + 0.5f * std::cos(pi * t / length);
    return rise * decay * tail;
}

}  // namespace

CueSound cue_sound(Cue cue) {
    constexpr float a4 = 440.0f;
    const float c5 = semitones(a4, 3);
    switch (cue) {
        case Cue::threshold:
            return {{{c5, 0.0f}, {semitones(c5, 2), 0.22f}}, 0.8f};
        case Cue::floor_change:
            return {{{semitones(c5, 5), 0.0f}, {c5, 0.22f}}, 0.8f};
        case Cue::pause_started:
            return {{{semitones(c5, -8), 0.0f}, {semitones(c5, -12), 0.35f}}, 1.2f};
        case Cue::cooldown_over:
            return {{{semitones(c5, -12), 0.0f}, {semitones(c5, -8), 0.35f}}, 1.2f};
        case Cue::finished:
            return {{{semitones(c5, -5), 0.0f}, {semitones(c5, 2), 0.4f}}, 1.4f};
    }
    return {{{c5, 0.0f}}, 0.8f};
}

std::vector<std::int16_t> synthesize(const CueSound& sound, int sample_rate) {
    float end = 0;
    for (const Note& note : sound.notes) end = std::max(end, note.start + sound.note_length);
    const auto count = static_cast<std::size_t>(std::ceil(end * static_cast<float>(sample_rate)));
    std::vector<std::int16_t> samples(count);
    const float tau = 2.0f * std::numbers::pi_v<float>;
    // One note alone peaks at cue_peak (the octave adds up to 0.15); where
    // two overlap the first has mostly faded.
    const float amplitude = cue_peak / 1.15f;
    for (std::size_t i = 0; i < count; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(sample_rate);
        float value = 0;
        for (const Note& note : sound.notes) {
            const float local = t - note.start;
            // A quiet octave above warms the plain sine without brightness.
            value += envelope(local, sound.note_length) *
                     (std::sin(tau * note.frequency * local) + 0.15f * std::sin(2.0f * tau * note.frequency * local));
        }
        samples[i] = static_cast<std::int16_t>(std::lround(std::clamp(value * amplitude, -1.0f, 1.0f) * 32767.0f));
    }
    return samples;
}

SoundCues::SoundCues(bool enabled, Log log) : m_enabled(enabled), m_log(std::move(log)) {}

void SoundCues::give_up(const std::string& why) {
    if (!m_unavailable && m_log) m_log("sound cues are off: " + why + "; the kiosk runs silently");
    m_unavailable = true;
    close_device();
}

void SoundCues::close_device() {
    m_device.reset();
    m_audio.reset();
    m_close_at.reset();
}

bool SoundCues::open_device() {
    if (m_device) return true;
    // The audio subsystem starts with the first cue and stops with the
    // device: while it runs, SDL's ALSA driver keeps a hot-plug thread that
    // wakes the process ten times a second. Starting it costs about 40 ms,
    // which the cue's slow attack hides.
    if (!m_audio) {
        m_audio.emplace();
        if (!m_audio->ok()) {
            give_up(std::string("no audio driver (") + SDL_GetError() + ")");
            return false;
        }
    }
    SDL_AudioSpec want{};
    want.freq = cue_sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 2048;
    // No changes allowed: SDL converts to what the device wants.
    m_device = AudioDevice{SDL_OpenAudioDevice(nullptr, 0, &want, &m_spec, 0)};
    if (!m_device) {
        give_up(std::string("no audio device (") + SDL_GetError() + ")");
        return false;
    }
    SDL_PauseAudioDevice(m_device.get(), 0);
    return true;
}

void SoundCues::play(Cue cue, TimePoint now) {
    if (!m_enabled || m_muted || m_unavailable) return;
    if (!open_device()) return;
    const CueSound sound = cue_sound(cue);
    const auto samples = synthesize(sound);
    if (SDL_QueueAudio(m_device.get(), samples.data(), static_cast<Uint32>(samples.size() * sizeof samples[0])) != 0) {
        give_up(std::string("the audio device refused the cue (") + SDL_GetError() + ")");
        return;
    }
    // Queued sound plays after what is still queued; allow for all of it.
    const double queued_seconds = static_cast<double>(SDL_GetQueuedAudioSize(m_device.get())) /
                                  (sizeof(std::int16_t) * static_cast<double>(cue_sample_rate));
    const auto until = now + std::chrono::duration_cast<Duration>(std::chrono::duration<double>(queued_seconds + 0.5));
    if (!m_close_at || until > *m_close_at) m_close_at = until;
}

void SoundCues::tick(TimePoint now) {
    if (!m_close_at || now < *m_close_at) return;
    if (m_device && SDL_GetQueuedAudioSize(m_device.get()) > 0) {
        m_close_at = now + std::chrono::milliseconds{250};
        return;
    }
    close_device();
}

}  // namespace attune::kiosk
