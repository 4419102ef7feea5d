// Must NOT compile: the space keeps records and never draws. The CTest entry
// "space cannot include the view" builds this file against attune_space alone.
#include "display_list.hpp"

int space_view_probe() { return 0; }
