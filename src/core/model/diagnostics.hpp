#pragma once
// What the loaders say about a file: "FILE:LINE:COLUMN: error: MESSAGE".
// Lines and columns are 1-based; the column counts characters, not bytes.
#include <string>
#include <vector>

namespace attune {

enum class Severity { error, warning };

struct SourcePos {
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in characters
    bool operator==(const SourcePos&) const = default;
};

struct Diagnostic {
    std::string file;
    SourcePos pos;
    Severity severity = Severity::error;
    std::string message;

    // "FILE:LINE:COLUMN: error: MESSAGE"
    std::string format() const;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace attune
