#pragma once
// What the loaders say about a file: "FILE:LINE:COLUMN: error: MESSAGE".
// Lines and columns are 1-based; the column counts characters, not bytes.
#include <string>
#include <string_view>
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

// A value as messages quote it: 'speakr'. Every message of attune quotes
// the same way, so that a reader (and a test) can rely on it.
std::string in_quotes(std::string_view text);

}  // namespace attune
