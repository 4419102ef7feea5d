// The kiosk's English words. Calm and neutral: nothing names who called a
// pause, nothing hurries or grades anyone.
#include "words.hpp"

namespace attune {

Words english_words() {
    Words w;
    w.language = "en";

    w.key_space = "Space";
    w.key_enter = "Enter";
    w.key_escape = "Esc";
    w.key_end = "End";
    w.key_ctrl = "Ctrl";
    w.key_pause = "Pause";
    w.key_backspace = "Backspace";
    w.key_page_down = "PgDn";
    w.key_page_up = "PgUp";

    w.begin = "Begin";
    w.who_is_here = "Today's conversation is between";
    w.change_name = "{key} to change the name";
    w.editing_name = "Type the name, {enter} to keep it, {escape} to cancel";
    w.names_hint = "The left keys are {left}'s, the right keys {right}'s.";
    w.pause_rule_heading = "If it gets too much";
    w.pause_rule_how = "Either of you can pause at any moment: press {key} or “{button}”.";
    w.pause_rule_both = "A pause lasts {time}. Nothing goes on until it is over and you are both ready.";
    w.pause_rule_either = "A pause lasts {time}. Nothing goes on until it is over and one of you is ready.";
    w.pause_rule_signal = "Your pause signal is “{signal}”: when either of you says it, you pause.";
    w.duration_minutes = "{n} minutes";
    w.duration_one_minute = "1 minute";
    w.duration_seconds = "{n} seconds";
    w.duration_one_second = "1 second";

    w.next = "Next";
    w.pause = "Pause";
    w.pause_signal = "Pause · “{signal}”";
    w.item_of = "Part {n} of {total}";
    w.round_of = "Round {n} of {total}";
    w.reflection_of = "Reflection {n} of {total}";
    w.item_time_left = "{time} left for this part";
    w.sound_off = "Sound off";

    w.has_the_floor = "has the floor";
    w.listen_without_interrupting = "{name}: listen without interrupting";
    w.reflects = "says back what was heard";
    w.default_reflect_prompt = "In your own words: what did you hear? What matters to your partner?";
    w.speaker_listens = "{name}: listen, then say whether it fits";
    w.verdict_question = "Did you feel heard? Was that it?";
    w.answers = "answers";
    w.thats_it = "That's it";
    w.not_quite = "Not quite";
    w.not_heard = "Not everything was heard yet; you can come back to it.";
    w.not_heard_hint = "The summary notes it, so that you can come back to it.";
    w.clarifies = "adds what was missing";
    w.default_clarify_prompt = "What was missing, or what would you put differently?";
    w.minutes_left = "{n} minutes left";
    w.one_minute_left = "1 minute left";
    w.under_a_minute_left = "Less than a minute left";
    w.seconds_left = "{n} seconds left";
    w.time_is_up = "Time is up. You can finish your thought.";

    w.your_answer = "{name}, your answer";
    w.answered = "{name}: answered";
    w.waiting = "{name}: not answered yet";
    w.scale_ends = "1 = {low}   ·   {n} = {high}";
    w.reveal_together = "Both answers are shown together at the end, once you have both answered.";
    w.reveal_never = "These answers stay private: they only help offer a pause and are not kept.";
    w.scale_low = "not at all";
    w.scale_high = "very much";

    w.breathe_in = "Breathe in";
    w.hold = "Hold";
    w.breathe_out = "Breathe out";

    w.write_it_down = "Write it down";
    w.agreed_aloud_button = "We agreed aloud";
    w.agreed_aloud = "Agreed aloud.";
    w.nothing_written = "Nothing written yet.";
    w.typing_hint = "{enter} to keep it, {escape} to stop typing (the text waits)";
    w.done_typing = "Keep it";
    w.cancel = "Cancel";
    w.put_aside = "Later";
    w.draft_waits = "“{text}” (not kept yet: “Write it down” to finish it)";
    w.confirm = "{name}: I agree";
    w.confirmed = "{name} agreed";
    w.either_confirms = "One of you agreeing is enough.";

    w.choose_hint =
        "Each of you picks with your own keys ({move} to move, {pick} to pick) or buttons. "
        "It goes on when you both pick the same.";
    w.choice_picked = "{name} picks “{option}”";
    w.choice_waiting = "{name} has not picked yet";
    w.choice_differs = "Not the same yet. Talk it over; either of you can change your pick.";

    w.review_prompt = "How are your agreements going?";
    w.review_of = "Agreement {n} of {total}";
    w.review_answered_to = "In answer to “{prompt}”";
    w.review_aloud = "You agreed on this aloud; it has no written words yet.";
    w.review_how = "How is it going?";
    w.review_reveal = "Both answers are shown together once you have both answered.";
    w.rating_working = "Working";
    w.rating_partly = "Partly";
    w.rating_not_yet = "Not yet";
    w.review_rated = "{name}: {rating}";
    w.review_decide = "What would you like to do with it?";
    w.review_keep = "Keep as it is";
    w.review_reword = "Reword it";
    w.review_let_go = "Let it go";
    w.review_decide_hint = "It is decided when you both pick the same.";
    w.review_reword_heading = "New words for this agreement";
    w.review_old_words = "Until now: “{text}”";
    w.review_old_aloud = "Until now it was agreed aloud, in answer to “{prompt}”";
    w.review_not_kept = "This conversation is not kept, so there are no earlier agreements to look at today.";
    w.review_nothing_due = "No agreement is due for a review today.";
    w.review_none_in_force = "There are no agreements to look at yet.";
    w.review_go_on = "You can go on whenever you are ready.";
    w.help_review = "A review's third answer: “Not yet”, “Let it go”";

    w.time_box_heading = "The time for “{item}” is up";
    w.time_box_question = "Move on, or take {time} more? You decide together.";
    w.time_box_skips_all = "Moving on skips the rest of this part.";
    w.time_box_keeps_one = "Moving on skips the rest of the talk in this part; {kept} still comes.";
    w.time_box_keeps_many = "Moving on skips the rest of the talk in this part; {kept} still come.";
    w.kept_checkin = "the check-in";
    w.kept_checkins = "the check-ins";
    w.kept_agreement = "the agreement";
    w.kept_agreements = "the agreements";
    w.kept_choice = "the choice";
    w.kept_choices = "the choices";
    w.list_and = " and ";
    w.move_on = "Move on";
    w.more_time = "{time} more";
    w.vote_move_on = "{name}: move on";
    w.vote_more_time = "{name}: more time";
    w.vote_waiting = "{name}: not chosen yet";
    w.checkin_again = "Once more, after the pause: the same question for both of you.";
    w.checkin_still_low = "This still feels hard right now.";
    w.checkin_offer = "Take another pause, stop for today, or go on when you both want to.";
    w.pause_again = "Another pause";
    w.go_on = "{name}: go on";
    w.going_on = "{name} would go on";

    w.pause_heading = "A pause was called";
    w.default_cooldown_message = "Let's take a break. Breathe slowly. We'll come back to this when we're both ready.";
    w.back_at = "Back at {time}";
    w.cooldown_caption = "until you can go on";
    w.cooldown_over = "Ready when you are";
    w.ready = "{name}: I'm ready";
    w.is_ready = "{name} is ready";
    w.either_ready = "One of you being ready is enough.";
    w.need_more_time = "We need more time";
    w.stop_for_today = "Stop for today";
    w.suggest_stop = "This is pause {n} today. Stopping here and coming back another day is a good choice too.";
    w.signal_reminder = "Your pause signal: “{signal}”";

    w.summary_heading = "Thank you both";
    w.summary_stopped = "You stopped for today. Thank you both.";
    w.items_done = "Parts done: {n} of {total}";
    w.items_some = "Today you went through {n} of {total} parts";
    w.items_begun = "Today you began with “{title}”";
    w.summary_page = "Page {n} of {total}";
    w.previous_page = "Previous page";
    w.next_page = "Next page";
    w.speaking_time = "Speaking time";
    w.pauses_none = "No pauses";
    w.pauses_count = "Pauses: {n} ({time} in all)";
    w.checkins = "Check-ins";
    w.agreements = "Agreements";
    w.earlier = "earlier: {text}";
    w.time_together = "Time together: {time}";
    w.reflections_mixed = "Reflections: {heard} heard, {open} not quite yet. You can come back to this another time.";
    w.reflections_open = "Reflections: {open} not quite heard yet. You can come back to this another time.";
    w.close_hint = "Hold {ctrl}+Q to close";

    w.back_to_picker = "Choose another conversation";
    w.back_keys = "{left} + {right}, or hold {enter}";
    w.keep_holding_to_leave = "Keep holding to choose another conversation";
    w.waiting_to_leave = "{name} is ready to choose another conversation. {other}: {key} when you are ready too.";
    w.override_skip = "The counselor skipped a step of “{title}”";
    w.override_skips = "The counselor skipped {n} steps of “{title}”";
    w.override_back = "The counselor went back a step in “{title}”";
    w.override_add_minute = "The counselor added a minute to “{title}”";
    w.override_add_minutes = "The counselor added {n} minutes to “{title}”";
    w.override_end_cooldown = "The counselor ended a cool-down after {n} minutes";
    w.override_end_cooldown_one = "The counselor ended a cool-down after a minute";
    w.override_end_cooldown_soon = "The counselor ended a cool-down at its start";
    w.override_jump = "The counselor went on to “{title}”";
    w.override_pause = "The counselor called a pause during “{title}”";
    w.console_heading = "Counselor";
    w.console_total = "{real} of {planned} planned";
    w.console_agenda = "Agenda";
    w.console_now = "Now";
    w.console_not_begun = "The partners have not begun yet.";
    w.console_finished = "The conversation has ended.";
    w.console_step = "Step {n} of {total}";
    w.console_item_box = "Time box: {time} left";
    w.console_pause = "Pause {n}: cool-down, {time} left";
    w.console_pause_over = "Pause {n}: cool-down over; waiting until both are ready";
    w.console_speaking = "Speaking time";
    w.console_checkins = "Check-ins";
    w.console_hidden = "(not shown to the partners)";
    w.console_agreements = "Agreements";
    w.console_being_written = "Being written: {text}";
    w.console_nudges = "Nudges for the shared screen";
    w.console_nudge_shown = "On the shared screen: {text}";
    w.console_dismiss = "Take back";
    w.console_notes = "Private notes";
    w.console_note_hint = "N or a click: write a note. Only you see it.";
    w.console_note_keys = "Enter keeps it, Esc drops it";
    w.console_skip = "Skip step";
    w.console_back = "Back";
    w.console_add_minute = "+1 minute";
    w.console_end_cooldown = "End cool-down";
    w.console_pause_button = "Pause";
    w.nudges = {"Slow down",     "Reflect first",        "Take a breath",     "Use an I statement",
                "One at a time", "Listen to understand", "Say what you need", "Stay with this topic"};

    w.picker_heading = "Choose a conversation";
    w.picker_built_in = "Built in";
    w.picker_yours = "Your scripts";
    w.picker_minutes = "{n} min";
    w.picker_about = "about {time}";
    w.picker_part = "1 part";
    w.picker_parts = "{n} parts";
    w.picker_start = "Start";
    w.picker_does_not_load = "does not load";
    w.picker_broken_heading = "This script does not load yet";
    w.picker_broken_hint = "Fix the lines below, then press {ctrl}+R to read the scripts again.";
    w.picker_keys = "↑ ↓ to choose · {start} to start · hold {ctrl}+Q to close";
    w.picker_empty = "No conversation scripts were found.";
    w.picker_empty_hint = "Scripts you write go in {folder}";
    w.picker_page = "Page {n} of {total}";

    w.error_heading = "This conversation cannot start yet";
    w.error_body =
        "The script has something to fix. The lines below say where; whoever wrote the script "
        "can correct it.";
    w.error_reload_hint = "Save the fix, then press {ctrl}+R.";

    w.help_heading = "Keys";
    w.help_close = "F1, ? or Esc closes this";
    w.help_next = "Next";
    w.help_pause = "Pause, at any moment";
    w.help_yes = "Yes: “I'm ready”, “I agree”, “That's it”, “Move on”; ends your own turn";
    w.help_other = "Other: “Not quite”, more time, “We agreed aloud”";
    w.help_digits = "Check-in answer";
    w.help_choice_keys = "{move}, then {pick}";
    w.help_choice = "A choice: move, then pick; it goes on when you both pick the same";
    w.help_pages = "The summary's pages";
    w.help_leave = "“Choose another conversation” (or hold {enter})";
    w.help_mute = "Sound on or off";
    w.help_counselor = "For the counselor";
    w.help_skip = "Skip this step";
    w.help_back = "Back to the previous step";
    w.help_add_minute = "One more minute on the countdown";
    w.help_end_cooldown = "End the cool-down now";
    w.help_quit = "Hold two seconds to close";
    w.help_escape = "Does nothing (clickers send it)";
    w.help_reload = "Read the script again (while writing)";
    w.help_button = "? Keys";
    w.keep_holding = "Keep holding to close";
    w.keep_title = "Keep this conversation?";
    w.keep_explain =
        "Only if you both want to. It is kept in your own space on this computer, locked with your passphrase. "
        "Otherwise nothing of it is kept.";
    w.keep_wants = "{name}: keep it";
    w.keep_waiting = "{name} would like to keep it. {key} if you would too.";
    w.keep_without = "Go on without keeping";
    w.keep_back_hint = "{escape}: back";
    w.space_title = "Which space is yours?";
    w.space_new = "A new space";
    w.space_hint = "↑ ↓ to choose · {enter} to open · {escape}: back";
    w.passphrase_title = "The passphrase of “{space}”";
    w.field_hint = "Type, then {enter} · {escape}: back";
    w.passphrase_forgot = "Forgotten? {key} for the recovery code";
    w.recovery_title = "The recovery code of “{space}”";
    w.recovery_explain =
        "The code you wrote down when you made the space. Without the passphrase or this code, nobody can open the "
        "space, not even a counselor.";
    w.name_title = "A name for your space";
    w.name_explain = "A code name you both recognise. It is the only thing others can see on this computer.";
    w.new_passphrase_title = "Choose a passphrase";
    w.new_passphrase_explain =
        "At least {count} characters that you both will remember. You type it each time you keep a conversation.";
    w.repeat_title = "The passphrase once more";
    w.written_title = "Your recovery code";
    w.written_explain =
        "Write it down and keep it somewhere safe. It is shown only this once. If you forget the passphrase, it opens "
        "your space.";
    w.written_done = "{name}: written down";
    w.resume_title = "A conversation did not end";
    w.resume_explain = "“{title}”, {when}. You can go on where you stopped.";
    w.resume_cooling = "It stopped during a pause. The pause goes on, counting the time that has passed.";
    w.resume_go_on = "Go on where we stopped";
    w.resume_anew = "{name}: begin anew";
    w.resume_anew_hint = "Beginning anew keeps the earlier conversation as it is.";
    w.resume_today = "today at {time}";
    w.resume_on = "on {date}";
    w.working_open = "Opening your space…";
    w.working_make = "Making your space…";
    w.problem_wrong = "That does not open “{space}”. Please try again.";
    w.problem_wait = "You can try again in {time}.";
    w.problem_mismatch = "The two did not match. Please choose it again.";
    w.problem_short = "Please use at least {count} characters.";
    w.problem_taken = "A space with this name exists already.";
    w.problem_name = "Please choose another name, without / or a leading dot.";
    w.problem_cannot_open = "This space cannot be opened: {detail}";
    w.problem_full = "The disk is full, so this conversation cannot be kept.";
    w.problem_failed = "The disk could not be written, so this conversation cannot be kept.";
    w.problem_idle = "Your space closed itself after ten minutes without a key.";
    w.notice_title = "Keeping is not possible right now";
    w.notice_safe = "Everything you confirmed until now is safe.";
    w.notice_cancel = "Back to the start";
    w.kept_mark = "Kept in your space";
    w.kept_lost_title = "From here on, this conversation is not kept";
    w.weekday_names = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";
    w.month_names = "January February March April May June July August September October November December";
    w.date_pattern = "{weekday} {day} {month}";
    w.number_names = "zero one two three four five six seven eight nine ten eleven twelve";
    w.home_title = "Your space";
    w.home_next = "Next conversation: {date}";
    w.home_next_none = "No day set yet for your next conversation";
    w.home_agreements = "Your agreements";
    w.home_agreements_none = "No agreements yet. The ones you make together are kept here, each in your own words.";
    w.home_due = "Time to look at it again together";
    w.home_kept_since = "Since {date}";
    w.home_review_on = "review {date}";
    w.home_aloud = "Agreed aloud";
    w.home_together = "Together";
    w.home_conversations = "Conversations together: {n}, this month {month}";
    w.home_first_time = "Your first conversation in this space begins here.";
    w.home_tracks = "Your check-ins over time";
    w.home_page = "{n} of {total} · ↓ for more";
    w.home_begin = "Begin the conversation";
    w.home_take_home =
        "To take home, each presses their key: {paper} agreements on paper · {calendar} the next "
        "conversation in your calendars";
    w.home_asking_paper = "{name} would like the agreements on paper. {key} if you would too.";
    w.home_asking_calendar = "{name} would like the next conversation in your calendars. {key} if you would too.";
    w.export_paper_title = "Your agreements on paper";
    w.export_calendar_title = "Your next conversation in your calendars";
    w.export_paper_notice =
        "This writes your agreements as a PDF file into {folder}. The file is outside your space: anyone with "
        "access to this computer can read it.";
    w.export_calendar_notice =
        "This writes the next conversation as a calendar file into {folder}. The file is outside your space: "
        "anyone with access to this computer can read it.";
    w.export_confirm = "{enter}: write the file · {escape}: not now";
    w.export_done_title = "The file is written";
    w.export_done = "It is in {path}";
    w.export_failed_title = "Nothing was written";
    w.export_dismiss = "{enter}: back to your space";
    w.export_back = "Back to your space";
    w.export_no_day = "No day is set for your next conversation yet, so there is nothing for your calendars.";
    w.export_not_written = "The file could not be written there. Nothing left your space.";
    w.milestone_month = "{Count} conversations this month";
    w.milestone_all = "{Count} conversations together";
    w.milestone_kept = "“{subject}” kept for {count} weeks";
    w.milestone_first = "Your first agreement, set down together";
    w.milestone_first_review = "Your first review together: “{subject}”";
    w.milestone_all_reviewed = "Every agreement you hold has been looked at again together";
    w.meeting_waiting = "Waiting for {name}: {key} if this day suits you too.";
    w.changes_heading = "What changed in your agreements";
    w.change_new = "New";
    w.change_reworded = "Reworded";
    w.change_let_go = "Let go";
    w.change_kept = "Looked at and kept";
    w.meeting_heading = "When would you like to talk next?";
    w.meeting_yes = "{name}: yes";
    w.meeting_hint = "↑ ↓ a day earlier or later · {escape}: no day for now";
    w.meeting_agreed = "Your next conversation: {date}";
    w.meeting_skipped = "No day set. You can choose one next time.";
    return w;
}

}  // namespace attune
