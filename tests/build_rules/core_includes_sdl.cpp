// Must NOT compile: the core library does not see SDL's headers. The CTest
// entry "core cannot include SDL" builds this file and expects failure, so a
// dependency on SDL creeping into attune_core is caught.
#include <SDL.h>

int core_probe() { return SDL_GetTicks() > 0; }
