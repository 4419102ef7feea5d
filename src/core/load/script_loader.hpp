#pragma once
// Reads a conversation script and checks it completely against the format
// contract, reporting every problem it can find in one pass.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "script.hpp"

namespace attune {

struct ScriptLoad {
    std::optional<Script> script;         // set when there is no error
    std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
    bool ok() const { return script.has_value(); }
};

// `display_name` is what messages call the file (usually the path as given).
ScriptLoad load_script_text(std::string_view text, const std::string& display_name);
ScriptLoad load_script_file(const std::filesystem::path& path);

}  // namespace attune
