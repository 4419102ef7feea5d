// Must NOT compile: the engine sees the model and nothing above it. The
// CTest entry "engine cannot include the view" builds this file against
// attune_engine alone and expects the header not to be found.
#include "display_list.hpp"

int engine_view_probe() { return 0; }
