// libFuzzer target: a built-in script chosen by the first byte, then the
// other bytes as commands at rising times (the format is in
// fuzz/harness/session_checks.hpp), every invariant checked after each one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

#include "session_checks.hpp"

namespace {

// Loaded once: the fuzzer's speed goes into the engine, not into YAML.
const std::vector<std::shared_ptr<const attune::Script>>& scripts() {
    static const auto loaded = attune::fuzz::built_in_scripts();
    return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (scripts().empty()) {
        std::fprintf(stderr, "fuzz_session: no built-in script loads\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (const auto broken = attune::fuzz::check_session(std::span(data, size), scripts())) {
        std::fprintf(stderr, "fuzz_session: %s\n", broken->c_str());
        std::abort();
    }
    return 0;
}
