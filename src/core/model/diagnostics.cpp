#include "diagnostics.hpp"

#include <algorithm>

namespace attune {

std::string Diagnostic::format() const {
    std::string out = file;
    out += ':' + std::to_string(pos.line) + ':' + std::to_string(pos.column) + ": ";
    out += severity == Severity::error ? "error: " : "warning: ";
    out += message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

}  // namespace attune
