// The pause rule (freeze, cool-down, readiness, resume) and the vote that
// follows an item's time box running out.
#include <algorithm>

#include "session.hpp"

namespace attune {

void Session::start_pause(Seat seat, PauseCause cause) {
    PauseState pause;
    pause.called = m_now;
    pause.cooldown_end = m_now + m_script->pause.cooldown;
    pause.cause = cause;
    pause.resumes_to = m_phase;
    m_pause = pause;
    m_phase = Phase::paused;
    m_record.pauses.push_back(PauseRecord{m_now - m_begin, Duration{0}, cause, seat});
    m_cues.push_back(Cue::pause_started);
}

void Session::resume() {
    // Active time stood still during the pause, so every countdown goes on
    // with the time it had left.
    if (!m_record.pauses.empty()) m_record.pauses.back().length = m_now - m_pause->called;
    m_phase = m_pause->resumes_to;
    m_pause.reset();
}

Outcome Session::on(const cmd::Pause& pause) {
    if (!running()) return Outcome::not_now;
    start_pause(pause.seat, PauseCause::partner);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Ready& ready) {
    if (m_phase != Phase::paused) return Outcome::not_now;
    if (!m_pause->cooldown_signalled) return Outcome::cooldown_running;
    m_pause->ready[index_of(ready.seat)] = true;
    const bool left = m_pause->ready[0], right = m_pause->ready[1];
    const bool enough = m_script->pause.resume == Quorum::either ? (left || right) : (left && right);
    if (enough) resume();
    return Outcome::applied;
}

Outcome Session::on(const cmd::EndCooldown&) {
    if (m_phase != Phase::paused || m_pause->cooldown_signalled) return Outcome::not_now;
    m_pause->cooldown_end = m_now;
    m_pause->cooldown_signalled = true;
    m_cues.push_back(Cue::cooldown_over);
    return Outcome::applied;
}

Outcome Session::on(const cmd::MoreTime& more) {
    if (m_phase == Phase::time_box) return vote(more.seat, Vote::more_time);
    if (m_phase != Phase::paused) return Outcome::not_now;
    // "We need more time" is asked once the cool-down has run out (the rule's
    // order). Accepting it during the countdown would let a stray key, or one
    // partner alone, add five minutes a press without anyone seeing a button.
    if (m_now < m_pause->cooldown_end) return Outcome::cooldown_running;
    m_pause->cooldown_end = m_now + m_script->pause.extend;
    m_pause->cooldown_signalled = false;
    m_pause->ready = {false, false};
    return Outcome::applied;
}

Outcome Session::on(const cmd::MoveOn& move_on) {
    if (m_phase != Phase::time_box) return Outcome::not_now;
    return vote(move_on.seat, Vote::move_on);
}

Outcome Session::vote(Seat seat, Vote choice) {
    m_votes[index_of(seat)] = choice;
    if (!m_votes[0] || !m_votes[1] || *m_votes[0] != *m_votes[1]) return Outcome::applied;
    if (choice == Vote::more_time) {
        // The extension counts from the agreement: the overrun of the step
        // that was finishing and the vote itself are not charged to it.
        if (m_item_box) {
            const Duration used = m_active - m_item_box->started;
            m_item_box->total = std::max(m_item_box->total, used) + m_script->pause.extend;
            m_item_box->ran_out = false;
        }
        start_step(m_step);
    } else {
        mark_item_done();
        next_item(m_item + 1);
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::StopForToday&) {
    if (!running() && m_phase != Phase::paused) return Outcome::not_now;
    finish(FinishReason::stopped_for_today);
    return Outcome::applied;
}

}  // namespace attune
