#include "cli.hpp"

int main(int argc, char** argv) { return attune::run_cli(argc, argv); }
