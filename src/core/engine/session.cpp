// The session engine's clock: active time, the deadlines that fire by
// themselves, and what the screen is told (snapshot, next_deadline).
// Steps live in session_steps.cpp, the pause rule and the time box in
// session_pause.cpp, the command handlers in session_apply.cpp.
#include "session.hpp"

#include <algorithm>
#include <functional>
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
        case Activity::checkin:
            return "checkin";
        case Activity::breathe:
            return "breathe";
        case Activity::agreement:
            return "agreement";
        case Activity::choice:
            return "choice";
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

namespace {

bool is_speaking(Activity activity) {
    return activity == Activity::turn || activity == Activity::reflect || activity == Activity::clarify;
}

}  // namespace

Session::Session(Script script) : m_script(std::make_shared<const Script>(std::move(script))) {}

Session::Session(std::shared_ptr<const Script> script) : m_script(std::move(script)) {}

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
    if (!running() || now <= m_now) return m_active;
    return m_active + (now - m_now);
}

void Session::move_clock(TimePoint now) {
    if (now <= m_now) return;  // time never runs backwards here
    if (m_phase == Phase::start || m_phase == Phase::finished) {
        m_now = now;
        return;
    }
    const Duration step = now - m_now;
    if (running()) {
        m_active += step;
        if (m_phase == Phase::step && is_speaking(m_activity)) m_record.speaking[index_of(m_floor)] += step;
    }
    m_now = now;
    m_record.active = m_active;
    m_record.total = m_now - m_begin;
    if (m_pause && !m_record.pauses.empty()) m_record.pauses.back().length = m_now - m_pause->called;
}

TimePoint Session::wall_of(Duration active) const { return m_now + (active - m_active); }

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
    if (!countdown.warns) return 0;
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
    if (m_phase == Phase::paused) {
        if (m_pause && !m_pause->cooldown_signalled) consider(m_pause->cooldown_end, EventKind::cooldown_end);
        return best;
    }
    if (!running()) return best;
    if (m_item_box && !m_item_box->ran_out)
        consider(wall_of(m_item_box->started + m_item_box->total), EventKind::item_box);
    if (m_phase == Phase::step && m_countdown) {
        const Countdown& countdown = *m_countdown;
        const Duration end = countdown.started + countdown.total;
        if (countdown.warns) {
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
            ++m_countdown->warned;
            m_cues.push_back(Cue::threshold);
            break;
        case EventKind::countdown_end:
            m_countdown->ran_out = true;
            if (m_countdown->goes_on_at_zero) go_on();
            break;
        case EventKind::cooldown_end:
            m_pause->cooldown_signalled = true;
            m_cues.push_back(Cue::cooldown_over);
            break;
    }
}

std::optional<TimePoint> Session::next_deadline() const {
    if (const auto event = next_event()) return event->at;
    return std::nullopt;
}

Snapshot Session::snapshot(TimePoint now) const {
    Snapshot shot;
    shot.phase = m_phase;
    shot.item = m_item;
    shot.step = m_step;
    if (m_phase == Phase::start) return shot;

    const Duration active = active_at(now);
    shot.activity = m_activity;
    shot.floor = m_floor;
    shot.round = m_round;
    shot.rounds = m_rounds;
    shot.pair = m_pair;
    shot.pairs = m_pairs;
    shot.answers = m_answers;
    shot.agreement_text = m_agreement_text;
    shot.agreed_aloud = m_agreed_aloud;
    shot.confirmed = m_confirmed;
    shot.votes = m_votes;
    shot.finish = m_record.finish;
    if (m_countdown) shot.timer = timer_view(*m_countdown, active);
    if (m_item_box) {
        TimerView box;
        box.total = m_item_box->total;
        box.remaining = m_item_box->total - (active - m_item_box->started);
        shot.item_box = box;
    }

    if (m_phase == Phase::paused && m_pause) {
        const TimePoint at = std::max(now, m_now);
        PauseView view;
        view.cooldown_total = m_pause->cooldown_end - m_pause->called;
        view.cooldown_remaining = std::max(Duration{0}, m_pause->cooldown_end - at);
        view.elapsed = at - m_pause->called;
        view.can_resume = m_pause->cooldown_signalled || view.cooldown_remaining == Duration{0};
        view.ready = m_pause->ready;
        view.count = static_cast<int>(m_record.pauses.size());
        view.suggest_stop = m_script->pause.max > 0 && view.count >= m_script->pause.max;
        view.cause = m_pause->cause;
        view.resumes_to = m_pause->resumes_to;
        shot.pause = view;
        if (m_script->pause.breathing) shot.breath = breath_at(*m_script->pause.breathing, view.elapsed);
    } else if (m_phase == Phase::step && m_activity == Activity::breathe) {
        const auto& body = std::get<BreatheStep>(current_step().body);
        shot.breath = breath_at(body.pattern, active - m_step_started);
    }
    return shot;
}

}  // namespace attune
