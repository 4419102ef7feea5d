#pragma once
// How the kiosk looks: colours, type sizes and spacing. The defaults here are
// the calm dark theme; a theme file (themes/*.yaml) overrides only what it
// names. Sizes are fractions of the screen height, so one theme fits 720p,
// 1080p and 4K alike.
#include <string>
#include <string_view>
#include <vector>

#include "color.hpp"
#include "seat.hpp"

namespace attune {

struct Theme {
    std::string name = "calm";

    // Colours.
    Color background{0x16, 0x1a, 0x1f};
    Color surface{0x22, 0x28, 0x30};  // cards, text boxes, overlays
    Color text{0xec, 0xe9, 0xe3};
    Color muted_text{0xa9, 0xb0, 0xb9};    // captions, hints, key labels
    Color left_partner{0x8c, 0xc4, 0xe6};  // the first partner of the script
    Color right_partner{0xe3, 0xb1, 0xd3};
    Color accent{0x93, 0xcf, 0xb6};    // the countdown ring, focus
    Color warning{0xe8, 0xbb, 0x6a};   // approaching the end: warm amber, never alarm red
    Color overtime{0xee, 0xa6, 0x80};  // past 0:00
    Color pause_background{0x12, 0x1f, 0x22};
    Color pause_accent{0x86, 0xc9, 0xc0};  // the cool-down disk and breathing guide
    Color button_fill{0x2e, 0x36, 0x42};
    Color button_text{0xec, 0xe9, 0xe3};
    Color primary_fill{0x93, 0xcf, 0xb6};  // the one obvious action on a screen
    Color primary_text{0x0f, 0x22, 0x1b};
    Color chosen_outline{0xec, 0xe9, 0xe3};  // a vote or confirmation already given
    Color button_outline{0, 0, 0, 0};        // around every button; transparent: none

    // Type sizes, fractions of the screen height.
    float countdown_size = 0.20f;  // the digits of a running countdown
    float floor_size = 0.095f;     // the name of whoever has the floor
    float title_size = 0.075f;     // the script's title on the start screen
    float heading_size = 0.056f;   // prompts, questions, screen headings
    float body_size = 0.040f;
    float small_size = 0.029f;  // captions, key hints, the header line
    float button_size = 0.036f;

    // Spacing, fractions of the screen height.
    float margin = 0.065f;  // around the screen's edge
    float gap = 0.028f;     // between blocks
    float corner = 0.016f;  // rounded corners of buttons and cards

    const Color& partner(Seat seat) const { return seat == Seat::left ? left_partner : right_partner; }
    bool operator==(const Theme&) const = default;
};

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1..21).
double relative_luminance(Color color);
double contrast_ratio(Color foreground, Color background);

// Every pairing of text over a background that the screens use, named for
// messages, so that a test can hold each theme to a contrast minimum.
struct ColorPairing {
    std::string what;
    Color foreground;
    Color background;
};
std::vector<ColorPairing> text_pairings(const Theme& theme);

// "#rrggbb" <-> Color. Parsing accepts exactly '#' and six hex digits.
std::string format_color(Color color);
bool parse_color(std::string_view text, Color& out);

}  // namespace attune
