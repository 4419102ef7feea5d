#pragma once
// The JSON Schema (draft-07) of conversation scripts, written from the format
// tables (script_format.hpp) for editors (yaml-language-server) and for the
// schema checker. `attune --print-schema` prints it; the checked-in
// schema/attune-script.schema.json is its output (`make schema`).
#include <string>

namespace attune {

// The schema as JSON text, indented by two spaces, ending with a newline.
std::string script_schema_json();

}  // namespace attune
