#include "theme.hpp"

#include <algorithm>
#include <cmath>

namespace attune {
namespace {

double linear_channel(std::uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

double relative_luminance(Color color) {
    return 0.2126 * linear_channel(color.r) + 0.7152 * linear_channel(color.g) + 0.0722 * linear_channel(color.b);
}

double contrast_ratio(Color foreground, Color background) {
    const double a = relative_luminance(foreground);
    const double b = relative_luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

std::vector<ColorPairing> text_pairings(const Theme& theme) {
    // Keep this list in step with the screens: every text colour drawn over
    // every background it appears on.
    return {
        {"text on background", theme.text, theme.background},
        {"muted text on background", theme.muted_text, theme.background},
        {"left partner on background", theme.left_partner, theme.background},
        {"right partner on background", theme.right_partner, theme.background},
        {"warning on background", theme.warning, theme.background},
        {"overtime on background", theme.overtime, theme.background},
        {"accent on background", theme.accent, theme.background},
        {"text on surface", theme.text, theme.surface},
        {"muted text on surface", theme.muted_text, theme.surface},
        {"text on pause background", theme.text, theme.pause_background},
        {"muted text on pause background", theme.muted_text, theme.pause_background},
        {"pause accent on pause background", theme.pause_accent, theme.pause_background},
        {"button text on button fill", theme.button_text, theme.button_fill},
        {"left partner on button fill", theme.left_partner, theme.button_fill},
        {"right partner on button fill", theme.right_partner, theme.button_fill},
        {"primary text on primary fill", theme.primary_text, theme.primary_fill},
        // A partner who is ready or has agreed: their words on a quiet pill,
        // and the check mark on a disk of their colour.
        {"left partner on surface", theme.left_partner, theme.surface},
        {"right partner on surface", theme.right_partner, theme.surface},
        {"check mark on left partner", theme.primary_text, theme.left_partner},
        {"check mark on right partner", theme.primary_text, theme.right_partner},
        {"left partner on pause background", theme.left_partner, theme.pause_background},
        {"right partner on pause background", theme.right_partner, theme.pause_background},
    };
}

std::string format_color(Color color) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (std::uint8_t channel : {color.r, color.g, color.b}) {
        out += digits[channel >> 4];
        out += digits[channel & 0xf];
    }
    return out;
}

bool parse_color(std::string_view text, Color& out) {
    if (text.size() != 7 || text[0] != '#') return false;
    std::uint8_t channels[3] = {};
    for (int i = 0; i < 3; ++i) {
        const int high = hex_value(text[1 + 2 * i]);
        const int low = hex_value(text[2 + 2 * i]);
        if (high < 0 || low < 0) return false;
        channels[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    out = Color{channels[0], channels[1], channels[2], 255};
    return true;
}

}  // namespace attune
