#include "temp_dir.hpp"

#include <unistd.h>

#include <string>

namespace attune::test {
namespace {

struct OwnFolder {
    std::filesystem::path path;
    OwnFolder() : path(std::filesystem::temp_directory_path() / ("attune-test-" + std::to_string(getpid()))) {
        std::filesystem::create_directories(path);
    }
    ~OwnFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

}  // namespace

std::filesystem::path temp_dir() {
    static const OwnFolder folder;
    return folder.path;
}

}  // namespace attune::test
