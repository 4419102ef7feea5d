// The picker: the scripts to choose from, as a calm list on the left (grouped
// by origin, the selected row lit) and the selected script on a card on the
// right, with its description and Start, or with the lines that say why it
// does not load. Legible from a sofa: one line per script, large type; a
// long list is shown a page at a time, the page being the one that holds
// the selection (so the view needs no scroll state).
#include <algorithm>

#include "text_layout.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

bool is_built_in(const CatalogEntry& entry) { return entry.origin == ScriptOrigin::built_in; }

// What the list shows, line by line: a group heading or an entry.
struct ListLine {
    bool heading = false;
    std::size_t entry = 0;  // the entry, or the first entry of the heading's group
};

std::vector<ListLine> list_lines(const std::vector<CatalogEntry>& catalog) {
    std::vector<ListLine> lines;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        if (i == 0 || is_built_in(catalog[i]) != is_built_in(catalog[i - 1])) lines.push_back({true, i});
        lines.push_back({false, i});
    }
    return lines;
}

struct ListMetrics {
    float row = 0;      // an entry's height
    float heading = 0;  // a group heading's height
};

float line_height(const ListLine& line, const ListMetrics& metrics) {
    return line.heading ? metrics.heading : metrics.row;
}

// The lines of the page holding the selection, each page filling `height`.
// A page that starts inside a group repeats the group's heading.
struct Page {
    std::vector<ListLine> lines;
    int number = 1, count = 1;
};

Page page_of(const std::vector<ListLine>& lines, std::size_t selected, const ListMetrics& metrics, float height) {
    std::vector<std::vector<ListLine>> pages(1);
    float used = 0;
    for (const ListLine& line : lines) {
        const float needed = line_height(line, metrics);
        if (used + needed > height && !pages.back().empty()) {
            // A heading never ends a page; an entry starting a page gets its heading again.
            std::vector<ListLine> next;
            if (pages.back().back().heading) {
                next.push_back(pages.back().back());
                pages.back().pop_back();
            } else if (!line.heading) {
                next.push_back({true, line.entry});
            }
            pages.push_back(std::move(next));
            used = 0;
            for (const ListLine& carried : pages.back()) used += line_height(carried, metrics);
        }
        pages.back().push_back(line);
        used += needed;
    }
    Page page;
    page.count = static_cast<int>(pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const bool holds = std::any_of(pages[i].begin(), pages[i].end(),
                                       [&](const ListLine& line) { return !line.heading && line.entry == selected; });
        if (holds) {
            page.lines = pages[i];
            page.number = static_cast<int>(i) + 1;
            return page;
        }
    }
    page.lines = pages.front();
    return page;
}

std::string upper_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string minutes_text(const Words& words, const CatalogEntry& entry) {
    return fill(words.picker_minutes, {{"n", std::to_string(planned_minutes(entry))}});
}

// One type size per role across the list: every title the size at which
// the longest one fits its row (never below the legible minimum), every
// detail line likewise, whatever the lengths.
struct ListSizes {
    float title = 0, meta = 0;
};

std::string entry_meta(const Words& words, const CatalogEntry& entry) {
    return entry.script ? upper_ascii(entry.script->language) + " · " + minutes_text(words, entry)
                        : words.picker_does_not_load;
}

float meta_width(const Context& context, const std::string& meta, float row_width) {
    const float small = context.frame.size(context.theme().small_size);
    return std::min(row_width * 0.35f, text_width(context, meta, small) + context.frame.gap * 0.6f);
}

ListSizes list_sizes(const Context& context, const PickerInput& input, float row_width) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float pad = frame.gap * 0.6f;
    ListSizes sizes{frame.size(theme.body_size), frame.size(theme.small_size)};
    for (const CatalogEntry& entry : input.catalog) {
        const std::string meta = entry_meta(context.words(), entry);
        const float meta_room = meta_width(context, meta, row_width);
        const float title_room = row_width - meta_room - 4 * pad;
        // The selected row's title is semibold, the widest weight: each title fits it.
        sizes.title = std::min(sizes.title, fit_line(context, entry.display_title(), frame.size(theme.body_size),
                                                     title_room, frame.legible(), FontWeight::semibold));
        sizes.meta = std::min(sizes.meta,
                              fit_line(context, meta, frame.size(theme.small_size), meta_room - pad, frame.legible()));
    }
    return sizes;
}

void add_entry(DisplayList& list, const Context& context, const PickerInput& input, std::size_t index, Rect row,
               const ListSizes& sizes) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const CatalogEntry& entry = input.catalog[index];
    const bool selected = index == input.state.selected;
    const float pad = frame.gap * 0.6f;

    if (selected) {
        RectItem light;
        light.box = row;
        light.color = theme.surface;
        light.radius = frame.size(theme.corner);
        light.role = "picker-selected";
        list.items.emplace_back(light);
        RectItem mark;
        mark.box = {row.x, row.y + row.h * 0.2f, frame.size(0.006f), row.h * 0.6f};
        mark.color = theme.accent;
        mark.radius = mark.box.w / 2;
        mark.role = "picker-mark";
        list.items.emplace_back(mark);
    }

    const std::string meta = entry_meta(words, entry);
    const float meta_room = meta_width(context, meta, row.w);
    const Rect title_box{row.x + 2 * pad, row.y, row.w - meta_room - 4 * pad, row.h};
    TextStyle title = body_style(context);
    title.weight = selected ? FontWeight::semibold : FontWeight::regular;
    if (!entry.script) title.color = theme.muted_text;
    // A title too long for its row even at the legible minimum ends in "…"
    // (the card beside the list shows it whole).
    add_text(list, title_box, legible_line(context, entry.display_title(), sizes.title, title_box.w, title.weight),
             title, "picker-title");

    const Rect meta_box{row.x + row.w - meta_room - pad, row.y, meta_room, row.h};
    TextStyle meta_style = small_style(context, Align::right);
    if (!entry.script) meta_style.color = theme.warning;
    add_text(list, meta_box, legible_line(context, meta, sizes.meta, meta_box.w, meta_style.weight), meta_style,
             "picker-meta");

    // The whole row is what a finger aims at; it draws nothing itself.
    ButtonItem tap;
    tap.box = row;
    tap.ui = UiAction::pick_entry;
    tap.entry = index;
    tap.fill = Color{0, 0, 0, 0};
    tap.text = Color{0, 0, 0, 0};
    tap.role = "picker-entry";
    list.items.emplace_back(std::move(tap));
}

void add_list(DisplayList& list, const Context& context, const PickerInput& input, Rect column) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const float small = frame.size(theme.small_size);
    const ListMetrics metrics{frame.size(theme.body_size) * 1.75f, small * 2.0f};
    const float page_line = small * 1.6f;

    const auto lines = list_lines(input.catalog);
    Page page = page_of(lines, input.state.selected, metrics, column.h);
    if (page.count > 1) page = page_of(lines, input.state.selected, metrics, column.h - page_line);

    const ListSizes sizes = list_sizes(context, input, column.w);
    float y = column.y;
    for (const ListLine& line : page.lines) {
        if (line.heading) {
            const std::string& text =
                is_built_in(input.catalog[line.entry]) ? words.picker_built_in : words.picker_yours;
            TextStyle style = small_style(context);
            style.weight = FontWeight::semibold;
            style.size = fit_line(context, text, style.size, column.w, 0, style.weight);
            // Sits low in its line, close to the entries it heads.
            add_text(list,
                     {column.x + frame.gap * 0.6f, y + metrics.heading * 0.25f, column.w - frame.gap * 0.6f,
                      metrics.heading * 0.75f},
                     text, style, "picker-group");
            y += metrics.heading;
        } else {
            add_entry(list, context, input, line.entry, {column.x, y, column.w, metrics.row}, sizes);
            y += metrics.row;
        }
    }
    if (page.count > 1) {
        const std::string text =
            fill(words.picker_page, {{"n", std::to_string(page.number)}, {"total", std::to_string(page.count)}});
        TextStyle style = small_style(context);
        style.size = fit_line(context, text, style.size, column.w, 0, style.weight);
        add_text(list, {column.x + frame.gap * 0.6f, column.y + column.h - page_line, column.w, page_line}, text, style,
                 "picker-page");
    }
}

// The file:line:col lines of a script that does not load, as many as fit.
void add_error_lines(DisplayList& list, const Context& context, const CatalogEntry& entry, Rect box) {
    const Frame& frame = context.frame;
    const float small = frame.size(context.theme().small_size);
    // The card names the folder just above: the lines name the file alone.
    const std::string folder = entry.path.parent_path().string() + "/";
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : entry.diagnostics) {
        if (diagnostic.severity != Severity::error) continue;
        std::string line = diagnostic.format();
        if (line.starts_with(folder)) line.erase(0, folder.size());
        lines.push_back(std::move(line));
    }
    if (lines.empty()) lines.push_back(entry.path.filename().string() + ": cannot be loaded");

    float y = box.y;
    const float bottom = box.y + box.h;
    for (std::size_t shown = 0; shown < lines.size(); ++shown) {
        const std::string& line = lines[shown];
        // A long line may wrap twice; more is shrunk to fit.
        const float height = std::min(text_height(context, line, small, box.w), small * 1.3f * 3) + small * 0.3f;
        const bool last_room = y + height + small * 1.6f > bottom;
        if (last_room && shown + 1 < lines.size()) {
            const std::string more = "… (+" + std::to_string(lines.size() - shown) + ")";
            add_text(list, {box.x, y, box.w, small * 1.6f}, more, small_style(context), "detail-more");
            return;
        }
        if (y + height > bottom) return;
        const Rect line_box{box.x, y, box.w, height};
        TextStyle style = small_style(context);
        style.color = context.theme().text;
        style.wrap = true;
        style.size = fit_wrapped(context, line, small, line_box);
        add_text(list, line_box, line, style, "detail-error");
        y += height;
    }
}

// The selected script on a card: what it is, or why it cannot start.
void add_detail(DisplayList& list, const Context& context, const PickerInput& input, Rect card) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const CatalogEntry& entry = input.catalog[input.state.selected];

    RectItem back;
    back.box = card;
    back.color = theme.surface;
    back.radius = frame.size(theme.corner);
    back.role = "detail-panel";
    list.items.emplace_back(back);

    const float pad = frame.gap * 1.1f;
    const Rect inner{card.x + pad, card.y + pad, card.w - 2 * pad, card.h - 2 * pad};
    const float small = frame.size(theme.small_size);

    TextStyle title = heading_style(context);
    const std::string title_text = entry.display_title();
    const Rect title_box{inner.x, inner.y, inner.w, title.size * 1.3f * 2};
    title.size = fit_wrapped(context, title_text, title.size, title_box, 0, title.weight);
    const float title_height =
        std::min(title_box.h, text_height(context, title_text, title.size, inner.w, title.weight));
    add_text(list, {inner.x, inner.y, inner.w, title_height}, title_text, title, "detail-title");
    float y = inner.y + title_height + frame.gap * 0.4f;

    const std::string origin =
        is_built_in(entry) ? words.picker_built_in : words.picker_yours + " · " + entry.path.string();
    TextStyle origin_style = small_style(context);
    origin_style.size = fit_line(context, origin, small, inner.w);
    if (!entry.script) {
        TextStyle broken = body_style(context);
        broken.color = theme.warning;
        broken.wrap = false;
        broken.size = fit_line(context, words.picker_broken_heading, broken.size, inner.w, 0, broken.weight);
        add_text(list, {inner.x, y, inner.w, broken.size * 1.4f}, words.picker_broken_heading, broken, "detail-broken");
        y += broken.size * 1.4f;
        add_text(list, {inner.x, y, inner.w, small * 1.5f}, origin, origin_style, "detail-origin");
        y += small * 1.5f;
        const std::string hint_text = fill(words.picker_broken_hint, {{"ctrl", words.key_ctrl}});
        const Rect hint_box{inner.x, y, inner.w, small * 1.3f * 2};
        TextStyle hint = small_style(context);
        hint.wrap = true;
        hint.size = fit_wrapped(context, hint_text, small, hint_box);
        add_text(list, hint_box, hint_text, hint, "detail-broken-hint");
        y += hint_box.h + frame.gap * 0.6f;
        add_error_lines(list, context, entry, {inner.x, y, inner.w, inner.y + inner.h - y});
        return;
    }

    const Script& script = *entry.script;
    const std::size_t parts = script.agenda.size();
    const std::string meta = upper_ascii(script.language) + " · " +
                             fill(words.picker_about, {{"time", minutes_text(words, entry)}}) + " · " +
                             fill_count(words.picker_parts, static_cast<std::int64_t>(parts));
    TextStyle meta_style = body_style(context);
    meta_style.color = theme.accent;
    meta_style.wrap = false;
    meta_style.size = fit_line(context, meta, meta_style.size, inner.w, 0, meta_style.weight);
    add_text(list, {inner.x, y, inner.w, meta_style.size * 1.45f}, meta, meta_style, "detail-meta");
    y += meta_style.size * 1.45f;
    add_text(list, {inner.x, y, inner.w, small * 1.5f}, origin, origin_style, "detail-origin");
    y += small * 1.5f + frame.gap * 0.6f;

    if (!script.description.empty() && inner.y + inner.h - y > small) {
        const Rect box{inner.x, y, inner.w, inner.y + inner.h - y};
        TextStyle description = body_style(context);
        description.color = theme.muted_text;
        description.size = fit_wrapped(context, script.description, description.size, box, 0, description.weight);
        // Drawn from the top: the renderer centres text in its box, so the
        // box is only as tall as the text.
        const float height =
            std::min(box.h, text_height(context, script.description, description.size, box.w, description.weight));
        add_text(list, {box.x, box.y, box.w, height}, script.description, description, "detail-description");
    }
}

void add_empty(DisplayList& list, const Context& context, const PickerInput& input, Rect area) {
    const Words& words = context.words();
    TextStyle style = body_style(context);
    const Rect box{area.x, area.y, area.w, style.size * 1.3f * 2};
    style.size = fit_wrapped(context, words.picker_empty, style.size, box, 0, style.weight);
    add_text(list, box, words.picker_empty, style, "picker-empty");
    if (input.user_folder.empty()) return;
    const std::string hint = fill(words.picker_empty_hint, {{"folder", input.user_folder}});
    const float small = context.frame.size(context.theme().small_size);
    const Rect hint_box{area.x, box.y + box.h + context.frame.gap, area.w, small * 1.3f * 2};
    TextStyle hint_style = small_style(context);
    hint_style.wrap = true;
    hint_style.size = fit_wrapped(context, hint, small, hint_box);
    add_text(list, hint_box, hint, hint_style, "picker-empty-hint");
}

}  // namespace

void build_picker(DisplayList& list, const Context& context, const PickerInput& input) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();

    TextStyle heading = heading_style(context);
    heading.size = frame.size(theme.title_size) * 0.85f;
    heading.weight = FontWeight::bold;
    heading.wrap = false;
    const Rect heading_box{frame.margin, frame.margin * 0.6f, frame.width - 2 * frame.margin, heading.size * 1.5f};
    heading.size = fit_line(context, words.picker_heading, heading.size, heading_box.w, 0, heading.weight);
    add_text(list, heading_box, words.picker_heading, heading, "picker-heading");

    const Rect footer = context.footer();
    const float top = heading_box.y + heading_box.h + frame.gap * 0.6f;
    const Rect area{frame.margin, top, frame.width - 2 * frame.margin, footer.y - frame.gap - top};
    const float split = frame.x(0.5f);
    const Rect column{area.x, area.y, split - area.x, area.h};
    const Rect card{split + frame.gap * 1.5f, area.y, area.x + area.w - split - frame.gap * 1.5f, area.h};

    if (input.catalog.empty()) {
        add_empty(list, context, input, area);
    } else {
        add_list(list, context, input, column);
        add_detail(list, context, input, card);
    }

    // The footer: the keys at the left, Start at the right.
    const bool startable =
        input.state.selected < input.catalog.size() && can_start(input.catalog[input.state.selected]);
    float start_width = 0;
    if (startable) {
        ButtonSpec start;
        start.label = words.picker_start;
        start.ui = UiAction::start_picked;
        start.primary = true;
        start.role = "start";
        start.key = key_text(context, Key::space);
        start_width = button_width(context, start.label, frame.x(0.18f), frame.x(0.3f));
        add_button(list, context, footer_right(context, start_width), start);
    }
    const std::string keys = fill(words.picker_keys, {{"start", words.key_space}, {"ctrl", words.key_ctrl}});
    const float keys_width = footer.w - start_width - frame.gap;
    TextStyle keys_style = small_style(context);
    keys_style.size = fit_line(context, keys, keys_style.size, keys_width, 0, keys_style.weight);
    add_text(list, {footer.x, footer.y, keys_width, context.button_height()}, keys, keys_style, "picker-keys");
}

}  // namespace attune::view

namespace attune {

DisplayList build_picker_view(const PickerInput& given) {
    // A selection past the end (the list was built again) shows the last entry.
    PickerState state = given.state;
    if (!given.catalog.empty()) state.selected = std::min(state.selected, given.catalog.size() - 1);
    const PickerInput input{given.catalog, state,       given.theme,  given.words,      given.ui,
                            given.metrics, given.width, given.height, given.user_folder};

    const Script script;
    const Snapshot snapshot;
    const SessionRecord record;
    const ViewInput view_input{script,   snapshot,      record,      input.theme,  input.words,
                               input.ui, input.metrics, input.width, input.height, Seconds{0}};
    DisplayList list;
    list.width = input.width;
    list.height = input.height;
    list.background = input.theme.background;
    const view::Context context = view::make_context(view_input);
    view::build_picker(list, context, input);
    if (input.ui.quit_progress > 0) view::add_quit_progress(list, context);
    place_text(list, input.metrics);
    return list;
}

}  // namespace attune
