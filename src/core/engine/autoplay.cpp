#include "autoplay.hpp"

#include <algorithm>

namespace attune {
namespace {

// How much of a countdown a partner uses before handing on.
constexpr double used_fraction = 0.8;

Duration used_part(const TimerView& timer) {
    const auto left = std::max(timer.remaining, Duration{0});
    return std::chrono::duration_cast<Duration>(left * used_fraction);
}

// A calm answer, above any threshold that would call a pause.
int calm_answer(const CheckinStep& step) {
    const int above = step.pause_at_or_below.value_or(0) + 1;
    return std::clamp(std::max(above, step.scale - 1), 1, step.scale);
}

// The way forward: an option that goes to a later item (so a walk sees as
// much of the script as it can), else one that ends, else the first. Never
// going back keeps a walk through any script finite.
std::size_t forward_option(const ChoiceStep& choice, std::size_t current_item) {
    for (std::size_t i = 0; i < choice.options.size(); ++i)
        if (choice.options[i].goto_item && *choice.options[i].goto_item > current_item) return i;
    for (std::size_t i = 0; i < choice.options.size(); ++i)
        if (choice.options[i].end) return i;
    return 0;
}

// A review as a couple content with their agreements goes through it: each
// says it is working, both keep it; nothing to look at, they go on.
TimePoint review_step(Session& session, const Snapshot& snap, TimePoint now) {
    switch (snap.review.stage) {
        case ReviewStage::none:
            now += std::chrono::seconds{5};
            session.apply(cmd::Next{}, now);
            break;
        case ReviewStage::rating:
            now += std::chrono::seconds{15};
            for (const Seat seat : {Seat::left, Seat::right})
                if (!snap.review.ratings[index_of(seat)]) session.apply(cmd::Rate{seat, ReviewRating::working}, now);
            break;
        case ReviewStage::deciding:
            now += std::chrono::seconds{20};
            session.apply(cmd::Decide{Seat::left, ReviewOutcome::kept}, now);
            session.apply(cmd::Decide{Seat::right, ReviewOutcome::kept}, now);
            break;
        case ReviewStage::rewording:
            // Reached only from a state set up by hand: the walk words it anew.
            now += std::chrono::seconds{60};
            session.apply(cmd::AgreementText{"We will each take ten minutes after dinner to talk about our day."}, now);
            session.apply(cmd::Confirm{Seat::left}, now);
            session.apply(cmd::Confirm{Seat::right}, now);
            break;
    }
    return now;
}

}  // namespace

TimePoint autoplay_step(Session& session, TimePoint now) {
    session.advance_to(now);
    const Snapshot snap = session.snapshot(now);
    const Script& script = session.script();
    switch (snap.phase) {
        case Phase::start:
            session.apply(cmd::Begin{}, now);
            return now;
        case Phase::finished:
            return now;
        case Phase::paused: {
            const PauseView& pause = *snap.pause();
            if (!pause.can_resume) {
                now += pause.cooldown_remaining;
                session.advance_to(now);
                return now;
            }
            session.apply(cmd::Ready{Seat::left}, now);
            session.apply(cmd::Ready{Seat::right}, now);
            return now;
        }
        case Phase::time_box:
            session.apply(cmd::MoveOn{Seat::left}, now);
            session.apply(cmd::MoveOn{Seat::right}, now);
            return now;
        case Phase::step:
            break;
    }

    const Step& step = script.agenda.at(snap.item).steps.at(snap.step);
    switch (snap.activity) {
        case Activity::say:
        case Activity::turn:
        case Activity::reflect:
        case Activity::clarify:
        case Activity::not_heard:
            now += snap.timer ? used_part(*snap.timer) : Duration{std::chrono::seconds{20}};
            session.apply(cmd::Next{}, now);
            return now;
        case Activity::breathe:
            if (const auto deadline = session.next_deadline()) now = std::max(now, *deadline);
            session.advance_to(now);
            return now;
        case Activity::verdict:
            now += std::chrono::seconds{5};
            session.apply(cmd::ThatsIt{}, now);
            return now;
        case Activity::checkin:
            now += std::chrono::seconds{10};
            session.apply(cmd::Answer{snap.floor, calm_answer(std::get<CheckinStep>(step.body))}, now);
            return now;
        case Activity::agreement:
            now += std::chrono::seconds{60};
            session.apply(cmd::AgreementText{"We will each take ten minutes after dinner to "
                                             "talk about our day."},
                          now);
            session.apply(cmd::Confirm{Seat::left}, now);
            session.apply(cmd::Confirm{Seat::right}, now);
            return now;
        case Activity::choice:
            now += std::chrono::seconds{10};
            {
                const std::size_t option = forward_option(std::get<ChoiceStep>(step.body), snap.item);
                session.apply(cmd::Choose{Seat::left, option}, now);
                session.apply(cmd::Choose{Seat::right, option}, now);
            }
            return now;
        case Activity::review:
            return review_step(session, snap, now);
    }
    return now;
}

AutoplayResult autoplay_to_end(Session& session, TimePoint now, int max_actions) {
    AutoplayResult result;
    for (; result.actions < max_actions; ++result.actions) {
        session.advance_to(now);
        if (session.snapshot(now).phase == Phase::finished) {
            result.finished = true;
            break;
        }
        now = autoplay_step(session, now);
    }
    result.end = now;
    return result;
}

}  // namespace attune
