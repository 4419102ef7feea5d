#include "cli.hpp"
namespace attune { int run_cli(int, char**) { return 0; } }
