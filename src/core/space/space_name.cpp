#include "space_name.hpp"

#include <algorithm>
#include <system_error>

#include "utf8.hpp"

namespace attune::space {

std::optional<std::string> code_name_problem(std::string_view name) {
    if (name.empty()) return "it is empty";
    if (name.size() > code_name_max_bytes) return "it is longer than " + std::to_string(code_name_max_bytes) + " bytes";
    if (name.find('/') != std::string_view::npos) return "it contains '/'";
    if (name.find('\\') != std::string_view::npos) return "it contains '\\'";
    if (name.find("..") != std::string_view::npos) return "it contains '..'";
    if (name.front() == '.') return "it starts with '.'";
    if (name.front() == '-') return "it starts with '-'";
    if (name.front() == ' ' || name.back() == ' ') return "it starts or ends with a space";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) return "it contains a control character";
    }
    if (utf8::find_invalid(name)) return "it is not valid UTF-8";
    return std::nullopt;
}

std::filesystem::path space_file(const std::filesystem::path& folder, std::string_view name) {
    return folder / (std::string(name) + std::string(space_file_suffix));
}

std::vector<std::string> space_names(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string file = it->path().filename().string();
        if (!file.ends_with(space_file_suffix) || !it->is_regular_file(error)) continue;
        const std::string name = file.substr(0, file.size() - space_file_suffix.size());
        if (!code_name_problem(name)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace attune::space
