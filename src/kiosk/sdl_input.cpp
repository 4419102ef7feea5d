#include "sdl_input.hpp"

namespace attune::kiosk {

namespace {

Key key_of(SDL_Keycode code, bool shift) {
    if (code >= SDLK_a && code <= SDLK_z) return letter_key(static_cast<char>(code));
    if (code >= SDLK_0 && code <= SDLK_9) return digit_key(static_cast<int>(code - SDLK_0));
    if (code >= SDLK_KP_1 && code <= SDLK_KP_9) return digit_key(static_cast<int>(code - SDLK_KP_1) + 1);
    switch (code) {
        case SDLK_KP_0:
            return Key::digit_0;
        case SDLK_SPACE:
            return Key::space;
        case SDLK_RETURN:
        case SDLK_RETURN2:
        case SDLK_KP_ENTER:
            return Key::enter;
        case SDLK_ESCAPE:
            return Key::escape;
        case SDLK_BACKSPACE:
            return Key::backspace;
        case SDLK_TAB:
            return Key::tab;
        case SDLK_DELETE:
            return Key::delete_forward;
        case SDLK_LEFT:
            return Key::left;
        case SDLK_RIGHT:
            return Key::right;
        case SDLK_UP:
            return Key::up;
        case SDLK_DOWN:
            return Key::down;
        case SDLK_PAGEUP:
            return Key::page_up;
        case SDLK_PAGEDOWN:
            return Key::page_down;
        case SDLK_HOME:
            return Key::home;
        case SDLK_END:
            return Key::end;
        case SDLK_PAUSE:
            return Key::pause;
        case SDLK_PERIOD:
        case SDLK_KP_PERIOD:
            return Key::period;
        case SDLK_QUESTION:
            return Key::question;
        // '?' is Shift plus '/' on US keyboards and Shift plus 'ß' on German ones.
        case SDLK_SLASH:
        case 0xDF:
            return shift ? Key::question : Key::other;
        case SDLK_F1:
            return Key::f1;
        default:
            return Key::other;
    }
}

}  // namespace

KeyPress translate_key(const SDL_Keysym& key) {
    KeyPress press;
    press.modifiers.ctrl = (key.mod & KMOD_CTRL) != 0;
    press.modifiers.shift = (key.mod & KMOD_SHIFT) != 0;
    // AltGr arrives as MODE on X11 and as Ctrl+Alt elsewhere.
    press.modifiers.alt = (key.mod & (KMOD_ALT | KMOD_MODE)) != 0;
    press.key = key_of(key.sym, press.modifiers.shift);
    return press;
}

bool repeats(const KeyPress& press) { return press.key == Key::backspace; }

std::optional<PointerPress> pointer_press(const SDL_Event& event, const PointerGeometry& geometry) {
    if (event.type == SDL_FINGERDOWN) {
        // Normalized 0..1 over the window.
        return PointerPress{event.tfinger.x * static_cast<float>(geometry.output_width),
                            event.tfinger.y * static_cast<float>(geometry.output_height)};
    }
    if (event.type == SDL_MOUSEBUTTONDOWN && event.button.which != SDL_TOUCH_MOUSEID &&
        event.button.button == SDL_BUTTON_LEFT) {
        const float scale_x = geometry.window_width > 0 ? static_cast<float>(geometry.output_width) /
                                                              static_cast<float>(geometry.window_width)
                                                        : 1.0f;
        const float scale_y = geometry.window_height > 0 ? static_cast<float>(geometry.output_height) /
                                                               static_cast<float>(geometry.window_height)
                                                         : 1.0f;
        return PointerPress{static_cast<float>(event.button.x) * scale_x, static_cast<float>(event.button.y) * scale_y};
    }
    return std::nullopt;
}

bool real_mouse_motion(const SDL_Event& event) {
    return event.type == SDL_MOUSEMOTION && event.motion.which != SDL_TOUCH_MOUSEID;
}

}  // namespace attune::kiosk
