#include "sdl_context.hpp"

#include <SDL_ttf.h>

#include "sdl_handles.hpp"

namespace attune::kiosk {

SdlContext::SdlContext(Subsystems subsystems) : m_flags(static_cast<Uint32>(subsystems)) {
    if (SDL_InitSubSystem(m_flags) != 0) throw SdlError("cannot start SDL");
    if (TTF_Init() != 0) {
        SDL_QuitSubSystem(m_flags);
        throw SdlError("cannot start the font renderer");
    }
}

SdlContext::~SdlContext() {
    TTF_Quit();
    SDL_QuitSubSystem(m_flags);
    // Both are reference counted: quit SDL as a whole only when nobody else
    // (another context in a test, say) still uses a subsystem.
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0) SDL_Quit();
}

AudioSubsystem::AudioSubsystem() : m_ok(SDL_InitSubSystem(SDL_INIT_AUDIO) == 0) {}

AudioSubsystem::~AudioSubsystem() {
    if (m_ok) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

FontRendererScope::FontRendererScope() {
    if (TTF_Init() != 0) throw SdlError("cannot start the font renderer");
}

FontRendererScope::~FontRendererScope() { TTF_Quit(); }

}  // namespace attune::kiosk
