#include "screen_trace.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <type_traits>
#include <variant>

namespace attune::kiosk {

namespace {

std::string hex(Color color) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", color.r, color.g, color.b);
    return text;
}

std::string rounded(float value) { return std::to_string(std::lround(value)); }

// Each item with a role as "role#colour" (a text's colour, a button's fill),
// buttons also "@x,y,w,h". No boxes of texts and disks: they move with their
// contents (a breathing disk grows every frame), a line per frame is noise.
std::string describe_item(const DisplayItem& item) {
    if (const auto* button = std::get_if<ButtonItem>(&item)) {
        const Rect& box = button->box;
        return button->role + hex(button->fill) + "@" + rounded(box.x) + "," + rounded(box.y) + "," + rounded(box.w) +
               "," + rounded(box.h);
    }
    return std::visit(
        [](const auto& any) {
            if constexpr (std::is_same_v<std::decay_t<decltype(any)>, ButtonItem>)
                return std::string{};
            else
                return any.role.empty() ? any.role : any.role + hex(any.color);
        },
        item);
}

}  // namespace

std::string describe_screen(const DisplayList& list) {
    std::string line = hex(list.background);
    for (const DisplayItem& item : list.items) {
        const std::string text = describe_item(item);
        if (!text.empty()) line += " " + text;
    }
    return line;
}

std::unique_ptr<ScreenTrace> ScreenTrace::from_environment(TimePoint started, const char* variable) {
    const char* path = std::getenv(variable);
    if (!path || !*path) return nullptr;
    return std::make_unique<ScreenTrace>(path, started);
}

ScreenTrace::ScreenTrace(const std::string& path, TimePoint started)
    : m_file(path, std::ios::app), m_started(started) {}

ScreenTrace::~ScreenTrace() { write("end turns=" + std::to_string(m_turns) + " changes=" + std::to_string(m_changes)); }

void ScreenTrace::observe(const DisplayList& shown) {
    ++m_turns;
    if (shown == m_previous) return;
    ++m_changes;
    m_previous = shown;
    std::string line = describe_screen(shown);
    if (line == m_last_line) return;
    write(line);
    m_last_line = std::move(line);
}

void ScreenTrace::write(const std::string& line) {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_started);
    // Flushed at once: a test reads the file while the kiosk runs.
    m_file << elapsed.count() << ' ' << line << std::endl;
}

}  // namespace attune::kiosk
