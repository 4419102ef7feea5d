// libFuzzer target: any bytes as a couple's space database file, read record
// by record (fuzz/harness/space_checks.cpp). Ends with a clear message when
// a promise breaks, and with the sanitizers' report on any memory error or
// undefined behaviour.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "space_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // One private folder for the whole run, removed when the run ends.
    static const attune::fuzz::SpaceReadCheck space_check;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto broken = space_check.check(bytes)) {
        std::fprintf(stderr, "fuzz_space_reader: %s\n", broken->c_str());
        std::abort();
    }
    return 0;
}
