#pragma once
// The space reader fuzz target's work, shared with the tests that replay the
// inputs it kept (tests/fuzz_regression_test.cpp): any bytes as a couple's
// space database file, opened with the passphrase of the seed
// (tests/data/space-v1.space) and read record by record. Every input must end
// in a sentence (SpaceInspection's error or its problems) or in what was
// readable, never in a crash or an exception.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace attune::fuzz {

class SpaceReadCheck {
public:
    // Makes a private folder for the database file (and SQLite's -wal and
    // -shm beside it), written anew for each input.
    SpaceReadCheck();
    // Removes the folder and what is in it.
    ~SpaceReadCheck();
    SpaceReadCheck(const SpaceReadCheck&) = delete;
    SpaceReadCheck& operator=(const SpaceReadCheck&) = delete;

    // Nothing when the input was handled as promised; otherwise what was broken.
    std::optional<std::string> check(std::string_view bytes) const;

private:
    std::filesystem::path m_folder;
};

}  // namespace attune::fuzz
