#pragma once
// The session engine: a state machine with no clock of its own. It is given
// commands with the time they happened and answers what the screen must show
// (`snapshot`) and when something next happens by itself (`next_deadline`).
//
// Rules it implements (docs/writing-scripts.md tells authors the same):
// - Timers run on "active time", which stops while a pause holds the session:
//   after a resume every step goes on with the time it had left.
// - `advance_to(now)` handles every deadline up to `now` at its own instant,
//   in order (auto-advance, an item time box running out, a cool-down ending).
//   `apply` calls it first. So how often the shell ticks never changes the
//   state: a journal of (time, command) replays to the same session.
// - A timed step reaching 0:00 counts up in overtime and waits for Next
//   (`count`) or goes on by itself (`advance`); `say` with a time, `breathe`
//   and the clarify stage of `reflect` always go on by themselves.
// - An `exchange` runs as `rounds` pairs of turn + reflect, the floor
//   alternating, starting with `first`; its reflects use rounds 2, clarify 1m.
// - A `reflect` runs: the listener reflects (countdown), Next -> the speaker
//   answers ThatsIt (go on) or NotQuite (the speaker clarifies for `clarify`,
//   then the listener reflects again); at most `rounds` reflections: NotQuite
//   on the last one shows a calm acknowledgement (`not_heard`) until Next.
//   The record keeps how each reflection ended.
// - Next from a partner's own key ends only that partner's turn, reflection
//   or clarification; a shared Next (clicker, counselor, button) ends any.
// - A `choice` is made when both partners have picked the same option.
// - A `review` walks the agreements the ledger gave (`set_review_subjects`;
//   `which: due` only those due), one at a time: each partner rates it
//   (Rate, unseen until both have), then both Decide the same outcome; a
//   reword is then typed or agreed aloud and confirmed by both, like an
//   agreement. Each agreement done is a ReviewRecord. With nothing to look
//   at (not kept, nothing due) the step says why and waits for Next.
// - A `checkin` asks the left partner, then the right; an answer at or below
//   `pause_at_or_below` starts a pause by itself, and after the resume the
//   same check-in is asked again, both partners afresh, before anything else.
//   Asked again, an answer still at or below it starts nothing by itself: the
//   partners are offered another pause (Pause), stopping for today
//   (StopForToday) or going on (Ready, by `pause.resume`'s quorum). A pause
//   taken from that offer is followed by the check-in once more. A pause
//   called by a partner during a check-in resumes where it was.
// - An item time box counts the item's active time; when it runs out the
//   current step still finishes, then (if talk steps remain) both partners
//   vote MoveOn or MoreTime; MoreTime from both adds `pause.extend` to the
//   box, counted from the agreement (the overrun and the vote are not
//   charged). MoveOn from both skips the talk that remains (say, turn,
//   reflect, exchange, breathe) but still runs the kept steps (checkin,
//   agreement, choice, review) in order; with only kept steps left there is no vote.
// - Pause: from any running phase; every timer freezes; Ready is refused
//   until the cool-down has run out (EndCooldown ends it early); after it,
//   MoreTime starts `pause.extend` more and clears readiness (during the
//   countdown it is refused, like Ready); then both partners
//   (or either, per `pause.resume`) are ready and the session resumes where
//   it was. From the `max`-th pause on, the snapshot suggests stopping for today.
#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "breathing.hpp"
#include "review.hpp"
#include "script.hpp"
#include "session_commands.hpp"
#include "session_record.hpp"
#include "time.hpp"

namespace attune {

enum class Phase {
    start,     // title, description, names, Begin
    step,      // a step is running
    paused,    // the pause rule holds the session
    time_box,  // the item's time box ran out: move on or take more time?
    finished,  // the summary
};

// What is happening inside the current step. An exchange shows as turn,
// reflect, verdict and clarify.
enum class Activity {
    say,
    turn,       // `floor` speaks
    reflect,    // `floor` (the listener) paraphrases
    verdict,    // the speaker answers "that's it" / "not quite"
    clarify,    // `floor` (the speaker) clarifies
    not_heard,  // "not quite" on the last reflection: a calm word for `floor` (the speaker), then Next
    checkin,    // `floor` answers
    breathe,
    agreement,
    choice,
    review,  // the couple's earlier agreements come back, one at a time
};

struct TimerView {
    Duration total{0};      // what the countdown started from, with any added time
    Duration remaining{0};  // negative in overtime
    int warn_level = 0;     // how many `warn_at` thresholds have been passed (only those
                            // below `total` count: a countdown starts at level 0)
    bool overtime() const { return remaining < Duration{0}; }
    bool operator==(const TimerView&) const = default;
};

struct PauseView {
    Duration cooldown_total{0};      // the rule's cool-down plus any extensions
    Duration cooldown_remaining{0};  // 0 once it has run out
    Duration elapsed{0};             // since the pause was called (drives the breathing guide)
    bool can_resume = false;         // the cool-down has run out
    std::array<bool, 2> ready{false, false};
    int count = 0;              // pauses so far, this one included
    bool suggest_stop = false;  // `max` pauses reached
    PauseCause cause = PauseCause::partner;
    Phase resumes_to = Phase::step;  // what the session goes back to
    bool operator==(const PauseView&) const = default;
};

// How far a check-in has come with a low answer (see the rules above).
enum class CheckinAsk {
    first,      // asked for the first time
    again,      // asked again after the pause a low answer called
    still_low,  // asked again, an answer is still low: pause, stop or go on?
};

// How far a review has come with the agreement on screen.
enum class ReviewStage {
    none,       // nothing to look at: a calm line says why, Next goes on
    rating,     // each partner says how it is going, unseen by the other until both have
    deciding,   // both ratings shown: keep it, reword it or let it go, decided when both pick the same
    rewording,  // the new words, typed or agreed aloud, confirmed by both
};
// Why a review has nothing to look at.
enum class ReviewEmpty {
    not_kept,       // the conversation is not kept: there is no ledger to look at
    nothing_due,    // `which: due`, and no agreement's review date has come
    none_in_force,  // `which: all`, and the couple has no agreement in force
};

// The review step as the screen shows it.
struct ReviewView {
    ReviewStage stage = ReviewStage::none;
    ReviewEmpty empty = ReviewEmpty::not_kept;           // stage none: why
    std::size_t number = 0, count = 0;                   // agreement n (1-based) of count (0 when none)
    ReviewSubject subject;                               // the agreement on screen (stage other than none)
    std::array<std::optional<ReviewRating>, 2> ratings;  // by seat
    std::array<std::optional<ReviewOutcome>, 2> picks;   // by seat: each partner's pick until they agree
    bool operator==(const ReviewView&) const = default;
};

enum class Vote { move_on, more_time };
using Votes = std::array<std::optional<Vote>, 2>;  // by seat

// What happens inside the current step, as the screen shows it. A step starts
// from a fresh one of these (see `Session::start_step`), so nothing of the
// step before can linger.
struct StepState {
    Activity activity = Activity::say;
    Seat floor = Seat::left;                          // who has the floor / answers now
    int round = 0, rounds = 0;                        // reflect: reflection n of at most `rounds`
    int pair = 0, pairs = 0;                          // exchange: pair n of `rounds` (0 outside)
    std::array<std::optional<int>, 2> answers;        // checkin, by seat
    std::array<std::optional<std::size_t>, 2> picks;  // choice, by seat: each partner's option until they agree
    CheckinAsk checkin_ask = CheckinAsk::first;
    std::array<bool, 2> going_on{false, false};  // still_low: who chose to go on
    std::string agreement_text;                  // an agreement, or a review's new wording
    bool agreed_aloud = false;
    std::array<bool, 2> confirmed{false, false};
    ReviewView review;
    bool operator==(const StepState&) const = default;
};

// The phases as the screen sees them; what exists only in one phase lives in
// its alternative, so that a paused snapshot without its pause (or a finished
// one without its reason) cannot be written.
namespace phase {
struct Start {
    bool operator==(const Start&) const = default;
};
struct Step {
    bool operator==(const Step&) const = default;
};
struct Paused {
    PauseView pause;
    bool operator==(const Paused&) const = default;
};
struct TimeBox {
    Votes votes;
    bool operator==(const TimeBox&) const = default;
};
struct Finished {
    FinishReason reason = FinishReason::completed;
    bool operator==(const Finished&) const = default;
};
}  // namespace phase

// The alternatives are in the order of `Phase`, so the enum is the index.
struct PhaseView : std::variant<phase::Start, phase::Step, phase::Paused, phase::TimeBox, phase::Finished> {
    using variant::variant;
    Phase kind() const { return static_cast<Phase>(index()); }
    // Reads like the enum (`snapshot.phase == Phase::step`, `switch (snapshot.phase)`),
    // which is how the view asks; the data of a phase is reached through the snapshot.
    operator Phase() const { return kind(); }
    bool operator==(const PhaseView&) const = default;
};

struct Snapshot : StepState {
    PhaseView phase;
    std::size_t item = 0;               // agenda index (valid from Begin on)
    std::size_t step = 0;               // step index within the item (time_box: the step "more time" runs)
    std::optional<TimerView> timer;     // the running countdown, if the activity has one
    std::optional<TimerView> item_box;  // the item's time box, if it has one
    std::optional<BreathState> breath;  // breathe step, or the cool-down guide

    // What exists only in one phase: nothing (or no votes) in the others.
    const PauseView* pause() const;
    PauseView* pause();
    std::optional<FinishReason> finish() const;
    const Votes& votes() const;

    bool operator==(const Snapshot&) const = default;
};

// Sound cues for the shell; the engine only says that something happened.
enum class Cue { threshold, floor_change, pause_started, cooldown_over, finished };

// Stable English names, for logs, journals and test messages (never shown).
const char* phase_name(Phase phase);
const char* activity_name(Activity activity);
const char* cue_name(Cue cue);

class Session {
public:
    explicit Session(Script script);
    // A session shares its script with its copies and with others made from
    // the same pointer (checking every step of a long script starts a session
    // per step); renaming a partner gives the session a copy of its own.
    explicit Session(std::shared_ptr<const Script> script);

    // Before Begin: the couple's agreements in force, from their space's
    // ledger, for the script's `review` steps. Never called (nothing): the
    // conversation is not kept, and a review step says so and goes on.
    void set_review_subjects(std::vector<ReviewSubject> subjects);
    const std::optional<std::vector<ReviewSubject>>& review_subjects() const { return m_review_subjects; }

    Outcome apply(const Command& command, TimePoint now);
    void advance_to(TimePoint now);

    // Requires advance_to(now) (or apply at now) to have happened.
    Snapshot snapshot(TimePoint now) const;

    // The next instant at which the state changes by itself (a threshold, a
    // countdown's end, an auto-advance, a time box, a cool-down's end), or
    // nothing when only a command can change it. Whole-second redraws are
    // the shell's business.
    std::optional<TimePoint> next_deadline() const;

    const Script& script() const { return *m_script; }
    const SessionRecord& record() const { return m_record; }
    std::vector<Cue> take_cues();

private:
    enum class AtZero { waits, goes_on };         // a countdown reaching 0:00: overtime, or the next stage
    enum class Warnings { none, at_thresholds };  // whether `warn_at` applies to a countdown
    // A countdown in active time.
    struct Countdown {
        Duration total{0};    // with any added time
        Duration started{0};  // active time at its start
        AtZero at_zero = AtZero::waits;
        Warnings warnings = Warnings::none;
        int warned = 0;        // thresholds already signalled
        bool ran_out = false;  // 0:00 has passed (overtime)
    };
    // Which of an item's steps still run: all, or (once both partners chose
    // to move on after its time box ran out) only the kept ones.
    enum class ItemRest { every_step, kept_steps };
    struct ItemBox {
        Duration total{0};
        Duration started{0};  // active time when the item was entered
        bool ran_out = false;
        ItemRest rest = ItemRest::every_step;
    };
    struct PauseState {
        TimePoint called{};
        TimePoint cooldown_end{};
        bool cooldown_signalled = false;  // Cue::cooldown_over given
        std::array<bool, 2> ready{false, false};
        PauseCause cause = PauseCause::partner;
    };
    // The phases as the session holds them; the order is that of `Phase`.
    struct AtStart {};
    struct InStep {};
    struct InTimeBox {
        Votes votes;
    };
    struct InPause {
        PauseState pause;
        std::variant<InStep, InTimeBox> resumes_to;  // the votes so far wait through the pause
    };
    struct AtEnd {};  // the reason is the record's
    using State = std::variant<AtStart, InStep, InPause, InTimeBox, AtEnd>;
    // Everything that belongs to the step running now; a step starts from a fresh one.
    struct StepRun {
        StepState shown;  // what the snapshot copies
        std::optional<Countdown> countdown;
        Duration started{0};  // active time; drives the breathing guide
        // The record's sizes when the step started. Going Back to it redoes it:
        // its reflections give way to the new ones; its check-in answers,
        // agreement and reviews stay recorded and are revised by the new ones.
        std::size_t checkins = 0, agreements = 0, reflections = 0, reviews = 0;
        std::vector<ReviewSubject> subjects;  // a review: the agreements it walks
    };
    // A step left forward, for Back.
    enum class Left { step, item };
    struct Visit {
        std::size_t item = 0, step = 0;
        Left left = Left::step;  // `item` when leaving the step also left the item
        std::size_t checkins = 0, agreements = 0, reflections = 0, reviews = 0;
    };
    enum class EventKind { item_box, threshold, countdown_end, cooldown_end };
    struct Event {
        TimePoint at{};
        EventKind kind = EventKind::item_box;
    };
    // The reflect currently running: a reflect step, or the second half of an exchange pair.
    struct ReflectPlan {
        Seat listener = Seat::right;
        Duration time{0};
        Duration clarify{0};
        int rounds = 1;
    };

    // session.cpp: time and events.
    Phase phase() const { return static_cast<Phase>(m_state.index()); }
    bool running() const { return phase() == Phase::step || phase() == Phase::time_box; }
    InPause* paused() { return std::get_if<InPause>(&m_state); }
    const InPause* paused() const { return std::get_if<InPause>(&m_state); }
    Duration active() const { return active_time(m_record); }
    Duration active_at(TimePoint now) const;
    void move_clock(TimePoint now);
    std::optional<Event> next_event() const;
    void handle(EventKind kind);
    TimePoint wall_of(Duration active) const;
    std::vector<Duration> thresholds_below(Duration total) const;
    int warn_level(const Countdown& countdown, Duration remaining) const;
    TimerView timer_view(const Countdown& countdown, Duration active) const;
    PhaseView phase_view(TimePoint now) const;

    // session_steps.cpp: the agenda and what happens inside a step.
    const Step& current_step() const;
    void open_record();
    void enter_item(std::size_t item, std::size_t step = 0);
    void start_step(std::size_t step);
    void end_speech();
    void begin_activity(Activity activity, Seat floor);
    void start_countdown(Duration total, AtZero at_zero, Warnings warnings);
    void start_turn(Seat speaker, Duration time, Overtime overtime);
    void start_reflect(int round);
    void start_clarify();
    ReflectPlan reflect_plan() const;
    bool accepts_next() const;
    void go_on();
    void reflect_done();
    void finish_step();
    std::size_t next_step_to_run(std::size_t from) const;
    bool talk_remains(std::size_t from) const;
    void run_from(std::size_t step);
    void mark_item_done();
    void next_item(std::size_t item);
    void finish(FinishReason reason);
    Overtime overtime_of(const std::optional<Overtime>& step_overtime) const;
    Visit visit_here() const {
        return Visit{m_item, m_step, Left::step, m_run.checkins, m_run.agreements, m_run.reflections, m_run.reviews};
    }
    void record_verdict(Verdict verdict);

    // session_pause.cpp: the pause rule and the item time box.
    void start_pause(Seat seat, PauseCause cause);
    void end_pause_record();
    void resume();
    Outcome vote(Seat seat, Vote vote);
    void answer_checkin(const CheckinStep& checkin, Seat seat, int value);
    void ask_checkin_again();
    void checkin_goes_on(Seat answered);
    Outcome go_on_after_low_answer(Seat seat);
    bool offering_after_low_answer() const;

    // session_review.cpp: the review step.
    void start_review(const ReviewStep& review);
    void show_review_subject(std::size_t index);
    void review_subject_done(ReviewOutcome outcome);
    bool taking_words() const;  // an agreement, or a review's new wording, is on screen
    Outcome confirm_rewording(Seat seat);

    // One handler per command (session_apply.cpp).
    Outcome on(const cmd::Begin&);
    Outcome on(const cmd::StartAt&);
    Outcome on(const cmd::SetName&);
    Outcome on(const cmd::Next&);
    Outcome on(const cmd::Pause&);
    Outcome on(const cmd::Ready&);
    Outcome on(const cmd::MoreTime&);
    Outcome on(const cmd::MoveOn&);
    Outcome on(const cmd::StopForToday&);
    Outcome on(const cmd::ThatsIt&);
    Outcome on(const cmd::NotQuite&);
    Outcome on(const cmd::Answer&);
    Outcome on(const cmd::AgreementText&);
    Outcome on(const cmd::AgreedAloud&);
    Outcome on(const cmd::Confirm&);
    Outcome on(const cmd::Choose&);
    Outcome on(const cmd::Skip&);
    Outcome on(const cmd::Back&);
    Outcome on(const cmd::AddTime&);
    Outcome on(const cmd::EndCooldown&);
    Outcome on(const cmd::Reopened&);
    Outcome on(const cmd::Rate&);
    Outcome on(const cmd::Decide&);
    Outcome on(const cmd::Reconsider&);
    Outcome on(const cmd::JumpTo&);
    Outcome on(const cmd::CounselorPause&);
    // session_counselor.cpp: a counselor's override, where the session is now.
    void record_override(OverrideKind kind, Duration amount = Duration{0}, std::size_t to_item = 0);

    std::shared_ptr<const Script> m_script;
    std::optional<std::vector<ReviewSubject>> m_review_subjects;
    SessionRecord m_record;  // also the session's clock of active time (`active()`)
    std::vector<Cue> m_cues;

    State m_state = AtStart{};
    TimePoint m_now = TimePoint::min();  // the last instant the session was advanced to
    TimePoint m_begin{};

    std::size_t m_item = 0, m_step = 0;
    StepRun m_run;
    std::optional<ItemBox> m_item_box;
    std::optional<Seat> m_last_speaker;  // for Cue::floor_change
    std::vector<Visit> m_history;
    // Indices of check-in answers and agreements whose steps Back went back
    // over: redone, the new fact revises the one listed here.
    std::vector<std::size_t> m_reopened_checkins, m_reopened_agreements, m_reopened_reviews;
};

}  // namespace attune
