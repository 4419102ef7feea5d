#pragma once

namespace attune {
int run_cli(int argc, char** argv);
}
