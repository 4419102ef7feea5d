// The couple's home screen, between opening their space and beginning the
// conversation, and the end of a kept conversation: when to meet next.
#include "home_data.hpp"
#include "kiosk_exports.hpp"
#include "kiosk_loop.hpp"
#include "next_meeting_record.hpp"
#include "script_loader.hpp"

namespace attune::kiosk {

namespace {

// The local calendar on the loop's wall clock (tests give a fake one).
class WallCalendar final : public Calendar {
public:
    explicit WallCalendar(const ConversationKeeping& keeping) : m_keeping(keeping) {}
    std::int64_t now_unix_ms() const override { return m_keeping.wall_ms(); }
    Day day_of(std::int64_t unix_ms) const override { return SystemCalendar{}.day_of(unix_ms); }

private:
    const ConversationKeeping& m_keeping;
};

std::optional<Script> script_of(const space::ConversationStart& start) {
    return load_script_text(start.script_text, start.script_title).script;
}

}  // namespace

void KioskLoop::show_home(TimePoint now) {
    HomeScreen home;
    try {
        const space::KeptHistory history = m_keeping.history();
        const space::ScriptReader reader = m_keeping.setup().read_script ? m_keeping.setup().read_script : script_of;
        const space::AgreementsInForce agreements = space::agreements_in_force(history, reader);
        for (const std::string& problem : history.problems)
            if (m_setup.log) m_setup.log(problem);
        home.data = home_data_from(history, agreements, reader, WallCalendar{m_keeping}, std::nullopt);
    } catch (const space::SpaceError& error) {
        // The space opened but cannot be read back: the conversation can
        // still be kept; the screen shows what it could read (nothing).
        if (m_setup.log) m_setup.log(std::string("the space's history could not be read: ") + error.what());
    }
    if (const Session* session = session_shown(m_mode)) {
        for (Seat seat : {Seat::left, Seat::right})
            if (home.data.names[index_of(seat)].empty())
                home.data.names[index_of(seat)] = session->script().partner(seat).name;
    }
    home.state.folder = export_folder().string();
    m_home = std::move(home);
    (void)now;
}

bool KioskLoop::on_home_key(const KeyPress& press, bool repeat, TimePoint now) {
    const UiAction action = map_home_key(press, m_home->state);
    if (action == UiAction::hold_to_quit) {
        if (!repeat) m_quit_hold.press(now, m_key_time);
        return true;
    }
    if (repeat && action != UiAction::next_page && action != UiAction::previous_page) return true;
    on_home_action(action, now);
    return true;
}

void KioskLoop::on_home_action(UiAction action, TimePoint now) {
    if (!m_home || action == UiAction::none) return;
    switch (apply_home_action(*m_home, action)) {
        case HomeRequest::none:
            return;
        case HomeRequest::begin:
            m_home.reset();
            begin_conversation(now);
            return;
        case HomeRequest::back:
            // Back to the start screen: nothing begun, the space closed.
            m_home.reset();
            m_keeping.close_space();
            return;
        case HomeRequest::export_file: {
            const ExportResult result =
                export_from_kiosk(m_home->state.asked, m_home->data, m_home->state.folder, m_words);
            if (result.written)
                home_export_written(m_home->state, result.said);
            else
                home_export_failed(m_home->state, result.said);
            return;
        }
    }
}

void KioskLoop::ask_next_meeting(const Session& session) {
    m_kept_end = session.review_subjects().value_or(std::vector<ReviewSubject>{});
    m_next_meeting = start_next_meeting(session.script().settings.meet_every, WallCalendar{m_keeping}.today());
}

bool KioskLoop::on_meeting_key(const KeyPress& press, bool repeat) {
    const UiAction action = map_meeting_key(press, *m_next_meeting);
    if (action == UiAction::none) return false;
    if (repeat && action != UiAction::meeting_earlier && action != UiAction::meeting_later) return true;
    on_meeting_action(action);
    return true;
}

bool KioskLoop::on_meeting_action(UiAction action) {
    if (!m_next_meeting) return false;
    switch (action) {
        case UiAction::meeting_earlier:
        case UiAction::meeting_later:
        case UiAction::meeting_agree_left:
        case UiAction::meeting_agree_right:
        case UiAction::meeting_skip:
            break;
        default:
            return false;
    }
    switch (apply_meeting_action(*m_next_meeting, action)) {
        case MeetingRequest::none:
            break;
        case MeetingRequest::keep_date:
            keep_next_meeting(m_keeping, MeetingAnswer::day_chosen, m_next_meeting->day, m_setup.log);
            break;
        case MeetingRequest::no_date:
            keep_next_meeting(m_keeping, MeetingAnswer::skipped, std::nullopt, m_setup.log);
            break;
    }
    return true;
}

}  // namespace attune::kiosk
