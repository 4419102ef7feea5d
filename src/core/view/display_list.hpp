#pragma once
// What a screen shows, as plain data: the view builds it from the session
// state, the SDL renderer draws it, and tests read it. Coordinates are pixels
// of the target (the view lays out in fractions of the screen size it is given).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "color.hpp"
#include "session_commands.hpp"
#include "time.hpp"

namespace attune {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    bool operator==(const Rect&) const = default;
};

enum class FontWeight { regular, semibold, bold };
enum class Align { left, center, right };

// One line of laid-out text: its top left corner, in pixels of the target,
// and its measured width (what the screen's damage needs to know of it).
struct TextLine {
    std::string text;
    float x = 0, y = 0;
    float width = 0;
    bool operator==(const TextLine&) const = default;
};

// Whether the view had to cut a text short (with "…") to fit its box, even
// at the smallest legible size: `attune --validate` reports those.
enum class TextCut { whole, shortened };

// A string in a box. `size` is the font's pixel size. The view breaks the
// text into `lines` with the real text metrics (at words within the box's
// width when `wrap` is set, else only at '\n'), aligns them as asked and
// centres the block vertically; the renderer draws each line where it says.
struct TextItem {
    Rect box;
    std::string text;  // the whole string shown, for tests and traces
    float size = 32;
    FontWeight weight = FontWeight::regular;
    Color color;
    Align align = Align::left;
    bool wrap = false;
    std::string role;  // what it is, for tests and screenshots: "countdown", "prompt", ...
    TextCut cut = TextCut::whole;
    std::vector<TextLine> lines;
    float line_height = 0;
    bool operator==(const TextItem&) const = default;
};

struct RectItem {
    Rect box;
    Color color;
    float radius = 0;   // rounded corners
    float outline = 0;  // 0: filled; else the outline's thickness
    std::string role;
    bool operator==(const RectItem&) const = default;
};

// A disk or ring showing a fraction (1 = whole), clockwise from 12 o'clock.
struct DiskItem {
    float cx = 0, cy = 0, radius = 0;
    float fraction = 1;
    float thickness = 0;  // 0: a filled disk (pie); else a ring this thick
    Color color;
    Color track{0, 0, 0, 0};  // the unfilled part, drawn first when not transparent
    std::string role;
    bool operator==(const DiskItem&) const = default;
};

// What a button does when it is not a session command: things the shell
// keeps for itself (the view owner may add more).
enum class UiAction {
    none,
    toggle_help,
    toggle_mute,
    edit_name_left,
    edit_name_right,
    edit_agreement,  // start typing the agreement
    finish_edit,     // keep the typed name or agreement (sends it to the session)
    cancel_edit,     // drop what was typed
    erase,           // remove the last character typed
    hold_to_quit,    // Ctrl+Q went down: the shell times the two-second hold
    pick_entry,      // the picker: select the entry `ButtonItem::entry` (start it when selected)
    start_picked,    // the picker: start the selected script
    to_picker,       // the summary: back to the picker the session was started from
    reload,          // Ctrl+R while writing (--windowed): the script and theme again from disk
    // A choice: this partner's highlight moves to the next option (their own
    // "other" key); their "yes" key picks the highlighted one.
    choice_move_left,
    choice_move_right,
    // The summary: this partner is ready to leave it; with both, back to the picker.
    leave_left,
    leave_right,
    hold_to_leave,  // Enter went down on the summary: the shell times the two-second hold
    previous_page,  // the summary: the page before (from the first, it stays)
    next_page,      // the summary: the page after (from the last, the first again)
    // Keeping a conversation (keeping.hpp): a partner's own key (wants to
    // keep it, wrote the code down, begins anew), Enter, Esc, a list entry,
    // and the other way (without keeping, or the recovery code).
    keep_left,
    keep_right,
    keep_confirm,
    keep_back,
    keep_pick,
    keep_other,
    // The couple's home screen (home.hpp): begin, back, a partner's own key
    // asking for a file to take home, and writing it once both asked.
    home_begin,
    home_back,
    ask_paper_left,
    ask_paper_right,
    ask_calendar_left,
    ask_calendar_right,
    export_confirm,
    // The end of a kept conversation (next_meeting.hpp): the suggested day a
    // day earlier or later, each partner's own "yes", or no date.
    meeting_earlier,
    meeting_later,
    meeting_agree_left,
    meeting_agree_right,
    meeting_skip,
};

// Something to press: its rectangle is also where a click or tap lands.
// It sends `command` to the session, unless `ui` names a shell action.
struct ButtonItem {
    Rect box;
    std::string label;
    Command command;
    UiAction ui = UiAction::none;
    Color fill, text, outline{0, 0, 0, 0};
    float size = 32;  // label font size
    FontWeight weight = FontWeight::regular;
    float padding = 0;                   // between the box's sides and the label
    float radius = 0;                    // of the corners
    float outline_width = 0;             // of the outline, when it is not transparent
    std::vector<TextLine> label_lines;   // centred inside the padding, laid out by the view
    TextCut label_cut = TextCut::whole;  // whether the label had to be cut short to fit
    bool primary = false;
    std::string role;
    std::size_t entry = 0;  // UiAction::pick_entry: which entry of the list
    bool operator==(const ButtonItem&) const = default;
};

using DisplayItem = std::variant<RectItem, DiskItem, TextItem, ButtonItem>;

struct DisplayList {
    int width = 0, height = 0;
    Color background;
    std::vector<DisplayItem> items;  // drawn in order
    // How long after the moment it shows the list would read differently:
    // the next second of a countdown, the next frame while a breathing guide
    // or the hold-to-quit ring moves, the end of a held breath. Empty: not
    // before something happens (a key, a deadline of the session). The loop
    // sleeps until then, so a screen where nothing moves costs nothing.
    std::optional<Duration> next_change;

    // Notes a change `delay` from now; the earliest note wins.
    void changes_after(Duration delay);

    // The topmost button under a point, if any.
    const ButtonItem* button_at(float x, float y) const;
    // The first text with this role, for tests.
    const TextItem* text(std::string_view role) const;
    const ButtonItem* button(std::string_view role) const;

    // Lists are equal when they draw the same: when they next change is not drawn.
    bool operator==(const DisplayList& other) const;
};

// About 30 frames a second for what moves: smooth enough for a breathing
// guide, half the cost of 60.
constexpr Duration animation_frame = std::chrono::milliseconds{33};

}  // namespace attune
