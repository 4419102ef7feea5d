#pragma once
// The view's TextMetrics measured with the bundled fonts, at the pixel sizes
// the renderer draws with (the size rounded as `text_pixel_size` rounds it),
// so that the lines the view breaks are the lines the renderer draws.
// Widths are cached: a frame's layout measures the same words again and
// again. The cache is bounded; when full it starts over.
#include <cstddef>
#include <string>
#include <unordered_map>

#include "fonts.hpp"
#include "text_metrics.hpp"

namespace attune::kiosk {

class FontMetrics final : public TextMetrics {
public:
    explicit FontMetrics(FontLibrary& fonts, std::size_t capacity = 20000);

    // Throws SdlError when a font cannot be opened or SDL_ttf cannot measure.
    float width(std::string_view text, float size, FontWeight weight) const override;
    float line_height(float size, FontWeight weight) const override;

    std::size_t cached() const { return m_widths.size(); }

private:
    struct Key {
        std::string text;
        int size = 0;
        FontWeight weight = FontWeight::regular;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };

    FontLibrary& m_fonts;
    std::size_t m_capacity;
    mutable std::unordered_map<Key, float, KeyHash> m_widths;
};

}  // namespace attune::kiosk
