// A nudge on the shared screen: a quiet card with the counselor's short
// message, in the widest free stretch of the button row (or, when that is
// full, of the header). It never covers the countdown or whoever has the
// floor, which live in the body, nor a button: a nudge that finds no room
// waits off screen rather than cover anything.
#include <algorithm>
#include <variant>

#include "view_screens.hpp"

namespace attune::view {
namespace {

Rect bounds(const DisplayItem& item) {
    if (const auto* disk = std::get_if<DiskItem>(&item))
        return {disk->cx - disk->radius, disk->cy - disk->radius, 2 * disk->radius, 2 * disk->radius};
    return std::visit(
        [](const auto& each) -> Rect {
            if constexpr (std::is_same_v<std::decay_t<decltype(each)>, DiskItem>)
                return {};
            else
                return each.box;
        },
        item);
}

bool overlaps(Rect a, Rect b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

struct Stretch {
    float from = 0, to = 0;
    float width() const { return to - from; }
};

// The widest stretch of `band` (left to right) that nothing drawn so far
// reaches into, `gap` away from its neighbours.
Stretch widest_free(const DisplayList& list, Rect band, float gap) {
    std::vector<Stretch> taken;
    for (const DisplayItem& item : list.items) {
        const Rect box = bounds(item);
        if (box.w <= 0 || box.h <= 0 || !overlaps(box, band)) continue;
        taken.push_back({box.x - gap, box.x + box.w + gap});
    }
    std::sort(taken.begin(), taken.end(), [](Stretch a, Stretch b) { return a.from < b.from; });
    Stretch best{}, free{band.x, band.x + band.w};
    float at = band.x;
    for (const Stretch& each : taken) {
        if (each.from > at && Stretch{at, each.from}.width() > best.width()) best = {at, each.from};
        at = std::max(at, each.to);
    }
    if (free.to > at && Stretch{at, free.to}.width() > best.width()) best = {at, free.to};
    return best;
}

}  // namespace

void add_nudge(DisplayList& list, const Context& context) {
    const UiState& ui = context.in.ui;
    if (!ui.nudge) return;
    const Phase phase = context.snapshot().phase;
    if (phase != Phase::step && phase != Phase::time_box && phase != Phase::paused) return;

    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    TextStyle style = body_style(context, Align::center);
    style.wrap = false;
    const float pad = frame.gap * 0.8f;
    const float height = context.button_height();
    const Rect footer = context.footer();
    const Rect header = context.header();
    // The button row first: a nudge there reads as a word from the side,
    // not as part of the conversation's text; the header when the row is full.
    for (const Rect band : {Rect{footer.x, footer.y, footer.w, height}, Rect{header.x, header.y, header.w, header.h}}) {
        const Stretch room = widest_free(list, band, frame.gap);
        const float width_for_text = room.width() - 2 * pad;
        if (width_for_text < frame.x(0.18f)) continue;
        const Fitted fitted = legible_line(context, ui.nudge->text, style.size, width_for_text);
        if (fitted.size < frame.legible()) continue;
        const float width = std::min(room.width(), text_width(context, fitted.text, fitted.size) + 2 * pad);
        const float card_height = std::min(band.h, std::max(height, fitted.size * 1.8f));
        const Rect card{room.from + (room.width() - width) / 2, band.y + (band.h - card_height) / 2, width,
                        card_height};
        RectItem back;
        back.box = card;
        back.color = theme.surface;
        back.radius = card_height / 2;
        back.role = "nudge";
        list.items.emplace_back(back);
        style.size = fitted.size;
        style.color = theme.text;
        add_text(list, {card.x + pad, card.y, card.w - 2 * pad, card.h}, fitted, style, "nudge-text");
        return;
    }
}

}  // namespace attune::view
