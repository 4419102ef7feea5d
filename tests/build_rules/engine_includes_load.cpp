// Must NOT compile: the engine runs a script it is given and never reads
// one. The CTest entry "engine cannot include the loader" builds this file
// against attune_engine alone and expects the header not to be found.
#include "script_loader.hpp"

int engine_load_probe() { return 0; }
