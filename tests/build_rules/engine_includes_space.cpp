// Must NOT compile: the engine is plain state; keeping it is the space's
// job, one layer up. The CTest entry "engine cannot include the space"
// builds this file against attune_engine alone.
#include "kept_conversations.hpp"

int engine_space_probe() { return 0; }
