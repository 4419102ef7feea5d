// What each command does in each phase. Every handler either changes the
// state and answers `applied`, or changes nothing and says why not.
#include <algorithm>
#include <cctype>
#include <variant>

#include "session.hpp"

namespace attune {

namespace {

// Lists the facts from `first` on for a redo to revise: each latest version
// once (an older one already has its revision).
template <class Fact>
void reopen(std::vector<std::size_t>& reopened, const std::vector<Fact>& facts, std::size_t first) {
    for (std::size_t i = first; i < facts.size(); ++i) {
        if (is_revised(facts, i) || std::find(reopened.begin(), reopened.end(), i) != reopened.end()) continue;
        reopened.push_back(i);
    }
}

// The activities in which one partner has the floor and ends it.
bool has_floor(Activity activity) {
    return activity == Activity::turn || activity == Activity::reflect || activity == Activity::clarify;
}

bool has_words(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) == 0; });
}

}  // namespace

Outcome Session::on(const cmd::Begin&) {
    if (phase() != Phase::start) return Outcome::not_now;
    open_record();
    next_item(0);
    return Outcome::applied;
}

Outcome Session::on(const cmd::StartAt& start_at) {
    if (phase() != Phase::start) return Outcome::not_now;
    const auto& agenda = m_script->agenda;
    if (start_at.item >= agenda.size() || start_at.step >= agenda[start_at.item].steps.size())
        return Outcome::out_of_range;
    open_record();
    enter_item(start_at.item, start_at.step);
    return Outcome::applied;
}

Outcome Session::on(const cmd::SetName& set_name) {
    if (phase() != Phase::start) return Outcome::not_now;
    if (!set_name.name.empty()) {
        // The script is shared between copies of a session: copy it before the first change.
        auto renamed = std::make_shared<Script>(*m_script);
        renamed->partners[index_of(set_name.seat)].name = set_name.name;
        m_script = std::move(renamed);
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::Next& next) {
    if (phase() == Phase::start) return on(cmd::Begin{});
    if (phase() != Phase::step || !accepts_next()) return Outcome::not_now;
    // Whoever has the floor ends their own stretch; the other partner's own
    // key never cuts it short (a shared key, the counselor's or a clicker's, can).
    if (next.seat && has_floor(m_run.shown.activity) && *next.seat != m_run.shown.floor) return Outcome::not_your_turn;
    go_on();
    return Outcome::applied;
}

void Session::record_verdict(Verdict verdict) {
    m_record.reflections.push_back(
        ReflectionRecord{m_item, m_run.shown.floor, m_run.shown.round, m_run.shown.rounds, verdict});
}

Outcome Session::on(const cmd::ThatsIt&) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::verdict) return Outcome::not_now;
    record_verdict(Verdict::thats_it);
    reflect_done();
    return Outcome::applied;
}

Outcome Session::on(const cmd::NotQuite&) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::verdict) return Outcome::not_now;
    record_verdict(Verdict::not_quite);
    // At most `rounds` reflections. "Not quite" on the last one is not passed
    // over in silence: the speaker sees that it was noticed, then Next goes on.
    if (m_run.shown.round < m_run.shown.rounds)
        start_clarify();
    else
        begin_activity(Activity::not_heard, m_run.shown.floor);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Answer& answer) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::checkin) return Outcome::not_now;
    if (offering_after_low_answer()) return Outcome::not_now;  // the offer waits for the partners' choice
    if (answer.seat != m_run.shown.floor) return Outcome::not_your_turn;
    const auto& checkin = std::get<CheckinStep>(current_step().body);
    if (answer.value < 1 || answer.value > checkin.scale) return Outcome::out_of_range;
    answer_checkin(checkin, answer.seat, answer.value);
    return Outcome::applied;
}

Outcome Session::on(const cmd::AgreementText& text) {
    if (phase() != Phase::step || !taking_words()) return Outcome::not_now;
    if (text.text != m_run.shown.agreement_text) {
        // Confirmations belong to the words that were confirmed.
        m_run.shown.agreement_text = text.text;
        m_run.shown.confirmed = {false, false};
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::AgreedAloud&) {
    if (phase() != Phase::step || !taking_words()) return Outcome::not_now;
    m_run.shown.agreed_aloud = true;
    return Outcome::applied;
}

Outcome Session::on(const cmd::Confirm& confirm) {
    if (phase() != Phase::step || !taking_words()) return Outcome::not_now;
    if (!has_words(m_run.shown.agreement_text) && !m_run.shown.agreed_aloud) return Outcome::not_now;
    if (m_run.shown.activity == Activity::review) return confirm_rewording(confirm.seat);
    auto& confirmed = m_run.shown.confirmed;
    confirmed[index_of(confirm.seat)] = true;
    const auto& agreement = std::get<AgreementStep>(current_step().body);
    const bool enough =
        agreement.confirm == Quorum::either ? (confirmed[0] || confirmed[1]) : (confirmed[0] && confirmed[1]);
    if (enough) {
        AgreementRecord fact{
            m_item, agreement.prompt, m_run.shown.agreement_text,    m_run.shown.agreed_aloud, m_run.shown.confirmed,
            m_step, std::nullopt,     m_script->review_in(agreement)};
        fact.revises = take_reopened(m_reopened_agreements, m_record.agreements, [&](const AgreementRecord& each) {
            return each.item == m_item && each.step == m_step;
        });
        m_record.agreements.push_back(std::move(fact));
        finish_step();
    }
    return Outcome::applied;
}

Outcome Session::on(const cmd::Choose& choose) {
    if (phase() != Phase::step || m_run.shown.activity != Activity::choice) return Outcome::not_now;
    const auto& choice = std::get<ChoiceStep>(current_step().body);
    if (choose.option >= choice.options.size()) return Outcome::out_of_range;
    const ChoiceOption& option = choice.options[choose.option];
    const bool goes_to = option.goto_item && *option.goto_item < m_script->agenda.size();
    if (!goes_to && !option.end) return Outcome::out_of_range;  // not from the loader

    // A choice affects both: one partner's pick is shown and waits for the other's.
    auto& picks = m_run.shown.picks;
    picks[index_of(choose.seat)] = choose.option;
    if (picks[0] != picks[1]) return Outcome::applied;

    m_history.push_back(visit_here());
    mark_item_done();
    if (goes_to)
        enter_item(*option.goto_item);  // fresh: step 0, a fresh time box
    else
        finish(FinishReason::ended_by_choice);
    return Outcome::applied;
}

Outcome Session::on(const cmd::Skip&) {
    if (phase() != Phase::step) return Outcome::not_now;
    record_override(OverrideKind::skip);
    finish_step();
    return Outcome::applied;
}

Outcome Session::on(const cmd::Back&) {
    if (!running() || m_history.empty()) return Outcome::not_now;
    record_override(OverrideKind::back);
    const Visit visit = m_history.back();
    m_history.pop_back();
    // What both confirmed, what each answered and what both decided in a
    // review stays in the record: doing
    // the step again revises it, and a Stop before that still shows it.
    reopen(m_reopened_checkins, m_record.checkins, visit.checkins);
    reopen(m_reopened_agreements, m_record.agreements, visit.agreements);
    reopen(m_reopened_reviews, m_record.reviews, visit.reviews);
    m_record.reflections.resize(std::min(m_record.reflections.size(), visit.reflections));
    if (visit.left == Left::item) {
        // The item is open again: it is done only when it is left forward.
        if (!m_record.items_done.empty()) m_record.items_done.pop_back();
        m_item = visit.item;
        m_item_box.reset();
        if (const auto& box = m_script->agenda[visit.item].time) m_item_box = ItemBox{*box, active(), false};
    }
    start_step(visit.step);
    return Outcome::applied;
}

Outcome Session::on(const cmd::AddTime& add) {
    if (phase() != Phase::step || !m_run.countdown) return Outcome::not_now;
    if (add.amount <= Seconds{0}) return Outcome::out_of_range;
    record_override(OverrideKind::add_time, add.amount);
    Countdown& countdown = *m_run.countdown;
    const Duration elapsed = active() - countdown.started;
    if (countdown.ran_out) {
        countdown.total = elapsed + add.amount;  // out of overtime, with `amount` left
        countdown.ran_out = false;
    } else {
        countdown.total += add.amount;
    }
    // Thresholds the countdown is now above again sound again when crossed.
    countdown.warned = warn_level(countdown, countdown.total - elapsed);
    return Outcome::applied;
}

}  // namespace attune
