#pragma once
// Fills the placeholders of a translated pattern ("Page {n} of {total}").
// Whole sentences with named placeholders, never sentences built from
// pieces, let each language put the parts where its grammar wants them.
// Both the view and the export fill patterns, so this lives in the model.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "translator.hpp"

namespace attune {

// Replaces each "{key}" in `pattern` by its value; unknown keys stay as written.
std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// The plural form for `n`, with "{n}" filled: "3 minutes", "1 minute".
std::string fill_count(const PluralText& text, std::int64_t n);

}  // namespace attune
