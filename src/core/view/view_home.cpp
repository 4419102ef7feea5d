// The couple's home screen (home.hpp): the day of the next conversation at
// the top; at the left their agreements, each in full, the ones due for a
// review first and marked in words; at the right what they have done
// together and a calm chart of each tracked check-in; Begin at the bottom.
// Asking for a file to take home replaces the screen with what the file
// holds and where it goes, before anything is written.
#include <algorithm>
#include <cmath>

#include "day_words.hpp"
#include "home.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

// Each partner's line on a chart: a disk for the left seat, a square for the
// right, so that the lines read apart without their colours.
enum class Marker { disk, square };
Marker marker_of(Seat seat) { return seat == Seat::left ? Marker::disk : Marker::square; }

void add_marker(DisplayList& list, Marker marker, float cx, float cy, float radius, Color color,
                const std::string& role) {
    if (marker == Marker::disk) {
        DiskItem disk;
        disk.cx = cx;
        disk.cy = cy;
        disk.radius = radius;
        disk.color = color;
        disk.role = role;
        list.items.emplace_back(disk);
    } else {
        RectItem square;
        square.box = {cx - radius * 0.9f, cy - radius * 0.9f, radius * 1.8f, radius * 1.8f};
        square.color = color;
        square.role = role;
        list.items.emplace_back(square);
    }
}

std::string name_of(const Context& context, const HomeData& data, Seat seat) {
    const std::string& name = data.names[index_of(seat)];
    return name.empty() ? context.name(seat) : name;
}

float add_line(DisplayList& list, const Context& context, float x, float y, float width, const std::string& text,
               TextStyle style, std::size_t lines, const std::string& role) {
    const Fitted fitted = fit_lines(context, text, style.size, width, lines, style.weight);
    add_text(list, {x, y, width, fitted.height}, fitted, style, role);
    return fitted.height;
}

// The top: the day of the next conversation, large, with the space's name of
// this screen above it.
float add_top(DisplayList& list, const Context& context, const HomeData& data) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const Rect header = context.header();
    add_line(list, context, header.x, header.y, header.w, words.home_title, small_style(context), 1, "home-title");
    TextStyle style = heading_style(context);
    const std::string next = data.next_conversation
                                 ? fill(words.home_next, {{"date", day_words(words, *data.next_conversation)}})
                                 : words.home_next_none;
    const float y = header.y + header.h;
    const float height = add_line(list, context, header.x, y, header.w, next, style, 2, "home-next");
    return y + height + frame.gap;
}

// One agreement: the prompt it answered (quiet), its words (prominent), and
// since when it is kept and when it is looked at again. A due one stands in
// a card, with words that say so: colour is never the only cue.
struct AgreementBlock {
    Fitted tag, prompt, text, meta;
    float pad = 0;
    float height = 0;
};

AgreementBlock measure(const Context& context, const HomeAgreement& agreement, float width) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const Theme& theme = context.theme();
    AgreementBlock block;
    block.pad = agreement.due ? frame.gap * 0.6f : 0;
    const float inner = width - 2 * block.pad;
    const float small = frame.size(theme.small_size);
    if (agreement.due) block.tag = fit_lines(context, words.home_due, small, inner, 2, FontWeight::semibold);
    if (!agreement.prompt.empty()) block.prompt = fit_lines(context, agreement.prompt, small, inner, 3);
    block.text = fit_lines(context, agreement.text.empty() ? words.home_aloud : agreement.text,
                           frame.size(theme.body_size), inner, 8);
    std::string meta = fill(words.home_kept_since, {{"date", day_words(words, agreement.kept_since)}});
    if (agreement.review_on)
        meta += " · " + fill(words.home_review_on, {{"date", day_words(words, *agreement.review_on)}});
    block.meta = fit_lines(context, meta, small, inner, 2);
    block.height = 2 * block.pad + block.tag.height + block.prompt.height + block.text.height + block.meta.height;
    return block;
}

void draw(DisplayList& list, const Context& context, const HomeAgreement& agreement, const AgreementBlock& block,
          Rect box) {
    const Theme& theme = context.theme();
    if (agreement.due) {
        RectItem card;
        card.box = box;
        card.color = theme.surface;
        card.radius = context.frame.size(theme.corner);
        card.role = "home-due-card";
        list.items.emplace_back(card);
        RectItem outline = card;
        outline.color = theme.warning;
        outline.outline = std::max(2.0f, context.frame.size(0.003f));
        outline.role = "home-due-outline";
        list.items.emplace_back(outline);
    }
    const float x = box.x + block.pad;
    const float w = box.w - 2 * block.pad;
    float y = box.y + block.pad;
    if (agreement.due) {
        TextStyle style = small_style(context);
        style.color = theme.warning;
        style.weight = FontWeight::semibold;
        add_text(list, {x, y, w, block.tag.height}, block.tag, style, "home-due");
        y += block.tag.height;
    }
    if (block.prompt.height > 0) {
        add_text(list, {x, y, w, block.prompt.height}, block.prompt, small_style(context), "home-agreement-prompt");
        y += block.prompt.height;
    }
    add_text(list, {x, y, w, block.text.height}, block.text, body_style(context), "home-agreement");
    y += block.text.height;
    add_text(list, {x, y, w, block.meta.height}, block.meta, small_style(context), "home-agreement-meta");
}

// The agreements, as many whole ones as a page holds, the page the state
// counts on (wrapped, so that the last page's "next" comes round).
void add_agreements(DisplayList& list, const Context& context, const HomeScreen& home, Rect column) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    // The due ones first, whatever order they came in: they are what the
    // couple looks at tonight.
    std::vector<HomeAgreement> agreements = home.data.agreements;
    std::stable_partition(agreements.begin(), agreements.end(), [](const HomeAgreement& a) { return a.due; });
    const float small = frame.size(context.theme().small_size);
    const float heading_height = line_height(context, small) * 1.2f;
    const float gap = frame.gap * 0.7f;
    float top = column.y + heading_height + gap * 0.5f;
    if (agreements.empty()) {
        add_line(list, context, column.x, column.y, column.w, words.home_agreements, small_style(context), 1,
                 "home-agreements-heading");
        add_line(list, context, column.x, top, column.w, words.home_agreements_none, body_style(context), 4,
                 "home-agreements-none");
        return;
    }
    std::vector<AgreementBlock> blocks;
    for (const HomeAgreement& agreement : agreements) blocks.push_back(measure(context, agreement, column.w));
    // Pages: whole agreements, at least one each (a very long one is fitted).
    std::vector<std::pair<std::size_t, std::size_t>> pages;  // [first, last)
    const float room = column.y + column.h - top;
    std::size_t first = 0;
    while (first < blocks.size()) {
        float used = 0;
        std::size_t last = first;
        while (last < blocks.size() && (last == first || used + blocks[last].height <= room)) {
            used += blocks[last].height + gap;
            ++last;
        }
        pages.emplace_back(first, last);
        first = last;
    }
    const std::size_t page = home.state.page % pages.size();
    std::string heading = words.home_agreements;
    if (pages.size() > 1)
        heading +=
            "  ·  " + fill(words.home_page, {{"n", std::to_string(page + 1)}, {"total", std::to_string(pages.size())}});
    add_line(list, context, column.x, column.y, column.w, heading, small_style(context), 1, "home-agreements-heading");
    float y = top;
    for (std::size_t i = pages[page].first; i < pages[page].second; ++i) {
        const float height = std::min(blocks[i].height, column.y + column.h - y);
        draw(list, context, agreements[i], blocks[i], {column.x, y, column.w, height});
        y += height + gap;
    }
}

std::string milestone_text(const Words& words, const Milestone& milestone) {
    switch (milestone.kind) {
        case MilestoneKind::conversations_this_month:
            return fill(words.milestone_month.for_count(milestone.count),
                        {{"Count", number_words_capitalized(words, milestone.count)}});
        case MilestoneKind::conversations_held:
            return fill(words.milestone_all.for_count(milestone.count),
                        {{"Count", number_words_capitalized(words, milestone.count)}});
        case MilestoneKind::agreement_kept:
            return fill(words.milestone_kept.for_count(milestone.count),
                        {{"subject", milestone.subject}, {"count", number_words(words, milestone.count)}});
        case MilestoneKind::first_agreement:
            return words.milestone_first;
        case MilestoneKind::first_review_together:
            return fill(words.milestone_first_review, {{"subject", milestone.subject}});
        case MilestoneKind::every_agreement_reviewed:
            return words.milestone_all_reviewed;
    }
    return "";
}

// Whether both names of a chart's key fit side by side in `width`.
bool key_fits_one_line(const Context& context, const HomeData& data, float width) {
    const float small = context.frame.size(context.theme().small_size);
    const float mark_room = small * 0.28f * 3;
    return 2 * mark_room + text_width(context, name_of(context, data, Seat::left), small) +
               text_width(context, name_of(context, data, Seat::right), small) + context.frame.gap <=
           width;
}

// A chart of one track: a quiet grid from the lowest to the highest answer,
// each partner's answers as markers joined by a dotted line of the same
// shape, and a key with each name beside its shape.
void add_chart(DisplayList& list, const Context& context, const HomeData& data, const HomeTrack& track, Rect box) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float small = frame.size(theme.small_size);
    const float row = line_height(context, small);
    // The track's name, and the key under it.
    const Fitted name = fit_lines(context, track.name, small, box.w, 2);
    const float title = name.height;
    // The key: each name beside its shape, side by side when both fit, else
    // one under the other (a name is never shortened).
    const float key_radius = small * 0.36f;
    const float mark_room = key_radius * 3;
    const float key_y = box.y + title;
    std::array<float, 2> needed{};
    for (Seat seat : {Seat::left, Seat::right})
        needed[index_of(seat)] = mark_room + text_width(context, name_of(context, data, seat), small);
    const bool side_by_side = needed[0] + needed[1] + frame.gap <= box.w;
    // Too little room for the key and a plot (long names on a small screen):
    // the chart is left out rather than drawn over what follows.
    float key_height = row;
    if (!side_by_side) {
        key_height = 0;
        for (Seat seat : {Seat::left, Seat::right})
            key_height += fit_lines(context, name_of(context, data, seat), small, box.w - mark_room, 2).height;
    }
    if (title + key_height + row * 2.2f > box.h) return;
    add_text(list, {box.x, box.y, box.w, title}, name, small_style(context), "home-track");
    float y = key_y;
    for (Seat seat : {Seat::left, Seat::right}) {
        const bool second = seat == Seat::right;
        const float x = side_by_side && second ? box.x + needed[0] + frame.gap : box.x;
        if (side_by_side) y = key_y;
        add_marker(list, marker_of(seat), x + key_radius, y + row / 2, key_radius, theme.partner(seat),
                   second ? "home-key-mark-right" : "home-key-mark-left");
        TextStyle style = small_style(context);
        style.color = theme.partner(seat);
        const float room = side_by_side ? needed[index_of(seat)] - mark_room : box.w - mark_room;
        // A long name takes a second line rather than be shortened.
        const Fitted fitted = fit_lines(context, name_of(context, data, seat), small, room, 2);
        add_text(list, {x + mark_room, y, room, fitted.height}, fitted, style,
                 second ? "home-key-right" : "home-key-left");
        y += fitted.height;
    }
    const float key_bottom = side_by_side ? key_y + row : y;
    // The plot, with the scale's ends written at its left.
    const float label_w = text_width(context, std::to_string(std::max(track.scale, 10)), small) + frame.gap * 0.5f;
    // Half a line above and below, so that the scale's numbers stay in the box.
    const Rect plot{box.x + label_w, key_bottom + row * 0.55f, box.w - label_w - small * 0.5f,
                    box.y + box.h - (key_bottom + row * 0.55f) - row * 0.55f};
    if (plot.h < row || plot.w <= 0) return;
    const int low = 1;  // check-in scales start at 1
    const int high = std::max(track.scale, 2);
    const auto y_of = [&](int value) {
        return plot.y + plot.h * (1.0f - static_cast<float>(value - low) / static_cast<float>(high - low));
    };
    for (int value = low; value <= high; ++value) {
        RectItem grid;
        grid.box = {plot.x, y_of(value) - 0.5f, plot.w, std::max(1.0f, frame.size(0.0015f))};
        grid.color = theme.surface;
        grid.role = "home-chart-grid";
        list.items.emplace_back(grid);
    }
    for (int value : {low, high}) {
        TextStyle style = small_style(context, Align::right);
        const Fitted fitted = legible_line(context, std::to_string(value), small, label_w - frame.gap * 0.4f);
        add_text(list, {box.x, y_of(value) - row / 2, label_w - frame.gap * 0.4f, row}, fitted, style,
                 "home-chart-scale");
    }
    const std::size_t count = track.points.size();
    if (count == 0) return;
    // Markers large enough to tell a disk from a square across the room.
    const float radius = std::clamp(plot.w / static_cast<float>(count) * 0.2f, frame.size(0.008f), small * 0.42f);
    const auto x_of = [&](std::size_t index) {
        if (count == 1) return plot.x + plot.w / 2;
        return plot.x + radius * 1.6f +
               (plot.w - 3.2f * radius) * static_cast<float>(index) / static_cast<float>(count - 1);
    };
    for (Seat seat : {Seat::left, Seat::right}) {
        const Color color = theme.partner(seat);
        const Marker marker = marker_of(seat);
        const std::string side = seat == Seat::left ? "left" : "right";
        std::optional<std::pair<float, float>> previous;
        for (std::size_t i = 0; i < count; ++i) {
            const auto value = track.points[i].values[index_of(seat)];
            if (!value) {
                previous.reset();  // a conversation without this answer leaves a gap
                continue;
            }
            // The two partners' marks sit a little apart, so that the same
            // answer shows both.
            const float x = x_of(i) + (seat == Seat::left ? -0.55f : 0.55f) * radius;
            const float point_y = y_of(std::clamp(*value, low, high));
            if (previous) {
                // The line between two answers, as small marks of the same shape.
                const float dx = x - previous->first, dy = point_y - previous->second;
                const float length = std::sqrt(dx * dx + dy * dy);
                const float step = radius * 1.1f;
                for (float at = radius * 1.6f; at < length - radius * 1.6f; at += step)
                    add_marker(list, marker, previous->first + dx * at / length, previous->second + dy * at / length,
                               radius * 0.28f, color, "home-line-" + side);
            }
            add_marker(list, marker, x, point_y, radius, color, "home-point-" + side);
            previous = std::make_pair(x, point_y);
        }
    }
}

void add_together(DisplayList& list, const Context& context, const HomeData& data, Rect column) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const float small = frame.size(context.theme().small_size);
    float y = column.y;
    y += add_line(list, context, column.x, y, column.w, words.home_together, small_style(context), 1,
                  "home-together-heading");
    y += frame.gap * 0.35f;
    const std::string held = data.conversations == 0 ? words.home_first_time
                                                     : fill(words.home_conversations,
                                                            {{"n", std::to_string(data.conversations)},
                                                             {"month", std::to_string(data.conversations_this_month)}});
    y += add_line(list, context, column.x, y, column.w, held, body_style(context), 2, "home-conversations");
    for (const Milestone& milestone : data.milestones) {
        // A small mark before each, in the calm accent: something noticed, not a score.
        const float radius = small * 0.2f;
        TextStyle style = body_style(context);
        const float indent = radius * 4;
        const Fitted fitted = fit_lines(context, milestone_text(words, milestone),
                                        frame.size(context.theme().body_size), column.w - indent, 2);
        if (y + fitted.height > column.y + column.h) break;
        add_marker(list, Marker::disk, column.x + radius, y + line_height(context, fitted.size) / 2, radius,
                   context.theme().accent, "home-milestone-mark");
        add_text(list, {column.x + indent, y, column.w - indent, fitted.height}, fitted, style, "home-milestone");
        y += fitted.height;
    }
    if (data.tracks.empty()) return;
    y += frame.gap * 0.6f;
    y += add_line(list, context, column.x, y, column.w, words.home_tracks, small_style(context), 1,
                  "home-tracks-heading");
    // The charts share what is left; each needs room for its name, its key
    // and a plot a few lines tall, so only as many as fit are drawn.
    // Two side by side when the column is wide enough, so that a second
    // track keeps a plot tall enough to read.
    const float half = (column.w - frame.gap) / 2;
    const std::size_t across =
        data.tracks.size() > 1 && half >= frame.x(0.19f) && key_fits_one_line(context, data, half) ? 2 : 1;
    // Room for a name of two lines, the key (one line, or two with long
    // names) and a plot a few lines tall.
    const float min_height = line_height(context, small) *
                             (key_fits_one_line(context, data, column.w / static_cast<float>(across)) ? 5.5f : 6.5f);
    const float left = column.y + column.h - y;
    const std::size_t rows = std::clamp<std::size_t>(static_cast<std::size_t>(left / min_height), 1, 3);
    const std::size_t shown = std::min(rows * across, data.tracks.size());
    const std::size_t used_rows = (shown + across - 1) / across;
    const float height = left / static_cast<float>(used_rows);
    const float width = (column.w - frame.gap * static_cast<float>(across - 1)) / static_cast<float>(across);
    for (std::size_t i = 0; i < shown; ++i) {
        const float x = column.x + static_cast<float>(i % across) * (width + frame.gap);
        const float top = y + static_cast<float>(i / across) * height;
        add_chart(list, context, data, data.tracks[i], {x, top, width, height - frame.gap * 0.4f});
    }
}

void add_home_footer(DisplayList& list, const Context& context, const HomeScreen& home) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    ButtonSpec begin;
    begin.label = words.home_begin;
    begin.ui = UiAction::home_begin;
    begin.primary = true;
    begin.role = "home-begin";
    begin.key = words.key_space;
    const float begin_width = button_width(context, begin.label, frame.x(0.22f), frame.x(0.34f));
    add_button(list, context, footer_right(context, begin_width), begin);
    ButtonSpec back;
    back.label = words.notice_cancel;
    back.ui = UiAction::home_back;
    back.role = "home-back";
    back.key = words.key_escape;
    const float back_width = button_width(context, back.label, frame.x(0.16f), frame.x(0.26f));
    add_button(list, context, footer_left(context, back_width), back);
    // Between them: how to take something home, or who is waiting for whom.
    const Rect footer = context.footer();
    const float x = footer.x + back_width + frame.gap;
    const float w = footer.w - back_width - begin_width - 2 * frame.gap;
    const HomeState& state = home.state;
    std::string text;
    TextStyle style = small_style(context, Align::center);
    if (state.stage == ExportStage::asking) {
        const auto& asked = state.asked == HomeExport::agreements ? state.paper : state.calendar;
        const Seat ready = asked[0] ? Seat::left : Seat::right;
        const Key key = state.asked == HomeExport::agreements ? yes_key(other(ready)) : other_key(other(ready));
        text = fill(state.asked == HomeExport::agreements ? words.home_asking_paper : words.home_asking_calendar,
                    {{"name", name_of(context, home.data, ready)}, {"key", key_text(context, key)}});
        style.color = context.theme().text;
    } else {
        text = fill(words.home_take_home,
                    {{"paper", key_pair_text(context, yes_key(Seat::left), yes_key(Seat::right))},
                     {"calendar", key_pair_text(context, other_key(Seat::left), other_key(Seat::right))}});
    }
    const Fitted fitted = fit_lines(context, text, style.size, w, 3);
    add_text(list, {x, footer.y + (footer.h - fitted.height) / 2, w, fitted.height}, fitted, style, "home-take-home");
}

// Both asked for a file: what it holds, that it leaves the space, and where
// it goes; after writing, where it went.
void add_export_panel(DisplayList& list, const Context& context, const HomeState& state) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const float width = std::min(frame.x(0.76f), context.frame.width - 2 * frame.margin);
    const float x = (frame.width - width) / 2;
    float y = frame.y(0.22f);
    std::string title, body, hint;
    switch (state.stage) {
        case ExportStage::confirm:
            title = state.asked == HomeExport::agreements ? words.export_paper_title : words.export_calendar_title;
            body =
                fill(state.asked == HomeExport::agreements ? words.export_paper_notice : words.export_calendar_notice,
                     {{"folder", state.folder}});
            hint = fill(words.export_confirm, {{"enter", words.key_enter}, {"escape", words.key_escape}});
            break;
        case ExportStage::done:
            title = words.export_done_title;
            body = fill(words.export_done, {{"path", state.message}});
            hint = fill(words.export_dismiss, {{"enter", words.key_enter}});
            break;
        default:
            title = words.export_failed_title;
            body = state.message;
            hint = fill(words.export_dismiss, {{"enter", words.key_enter}});
            break;
    }
    y += add_line(list, context, x, y, width, title, heading_style(context, Align::center), 2, "export-title");
    y += frame.gap;
    y += add_line(list, context, x, y, width, body, body_style(context, Align::center), 6, "export-notice");
    y += frame.gap;
    add_line(list, context, x, y, width, hint, small_style(context, Align::center), 2, "export-hint");
    if (state.stage == ExportStage::confirm) {
        ButtonSpec write;
        write.label = state.asked == HomeExport::agreements ? words.export_paper_title : words.export_calendar_title;
        write.ui = UiAction::export_confirm;
        write.primary = true;
        write.role = "export-write";
        write.key = words.key_enter;
        add_button(list, context,
                   footer_right(context, button_width(context, write.label, frame.x(0.22f), frame.x(0.46f))), write);
    }
    ButtonSpec back;
    back.label = words.export_back;
    back.ui = UiAction::home_back;
    back.role = "export-back";
    back.key = state.stage == ExportStage::confirm ? words.key_escape : words.key_enter;
    add_button(list, context, footer_left(context, button_width(context, back.label, frame.x(0.16f), frame.x(0.3f))),
               back);
}

}  // namespace

void build_home(DisplayList& list, const Context& context, const HomeScreen& home) {
    const HomeState& state = home.state;
    if (state.stage == ExportStage::confirm || state.stage == ExportStage::done || state.stage == ExportStage::failed) {
        add_export_panel(list, context, state);
        return;
    }
    const Frame& frame = context.frame;
    const float top = add_top(list, context, home.data);
    const float bottom = context.footer().y - frame.gap;
    const Rect content = frame.content();
    const float left_w = content.w * 0.52f - frame.gap;
    const Rect left{content.x, top, left_w, bottom - top};
    const Rect right{content.x + content.w * 0.52f + frame.gap, top, content.w * 0.48f - frame.gap, bottom - top};
    add_agreements(list, context, home, left);
    add_together(list, context, home.data, right);
    add_home_footer(list, context, home);
}

}  // namespace attune::view
