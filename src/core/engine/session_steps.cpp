// The agenda walk: entering items and steps, the stages inside a step
// (turn, reflect -> verdict -> clarify, exchange pairs), and leaving them.
#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <variant>

#include "session.hpp"

namespace attune {

namespace {

bool is_speaking(Activity activity) {
    return activity == Activity::turn || activity == Activity::reflect || activity == Activity::clarify;
}

// The exchange alternates the floor pair by pair, starting with `first`.
Seat exchange_speaker(const ExchangeStep& exchange, int pair) {
    return pair % 2 == 1 ? exchange.first : other(exchange.first);
}

constexpr int exchange_reflect_rounds = 2;
constexpr Seconds exchange_clarify{60};

}  // namespace

const Step& Session::current_step() const { return m_script->agenda[m_item].steps[m_step]; }

Overtime Session::overtime_of(const std::optional<Overtime>& step_overtime) const {
    return step_overtime.value_or(m_script->settings.overtime);
}

void Session::open_record() {
    // Session time (and so every total of the record) counts from here.
    m_begin = m_now;
    m_record = SessionRecord{};
}

void Session::enter_item(std::size_t item, std::size_t step) {
    m_item = item;
    m_item_box.reset();
    const Item& entered = m_script->agenda[item];
    if (entered.time) m_item_box = ItemBox{*entered.time, active(), false};
    if (entered.steps.empty()) {
        // The loader refuses this; a hand-built script just skips the item.
        next_item(item + 1);
        return;
    }
    start_step(std::min(step, entered.steps.size() - 1));
}

void Session::next_item(std::size_t item) {
    if (item < m_script->agenda.size())
        enter_item(item);
    else
        finish(FinishReason::completed);
}

void Session::end_speech() {
    // Whoever had the floor (a turn, a reflection, a clarification) stops speaking now.
    if (!m_record.speeches.empty() && !m_record.speeches.back().to) m_record.speeches.back().to = active();
}

void Session::start_step(std::size_t step) {
    end_speech();
    m_state = InStep{};
    m_step = step;
    m_run = StepRun{};
    m_run.started = active();
    m_run.checkins = m_record.checkins.size();
    m_run.agreements = m_record.agreements.size();
    m_run.reflections = m_record.reflections.size();
    m_run.reviews = m_record.reviews.size();
    std::visit(
        [this](const auto& body) {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, SayStep>) {
                begin_activity(Activity::say, Seat::left);
                if (body.time) start_countdown(*body.time, AtZero::goes_on, Warnings::at_thresholds);
            } else if constexpr (std::is_same_v<Body, TurnStep>) {
                start_turn(body.speaker, body.time, overtime_of(body.overtime));
            } else if constexpr (std::is_same_v<Body, ReflectStep>) {
                start_reflect(1);
            } else if constexpr (std::is_same_v<Body, ExchangeStep>) {
                m_run.shown.pair = 1;
                m_run.shown.pairs = std::max(body.rounds, 1);
                start_turn(exchange_speaker(body, 1), body.turn, m_script->settings.overtime);
            } else if constexpr (std::is_same_v<Body, CheckinStep>) {
                begin_activity(Activity::checkin, Seat::left);
            } else if constexpr (std::is_same_v<Body, BreatheStep>) {
                begin_activity(Activity::breathe, Seat::left);
                start_countdown(body.time, AtZero::goes_on, Warnings::none);
            } else if constexpr (std::is_same_v<Body, AgreementStep>) {
                begin_activity(Activity::agreement, Seat::left);
            } else if constexpr (std::is_same_v<Body, ChoiceStep>) {
                begin_activity(Activity::choice, Seat::left);
            } else {
                static_assert(std::is_same_v<Body, ReviewStep>);
                start_review(body);
            }
        },
        current_step().body);
}

void Session::begin_activity(Activity activity, Seat floor) {
    end_speech();
    m_run.shown.activity = activity;
    m_run.shown.floor = floor;
    if (!is_speaking(activity)) return;
    m_record.speeches.push_back(SpeechRecord{floor, active(), std::nullopt});
    if (m_last_speaker && *m_last_speaker != floor) m_cues.push_back(Cue::floor_change);
    m_last_speaker = floor;
}

void Session::start_countdown(Duration total, AtZero at_zero, Warnings warnings) {
    Countdown countdown;
    countdown.total = total;
    countdown.started = active();
    countdown.at_zero = at_zero;
    countdown.warnings = warnings;
    m_run.countdown = countdown;
}

void Session::start_turn(Seat speaker, Duration time, Overtime overtime) {
    m_run.shown.round = m_run.shown.rounds = 0;
    begin_activity(Activity::turn, speaker);
    start_countdown(time, overtime == Overtime::advance ? AtZero::goes_on : AtZero::waits, Warnings::at_thresholds);
}

Session::ReflectPlan Session::reflect_plan() const {
    ReflectPlan plan;
    const Step& step = current_step();
    if (const auto* reflect = std::get_if<ReflectStep>(&step.body)) {
        plan.listener = reflect->listener;
        plan.time = reflect->time;
        plan.clarify = reflect->clarify;
        plan.rounds = std::max(reflect->rounds, 1);
    } else if (const auto* exchange = std::get_if<ExchangeStep>(&step.body)) {
        plan.listener = other(exchange_speaker(*exchange, m_run.shown.pair));
        plan.time = exchange->reflect;
        plan.clarify = exchange_clarify;
        plan.rounds = exchange_reflect_rounds;
    }
    return plan;
}

void Session::start_reflect(int round) {
    const ReflectPlan plan = reflect_plan();
    m_run.shown.round = round;
    m_run.shown.rounds = plan.rounds;
    begin_activity(Activity::reflect, plan.listener);
    start_countdown(plan.time, m_script->settings.overtime == Overtime::advance ? AtZero::goes_on : AtZero::waits,
                    Warnings::at_thresholds);
}

void Session::start_clarify() {
    const ReflectPlan plan = reflect_plan();
    begin_activity(Activity::clarify, other(plan.listener));
    start_countdown(plan.clarify, AtZero::goes_on, Warnings::at_thresholds);
}

bool Session::accepts_next() const {
    switch (m_run.shown.activity) {
        case Activity::say:
        case Activity::turn:
        case Activity::reflect:
        case Activity::clarify:
        case Activity::breathe:
        case Activity::not_heard:
            return true;
        case Activity::review:
            // Only the calm line of a review with nothing to look at; otherwise
            // it waits for the partners' ratings and decisions.
            return m_run.shown.review.stage == ReviewStage::none;
        default:
            return false;  // these wait for an answer, a confirmation or a choice
    }
}

void Session::go_on() {
    switch (m_run.shown.activity) {
        case Activity::say:
        case Activity::breathe:
        case Activity::review:
            finish_step();
            break;
        case Activity::turn:
            if (std::holds_alternative<ExchangeStep>(current_step().body))
                start_reflect(1);
            else
                finish_step();
            break;
        case Activity::reflect:
            // The speaker answers now; no countdown runs while they do.
            begin_activity(Activity::verdict, other(reflect_plan().listener));
            m_run.countdown.reset();
            break;
        case Activity::clarify:
            start_reflect(m_run.shown.round + 1);
            break;
        case Activity::not_heard:
            reflect_done();
            break;
        default:
            break;
    }
}

void Session::reflect_done() {
    if (const auto* exchange = std::get_if<ExchangeStep>(&current_step().body)) {
        if (m_run.shown.pair < m_run.shown.pairs) {
            ++m_run.shown.pair;
            start_turn(exchange_speaker(*exchange, m_run.shown.pair), exchange->turn, m_script->settings.overtime);
            return;
        }
    }
    finish_step();
}

std::size_t Session::next_step_to_run(std::size_t from) const {
    const auto& steps = m_script->agenda[m_item].steps;
    if (!m_item_box || m_item_box->rest == ItemRest::every_step) return from;
    // The partners moved on: the talk is skipped, the kept steps still run.
    while (from < steps.size() && steps[from].time_box_role() == TimeBoxRole::talk) ++from;
    return from;
}

bool Session::talk_remains(std::size_t from) const {
    const auto& steps = m_script->agenda[m_item].steps;
    return std::any_of(steps.begin() + static_cast<std::ptrdiff_t>(std::min(from, steps.size())), steps.end(),
                       [](const Step& step) { return step.time_box_role() == TimeBoxRole::talk; });
}

void Session::run_from(std::size_t step) {
    if (step < m_script->agenda[m_item].steps.size()) {
        start_step(step);
        return;
    }
    mark_item_done();
    next_item(m_item + 1);
}

void Session::finish_step() {
    m_history.push_back(visit_here());
    const std::size_t next = next_step_to_run(m_step + 1);
    // The time box ran out during the step that just ended: ask first, when
    // there is talk left to skip. Kept steps alone run without a vote: they
    // run whatever the partners would choose.
    if (m_item_box && m_item_box->ran_out && m_item_box->rest == ItemRest::every_step && talk_remains(next)) {
        end_speech();
        m_state = InTimeBox{};
        m_run = StepRun{};
        m_step = next;
        return;
    }
    run_from(next);
}

void Session::mark_item_done() {
    m_record.items_done.push_back(m_item);
    if (!m_history.empty()) m_history.back().left = Left::item;
}

void Session::finish(FinishReason reason) {
    if (paused()) end_pause_record();
    end_speech();
    m_state = AtEnd{};
    m_run.countdown.reset();
    m_item_box.reset();
    m_record.finish = reason;
    m_cues.push_back(Cue::finished);
}

}  // namespace attune
