#pragma once
// Script text too long for the screen: the view shrinks long text down to
// a floor (so that it stays legible across a room), and cuts text longer
// than that short with "…". `attune --validate` warns about what the view
// cut, having laid out every step at 1280x720 with the default theme and the
// bundled fonts' metrics: the same layout the kiosk draws.
#include <vector>

#include "diagnostics.hpp"
#include "display_list.hpp"
#include "fonts.hpp"
#include "script.hpp"
#include "text_metrics.hpp"

namespace attune::kiosk {

// How a wrapped text lays out in its box with the bundled fonts.
struct TextFit {
    int lines = 0;          // lines the renderer makes
    int room = 0;           // lines the box has room for
    bool at_least = false;  // only a beginning was measured: `lines` is a lower bound
    bool fits() const { return lines <= room; }
};

// Measures a TextItem's whole text as the view breaks it (at the box's
// width, lines of the font's line skip).
TextFit measure_text(const TextItem& item, const TextMetrics& metrics);
TextFit measure_text(const TextItem& item, FontLibrary& fonts);

// One warning per step (and one for the start screen) whose own text does
// not fit its box on a `width` x `height` screen with the default theme:
//   FILE:LINE:COL: warning: the text of this step is too long to fit the
//   screen (N lines, room for M); shorten it or split it into two steps
std::vector<Diagnostic> check_text_fit(const Script& script, FontLibrary& fonts, int width = 1280, int height = 720);

// The same with any text metrics (tests count the work with them).
std::vector<Diagnostic> check_text_fit(const Script& script, const TextMetrics& metrics, int width = 1280,
                                       int height = 720);

// The same without an SdlContext: starts the font renderer for the call.
// Throws std::runtime_error when the bundled fonts cannot be found.
std::vector<Diagnostic> check_text_fit(const Script& script);

}  // namespace attune::kiosk
