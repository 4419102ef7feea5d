#pragma once
// Everything the shell (keys, clicks, touches, the counselor's controls) can
// ask of a session. Commands are plain data so that they can be journaled and
// replayed: the same commands at the same times always give the same state.
#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "review.hpp"
#include "seat.hpp"
#include "time.hpp"

namespace attune::cmd {

// Each command compares equal by value, so journals and buttons can be tested.
#define ATTUNE_COMMAND_EQ(Name) bool operator==(const Name&) const = default

// Start screen: go to the first step.
struct Begin {
    ATTUNE_COMMAND_EQ(Begin);
};
// Start screen: go to step `step` of item `item` instead of the first step
// (how Ctrl+R keeps the place while a script is written). The step starts
// fresh, the item's time box with its whole length, the record empty.
struct StartAt {
    std::size_t item = 0;
    std::size_t step = 0;
    ATTUNE_COMMAND_EQ(StartAt);
};
// Start screen only; an empty name keeps the old one.
struct SetName {
    Seat seat;
    std::string name;
    ATTUNE_COMMAND_EQ(SetName);
};
// "Go on" for whatever is on screen. `seat` is the partner whose own key
// sent it; nothing for a shared key (a clicker, the counselor, a button),
// which can go on at any time. A partner's own key ends only their own
// turn, reflection or clarification: the listener never ends the speaker's.
struct Next {
    std::optional<Seat> seat;
    ATTUNE_COMMAND_EQ(Next);
};
// A pause always wins, at any moment.
struct Pause {
    Seat seat;
    ATTUNE_COMMAND_EQ(Pause);
};
// After the cool-down has run out.
struct Ready {
    Seat seat;
    ATTUNE_COMMAND_EQ(Ready);
};
// Pause: "we need more time". Time box: "take more time".
struct MoreTime {
    Seat seat;
    ATTUNE_COMMAND_EQ(MoreTime);
};
// Time box: "move on".
struct MoveOn {
    Seat seat;
    ATTUNE_COMMAND_EQ(MoveOn);
};
// Ends the session; the summary follows.
struct StopForToday {
    ATTUNE_COMMAND_EQ(StopForToday);
};
// Reflect: the speaker feels heard.
struct ThatsIt {
    ATTUNE_COMMAND_EQ(ThatsIt);
};
// Reflect: the speaker clarifies, then the listener reflects again.
struct NotQuite {
    ATTUNE_COMMAND_EQ(NotQuite);
};
// Check-in: an answer 1..scale.
struct Answer {
    Seat seat;
    int value = 0;
    ATTUNE_COMMAND_EQ(Answer);
};
// Agreement, or a review's new wording: the whole typed text so far.
struct AgreementText {
    std::string text;
    ATTUNE_COMMAND_EQ(AgreementText);
};
// Agreement, or a review's new wording: it was made aloud, not typed.
struct AgreedAloud {
    ATTUNE_COMMAND_EQ(AgreedAloud);
};
// Agreement, or a review's new wording: this partner confirms.
struct Confirm {
    Seat seat;
    ATTUNE_COMMAND_EQ(Confirm);
};
// Choice: this partner's pick, a 0-based option. The choice is made when
// both partners have picked the same option; either can change theirs.
struct Choose {
    Seat seat = Seat::left;
    std::size_t option = 0;
    ATTUNE_COMMAND_EQ(Choose);
};

// The counselor's controls.
// Finish the current step now.
struct Skip {
    ATTUNE_COMMAND_EQ(Skip);
};
// Return to the previous step, fresh.
struct Back {
    ATTUNE_COMMAND_EQ(Back);
};
// More time on the running countdown.
struct AddTime {
    Seconds amount{60};
    ATTUNE_COMMAND_EQ(AddTime);
};
// The cool-down ends now; the partners still say they are ready.
struct EndCooldown {
    ATTUNE_COMMAND_EQ(EndCooldown);
};

// Go to the first step of item `item` (0-based), fresh, as a choice's
// `goto` does: the item left counts as done, Back returns to it.
struct JumpTo {
    std::size_t item = 0;
    ATTUNE_COMMAND_EQ(JumpTo);
};
// A pause the counselor calls: the pause rule as the partners' own, with
// the counselor named in the record rather than a partner.
struct CounselorPause {
    ATTUNE_COMMAND_EQ(CounselorPause);
};

// The kiosk opened again after it stopped (a crash, a power cut, a closed
// window) and goes on with a conversation its journal kept. Nothing of the
// time it was away is charged to a turn or a time box, but a cool-down
// counts it: the pause rule's time is real time, and closing attune never
// shortens it.
struct Reopened {
    Duration away{0};
    ATTUNE_COMMAND_EQ(Reopened);
};

// Review: how this partner finds the agreement on screen is going. Given
// once; both ratings show together when both are given.
struct Rate {
    Seat seat = Seat::left;
    ReviewRating rating = ReviewRating::working;
    ATTUNE_COMMAND_EQ(Rate);
};
// Review: this partner's pick of what becomes of the agreement on screen.
// It is decided when both have picked the same; either can change theirs.
struct Decide {
    Seat seat = Seat::left;
    ReviewOutcome outcome = ReviewOutcome::kept;
    ATTUNE_COMMAND_EQ(Decide);
};

// Review, while the new words are taken: back to the choice of what becomes
// of the agreement (Esc, which a clicker can send by mistake). Both pick
// again; the ratings, the words set down and who confirmed them stay, and
// come back if both choose to reword it after all.
struct Reconsider {
    ATTUNE_COMMAND_EQ(Reconsider);
};

#undef ATTUNE_COMMAND_EQ

}  // namespace attune::cmd

namespace attune {

using Command =
    std::variant<cmd::Begin, cmd::StartAt, cmd::SetName, cmd::Next, cmd::Pause, cmd::Ready, cmd::MoreTime, cmd::MoveOn,
                 cmd::StopForToday, cmd::ThatsIt, cmd::NotQuite, cmd::Answer, cmd::AgreementText, cmd::AgreedAloud,
                 cmd::Confirm, cmd::Choose, cmd::Skip, cmd::Back, cmd::AddTime, cmd::EndCooldown, cmd::Reopened,
                 cmd::Rate, cmd::Decide, cmd::Reconsider, cmd::JumpTo, cmd::CounselorPause>;

// What became of a command. Anything but `applied` leaves the state unchanged.
enum class Outcome {
    applied,
    not_now,           // the command means nothing in the current state
    cooldown_running,  // Ready before the cool-down has run out
    not_your_turn,     // e.g. the other partner answers a check-in
    out_of_range,      // an answer outside 1..scale, an option or a place that does not exist
};

const char* outcome_name(Outcome outcome);

}  // namespace attune
