// The pause rule (freeze, cool-down, readiness, resume) and the vote that
// follows an item's time box running out.
#include <algorithm>
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

Outcome Session::on(const cmd::Pause& pause) {
    if (!running()) return Outcome::not_now;
    start_pause(pause.seat, PauseCause::partner);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Ready& ready) {
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
    paused()->pause.cooldown_end = m_now;
    paused()->pause.cooldown_signalled = true;
    m_cues.push_back(Cue::cooldown_over);
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
        mark_item_done();
        next_item(m_item + 1);
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::StopForToday&) {
    if (!running() && !paused()) return Outcome::not_now;
    finish(FinishReason::stopped_for_today);
    return Outcome::applied;
}

}  // namespace attune
