// libFuzzer target: any bytes as a compiled gettext catalogue (.mo), and
// the same bytes as a Plural-Forms header. Neither may crash, read outside
// the input or hang; a catalogue that is accepted answers every lookup, and
// its plural rule always names a form it has.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "message_catalogue.hpp"
#include "plural_rule.hpp"

namespace {

[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "fuzz_message_catalogue: %s\n", what);
    std::abort();
}

void check_forms(const attune::PluralForms& forms) {
    for (std::uint64_t n : {0ull, 1ull, 2ull, 5ull, 11ull, 21ull, 101ull, 1000000ull, ~0ull})
        if (forms.form_for(n) >= forms.count) broken("a plural rule names a form the catalogue lacks");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto forms = attune::parse_plural_forms(bytes)) check_forms(*forms);
    const auto parsed = attune::MessageCatalogueParse::from_bytes(bytes);
    if (parsed.catalogue) {
        check_forms(parsed.catalogue->plural_forms());
        (void)parsed.catalogue->find("next", "Next");
    } else if (parsed.problem.empty()) {
        broken("a refused catalogue has no reason");
    }
    return 0;
}
