// Catch2's main lives in its own file so that it is compiled once.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
