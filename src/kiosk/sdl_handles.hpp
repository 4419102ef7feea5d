#pragma once
// Owning handles for SDL and SDL_ttf objects: one deleter per type, and
// make_* wrappers that throw SdlError (with SDL_GetError()) instead of
// handing back NULL, so that no caller forgets to check.
#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace attune::kiosk {

class SdlError : public std::runtime_error {
public:
    // "what failed: SDL's own words"
    explicit SdlError(const std::string& what);
};

struct WindowDeleter {
    void operator()(SDL_Window* window) const { SDL_DestroyWindow(window); }
};
struct RendererDeleter {
    void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
};
struct TextureDeleter {
    void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
};
struct SurfaceDeleter {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
struct FontDeleter {
    void operator()(TTF_Font* font) const { TTF_CloseFont(font); }
};
struct CursorDeleter {
    void operator()(SDL_Cursor* cursor) const { SDL_FreeCursor(cursor); }
};

using WindowPtr = std::unique_ptr<SDL_Window, WindowDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, RendererDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SurfaceDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, FontDeleter>;
using CursorPtr = std::unique_ptr<SDL_Cursor, CursorDeleter>;

// An audio device is an id, not a pointer: a small move-only owner.
class AudioDevice {
public:
    AudioDevice() = default;
    explicit AudioDevice(SDL_AudioDeviceID id) : m_id(id) {}
    AudioDevice(AudioDevice&& other) noexcept : m_id(other.m_id) { other.m_id = 0; }
    AudioDevice& operator=(AudioDevice&& other) noexcept;
    AudioDevice(const AudioDevice&) = delete;
    AudioDevice& operator=(const AudioDevice&) = delete;
    ~AudioDevice() { reset(); }

    SDL_AudioDeviceID get() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset();

private:
    SDL_AudioDeviceID m_id = 0;
};

WindowPtr make_window(const char* title, int x, int y, int width, int height, Uint32 flags);
RendererPtr make_renderer(SDL_Window* window, int index, Uint32 flags);
RendererPtr make_software_renderer(SDL_Surface* target);
TexturePtr make_texture_from_surface(SDL_Renderer* renderer, SDL_Surface* surface);
SurfacePtr make_rgba_surface(int width, int height);
FontPtr make_font(const std::string& path, int pixel_size);

}  // namespace attune::kiosk
