// Must NOT compile: the view draws from snapshots and never reaches storage
// or keys. The CTest entry "view cannot include the space" builds this file
// against attune_view alone and expects the header not to be found.
#include "space_store.hpp"

int view_space_probe() { return 0; }
