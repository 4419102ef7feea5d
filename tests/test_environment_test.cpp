// CTest gives every test the environment CMakeLists.txt names for it: SDL's
// dummy drivers and, in the sanitizer build, the sanitizers' options and
// LeakSanitizer's suppressions. Catch2's test discovery once passed only the
// first of these variables on, so that the sanitized end-to-end runs had no
// suppressions and ended with a leak report and exit status 1.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>
#include <string>

TEST_CASE("every variable of the tests' environment reaches a test that CTest runs", "[environment]") {
    // The first variable names the others; run by hand, there is none to check.
    const char* names = std::getenv("ATTUNE_TEST_ENVIRONMENT");
    if (names == nullptr) return;
    std::istringstream list{names};
    std::string name;
    int variables = 0;
    while (list >> name) {
        INFO(name << " is one of the variables CMakeLists.txt gives the tests");
        CHECK(std::getenv(name.c_str()) != nullptr);
        ++variables;
    }
    CHECK(variables >= 2);
}
