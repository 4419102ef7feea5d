// Must NOT compile: an export is made from the space's facts, never from
// what the screen shows. The CTest entry "export cannot include the view"
// builds this file against attune_export alone.
#include "display_list.hpp"

int export_view_probe() { return 0; }
