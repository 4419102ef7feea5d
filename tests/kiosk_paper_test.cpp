// The agreements on paper from the kiosk are Letter where the locale's paper
// is Letter (LC_PAPER, or LC_ALL over it) and A4 everywhere else, as pdfinfo
// reads the written file. The US locale is compiled into a folder of the
// test's own (LOCPATH), so that the test needs no locale installed.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>

#include "fonts.hpp"
#include "kiosk_exports.hpp"
#include "process.hpp"
#include "space_test_support.hpp"

using namespace attune;
using namespace attune::kiosk;

namespace {

// en_US.UTF-8 compiled once into a folder of the test's; empty when localedef cannot.
std::optional<std::filesystem::path> us_locales() {
    static const std::optional<std::filesystem::path> folder = []() -> std::optional<std::filesystem::path> {
        const auto where = test::fresh_folder("paper-locales");
        const test::ProcessResult made =
            test::run_process({"localedef", "-i", "en_US", "-f", "UTF-8", (where / "en_US.UTF-8").string()}, {},
                              std::chrono::seconds{60});
        if (!std::filesystem::exists(where / "en_US.UTF-8" / "LC_PAPER")) return std::nullopt;
        return where;
    }();
    return folder;
}

// The locale variables for one check, put back as they were after it.
class LocaleVariables {
public:
    LocaleVariables(const std::filesystem::path& locales, const char* all, const char* paper) {
        for (const char* name : {"LOCPATH", "LC_ALL", "LC_PAPER", "LANG"}) {
            const char* value = std::getenv(name);
            m_old.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
        }
        ::setenv("LOCPATH", locales.c_str(), 1);
        ::setenv("LANG", "C", 1);
        set("LC_ALL", all);
        set("LC_PAPER", paper);
    }
    ~LocaleVariables() {
        for (const auto& [name, value] : m_old) set(name.c_str(), value ? value->c_str() : nullptr);
    }
    LocaleVariables(const LocaleVariables&) = delete;
    LocaleVariables& operator=(const LocaleVariables&) = delete;

private:
    static void set(const char* name, const char* value) {
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    std::vector<std::pair<std::string, std::optional<std::string>>> m_old;
};

// The agreements PDF the kiosk writes under these variables, as pdfinfo reads its page size.
std::string page_size_written(const std::filesystem::path& locales, const char* all, const char* paper,
                              const std::string& name) {
    const LocaleVariables variables{locales, all, paper};
    ExportSource source;
    source.names = {"Sam", "Alex"};
    source.today = Day{std::chrono::year{2026} / 11 / 30};
    source.font_folder = find_font_directory();
    const auto folder = test::fresh_folder("paper-" + name);
    const ExportResult result = export_from_kiosk(HomeExport::agreements, source, folder, words_for_language("en"));
    REQUIRE(result.written);
    const test::ProcessResult info = test::run_process({"pdfinfo", result.said});
    REQUIRE(info.exit_code == 0);
    const auto at = info.out.find("Page size:");
    REQUIRE(at != std::string::npos);
    return info.out.substr(at, info.out.find('\n', at) - at);
}

}  // namespace

TEST_CASE("the agreements on paper are Letter where the locale's paper is Letter, A4 elsewhere", "[kiosk][export]") {
    const auto locales = us_locales();
    if (!locales) {
        WARN("localedef could not compile en_US.UTF-8 (Debian's locales package): skipped");
        return;
    }
    CHECK(page_size_written(*locales, nullptr, "en_US.UTF-8", "lc-paper").find("(letter)") != std::string::npos);
    CHECK(page_size_written(*locales, "en_US.UTF-8", nullptr, "lc-all").find("(letter)") != std::string::npos);
    CHECK(page_size_written(*locales, nullptr, nullptr, "c").find("(A4)") != std::string::npos);
    // LC_ALL wins over LC_PAPER, as everywhere in the C library.
    CHECK(page_size_written(*locales, "C.UTF-8", "en_US.UTF-8", "lc-all-over").find("(A4)") != std::string::npos);
    // An unknown locale is not a reason for Letter.
    CHECK(page_size_written(*locales, nullptr, "xx_XX.UTF-8", "unknown").find("(A4)") != std::string::npos);
}
