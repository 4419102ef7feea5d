// The pause rule (freeze, cool-down, readiness, resume) and the vote that
// follows an item's time box running out.
#include <algorithm>
#include <cstddef>
#include <variant>

#include "session.hpp"

namespace attune {

void Session::start_pause(Seat seat, PauseCause cause) {
    PauseState pause;
    pause.called = m_now;
    pause.cooldown_end = m_now + m_script->pause.cooldown;
    pause.cause = cause;
    InPause paused_now{pause, InStep{}};
    if (const auto* time_box = std::get_if<InTimeBox>(&m_state)) paused_now.resumes_to = *time_box;
    m_state = paused_now;
    m_record.pauses.push_back(PauseRecord{m_record.elapsed, std::nullopt, cause, seat});
    m_cues.push_back(Cue::pause_started);
}

void Session::end_pause_record() {
    if (!m_record.pauses.empty()) m_record.pauses.back().ended = m_record.elapsed;
}

void Session::resume() {
    // Active time stood still during the pause, so every countdown goes on
    // with the time it had left.
    end_pause_record();
    // A copy: assigning the state ends the pause that holds what it returns to.
    const auto resumes_to = paused()->resumes_to;
    std::visit([this](const auto& resumed) { m_state = resumed; }, resumes_to);
}

bool Session::offering_after_low_answer() const {
    return phase() == Phase::step && m_run.shown.activity == Activity::checkin &&
           m_run.shown.checkin_ask == CheckinAsk::still_low;
}

void Session::answer_checkin(const CheckinStep& checkin, Seat seat, int value) {
    CheckinRecord fact{m_item, checkin.question, seat, value, checkin.scale, m_step, std::nullopt};
    // Asked again, a partner's new answer takes the place of the one before
    // (the summary shows one answer per partner and check-in); a stop during
    // the pause keeps the answer that called it.
    // An answer the script keeps to itself (reveal: false) only serves the
    // automatic pause below: it is not written into the record.
    if (checkin.reveal) {
        auto& checkins = m_record.checkins;
        const auto from = checkins.begin() + static_cast<std::ptrdiff_t>(std::min(m_run.checkins, checkins.size()));
        const auto earlier =
            std::find_if(from, checkins.end(), [seat](const CheckinRecord& each) { return each.seat == seat; });
        if (earlier != checkins.end()) {
            fact.revises = earlier->revises;
            *earlier = fact;
        } else {
            fact.revises = take_reopened(m_reopened_checkins, checkins, [&](const CheckinRecord& each) {
                return each.item == m_item && each.step == m_step && each.seat == seat;
            });
            checkins.push_back(fact);
        }
    }
    m_run.shown.answers[index_of(seat)] = value;

    const bool low = checkin.pause_at_or_below && value <= *checkin.pause_at_or_below;
    if (!low) {
        checkin_goes_on(seat);
        return;
    }
    if (m_run.shown.checkin_ask == CheckinAsk::first) {
        // The pause holds the check-in itself: after the resume both answer
        // afresh, before anything else (the next topic, or the other's answer).
        ask_checkin_again();
        start_pause(seat, PauseCause::checkin);
        return;
    }
    // Asked again and still low: the partners choose what helps now; a
    // second pause is offered, never forced.
    m_run.shown.checkin_ask = CheckinAsk::still_low;
    m_run.shown.going_on = {false, false};
}

void Session::ask_checkin_again() {
    m_run.shown.checkin_ask = CheckinAsk::again;
    m_run.shown.answers = {};
    m_run.shown.going_on = {false, false};
    m_run.shown.floor = Seat::left;
}

void Session::checkin_goes_on(Seat answered) {
    if (answered == Seat::left)
        m_run.shown.floor = Seat::right;
    else
        finish_step();  // both have answered
}

Outcome Session::go_on_after_low_answer(Seat seat) {
    auto& going_on = m_run.shown.going_on;
    going_on[index_of(seat)] = true;
    const bool enough =
        m_script->pause.resume == Quorum::either ? (going_on[0] || going_on[1]) : (going_on[0] && going_on[1]);
    if (!enough) return Outcome::applied;
    // Going on is the partners' choice; a later low answer offers again.
    m_run.shown.checkin_ask = CheckinAsk::again;
    going_on = {false, false};
    checkin_goes_on(m_run.shown.floor);  // the floor is still whoever answered low
    return Outcome::applied;
}

Outcome Session::on(const cmd::Pause& pause) {
    if (!running()) return Outcome::not_now;
    // A pause taken from the offer after a low answer is, like the first one,
    // followed by the check-in asked again.
    const bool after_low_answer = offering_after_low_answer();
    if (after_low_answer) ask_checkin_again();
    start_pause(pause.seat, after_low_answer ? PauseCause::checkin : PauseCause::partner);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Ready& ready) {
    if (offering_after_low_answer()) return go_on_after_low_answer(ready.seat);
    if (!paused()) return Outcome::not_now;
    PauseState& pause = paused()->pause;
    if (!pause.cooldown_signalled) return Outcome::cooldown_running;
    pause.ready[index_of(ready.seat)] = true;
    const bool left = pause.ready[0], right = pause.ready[1];
    const bool enough = m_script->pause.resume == Quorum::either ? (left || right) : (left && right);
    if (enough) resume();
    return Outcome::applied;
}

Outcome Session::on(const cmd::EndCooldown&) {
    if (!paused() || paused()->pause.cooldown_signalled) return Outcome::not_now;
    // How long the cool-down had run, for the summary ("after 12 minutes").
    record_override(OverrideKind::end_cooldown, m_now - paused()->pause.called);
    paused()->pause.cooldown_end = m_now;
    paused()->pause.cooldown_signalled = true;
    m_cues.push_back(Cue::cooldown_over);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Reopened& reopened) {
    // Applied in every state, so that the journal says when the kiosk came
    // back; only a running cool-down changes (the time away counts for it).
    if (reopened.away < Duration{0}) return Outcome::out_of_range;
    if (InPause* pause = paused(); pause && !pause->pause.cooldown_signalled)
        pause->pause.cooldown_end = std::max(m_now, pause->pause.cooldown_end - reopened.away);
    return Outcome::applied;
}

Outcome Session::on(const cmd::MoreTime& more) {
    if (phase() == Phase::time_box) return vote(more.seat, Vote::more_time);
    if (!paused()) return Outcome::not_now;
    PauseState& pause = paused()->pause;
    // "We need more time" is asked once the cool-down has run out (the rule's
    // order). Accepting it during the countdown would let a stray key, or one
    // partner alone, add five minutes a press without anyone seeing a button.
    if (m_now < pause.cooldown_end) return Outcome::cooldown_running;
    pause.cooldown_end = m_now + m_script->pause.extend;
    pause.cooldown_signalled = false;
    pause.ready = {false, false};
    return Outcome::applied;
}

Outcome Session::on(const cmd::MoveOn& move_on) {
    if (phase() != Phase::time_box) return Outcome::not_now;
    return vote(move_on.seat, Vote::move_on);
}

Outcome Session::vote(Seat seat, Vote choice) {
    Votes& votes = std::get<InTimeBox>(m_state).votes;
    votes[index_of(seat)] = choice;
    if (!votes[0] || !votes[1] || *votes[0] != *votes[1]) return Outcome::applied;
    if (choice == Vote::more_time) {
        // The extension counts from the agreement: the overrun of the step
        // that was finishing and the vote itself are not charged to it.
        if (m_item_box) {
            const Duration used = active() - m_item_box->started;
            m_item_box->total = std::max(m_item_box->total, used) + m_script->pause.extend;
            m_item_box->ran_out = false;
        }
        start_step(m_step);
    } else {
        if (m_item_box) m_item_box->rest = ItemRest::kept_steps;
        run_from(next_step_to_run(m_step));
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::StopForToday&) {
    if (!running() && !paused()) return Outcome::not_now;
    finish(FinishReason::stopped_for_today);
    return Outcome::applied;
}

}  // namespace attune
