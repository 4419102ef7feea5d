// libFuzzer target: any bytes as a theme file, through the theme loader.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "loader_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto broken = attune::fuzz::check_theme_load(text)) {
        std::fprintf(stderr, "fuzz_theme_loader: %s\n", broken->c_str());
        std::abort();
    }
    return 0;
}
