#pragma once
// A space's code name: the only thing about it readable without its
// passphrase. It is the database's file name, so it must be a safe one.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attune::space {

constexpr std::size_t code_name_max_bytes = 64;
constexpr std::string_view space_file_suffix = ".space";

// Why `name` cannot be a code name ("it contains '/'"), or nothing when it can.
std::optional<std::string> code_name_problem(std::string_view name);
// <folder>/<name>.space; the name must have passed code_name_problem.
std::filesystem::path space_file(const std::filesystem::path& folder, std::string_view name);
// The code names of the spaces in `folder`, sorted; none when it does not exist.
std::vector<std::string> space_names(const std::filesystem::path& folder);

}  // namespace attune::space
