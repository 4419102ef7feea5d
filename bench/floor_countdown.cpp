// The kiosk benchmark's floor: the least an SDL2 program can do to show a
// countdown. A window covering the display, SDL's software renderer on its
// plain framebuffer (as attune uses under X11), one number drawn with
// SDL_ttf once a second, the whole frame presented, and between seconds a
// sleep in SDL_WaitEventTimeout. attune's costs are read against it.
//
//   attune_bench_floor FONT.otf [TRACE]
//
// TRACE, when given, gets a line after the first frame reached the display
// (the benchmark reads its mtime) and one more at the end. Ends on SIGTERM.
#include <SDL.h>
#include <SDL_ttf.h>

#include <cstdio>
#include <string>

namespace {

void draw_number(SDL_Renderer* renderer, TTF_Font* font, int number, int width, int height) {
    SDL_SetRenderDrawColor(renderer, 24, 28, 36, 255);
    SDL_RenderClear(renderer);
    const std::string text =
        std::to_string(number / 60) + ":" + (number % 60 < 10 ? "0" : "") + std::to_string(number % 60);
    SDL_Surface* surface = TTF_RenderUTF8_Blended(font, text.c_str(), SDL_Color{240, 236, 228, 255});
    if (surface) {
        SDL_Texture* texture = SDL_CreateTextureFromSurface(renderer, surface);
        const SDL_Rect target{(width - surface->w) / 2, (height - surface->h) / 2, surface->w, surface->h};
        SDL_RenderCopy(renderer, texture, nullptr, &target);
        SDL_DestroyTexture(texture);
        SDL_FreeSurface(surface);
    }
    SDL_RenderPresent(renderer);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: attune_bench_floor FONT.otf [TRACE]\n");
        return 2;
    }
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        std::fprintf(stderr, "attune_bench_floor: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Rect bounds{0, 0, 1280, 720};
    SDL_GetDisplayBounds(0, &bounds);
    SDL_Window* window =
        SDL_CreateWindow("floor", bounds.x, bounds.y, bounds.w, bounds.h, SDL_WINDOW_BORDERLESS | SDL_WINDOW_SHOWN);
    SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : nullptr;
    TTF_Font* font = TTF_OpenFont(argv[1], bounds.h / 4);
    if (!renderer || !font) {
        std::fprintf(stderr, "attune_bench_floor: %s\n", SDL_GetError());
        return 1;
    }
    FILE* trace = argc > 2 ? std::fopen(argv[2], "w") : nullptr;
    int number = 60 * 60;
    draw_number(renderer, font, number, bounds.w, bounds.h);
    if (trace) {
        std::fputs("first frame\n", trace);
        std::fflush(trace);
    }
    Uint64 next = SDL_GetTicks64() + 1000;
    for (bool running = true; running;) {
        const Uint64 now = SDL_GetTicks64();
        SDL_Event event;
        if (SDL_WaitEventTimeout(&event, now >= next ? 0 : static_cast<int>(next - now))) {
            if (event.type == SDL_QUIT) running = false;
            if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_EXPOSED)
                draw_number(renderer, font, number, bounds.w, bounds.h);
            continue;
        }
        if (SDL_GetTicks64() < next) continue;
        number = number > 0 ? number - 1 : 0;
        draw_number(renderer, font, number, bounds.w, bounds.h);
        next += 1000;
    }
    if (trace) {
        std::fputs("end\n", trace);
        std::fclose(trace);
    }
    TTF_CloseFont(font);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
