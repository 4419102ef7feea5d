#include "diagnostics.hpp"

#include <algorithm>

#include "diagnostics_limit.hpp"

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

void cap_diagnostics(std::vector<Diagnostic>& diagnostics, const std::string& file) {
    if (diagnostics.size() <= max_shown_diagnostics) return;
    const std::size_t hidden = diagnostics.size() - max_shown_diagnostics;
    const SourcePos first_hidden = diagnostics[max_shown_diagnostics].pos;
    const bool errors = has_errors(diagnostics);
    diagnostics.resize(max_shown_diagnostics);
    diagnostics.push_back(Diagnostic{file, first_hidden, errors ? Severity::error : Severity::warning,
                                     std::to_string(hidden) + " more problems from here on are not shown"});
}

std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

}  // namespace attune
