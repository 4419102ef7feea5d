// The couple's home screen, between opening their space and beginning the
// conversation, and the end of a kept conversation: when to meet next.
#include "home_data.hpp"
#include "kiosk_exports.hpp"
#include "kiosk_loop.hpp"
#include "space_overview.hpp"
#include "wall_calendar.hpp"

namespace attune::kiosk {

bool KioskLoop::start_in_space(TimePoint now) const {
    const Session* session = session_shown(m_mode);
    return session && !m_home && !m_keep && m_keeping.space_open() && !m_keeping.journaling() &&
           session->snapshot(now).phase == Phase::start;
}

void KioskLoop::show_home(TimePoint now) {
    std::optional<PlannedConversation> planned;
    HomeScreen home;
    try {
        const WallCalendar calendar{m_keeping};
        const space::KeptHistory history = m_keeping.history();
        const space::AgreementLedger ledger = m_keeping.ledger(history, calendar);
        const space::SpaceOverview overview =
            space::space_overview(history, ledger, calendar, m_keeping.script_reader());
        for (const auto* problems : {&history.problems, &ledger.problems, &overview.problems})
            for (const std::string& problem : *problems)
                if (m_setup.log) m_setup.log(problem);
        home.data = home_data_from(overview, history, calendar.today());
        planned = planned_conversation(history, calendar.today());
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
    m_planned = planned;
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

ExportResult KioskLoop::export_file(HomeExport which) {
    try {
        const WallCalendar calendar{m_keeping};
        ExportSource source;
        const space::KeptHistory history = m_keeping.history();
        source.ledger = m_keeping.ledger(history, calendar);
        if (!history.next_conversations.empty()) source.next = history.next_conversations.back().next;
        source.names = m_home->data.names;
        // The files speak the language of the screen the couple asked from.
        source.language = m_words.language;
        if (const Session* session = session_shown(m_mode)) source.language = session->script().language;
        source.today = calendar.today();
        source.now_unix_ms = calendar.now_unix_ms();
        source.font_folder = m_setup.fonts.directory();
        ExportResult result = export_from_kiosk(which, source, m_home->state.folder, m_words);
        if (m_setup.log)
            m_setup.log(result.written ? "a file to take home was written, as both partners asked"
                                       : "a file to take home was not written");
        return result;
    } catch (const space::SpaceError& error) {
        if (m_setup.log) m_setup.log(std::string("the space could not be read for a file: ") + error.what());
        return ExportResult{false, m_words.export_not_written};
    }
}

void KioskLoop::on_home_action(UiAction action, TimePoint now) {
    if (!m_home || action == UiAction::none) return;
    switch (apply_home_action(*m_home, action)) {
        case HomeRequest::none:
            return;
        case HomeRequest::begin:
            // The conversation's start screen once more, now with the day it
            // was planned for and the pause rule read last; its Begin begins.
            m_home.reset();
            return;
        case HomeRequest::back:
            // Back to the start screen: nothing begun, the space closed.
            m_home.reset();
            m_keeping.close_space();
            return;
        case HomeRequest::export_file: {
            const ExportResult result = export_file(m_home->state.asked);
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
    m_meeting_every = session.script().settings.meet_every;
}

void KioskLoop::forget_next_meeting() {
    const bool unanswered = m_next_meeting && m_next_meeting->stage == MeetingStage::asking;
    m_next_meeting.reset();
    m_kept_end.reset();
    if (unanswered && !m_keeping.journaling()) m_keeping.close_space();
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
    const MeetingRequest request = apply_meeting_action(*m_next_meeting, action);
    if (request == MeetingRequest::none) return true;
    // The answer goes into the space the conversation was kept in, which
    // then closes: a day (repeating by `meet_every`), or that they skipped it.
    space::NextConversation next;
    next.decided_unix_ms = m_keeping.wall_ms();
    if (request == MeetingRequest::keep_date) {
        next.day = m_next_meeting->day;
        next.repeat = m_meeting_every;
    }
    try {
        m_keeping.keep_next_conversation(next);
    } catch (const space::SpaceError& error) {
        if (m_setup.log) m_setup.log(std::string("the next conversation's day is not kept: ") + error.what());
        m_keeping.close_space();
    }
    return true;
}

}  // namespace attune::kiosk
