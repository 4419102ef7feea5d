#pragma once
// Script text that the bundled fonts cannot draw (an emoji, a rare script):
// legal, but it would show as an empty box, so it is worth a warning from
// `attune --validate` and in the kiosk's log when a script loads.
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "fonts.hpp"
#include "script.hpp"

namespace attune::kiosk {

// One warning per text and character, at the step, item or option the text
// belongs to (1:1 for the script's title, description, names and pause
// texts, which carry no position in the model).
std::vector<Diagnostic> check_script_glyphs(const Script& script, FontLibrary& fonts);

// The same without an SdlContext: starts the font renderer for the call.
// Throws std::runtime_error when the bundled fonts cannot be found.
std::vector<Diagnostic> check_script_glyphs(const Script& script);

}  // namespace attune::kiosk
