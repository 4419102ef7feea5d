#include "couple_walk.hpp"

#include <algorithm>

namespace attune::test {

using namespace std::chrono_literals;

namespace {

// A review: the calm line read, or each agreement rated (one finds it
// working, the other partly) and kept; new words, when asked for, written
// and confirmed.
void walk_review(Run& run, const ReviewView& review) {
    switch (review.stage) {
        case ReviewStage::none:
            run.wait(10s);
            run.send(cmd::Next{});
            break;
        case ReviewStage::rating:
            run.wait(20s);
            run.send(cmd::Rate{Seat::left, ReviewRating::working});
            run.send(cmd::Rate{Seat::right, ReviewRating::partly});
            break;
        case ReviewStage::deciding:
            run.wait(30s);
            run.send(cmd::Decide{Seat::right, ReviewOutcome::kept});
            run.send(cmd::Decide{Seat::left, ReviewOutcome::kept});
            break;
        case ReviewStage::rewording:
            run.wait(40s);
            run.send(cmd::AgreementText{"Ten minutes each evening, phones in the other room"});
            run.send(cmd::Confirm{Seat::left});
            run.send(cmd::Confirm{Seat::right});
            break;
    }
}

}  // namespace

int walk_couple(Run& run, const CoupleWalk& how) {
    constexpr Seat left = Seat::left;
    constexpr Seat right = Seat::right;
    run.send(cmd::Begin{});
    bool paused_by_partner = false, took_more_time = false;
    std::size_t agreements = 0, choices = 0;
    int guard = 0, votes = 0;
    while (run.shot().phase != Phase::finished) {
        REQUIRE(++guard < 5000);
        const Snapshot shot = run.shot();
        if (shot.phase == Phase::paused) {
            if (!shot.pause()->can_resume) {
                REQUIRE(run.wait_for_deadline());
            } else {
                run.wait(30s);
                run.send(cmd::Ready{left});
                run.send(cmd::Ready{right});
            }
            continue;
        }
        if (shot.phase == Phase::time_box) {
            ++votes;
            const bool more = !took_more_time;
            took_more_time = true;
            run.wait(20s);
            run.send(more ? Command{cmd::MoreTime{left}} : Command{cmd::MoveOn{left}});
            run.send(more ? Command{cmd::MoreTime{right}} : Command{cmd::MoveOn{right}});
            continue;
        }
        switch (shot.activity) {
            case Activity::turn:
            case Activity::reflect:
                if (!paused_by_partner && shot.item == 2 && shot.timer->remaining < 5min) {
                    paused_by_partner = true;
                    run.send(cmd::Pause{right});
                } else if (shot.timer->remaining > 0s) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(7s);  // finishing the sentence in overtime
                    run.send(cmd::Next{});
                }
                break;
            case Activity::say:
                if (shot.timer) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(20s);
                    run.send(cmd::Next{});
                }
                break;
            case Activity::clarify:
            case Activity::breathe:
                REQUIRE(run.wait_for_deadline());
                break;
            case Activity::not_heard:
                run.wait(5s);
                run.send(cmd::Next{});
                break;
            case Activity::verdict:
                run.wait(5s);
                run.send(shot.round == 1 ? Command{cmd::NotQuite{}} : Command{cmd::ThatsIt{}});
                break;
            case Activity::checkin: {
                run.wait(8s);
                const bool first = run.record().checkins.empty();
                run.send(cmd::Answer{shot.floor, first && how.first_answer == FirstAnswer::low ? 1 : 4});
                break;
            }
            case Activity::agreement: {
                run.wait(40s);
                const std::size_t text = std::min(agreements++, how.agreements.size() - 1);
                run.send(cmd::AgreementText{how.agreements[text]});
                run.send(cmd::Confirm{left});
                run.send(cmd::Confirm{right});
                break;
            }
            case Activity::choice: {
                run.wait(10s);
                const std::size_t option = choices++ == 0 ? 0u : 1u;
                run.send(cmd::Choose{left, option});
                run.send(cmd::Choose{right, option});
                break;
            }
            case Activity::review:
                walk_review(run, shot.review);
                break;
        }
    }
    return votes;
}

}  // namespace attune::test
