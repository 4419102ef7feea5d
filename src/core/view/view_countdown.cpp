// The countdown (digits in a ring that empties, warm colours and words as
// time runs short) and the breathing guide (a disk that grows and shrinks).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>

#include "view_common.hpp"

namespace attune::view {
namespace {

// Eases a phase in and out, so that the disk moves like a breath.
float ease(double progress) {
    return static_cast<float>(0.5 - 0.5 * std::cos(std::numbers::pi * std::clamp(progress, 0.0, 1.0)));
}

}  // namespace

Color countdown_color(const Context& context, const TimerView& timer) {
    if (timer.overtime()) return context.theme().overtime;
    if (timer.warn_level > 0) return context.theme().warning;
    return context.theme().text;
}

std::string time_words(const Context& context, const TimerView& timer) {
    const Words& words = context.words();
    const auto left = std::chrono::ceil<Seconds>(timer.remaining).count();
    if (left <= 0) return words.time_is_up;
    if (timer.warn_level == 0) return "";
    if (left >= 60) return fill_count(words.minutes_left, (left + 59) / 60);
    if (left > 15) return words.under_a_minute_left;
    return fill_count(words.seconds_left, left);
}

float add_countdown(DisplayList& list, const Context& context, float cx, float cy, float radius, const TimerView& timer,
                    float words_width) {
    const Theme& theme = context.theme();
    radius = std::max(radius, 0.0f);
    const bool warm = timer.warn_level > 0 || timer.overtime();
    DiskItem ring;
    ring.cx = cx;
    ring.cy = cy;
    ring.radius = radius;
    // The ring grows a little heavier when time is short: a change of shape
    // as well as of colour, for those who do not tell the colours apart.
    ring.thickness = radius * (warm ? 0.12f : 0.07f);
    const double total = std::chrono::duration<double>(timer.total).count();
    // The ring moves with the digits, a second at a time, so that the list
    // (and the screen) changes only when the shown time does.
    const double remaining = static_cast<double>(std::chrono::ceil<Seconds>(timer.remaining).count());
    ring.fraction = total > 0 ? static_cast<float>(std::clamp(remaining / total, 0.0, 1.0)) : 0.0f;
    ring.color = timer.overtime() ? theme.overtime : timer.warn_level > 0 ? theme.warning : theme.accent;
    ring.track = theme.surface;
    ring.role = "countdown-ring";
    list.items.emplace_back(ring);
    list.changes_after(until_next_countdown_second(timer.remaining));

    const std::string digits = countdown_text(timer);
    const float inner = (radius - ring.thickness) * 2 * 0.86f;
    TextStyle style;
    style.size = fit_line(context, digits, context.frame.size(theme.countdown_size), inner, 0, FontWeight::semibold);
    style.size = std::min(style.size, radius * 0.9f);
    style.color = countdown_color(context, timer);
    style.align = Align::center;
    style.weight = FontWeight::semibold;
    add_text(list, {cx - inner / 2, cy - style.size * 0.65f, inner, style.size * 1.3f}, digits, style, "countdown");

    float bottom = cy + radius;
    if (words_width > 0) {
        const std::string words = time_words(context, timer);
        if (!words.empty()) {
            // Up to two lines ("Time is up. You can finish your thought." in German
            // is long): wrapped rather than shrunk.
            TextStyle word_style = body_style(context, Align::center);
            word_style.color = countdown_color(context, timer);
            const float width = words_width;
            const Rect room{cx - width / 2, bottom + context.frame.gap * 0.5f, width,
                            word_style.size * time_words_lines};
            const Fitted fitted = legible_wrapped(context, words, word_style.size, room, word_style.weight);
            word_style.size = fitted.size;
            const Rect box{
                room.x, room.y, width,
                std::min(room.h, std::max(word_style.size * 1.4f, text_height(context, fitted.text, word_style.size,
                                                                              width, word_style.weight)))};
            add_text(list, box, fitted, word_style, "time-words");
            bottom = box.y + box.h;
        }
    }
    return bottom;
}

void add_breath(DisplayList& list, float cx, float cy, float radius, const BreathState& breath, Color color) {
    radius = std::max(radius, 0.0f);
    float openness = 0;
    switch (breath.phase) {
        case BreathPhase::in:
            openness = ease(breath.progress);
            break;
        case BreathPhase::hold_in:
            openness = 1;
            break;
        case BreathPhase::out:
            openness = 1 - ease(breath.progress);
            break;
        case BreathPhase::hold_out:
            openness = 0;
            break;
    }
    // The disk moves while breathing in or out; a held breath is still
    // until its phase ends and the words change.
    const bool held = breath.phase == BreathPhase::hold_in || breath.phase == BreathPhase::hold_out;
    list.changes_after(held ? breath.phase_left : std::min(animation_frame, breath.phase_left));
    DiskItem outline;
    outline.cx = cx;
    outline.cy = cy;
    outline.radius = radius;
    outline.thickness = std::max(2.0f, radius * 0.02f);
    outline.color = color;
    outline.color.a = 110;
    outline.role = "breath-outline";
    list.items.emplace_back(outline);

    DiskItem disk;
    disk.cx = cx;
    disk.cy = cy;
    disk.radius = radius * (0.3f + 0.66f * openness);
    disk.color = color;
    disk.role = "breath";
    list.items.emplace_back(disk);
}

std::string breath_words(const Words& words, BreathPhase phase) {
    switch (phase) {
        case BreathPhase::in:
            return words.breathe_in;
        case BreathPhase::out:
            return words.breathe_out;
        case BreathPhase::hold_in:
        case BreathPhase::hold_out:
            return words.hold;
    }
    return words.hold;
}

}  // namespace attune::view
