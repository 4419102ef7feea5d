#include "space_checks.hpp"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "kept_conversations.hpp"
#include "space_store.hpp"

namespace fs = std::filesystem;

namespace attune::fuzz {
namespace {

void remove_space_files(const fs::path& file) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ignored;
        fs::remove(file.string() + suffix, ignored);
    }
}

}  // namespace

SpaceReadCheck::SpaceReadCheck() {
    std::string pattern = (fs::temp_directory_path() / "attune-fuzz-space-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::system_error(errno, std::generic_category(), "cannot make a folder for the space file");
    m_folder = pattern;
}

SpaceReadCheck::~SpaceReadCheck() {
    std::error_code ignored;
    fs::remove_all(m_folder, ignored);
}

std::optional<std::string> SpaceReadCheck::check(std::string_view bytes) const {
    using namespace attune::space;
    const fs::path file = m_folder / "fuzzed.space";
    remove_space_files(file);
    {
        std::ofstream out(file, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    std::optional<std::string> broken;
    try {
        // The seed's own passphrase, so that a mutation which keeps the
        // header reaches the records; the test cost keeps each input fast.
        const SecretBytes passphrase = SecretBytes::copy_of("fixture passphrase");
        const SpaceInspection inspection =
            inspect_space_file(file, SecretKind::passphrase, passphrase, CostPolicy::allow_test_costs);
        if (inspection.error && inspection.error->empty()) broken = "an error without a sentence";
        for (const std::string& problem : inspection.contents.problems)
            if (problem.empty()) broken = "a problem without a sentence";
        // The records that opened go through the reader of kept
        // conversations, which names a record it cannot decode among its
        // problems.
        if (!inspection.error) static_cast<void>(read_history(inspection.contents));
    } catch (const std::exception& error) {
        broken = std::string("an exception escaped: ") + error.what();
    }
    remove_space_files(file);
    return broken;
}

}  // namespace attune::fuzz
