#pragma once
// One function per screen (internal to the view). Each appends to a list
// whose background is already set.
#include "keeping.hpp"
#include "view_common.hpp"

namespace attune::view {

void build_start(DisplayList& list, const Context& context);      // view_start.cpp
void build_say(DisplayList& list, const Context& context);        // view_steps.cpp
void build_breathe(DisplayList& list, const Context& context);    // view_steps.cpp
void build_choice(DisplayList& list, const Context& context);     // view_steps.cpp
void build_checkin(DisplayList& list, const Context& context);    // view_checkin.cpp
void build_speaking(DisplayList& list, const Context& context);   // view_turn.cpp: turn, reflect, clarify
void build_verdict(DisplayList& list, const Context& context);    // view_turn.cpp
void build_not_heard(DisplayList& list, const Context& context);  // view_turn.cpp
void build_agreement(DisplayList& list, const Context& context);  // view_agreement.cpp
// The words being agreed in their card `box`, the buttons that write them or
// say they were agreed aloud, and each partner's confirmation: an agreement's,
// or a review's new words for one (view_agreement.cpp).
void add_agreement_words(DisplayList& list, const Context& context, Rect box);
void build_review(DisplayList& list, const Context& context);                            // view_review.cpp
void build_time_box(DisplayList& list, const Context& context);                          // view_time_box.cpp
void build_pause(DisplayList& list, const Context& context);                             // view_pause.cpp
void build_summary(DisplayList& list, const Context& context);                           // view_summary.cpp
void build_picker(DisplayList& list, const Context& context, const PickerInput& input);  // view_picker.cpp

void add_help_overlay(DisplayList& list, const Context& context);   // view_overlays.cpp
void add_quit_progress(DisplayList& list, const Context& context);  // view_overlays.cpp
// Enter held on the summary: the same ring, with what the hold will do.
void add_leave_progress(DisplayList& list, const Context& context);  // view_overlays.cpp
// The screens that decide whether a conversation is kept, and the mark of
// one that is (view_keeping.cpp).
void build_keeping(DisplayList& list, const Context& context, const KeepFlow& flow);
void add_kept_mark(DisplayList& list, const Context& context, const std::string& space);
// The counselor's nudge, when one is shown, where it covers nothing (view_nudge.cpp).
void add_nudge(DisplayList& list, const Context& context);
// The couple's home screen, when their space is open (view_home.cpp).
void build_home(DisplayList& list, const Context& context, const HomeScreen& home);
// The end of a kept conversation: the question when to meet next, before
// the summary, and the answer as the summary says it (view_next_meeting.cpp).
void build_next_meeting(DisplayList& list, const Context& context, const NextMeeting& meeting);
std::string next_meeting_words(const Words& words, const NextMeeting& meeting);
void build_error_screen(DisplayList& list, const Context& context,
                        const std::vector<std::string>& lines);  // view_overlays.cpp

}  // namespace attune::view
