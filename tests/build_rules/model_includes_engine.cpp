// Must NOT compile: the model is the lowest layer and sees no other. The
// CTest entry "model cannot include the engine" builds this file against
// attune_model alone and expects the header not to be found.
#include "session.hpp"

int model_probe() { return 0; }
