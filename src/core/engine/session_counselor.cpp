// The counselor's own commands beyond the Ctrl keys of old (jump to an
// item, a pause of their own), and how every override is recorded.
#include "session.hpp"

namespace attune {

void Session::record_override(OverrideKind kind, Duration amount, std::size_t to_item) {
    m_record.overrides.push_back(OverrideRecord{kind, m_record.elapsed, m_item, m_step, amount, to_item});
}

Outcome Session::on(const cmd::JumpTo& jump) {
    // A pause always wins: the counselor waits for it like everyone else.
    if (!running()) return Outcome::not_now;
    if (jump.item >= m_script->agenda.size()) return Outcome::out_of_range;
    record_override(OverrideKind::jump, Duration{0}, jump.item);
    // As a choice's goto: Back comes back to the step it was on.
    m_history.push_back(visit_here());
    mark_item_done();
    enter_item(jump.item);  // fresh: step 0, a fresh time box
    return Outcome::applied;
}

Outcome Session::on(const cmd::CounselorPause&) {
    if (!running()) return Outcome::not_now;
    record_override(OverrideKind::pause);
    // After a low check-in answer, as the partners' own pause: the check-in is asked again.
    if (offering_after_low_answer()) ask_checkin_again();
    start_pause(Seat::left, PauseCause::counselor);
    return Outcome::applied;
}

}  // namespace attune
