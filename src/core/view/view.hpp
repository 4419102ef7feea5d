#pragma once
// The view: what the screen should show, as a DisplayList, for every state
// of the session. Pure: the same input gives the same list, so screens are
// tested by reading the list ("the countdown reads 2:00 in the warning
// colour") and the renderer only draws.
//
// Layout works in fractions of the screen: positions in fractions of the
// width and height, sizes in fractions of `unit` (the height, or less on a
// screen narrower than 16:9), so 1280x720, 1920x1080 and 3840x2160 show the
// same design. Every text and button carries a `role` for tests and
// screenshots ("countdown", "floor", "prompt", "pause-button", "ready-left").
#include <optional>
#include <string>
#include <vector>

#include "display_list.hpp"
#include "home.hpp"
#include "keeping.hpp"
#include "next_meeting.hpp"
#include "picker.hpp"
#include "script.hpp"
#include "script_catalog.hpp"
#include "session.hpp"
#include "session_record.hpp"
#include "text_metrics.hpp"
#include "theme.hpp"
#include "time.hpp"
#include "ui_state.hpp"
#include "words.hpp"

namespace attune {

struct ViewInput {
    const Script& script;  // the session's script (names as changed on the start screen)
    const Snapshot& snapshot;
    const SessionRecord& record;
    const Theme& theme;
    const Words& words;
    const UiState& ui;
    const TextMetrics& metrics;  // the fonts' widths: the view breaks and places text itself
    int width = 1280;
    int height = 720;
    Seconds time_of_day{0};  // local time since midnight, for "back at 20:45"
    // How the kiosk runs; last, with a default, so that screens that do not
    // care (screenshots, the text-fit check) need not say.
    const ShellConfig& config = default_shell_config;
    // Keeping (keeping.hpp): the screens in front of the start screen while
    // the partners decide, the time before another passphrase is taken, and
    // the space a kept conversation goes into (its discreet mark).
    const KeepFlow* keeping = nullptr;
    Duration keep_retry_left{0};
    std::string kept_in = {};
    // The couple's home screen, when their space is open before the
    // conversation begins (home.hpp); and, at the end of a kept
    // conversation, the question when to meet next (next_meeting.hpp): the
    // summary then also shows what changed in the agreements.
    const HomeScreen* home = nullptr;
    const NextMeeting* next_meeting = nullptr;
    // A kept conversation's end: the agreements its review steps could bring
    // back (Session::review_subjects), for the summary's words about what
    // became of each. Set, the summary shows what changed in the agreements;
    // nothing: the conversation was not kept, and none of it is shown.
    const std::vector<ReviewSubject>* review_subjects = nullptr;
    // The start screen while the couple's space is open: the day they
    // planned this conversation for (nothing: no space open, or no day set).
    std::optional<PlannedConversation> planned = std::nullopt;
};

// The whole screen: the session's state, the help overlay when shown, the
// hold-to-quit progress. Its `next_change` says when it would read differently.
DisplayList build_view(const ViewInput& input);

// The error screen, for a script that did not load (at the start, or read
// again by Ctrl+R). `lines` are "file:line:col: error: ..." lines; `ui` gives
// the hold-to-quit progress, `config` whether Ctrl+R can try again.
DisplayList build_error_view(const std::vector<std::string>& lines, const Theme& theme, const Words& words,
                             const UiState& ui, const TextMetrics& metrics, int width, int height,
                             const ShellConfig& config = {});

// The picker (view_picker.cpp): the scripts to choose from, grouped by
// origin (built in, yours), each with its title, language and planned time;
// the selected one in a panel beside the list with its description and
// Start, or, when it does not load, with its file:line:col lines.
struct PickerInput {
    const std::vector<CatalogEntry>& catalog;
    const PickerState& state;
    const Theme& theme;
    const Words& words;
    const UiState& ui;  // the hold-to-quit progress
    const TextMetrics& metrics;
    int width = 1280;
    int height = 720;
    std::string user_folder;  // where the user's scripts go, shown when there are none
};
DisplayList build_picker_view(const PickerInput& input);

// "2:00" for a countdown (whole seconds, rounded up so that 0:00 means the
// end), "+0:12" in overtime.
std::string countdown_text(const TimerView& timer);

// How long until `countdown_text` reads differently: the next whole second
// of the time left (or, in overtime, of the time over).
Duration until_next_countdown_second(Duration remaining);

}  // namespace attune
