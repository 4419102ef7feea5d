#pragma once
// The couple's home screen: what their space holds, shown when it is opened
// and before the conversation begins. The view reads only plain data here
// (strings, numbers, days): the shell fills it from the space, so that
// nothing on screen reaches storage or keys. Like the keeping screens, the
// screen's rules are state and actions only; writing a file is asked of the
// shell as a request, and the shell tells the screen how it went.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "display_list.hpp"
#include "key_map.hpp"

namespace attune {

// One agreement in force, in full.
struct HomeAgreement {
    std::string prompt;  // what it answered
    std::string text;    // its wording; empty when it was agreed aloud
    Day kept_since{};    // the day it was made (or last reworded)
    std::optional<Day> review_on;
    bool due = false;  // its review day has come
};

// One tracked check-in: each partner's answer in each conversation that
// asked it, oldest first. A conversation where one did not answer leaves a
// gap in that partner's line, never a zero.
struct HomeTrack {
    std::string name;  // the track's name, or the question when it has none
    int scale = 5;
    struct Point {
        Day day{};
        std::array<std::optional<int>, 2> values;  // by seat
    };
    std::vector<Point> points;
};

// Something done together, named warmly. Never a streak: each counts what
// happened and nothing a missed week could take away.
enum class MilestoneKind {
    conversations_this_month,  // `count` conversations this month
    conversations_held,        // `count` conversations since the space was made
    agreement_kept,            // `subject` kept for `count` weeks
    first_agreement,           // the couple's first agreement, set down together
    first_review_together,     // the first time the couple looked at an agreement again (`subject`)
    every_agreement_reviewed,  // each of the `count` agreements in force has been looked at again
};
struct Milestone {
    MilestoneKind kind = MilestoneKind::conversations_held;
    int count = 0;
    std::string subject;  // the agreement's words, for agreement_kept
};

struct HomeData {
    std::array<std::string, 2> names;  // the partners, as the last conversation named them
    std::optional<Day> next_conversation;
    Day today{};
    std::vector<HomeAgreement> agreements;  // due ones first, then oldest first
    int conversations = 0;                  // held in all
    int conversations_this_month = 0;
    std::vector<HomeTrack> tracks;
    std::vector<Milestone> milestones;
};

// The day the couple planned this conversation for, as the start screen
// says it while their space is open: "Planned for today", a day ahead, or a
// day that passed (said plainly, never as something missed).
struct PlannedConversation {
    Day day{};
    Day today{};
    bool operator==(const PlannedConversation&) const = default;
};

// Which file a couple can take home.
enum class HomeExport { agreements, calendar };

enum class ExportStage {
    none,
    asking,   // one partner asked: the other is asked, by name
    confirm,  // both asked: the screen says what is written, and where; Enter writes it
    done,     // written: where it went
    failed,   // not written: why, calmly
};

struct HomeState {
    std::size_t page = 0;                        // the agreements' page, counted on (the view wraps it)
    std::array<bool, 2> paper{false, false};     // who asked for the agreements on paper
    std::array<bool, 2> calendar{false, false};  // who asked for the next conversation in their calendars
    ExportStage stage = ExportStage::none;
    HomeExport asked = HomeExport::agreements;  // which one the stage is about
    std::string folder;                         // where it will be written (shown before it is)
    std::string message;                        // done: the file's path; failed: the reason
};

struct HomeScreen {
    HomeData data;
    HomeState state;
};

enum class HomeRequest {
    none,
    begin,        // begin the conversation, kept
    back,         // back to the start screen: the space closes
    export_file,  // write `state.asked` into `state.folder`
};

// A partner's own keys ask for a file: A and L for the agreements on paper,
// S and K for the next conversation in their calendars. Space or Enter
// begins; Esc goes back (or drops an export being asked); the arrows and a
// clicker's page keys turn the agreements' pages.
UiAction map_home_key(const KeyPress& press, const HomeState& state);
HomeRequest apply_home_action(HomeScreen& home, UiAction action);
// Answers from the shell about a file.
void home_export_written(HomeState& state, std::string path);
void home_export_failed(HomeState& state, std::string reason);

}  // namespace attune
