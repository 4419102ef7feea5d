// libFuzzer target: any bytes as a script file, through the loader and, when
// it loads, the plan. Ends with a clear message when a promise breaks
// (fuzz/harness/loader_checks.cpp), and with the sanitizers' report on any
// memory error or undefined behaviour.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "loader_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto broken = attune::fuzz::check_script_load(text)) {
        std::fprintf(stderr, "fuzz_script_loader: %s\n", broken->c_str());
        std::abort();
    }
    return 0;
}
