#include "font_metrics.hpp"

#include <functional>

#include "text_cache.hpp"

namespace attune::kiosk {

std::size_t FontMetrics::KeyHash::operator()(const Key& key) const {
    std::size_t hash = std::hash<std::string>{}(key.text);
    mix_hash(hash, static_cast<std::size_t>(key.size));
    mix_hash(hash, static_cast<std::size_t>(key.weight));
    return hash;
}

FontMetrics::FontMetrics(FontLibrary& fonts, std::size_t capacity) : m_fonts(fonts), m_capacity(capacity) {}

float FontMetrics::width(std::string_view text, float size, FontWeight weight) const {
    if (text.empty()) return 0;
    Key key{std::string(text), text_pixel_size(size), weight};
    if (const auto found = m_widths.find(key); found != m_widths.end()) return found->second;
    TTF_Font* font = m_fonts.font(static_cast<float>(key.size), weight);
    int width = 0, height = 0;
    if (TTF_SizeUTF8(font, key.text.c_str(), &width, &height) != 0)
        throw SdlError("cannot measure the text \"" + key.text.substr(0, 40) + "\"");
    if (m_widths.size() >= m_capacity) m_widths.clear();
    m_widths.emplace(std::move(key), static_cast<float>(width));
    return static_cast<float>(width);
}

float FontMetrics::line_height(float size, FontWeight weight) const {
    return static_cast<float>(TTF_FontLineSkip(m_fonts.font(static_cast<float>(text_pixel_size(size)), weight)));
}

}  // namespace attune::kiosk
