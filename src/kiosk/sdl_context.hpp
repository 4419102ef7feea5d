#pragma once
// The scoped owner of SDL_Init and TTF_Init. Create it first and let it be
// destroyed last: every other SDL object must be gone before it quits.
#include <SDL.h>

namespace attune::kiosk {

// Which SDL subsystems to start. Only what is used: the joystick and game
// controller subsystems would wake the process every millisecond with a
// device attached, so they are never started here.
enum class Subsystems : Uint32 {
    none = 0,                // headless rendering (screenshots, tests): fonts only
    video = SDL_INIT_VIDEO,  // implies events
};

class SdlContext {
public:
    explicit SdlContext(Subsystems subsystems);
    ~SdlContext();
    SdlContext(const SdlContext&) = delete;
    SdlContext& operator=(const SdlContext&) = delete;

private:
    Uint32 m_flags;
};

// Starts the audio subsystem for as long as it lives; `ok()` is false when
// there is no audio driver (the kiosk then stays silent).
class AudioSubsystem {
public:
    AudioSubsystem();
    ~AudioSubsystem();
    AudioSubsystem(const AudioSubsystem&) = delete;
    AudioSubsystem& operator=(const AudioSubsystem&) = delete;
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

// SDL_ttf alone, for one call that needs fonts without SDL (`--validate`).
// TTF_Init is counted, so this nests inside an SdlContext too.
class FontRendererScope {
public:
    FontRendererScope();
    ~FontRendererScope();
    FontRendererScope(const FontRendererScope&) = delete;
    FontRendererScope& operator=(const FontRendererScope&) = delete;
};

}  // namespace attune::kiosk
