#include "home.hpp"

namespace attune {

namespace {

// A partner's ask: pressed again, it is taken back. Both asked: the screen
// says what the file holds and where it goes before anything is written.
HomeRequest on_ask(HomeState& state, HomeExport which, std::size_t seat) {
    std::array<bool, 2>& asked = which == HomeExport::agreements ? state.paper : state.calendar;
    std::array<bool, 2>& other = which == HomeExport::agreements ? state.calendar : state.paper;
    other = {false, false};  // one file at a time
    asked[seat] = !asked[seat];
    state.asked = which;
    if (asked[0] && asked[1])
        state.stage = ExportStage::confirm;
    else
        state.stage = asked[0] || asked[1] ? ExportStage::asking : ExportStage::none;
    return HomeRequest::none;
}

void drop_export(HomeState& state) {
    state.paper = {false, false};
    state.calendar = {false, false};
    state.stage = ExportStage::none;
    state.message.clear();
}

}  // namespace

UiAction map_home_key(const KeyPress& press, const HomeState& state) {
    if (press.modifiers.ctrl && !press.modifiers.alt)
        return press.key == Key::q ? UiAction::hold_to_quit : UiAction::none;
    switch (state.stage) {
        case ExportStage::confirm:
            // Writing a file outside the space is a deliberate Enter, never
            // a clicker's Space.
            if (press.key == Key::enter) return UiAction::export_confirm;
            if (press.key == Key::escape) return UiAction::home_back;
            return UiAction::none;
        case ExportStage::done:
        case ExportStage::failed:
            if (press.key == Key::enter || press.key == Key::space || press.key == Key::escape)
                return UiAction::home_back;
            return UiAction::none;
        case ExportStage::none:
        case ExportStage::asking:
            break;
    }
    switch (press.key) {
        case Key::space:
        case Key::enter:
            return UiAction::home_begin;
        case Key::escape:
            return UiAction::home_back;
        case Key::down:
        case Key::page_down:
        case Key::right:
            return UiAction::next_page;
        case Key::up:
        case Key::page_up:
        case Key::left:
            return UiAction::previous_page;
        default:
            break;
    }
    if (press.key == yes_key(Seat::left)) return UiAction::ask_paper_left;
    if (press.key == yes_key(Seat::right)) return UiAction::ask_paper_right;
    if (press.key == other_key(Seat::left)) return UiAction::ask_calendar_left;
    if (press.key == other_key(Seat::right)) return UiAction::ask_calendar_right;
    return UiAction::none;
}

HomeRequest apply_home_action(HomeScreen& home, UiAction action) {
    HomeState& state = home.state;
    if (state.stage == ExportStage::confirm || state.stage == ExportStage::done || state.stage == ExportStage::failed) {
        if (action == UiAction::export_confirm && state.stage == ExportStage::confirm) return HomeRequest::export_file;
        if (action == UiAction::home_back) drop_export(state);
        return HomeRequest::none;
    }
    switch (action) {
        case UiAction::home_begin:
            return HomeRequest::begin;
        case UiAction::home_back:
            // An ask under way is dropped first; then Esc leaves.
            if (state.stage == ExportStage::asking) {
                drop_export(state);
                return HomeRequest::none;
            }
            return HomeRequest::back;
        case UiAction::next_page:
            ++state.page;
            return HomeRequest::none;
        case UiAction::previous_page:
            if (state.page > 0) --state.page;
            return HomeRequest::none;
        case UiAction::ask_paper_left:
            return on_ask(state, HomeExport::agreements, 0);
        case UiAction::ask_paper_right:
            return on_ask(state, HomeExport::agreements, 1);
        case UiAction::ask_calendar_left:
            return on_ask(state, HomeExport::calendar, 0);
        case UiAction::ask_calendar_right:
            return on_ask(state, HomeExport::calendar, 1);
        default:
            return HomeRequest::none;
    }
}

void home_export_written(HomeState& state, std::string path) {
    state.paper = {false, false};
    state.calendar = {false, false};
    state.stage = ExportStage::done;
    state.message = std::move(path);
}

void home_export_failed(HomeState& state, std::string reason) {
    state.paper = {false, false};
    state.calendar = {false, false};
    state.stage = ExportStage::failed;
    state.message = std::move(reason);
}

}  // namespace attune
