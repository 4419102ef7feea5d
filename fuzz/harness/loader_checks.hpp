#pragma once
// What the loader fuzz targets check of one input, shared with the tests that
// replay the inputs the fuzzers found (tests/fuzz_regression_test.cpp): the
// loaders must end every input with a script (or theme) or with errors, and
// what they say must be what they did.
#include <optional>
#include <string>
#include <string_view>

namespace attune::fuzz {

// Nothing when the input was handled as promised; otherwise what was broken.
std::optional<std::string> check_script_load(std::string_view text);
std::optional<std::string> check_theme_load(std::string_view text);

}  // namespace attune::fuzz
