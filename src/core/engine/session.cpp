// The session engine's clock: active time, the deadlines that fire by
// themselves, and what the screen is told (snapshot, next_deadline).
// Steps live in session_steps.cpp, the pause rule and the time box in
// session_pause.cpp, the command handlers in session_apply.cpp.
#include "session.hpp"

#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>

namespace attune {

const char* phase_name(Phase phase) {
    switch (phase) {
        case Phase::start:
            return "start";
        case Phase::step:
            return "step";
        case Phase::paused:
            return "paused";
        case Phase::time_box:
            return "time_box";
        case Phase::finished:
            return "finished";
    }
    return "?";
}

const char* activity_name(Activity activity) {
    switch (activity) {
        case Activity::say:
            return "say";
        case Activity::turn:
            return "turn";
        case Activity::reflect:
            return "reflect";
        case Activity::verdict:
            return "verdict";
        case Activity::clarify:
            return "clarify";
        case Activity::not_heard:
            return "not_heard";
        case Activity::checkin:
            return "checkin";
        case Activity::breathe:
            return "breathe";
        case Activity::agreement:
            return "agreement";
        case Activity::choice:
            return "choice";
        case Activity::review:
            return "review";
    }
    return "?";
}

const char* cue_name(Cue cue) {
    switch (cue) {
        case Cue::threshold:
            return "threshold";
        case Cue::floor_change:
            return "floor_change";
        case Cue::pause_started:
            return "pause_started";
        case Cue::cooldown_over:
            return "cooldown_over";
        case Cue::finished:
            return "finished";
    }
    return "?";
}

const PauseView* Snapshot::pause() const {
    const auto* paused = std::get_if<phase::Paused>(&phase);
    return paused ? &paused->pause : nullptr;
}

PauseView* Snapshot::pause() {
    auto* paused = std::get_if<phase::Paused>(&phase);
    return paused ? &paused->pause : nullptr;
}

std::optional<FinishReason> Snapshot::finish() const {
    if (const auto* finished = std::get_if<phase::Finished>(&phase)) return finished->reason;
    return std::nullopt;
}

const Votes& Snapshot::votes() const {
    static const Votes none{};
    const auto* time_box = std::get_if<phase::TimeBox>(&phase);
    return time_box ? time_box->votes : none;
}

Session::Session(Script script) : m_script(std::make_shared<const Script>(std::move(script))) {}

Session::Session(std::shared_ptr<const Script> script) : m_script(std::move(script)) {}

void Session::set_review_subjects(std::vector<ReviewSubject> subjects) { m_review_subjects = std::move(subjects); }

Outcome Session::apply(const Command& command, TimePoint now) {
    advance_to(now);
    const Outcome outcome = std::visit([this](const auto& each) { return on(each); }, command);
    // A command can make something due at this very instant (e.g. EndCooldown,
    // or a countdown of zero length in a hand-built script).
    advance_to(now);
    return outcome;
}

void Session::advance_to(TimePoint now) {
    // Every deadline is handled at its own instant, so that a state reached by
    // one big step equals the state reached by many small ones.
    while (const auto event = next_event()) {
        if (event->at > now) break;
        move_clock(event->at);
        handle(event->kind);
    }
    move_clock(now);
}

std::vector<Cue> Session::take_cues() { return std::exchange(m_cues, {}); }

Duration Session::active_at(TimePoint now) const {
    if (!running() || now <= m_now) return active();
    return active() + (now - m_now);
}

void Session::move_clock(TimePoint now) {
    if (now <= m_now) return;  // time never runs backwards here
    // The time since the last instant seen belongs to the item the session
    // stood on (the engine moves its clock to every deadline before acting).
    if (phase() != Phase::start && phase() != Phase::finished) {
        if (m_record.item_time.size() <= m_item) m_record.item_time.resize(m_item + 1, Duration{0});
        m_record.item_time[m_item] += now - m_now;
    }
    m_now = now;
    // The record's clock is the one fact that moves with time: active time,
    // a running pause and a running speech are measured against it.
    if (phase() != Phase::start && phase() != Phase::finished) m_record.elapsed = m_now - m_begin;
}

TimePoint Session::wall_of(Duration at) const { return m_now + (at - active()); }

std::vector<Duration> Session::thresholds_below(Duration total) const {
    // A threshold at or above the countdown's length is never crossed, so it
    // neither colours the countdown nor sounds.
    std::vector<Duration> result;
    for (const Seconds threshold : m_script->settings.warn_at)
        if (threshold > Duration{0} && threshold < total) result.push_back(threshold);
    std::sort(result.begin(), result.end(), std::greater<>());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

int Session::warn_level(const Countdown& countdown, Duration remaining) const {
    if (countdown.warnings == Warnings::none) return 0;
    int level = 0;
    for (const Duration threshold : thresholds_below(countdown.total))
        if (remaining <= threshold) ++level;
    return level;
}

TimerView Session::timer_view(const Countdown& countdown, Duration active) const {
    TimerView view;
    view.total = countdown.total;
    view.remaining = countdown.total - (active - countdown.started);
    view.warn_level = warn_level(countdown, view.remaining);
    return view;
}

std::optional<Session::Event> Session::next_event() const {
    std::optional<Event> best;
    // Considered in this order, so that of two events at the same instant the
    // time box runs out first: the step that ends then is followed by the vote.
    const auto consider = [&best](TimePoint at, EventKind kind) {
        if (!best || at < best->at) best = Event{at, kind};
    };
    if (const InPause* paused_now = paused()) {
        if (!paused_now->pause.cooldown_signalled) consider(paused_now->pause.cooldown_end, EventKind::cooldown_end);
        return best;
    }
    if (!running()) return best;
    if (m_item_box && !m_item_box->ran_out)
        consider(wall_of(m_item_box->started + m_item_box->total), EventKind::item_box);
    if (phase() == Phase::step && m_run.countdown) {
        const Countdown& countdown = *m_run.countdown;
        const Duration end = countdown.started + countdown.total;
        if (countdown.warnings == Warnings::at_thresholds) {
            const auto thresholds = thresholds_below(countdown.total);
            const auto warned = static_cast<std::size_t>(std::max(countdown.warned, 0));
            if (warned < thresholds.size()) consider(wall_of(end - thresholds[warned]), EventKind::threshold);
        }
        if (!countdown.ran_out) consider(wall_of(end), EventKind::countdown_end);
    }
    return best;
}

void Session::handle(EventKind kind) {
    switch (kind) {
        case EventKind::item_box:
            m_item_box->ran_out = true;  // the running step still finishes
            break;
        case EventKind::threshold:
            ++m_run.countdown->warned;
            m_cues.push_back(Cue::threshold);
            break;
        case EventKind::countdown_end:
            m_run.countdown->ran_out = true;
            if (m_run.countdown->at_zero == AtZero::goes_on) go_on();
            break;
        case EventKind::cooldown_end:
            paused()->pause.cooldown_signalled = true;
            m_cues.push_back(Cue::cooldown_over);
            break;
    }
}

std::optional<TimePoint> Session::next_deadline() const {
    if (const auto event = next_event()) return event->at;
    return std::nullopt;
}

PhaseView Session::phase_view(TimePoint now) const {
    // Both variants list their alternatives in the order of `Phase`, which is how `phase()` and
    // `PhaseView::kind()` read the phase off the index.
    static_assert(std::is_same_v<std::variant_alternative_t<2, State>, InPause> &&
                  std::is_same_v<std::variant_alternative_t<3, State>, InTimeBox> && std::variant_size_v<State> == 5);
    static_assert(std::is_same_v<std::variant_alternative_t<2, PhaseView::variant>, phase::Paused> &&
                  std::is_same_v<std::variant_alternative_t<3, PhaseView::variant>, phase::TimeBox> &&
                  std::variant_size_v<PhaseView::variant> == 5);
    static_assert(static_cast<int>(Phase::paused) == 2 && static_cast<int>(Phase::time_box) == 3 &&
                  static_cast<int>(Phase::finished) == 4);
    switch (phase()) {
        case Phase::start:
            return phase::Start{};
        case Phase::step:
            return phase::Step{};
        case Phase::time_box:
            return phase::TimeBox{std::get<InTimeBox>(m_state).votes};
        case Phase::finished:
            return phase::Finished{m_record.finish.value_or(FinishReason::completed)};
        case Phase::paused:
            break;
    }
    const InPause& paused_now = std::get<InPause>(m_state);
    const PauseState& pause = paused_now.pause;
    const TimePoint at = std::max(now, m_now);
    PauseView view;
    view.cooldown_total = pause.cooldown_end - pause.called;
    view.cooldown_remaining = std::max(Duration{0}, pause.cooldown_end - at);
    view.elapsed = at - pause.called;
    view.can_resume = pause.cooldown_signalled || view.cooldown_remaining == Duration{0};
    view.ready = pause.ready;
    view.count = static_cast<int>(m_record.pauses.size());
    view.suggest_stop = m_script->pause.max > 0 && view.count >= m_script->pause.max;
    view.cause = pause.cause;
    view.resumes_to = std::holds_alternative<InTimeBox>(paused_now.resumes_to) ? Phase::time_box : Phase::step;
    return phase::Paused{view};
}

Snapshot Session::snapshot(TimePoint now) const {
    Snapshot shot;
    shot.phase = phase_view(now);
    shot.item = m_item;
    shot.step = m_step;
    if (phase() == Phase::start) return shot;

    const Duration active = active_at(now);
    static_cast<StepState&>(shot) = m_run.shown;
    if (m_run.countdown) shot.timer = timer_view(*m_run.countdown, active);
    if (m_item_box) {
        TimerView box;
        box.total = m_item_box->total;
        box.remaining = m_item_box->total - (active - m_item_box->started);
        shot.item_box = box;
    }

    if (const PauseView* pause = shot.pause()) {
        if (m_script->pause.breathing) shot.breath = breath_at(*m_script->pause.breathing, pause->elapsed);
    } else if (phase() == Phase::step && m_run.shown.activity == Activity::breathe) {
        const auto& body = std::get<BreatheStep>(current_step().body);
        shot.breath = breath_at(body.pattern, active - m_run.started);
    }
    return shot;
}

}  // namespace attune
