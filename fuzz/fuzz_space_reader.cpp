// libFuzzer target: any bytes as a couple's space database file, opened
// with the passphrase of the seed (tests/data/space-v1.space) and read
// record by record. Every input must end in a sentence (SpaceInspection's
// error or its problems) or in what was readable, never in a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "kept_conversations.hpp"
#include "space_store.hpp"

namespace fs = std::filesystem;
using namespace attune::space;

namespace {

// One private folder for the whole run; the database and SQLite's -wal and
// -shm beside it are written anew for each input.
const fs::path& work_folder() {
    static const fs::path folder = [] {
        std::string pattern = (fs::temp_directory_path() / "attune-fuzz-space-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::perror("fuzz_space_reader: mkdtemp");
            std::abort();
        }
        return fs::path{pattern};
    }();
    return folder;
}

void remove_space_files(const fs::path& file) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ignored;
        fs::remove(file.string() + suffix, ignored);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path file = work_folder() / "fuzzed.space";
    remove_space_files(file);
    {
        std::ofstream out(file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    // The seed's own passphrase, so that a mutation which keeps the header
    // reaches the records; the test cost keeps each execution fast.
    const SecretBytes passphrase = SecretBytes::copy_of("fixture passphrase");
    const SpaceInspection inspection =
        inspect_space_file(file, SecretKind::passphrase, passphrase, CostPolicy::allow_test_costs);
    if (inspection.error && inspection.error->empty()) {
        std::fprintf(stderr, "fuzz_space_reader: an error without a sentence\n");
        std::abort();
    }
    for (const std::string& problem : inspection.contents.problems) {
        if (problem.empty()) {
            std::fprintf(stderr, "fuzz_space_reader: a problem without a sentence\n");
            std::abort();
        }
    }
    // The records that opened go through the reader of kept conversations,
    // which names a record it cannot decode among its problems: an exception
    // escaping it is a finding too (libFuzzer reports it as a crash).
    if (!inspection.error) static_cast<void>(read_history(inspection.contents));
    remove_space_files(file);
    return 0;
}
