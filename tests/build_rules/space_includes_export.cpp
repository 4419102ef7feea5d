// Must NOT compile: the space never writes plaintext out; only the export
// layer above it does. The CTest entry "space cannot include the export"
// builds this file against attune_space alone.
#include "agreements_pdf.hpp"

int space_export_probe() { return 0; }
