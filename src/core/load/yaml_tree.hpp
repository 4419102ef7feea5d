#pragma once
// A small, safe YAML tree for the script and theme loaders.
//
// yaml-cpp 0.7 is fragile with hostile input (deep recursion, alias
// expansion, byte-based columns), so the text is checked first (size, UTF-8,
// control characters, line length, tab indentation, flow nesting) and the
// tree is built from yaml-cpp's parser events, never with YAML::Load. Every
// node keeps where it stands in the file, in 1-based lines and CHARACTER
// columns, ready for Diagnostic messages.
//
// What the tree refuses (each with an error at the offending place):
// more than one document, anchors and aliases, tags, keys that are not
// plain text, duplicate keys, nesting deeper than `max_depth`.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace attune::yaml {

enum class NodeKind { null, scalar, sequence, map };

// `plain`: written without quotes (`20m`, `true`, `Sam`). `quoted`: single or
// double quotes or a block scalar (`|`, `>`); a quoted scalar is always text.
enum class ScalarStyle { plain, quoted };

struct MapEntry;

struct Node {
    NodeKind kind = NodeKind::null;
    SourcePos pos;     // the node's first character
    std::string text;  // scalars only
    ScalarStyle style = ScalarStyle::plain;
    std::vector<Node> items;        // sequences only, in order
    std::vector<MapEntry> entries;  // maps only, in file order; keys are scalars

    bool is_null() const { return kind == NodeKind::null; }
    bool is_scalar() const { return kind == NodeKind::scalar; }
    bool is_sequence() const { return kind == NodeKind::sequence; }
    bool is_map() const { return kind == NodeKind::map; }

    // The entry whose key text is `key`, or nullptr (also for non-maps).
    const MapEntry* find(std::string_view key) const;
    // Its value, or nullptr when the key is absent.
    const Node* value_of(std::string_view key) const;
};

struct MapEntry {
    Node key;    // a scalar: text and position of the key
    Node value;  // NodeKind::null when the value is empty, `~` or `null`
};

// How a node reads in a message: "nothing", "a list", "a map",
// "the text 'Sam'" (long texts are shortened).
std::string describe(const Node& node);

struct YamlLimits {
    std::size_t max_bytes = 1024 * 1024;  // 1 MiB
    int max_depth = 20;                   // nested lists/maps
    std::size_t max_line_characters = 10000;
};

struct YamlParse {
    Node root;                            // NodeKind::null for an empty file
    std::vector<Diagnostic> diagnostics;  // errors only, in file order
    // True when the document was read to its end: `root` is the whole tree
    // even if some parts were refused (a duplicate key is left out, an alias
    // or anchor reads as null), so a caller can go on checking the content
    // and report more problems in the same pass. False after a syntax error.
    bool tree_complete = false;
    bool ok() const { return diagnostics.empty(); }
};

// Parses one YAML document. `display_name` is what diagnostics call the file.
// Never throws for bad input; ends in diagnostics instead.
YamlParse parse_yaml(std::string_view text, const std::string& display_name, const YamlLimits& limits = {});

// Reads the file through read_regular_file (refusing more than
// `limits.max_bytes`, anything but a regular file and unreadable files with
// "FILE:1:1: error: cannot read the file: REASON") and
// parses it. `display_name` defaults to the path as given.
YamlParse parse_yaml_file(const std::filesystem::path& path, const YamlLimits& limits = {});
YamlParse parse_yaml_file(const std::filesystem::path& path, const std::string& display_name,
                          const YamlLimits& limits = {});

}  // namespace attune::yaml
