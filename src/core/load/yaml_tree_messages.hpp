#pragma once
// The YAML reader's messages, written for a counselor rather than for a
// YAML expert: what is wrong, and what to write instead.
#include <cstddef>
#include <string>
#include <string_view>

namespace attune::yaml::messages {

inline const char* const alias_refused = "aliases ('*name') are not supported in scripts; write the value out in full";
inline const char* const anchor_refused = "anchors ('&name') are not supported in scripts; write the value out in full";
inline const char* const tag_refused =
    "YAML tags (like '!!str') are not supported in scripts; write the value without a tag";
inline const char* const quote_not_closed = "this quoted text is never closed: the closing quote is missing";
inline const char* const key_missing = "a key is missing before this ':'";
inline const char* const key_not_text = "a key must be a word, not a list or a map";
inline const char* const second_document =
    "a second YAML document starts here; a script is a single document, remove the '---' "
    "and what follows or move it to its own file";

inline std::string duplicate_key(const std::string& key, int first_line) {
    return "the key '" + key + "' appears a second time in this map (first on line " + std::to_string(first_line) +
           "); each key can appear only once";
}

inline std::string too_deep(int max_depth) {
    return "lists and maps are nested more than " + std::to_string(max_depth) +
           " levels deep here; a script needs only a few levels";
}

inline std::string too_large(std::size_t size, std::size_t limit) {
    return "the file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(limit) +
           " bytes (1 MiB)";
}

inline std::string too_large_file(std::size_t limit) {
    return "the file is larger than the limit of " + std::to_string(limit) + " bytes (1 MiB)";
}

inline std::string cannot_read(std::string reason) {
    if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
    return "cannot read the file: " + reason;
}

// yaml-cpp's terse parser messages, retold.
inline std::string from_yaml_cpp(const std::string& message) {
    const auto starts = [&](std::string_view prefix) { return message.rfind(prefix, 0) == 0; };
    std::string told;
    if (starts("illegal map value")) {
        told =
            "a ':' is not expected here; check the indentation, and put text that "
            "contains ': ' in quotes";
    } else if (starts("end of map flow not found")) {
        told = "a map opened with '{' is not closed with '}'";
    } else if (starts("end of sequence flow not found")) {
        told = "a list opened with '[' is not closed with ']'";
    } else if (starts("end of map not found") || starts("end of sequence not found")) {
        told = "the indentation does not fit the lines above";
    } else if (starts("illegal flow end")) {
        told = "a closing ']' or '}' has no matching opening bracket";
    } else if (starts("illegal EOF in scalar") || starts("illegal document indicator in scalar")) {
        told = "a quoted text is not closed";
    } else if (starts("unknown escape character")) {
        told =
            "unknown backslash escape in a double-quoted text; write '\\\\' for a backslash "
            "or use single quotes";
    } else if (starts("illegal tab when looking for indentation")) {
        told = "a tab is used for indentation here; YAML indents with spaces only";
    } else if (starts("illegal block entry")) {
        told = "a list entry ('- ') is not expected here; check the indentation";
    } else if (starts("illegal map key")) {
        told = "a key is not expected here; check the indentation";
    } else if (starts("the referenced anchor is not defined") || starts("alias not found") ||
               starts("anchor not found") || starts("invalid alias") || starts("invalid anchor")) {
        told =
            "anchors and aliases ('&name', '*name') are not supported in scripts; write the "
            "value out in full";
    } else if (starts("cannot set zero indentation") || starts("unexpected character in block scalar")) {
        told = "the block text after '|' or '>' is not written as YAML expects";
    } else if (starts("unknown token")) {
        told = "this cannot be read as YAML";
    } else {
        told = "this cannot be read as YAML (" + message + ")";
    }
    return "the file is not valid YAML here: " + told;
}

}  // namespace attune::yaml::messages
