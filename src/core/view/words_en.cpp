// The kiosk's words in English, the source language of po/attune.pot.
// Each text is a msgid: `make pot` extracts them from this file with
// xgettext (pgettext and npgettext, the field's name as the msgctxt), and
// a "TRANSLATORS:" comment above one goes to the translators with it. The
// other languages are po/LANG.po (docs/translating.md).
//
// Adding a word: a field in words.hpp, one line here, then `make pot` and
// the new msgid translated in every po/*.po (a test fails until it is).
// Calm and neutral: nothing names who called a pause, nothing hurries or
// grades anyone.
#include "translator.hpp"
#include "words.hpp"

namespace attune {

Words words_from(const Translator& t) {
    Words w;
    w.language = t.language();
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_space = t.pgettext("key_space", "Space");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_enter = t.pgettext("key_enter", "Enter");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_escape = t.pgettext("key_escape", "Esc");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_end = t.pgettext("key_end", "End");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_ctrl = t.pgettext("key_ctrl", "Ctrl");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_pause = t.pgettext("key_pause", "Pause");
    // TRANSLATORS: Keys as printed on keyboards of this language.
    w.key_backspace = t.pgettext("key_backspace", "Backspace");
    w.key_page_down = t.pgettext("key_page_down", "PgDn");
    w.key_page_up = t.pgettext("key_page_up", "PgUp");
    // TRANSLATORS: Start screen. the primary button
    w.begin = t.pgettext("begin", "Begin");
    // TRANSLATORS: above the two names
    w.who_is_here = t.pgettext("who_is_here", "Today's conversation is between");
    // TRANSLATORS: under a name: "{key} to change"
    w.change_name = t.pgettext("change_name", "{key} to change the name");
    // TRANSLATORS: while a name is typed: how to finish
    w.editing_name = t.pgettext("editing_name", "Type the name, {enter} to keep it, {escape} to cancel");
    // TRANSLATORS: who sits where: "{left} sits left, {right} right"
    w.names_hint = t.pgettext("names_hint", "The left keys are {left}'s, the right keys {right}'s.");
    // TRANSLATORS: The pause rule, told before anyone begins. "If it gets too much"
    w.pause_rule_heading = t.pgettext("pause_rule_heading", "If it gets too much");
    // TRANSLATORS: "Either of you can pause at any moment: {key} or “{button}”."
    w.pause_rule_how =
        t.pgettext("pause_rule_how", "Either of you can pause at any moment: press {key} or “{button}”.");
    // TRANSLATORS: the cool-down, resumed by both: "{time} … you are both ready."
    w.pause_rule_both =
        t.pgettext("pause_rule_both", "A pause lasts {time}. Nothing goes on until it is over and you are both ready.");
    // TRANSLATORS: the cool-down, resumed by either
    w.pause_rule_either = t.pgettext("pause_rule_either",
                                     "A pause lasts {time}. Nothing goes on until it is over and one of you is ready.");
    // TRANSLATORS: "Your pause signal: “{signal}”. …"
    w.pause_rule_signal =
        t.pgettext("pause_rule_signal", "Your pause signal is “{signal}”: when either of you says it, you pause.");
    // TRANSLATORS: A length of time: "20 minutes".
    w.duration_minutes = t.npgettext("duration_minutes", "{n} minute", "{n} minutes");
    // TRANSLATORS: A length of time: "45 seconds".
    w.duration_seconds = t.npgettext("duration_seconds", "{n} second", "{n} seconds");
    // TRANSLATORS: Every running step.
    w.next = t.pgettext("next", "Next");
    w.pause = t.pgettext("pause", "Pause");
    // TRANSLATORS: the agreed signal on the pause button: "Pause · “{signal}”"
    w.pause_signal = t.pgettext("pause_signal", "Pause · “{signal}”");
    // TRANSLATORS: "Part {n} of {total}"
    w.item_of = t.pgettext("item_of", "Part {n} of {total}");
    // TRANSLATORS: exchange: "Round {n} of {total}"
    w.round_of = t.pgettext("round_of", "Round {n} of {total}");
    // TRANSLATORS: reflect: "Reflection {n} of {total}"
    w.reflection_of = t.pgettext("reflection_of", "Reflection {n} of {total}");
    // TRANSLATORS: the item's time box: "{time} left for this part"
    w.item_time_left = t.pgettext("item_time_left", "{time} left for this part");
    w.sound_off = t.pgettext("sound_off", "Sound off");
    // TRANSLATORS: Turn, reflect, verdict, clarify.
    w.has_the_floor = t.pgettext("has_the_floor", "has the floor");
    // TRANSLATORS: "{name}: listen without interrupting"
    w.listen_without_interrupting = t.pgettext("listen_without_interrupting", "{name}: listen without interrupting");
    // TRANSLATORS: caption under the listener's name
    w.reflects = t.pgettext("reflects", "says back what was heard");
    w.default_reflect_prompt =
        t.pgettext("default_reflect_prompt", "In your own words: what did you hear? What matters to your partner?");
    // TRANSLATORS: during a reflection: "{name}: listen, then say if it fits"
    w.speaker_listens = t.pgettext("speaker_listens", "{name}: listen, then say whether it fits");
    // TRANSLATORS: asked of the speaker, under their name ({name} may be used)
    w.verdict_question = t.pgettext("verdict_question", "Did you feel heard? Was that it?");
    // TRANSLATORS: caption under the speaker's name on the verdict: "answers"
    w.answers = t.pgettext("answers", "answers");
    w.thats_it = t.pgettext("thats_it", "That's it");
    w.not_quite = t.pgettext("not_quite", "Not quite");
    // TRANSLATORS: "not quite" on the last reflection: "Not everything was heard yet; ..."
    w.not_heard = t.pgettext("not_heard", "Not everything was heard yet; you can come back to it.");
    // TRANSLATORS: under it: what happens now
    w.not_heard_hint = t.pgettext("not_heard_hint", "The summary notes it, so that you can come back to it.");
    w.clarifies = t.pgettext("clarifies", "adds what was missing");
    w.default_clarify_prompt =
        t.pgettext("default_clarify_prompt", "What was missing, or what would you put differently?");
    // TRANSLATORS: The countdown of a turn, in whole minutes.
    w.minutes_left = t.npgettext("minutes_left", "{n} minute left", "{n} minutes left");
    w.under_a_minute_left = t.pgettext("under_a_minute_left", "Less than a minute left");
    // TRANSLATORS: The countdown of a turn in its last minute.
    w.seconds_left = t.npgettext("seconds_left", "{n} second left", "{n} seconds left");
    // TRANSLATORS: at 0:00 and in overtime
    w.time_is_up = t.pgettext("time_is_up", "Time is up. You can finish your thought.");
    // TRANSLATORS: Check-in. "{name}, your answer"
    w.your_answer = t.pgettext("your_answer", "{name}, your answer");
    // TRANSLATORS: "{name}: answered"
    w.answered = t.pgettext("answered", "{name}: answered");
    // TRANSLATORS: "{name}: not yet"
    w.waiting = t.pgettext("waiting", "{name}: not answered yet");
    // TRANSLATORS: "1 = {low} … {n} = {high}"
    w.scale_ends = t.pgettext("scale_ends", "1 = {low}   ·   {n} = {high}");
    // TRANSLATORS: before anyone answers: both answers appear together on the summary
    w.reveal_together =
        t.pgettext("reveal_together", "Both answers are shown together at the end, once you have both answered.");
    // TRANSLATORS: before anyone answers: the answers only serve the pause, not kept
    w.reveal_never =
        t.pgettext("reveal_never", "These answers stay private: they only help offer a pause and are not kept.");
    w.scale_low = t.pgettext("scale_low", "not at all");
    w.scale_high = t.pgettext("scale_high", "very much");
    // TRANSLATORS: Breathing guide.
    w.breathe_in = t.pgettext("breathe_in", "Breathe in");
    // TRANSLATORS: Breathing guide.
    w.hold = t.pgettext("hold", "Hold");
    // TRANSLATORS: Breathing guide.
    w.breathe_out = t.pgettext("breathe_out", "Breathe out");
    // TRANSLATORS: Agreement.
    w.write_it_down = t.pgettext("write_it_down", "Write it down");
    w.agreed_aloud_button = t.pgettext("agreed_aloud_button", "We agreed aloud");
    // TRANSLATORS: shown instead of the text
    w.agreed_aloud = t.pgettext("agreed_aloud", "Agreed aloud.");
    w.nothing_written = t.pgettext("nothing_written", "Nothing written yet.");
    // TRANSLATORS: "Enter to keep it, Esc to stop typing (the text waits)"
    w.typing_hint = t.pgettext("typing_hint", "{enter} to keep it, {escape} to stop typing (the text waits)");
    w.done_typing = t.pgettext("done_typing", "Keep it");
    w.cancel = t.pgettext("cancel", "Cancel");
    // TRANSLATORS: stop typing an agreement; the draft waits: "Later"
    w.put_aside = t.pgettext("put_aside", "Later");
    // TRANSLATORS: a draft set aside with Esc: "“{text}” (not kept yet: ...)"
    w.draft_waits = t.pgettext("draft_waits", "“{text}” (not kept yet: “Write it down” to finish it)");
    // TRANSLATORS: the button that agrees: "{name}: I agree"
    w.confirm = t.pgettext("confirm", "{name}: I agree");
    // TRANSLATORS: "{name} confirmed"
    w.confirmed = t.pgettext("confirmed", "{name} agreed");
    // TRANSLATORS: quorum either
    w.either_confirms = t.pgettext("either_confirms", "One of you agreeing is enough.");
    // TRANSLATORS: Choice. how each partner picks, and that it goes on when both pick the same
    w.choose_hint = t.pgettext("choose_hint",
                               "Each of you picks with your own keys ({move} to move, {pick} to pick) or buttons. It "
                               "goes on when you both pick the same.");
    // TRANSLATORS: "{name} picks “{option}”"
    w.choice_picked = t.pgettext("choice_picked", "{name} picks “{option}”");
    // TRANSLATORS: "{name} has not picked yet"
    w.choice_waiting = t.pgettext("choice_waiting", "{name} has not picked yet");
    // TRANSLATORS: both picked, not the same: calm, no blame
    w.choice_differs =
        t.pgettext("choice_differs", "Not the same yet. Talk it over; either of you can change your pick.");
    // TRANSLATORS: Review: the couple's earlier agreements, one at a time. the heading when the script gives none
    w.review_prompt = t.pgettext("review_prompt", "How are your agreements going?");
    // TRANSLATORS: "Agreement {n} of {total}"
    w.review_of = t.pgettext("review_of", "Agreement {n} of {total}");
    // TRANSLATORS: where it came from: "In answer to “{prompt}”"
    w.review_answered_to = t.pgettext("review_answered_to", "In answer to “{prompt}”");
    // TRANSLATORS: an agreement made aloud has no words to show
    w.review_aloud = t.pgettext("review_aloud", "You agreed on this aloud; it has no written words yet.");
    // TRANSLATORS: "How is it going?"
    w.review_how = t.pgettext("review_how", "How is it going?");
    // TRANSLATORS: both ratings show together once both are given
    w.review_reveal = t.pgettext("review_reveal", "Both answers are shown together once you have both answered.");
    w.rating_working = t.pgettext("rating_working", "Working");
    w.rating_partly = t.pgettext("rating_partly", "Partly");
    w.rating_not_yet = t.pgettext("rating_not_yet", "Not yet");
    // TRANSLATORS: both shown: "{name}: {rating}"
    w.review_rated = t.pgettext("review_rated", "{name}: {rating}");
    // TRANSLATORS: "What do you want to do with it?"
    w.review_decide = t.pgettext("review_decide", "What would you like to do with it?");
    w.review_keep = t.pgettext("review_keep", "Keep as it is");
    w.review_reword = t.pgettext("review_reword", "Reword it");
    w.review_let_go = t.pgettext("review_let_go", "Let it go");
    // TRANSLATORS: before a decision: both pick the same, letting go too
    w.review_decide_hint = t.pgettext("review_decide_hint", "It is decided when you both pick the same.");
    // TRANSLATORS: "New words for this agreement"
    w.review_reword_heading = t.pgettext("review_reword_heading", "New words for this agreement");
    // TRANSLATORS: new words for a reviewed agreement, while nobody types
    w.review_back_hint = t.pgettext("review_back_hint", "{key}: back to keep, reword or let go");
    // TRANSLATORS: "Until now: “{text}”"
    w.review_old_words = t.pgettext("review_old_words", "Until now: “{text}”");
    // TRANSLATORS: until now it was agreed aloud
    w.review_old_aloud = t.pgettext("review_old_aloud", "Until now it was agreed aloud, in answer to “{prompt}”");
    // TRANSLATORS: no space open: nothing to look at, calmly
    w.review_not_kept = t.pgettext(
        "review_not_kept", "This conversation is not kept, so there are no earlier agreements to look at today.");
    // TRANSLATORS: no agreement's review date has come
    w.review_nothing_due = t.pgettext("review_nothing_due", "No agreement is due for a review today.");
    // TRANSLATORS: `which: all`, and no agreement yet
    w.review_none_in_force = t.pgettext("review_none_in_force", "There are no agreements to look at yet.");
    // TRANSLATORS: under those: Next goes on
    w.review_go_on = t.pgettext("review_go_on", "You can go on whenever you are ready.");
    // TRANSLATORS: the help's row for a review's third key, in the words of its screen
    w.help_review = t.pgettext("help_review", "A review's third answer: “Not yet”, “Let it go”");
    // TRANSLATORS: Item time box. "The time for “{item}” is up"
    w.time_box_heading = t.pgettext("time_box_heading", "The time for “{item}” is up");
    // TRANSLATORS: "Move on, or take {time} more? You both decide."
    w.time_box_question = t.pgettext("time_box_question", "Move on, or take {time} more? You decide together.");
    // TRANSLATORS: What moving on skips, said before anyone votes: only talk is left, or talk and steps that still come
    // ("{kept}" lists them; one or several).
    w.time_box_skips_all = t.pgettext("time_box_skips_all", "Moving on skips the rest of this part.");
    // TRANSLATORS: What moving on skips; {kept} lists what still comes ("the check-in and the agreement"); the count is
    // how many steps that is.
    w.time_box_keeps =
        t.npgettext("time_box_keeps", "Moving on skips the rest of the talk in this part; {kept} still comes.",
                    "Moving on skips the rest of the talk in this part; {kept} still come.");
    // TRANSLATORS: What still comes after a time box, listed in {kept} of "time_box_keeps".
    w.kept_checkins = t.npgettext("kept_checkins", "the check-in", "the check-ins");
    // TRANSLATORS: What still comes after a time box, listed in {kept} of "time_box_keeps".
    w.kept_agreements = t.npgettext("kept_agreements", "the agreement", "the agreements");
    // TRANSLATORS: What still comes after a time box, listed in {kept} of "time_box_keeps".
    w.kept_choices = t.npgettext("kept_choices", "the choice", "the choices");
    // TRANSLATORS: the last joint of a list: " and "
    w.list_and = t.pgettext("list_and", " and ");
    w.move_on = t.pgettext("move_on", "Move on");
    // TRANSLATORS: "{time} more"
    w.more_time = t.pgettext("more_time", "{time} more");
    // TRANSLATORS: "{name}: move on"
    w.vote_move_on = t.pgettext("vote_move_on", "{name}: move on");
    // TRANSLATORS: "{name}: more time"
    w.vote_more_time = t.pgettext("vote_more_time", "{name}: more time");
    // TRANSLATORS: "{name}: not yet"
    w.vote_waiting = t.pgettext("vote_waiting", "{name}: not chosen yet");
    // TRANSLATORS: asked again after the pause a low answer called
    w.checkin_again = t.pgettext("checkin_again", "Once more, after the pause: the same question for both of you.");
    // TRANSLATORS: asked again, an answer still low: never says whose
    w.checkin_still_low = t.pgettext("checkin_still_low", "This still feels hard right now.");
    // TRANSLATORS: what the partners can do now
    w.checkin_offer =
        t.pgettext("checkin_offer", "Take another pause, stop for today, or go on when you both want to.");
    // TRANSLATORS: the button
    w.pause_again = t.pgettext("pause_again", "Another pause");
    // TRANSLATORS: "{name}: go on"
    w.go_on = t.pgettext("go_on", "{name}: go on");
    // TRANSLATORS: "{name} would go on"
    w.going_on = t.pgettext("going_on", "{name} would go on");
    // TRANSLATORS: The pause. never says who called it
    w.pause_heading = t.pgettext("pause_heading", "A pause was called");
    w.default_cooldown_message =
        t.pgettext("default_cooldown_message",
                   "Let's take a break. Breathe slowly. We'll come back to this when we're both ready.");
    // TRANSLATORS: "Back at {time}"
    w.back_at = t.pgettext("back_at", "Back at {time}");
    // TRANSLATORS: under the countdown
    w.cooldown_caption = t.pgettext("cooldown_caption", "until you can go on");
    // TRANSLATORS: heading once resuming is possible
    w.cooldown_over = t.pgettext("cooldown_over", "Ready when you are");
    // TRANSLATORS: the button that says so: "{name}: I'm ready"
    w.ready = t.pgettext("ready", "{name}: I'm ready");
    // TRANSLATORS: "{name} is ready" once given
    w.is_ready = t.pgettext("is_ready", "{name} is ready");
    // TRANSLATORS: quorum either
    w.either_ready = t.pgettext("either_ready", "One of you being ready is enough.");
    // TRANSLATORS: "We need more time"
    w.need_more_time = t.pgettext("need_more_time", "We need more time");
    w.stop_for_today = t.pgettext("stop_for_today", "Stop for today");
    // TRANSLATORS: "This is pause {n} today. ..."
    w.suggest_stop = t.pgettext(
        "suggest_stop", "This is pause {n} today. Stopping here and coming back another day is a good choice too.");
    // TRANSLATORS: "Your pause signal: “{signal}”"
    w.signal_reminder = t.pgettext("signal_reminder", "Your pause signal: “{signal}”");
    // TRANSLATORS: Summary.
    w.summary_heading = t.pgettext("summary_heading", "Thank you both");
    // TRANSLATORS: the heading after "stop for today"
    w.summary_stopped = t.pgettext("summary_stopped", "You stopped for today. Thank you both.");
    // TRANSLATORS: "Parts done: {n} of {total}"
    w.items_done = t.pgettext("items_done", "Parts done: {n} of {total}");
    // TRANSLATORS: not every part: "Today you went through {n} of {total} parts"
    w.items_some = t.pgettext("items_some", "Today you went through {n} of {total} parts");
    // TRANSLATORS: no part finished: "Today you began with “{title}”"
    w.items_begun = t.pgettext("items_begun", "Today you began with “{title}”");
    // TRANSLATORS: "Page {n} of {total}"
    w.summary_page = t.pgettext("summary_page", "Page {n} of {total}");
    w.previous_page = t.pgettext("previous_page", "Previous page");
    w.next_page = t.pgettext("next_page", "Next page");
    w.speaking_time = t.pgettext("speaking_time", "Speaking time");
    w.pauses_none = t.pgettext("pauses_none", "No pauses");
    // TRANSLATORS: "Pauses: {n} ({time} in all)"
    w.pauses_count = t.pgettext("pauses_count", "Pauses: {n} ({time} in all)");
    w.checkins = t.pgettext("checkins", "Check-ins");
    w.agreements = t.pgettext("agreements", "Agreements");
    // TRANSLATORS: a redone agreement's or answer's history: "earlier: {text}"
    w.earlier = t.pgettext("earlier", "earlier: {text}");
    // TRANSLATORS: a summary heading again where its list goes on in the next column
    w.continued = t.pgettext("continued", "{heading} (continued)");
    // TRANSLATORS: "Time together: {time}"
    w.time_together = t.pgettext("time_together", "Time together: {time}");
    // TRANSLATORS: How the reflections ended, shown only when one ended "not quite": some heard and some not yet, or
    // none heard in full yet. "Reflections: {heard} heard, {open} not quite yet; …"
    w.reflections_mixed =
        t.pgettext("reflections_mixed",
                   "Reflections: {heard} heard, {open} not quite yet. You can come back to this another time.");
    // TRANSLATORS: "Reflections: {open} not quite yet; …"
    w.reflections_open = t.pgettext("reflections_open",
                                    "Reflections: {open} not quite heard yet. You can come back to this another time.");
    // TRANSLATORS: "Hold {ctrl}+Q to close"
    w.close_hint = t.pgettext("close_hint", "Hold {ctrl}+Q to close");
    // TRANSLATORS: the summary's Next when the session was picked from the list
    w.back_to_picker = t.pgettext("back_to_picker", "Choose another conversation");
    // TRANSLATORS: under it: "{left} + {right}, or hold {enter}"
    w.back_keys = t.pgettext("back_keys", "{left} + {right}, or hold {enter}");
    // TRANSLATORS: while Enter is held on the summary
    w.keep_holding_to_leave = t.pgettext("keep_holding_to_leave", "Keep holding to choose another conversation");
    // TRANSLATORS: one partner pressed their key: "{name} is ready … {other} … {key}"
    w.waiting_to_leave = t.pgettext(
        "waiting_to_leave", "{name} is ready to choose another conversation. {other}: {key} when you are ready too.");
    // TRANSLATORS: The picker: the list of scripts `attune` opens on.
    w.picker_heading = t.pgettext("picker_heading", "Choose a conversation");
    // TRANSLATORS: group heading: the scripts that come with attune
    w.picker_built_in = t.pgettext("picker_built_in", "Built in");
    // TRANSLATORS: group heading: the user's own and --scripts folders
    w.picker_yours = t.pgettext("picker_yours", "Your scripts");
    // TRANSLATORS: "{n} min"
    w.picker_minutes = t.pgettext("picker_minutes", "{n} min");
    // TRANSLATORS: "about {time}"
    w.picker_about = t.pgettext("picker_about", "about {time}");
    // TRANSLATORS: The list of scripts: how many parts a conversation has.
    w.picker_parts = t.npgettext("picker_parts", "{n} part", "{n} parts");
    w.picker_start = t.pgettext("picker_start", "Start");
    // TRANSLATORS: marks a broken script in the list
    w.picker_does_not_load = t.pgettext("picker_does_not_load", "does not load");
    // TRANSLATORS: above its errors
    w.picker_broken_heading = t.pgettext("picker_broken_heading", "This script does not load yet");
    // TRANSLATORS: how to look again: "{ctrl}+R"
    w.picker_broken_hint =
        t.pgettext("picker_broken_hint", "Fix the lines below, then press {ctrl}+R to read the scripts again.");
    // TRANSLATORS: "↑ ↓ to choose · {start} to start · hold {ctrl}+Q to close"
    w.picker_keys = t.pgettext("picker_keys", "↑ ↓ to choose · {start} to start · hold {ctrl}+Q to close");
    w.picker_empty = t.pgettext("picker_empty", "No conversation scripts were found.");
    // TRANSLATORS: "Scripts you write go in {folder}"
    w.picker_empty_hint = t.pgettext("picker_empty_hint", "Scripts you write go in {folder}");
    // TRANSLATORS: "Page {n} of {total}"
    w.picker_page = t.pgettext("picker_page", "Page {n} of {total}");
    // TRANSLATORS: Error screen.
    w.error_heading = t.pgettext("error_heading", "This conversation cannot start yet");
    w.error_body = t.pgettext(
        "error_body",
        "The script has something to fix. The lines below say where; whoever wrote the script can correct it.");
    // TRANSLATORS: --windowed: "Save the fix, then press {ctrl}+R."
    w.error_reload_hint = t.pgettext("error_reload_hint", "Save the fix, then press {ctrl}+R.");
    // TRANSLATORS: Help overlay and quitting.
    w.help_heading = t.pgettext("help_heading", "Keys");
    // TRANSLATORS: "F1 or ? closes this"
    w.help_close = t.pgettext("help_close", "F1, ? or Esc closes this");
    w.help_next = t.pgettext("help_next", "Next");
    w.help_pause = t.pgettext("help_pause", "Pause, at any moment");
    w.help_yes = t.pgettext("help_yes", "Yes: “I'm ready”, “I agree”, “That's it”, “Move on”; ends your own turn");
    w.help_other = t.pgettext("help_other", "Other: “Not quite”, more time, “We agreed aloud”");
    w.help_digits = t.pgettext("help_digits", "Check-in answer");
    // TRANSLATORS: the keys of a choice: "{move}, then {pick}"
    w.help_choice_keys = t.pgettext("help_choice_keys", "{move}, then {pick}");
    // TRANSLATORS: how a choice is made, in the words of its screen
    w.help_choice = t.pgettext("help_choice", "A choice: move, then pick; it goes on when you both pick the same");
    // TRANSLATORS: the summary's pages
    w.help_pages = t.pgettext("help_pages", "The summary's pages");
    // TRANSLATORS: leaving the summary for the list: the button's words, "{enter}" held
    w.help_leave = t.pgettext("help_leave", "“Choose another conversation” (or hold {enter})");
    w.help_mute = t.pgettext("help_mute", "Sound on or off");
    w.help_counselor = t.pgettext("help_counselor", "For the counselor");
    w.help_skip = t.pgettext("help_skip", "Skip this step");
    w.help_back = t.pgettext("help_back", "Back to the previous step");
    w.help_add_minute = t.pgettext("help_add_minute", "One more minute on the countdown");
    w.help_end_cooldown = t.pgettext("help_end_cooldown", "End the cool-down now");
    w.help_quit = t.pgettext("help_quit", "Hold two seconds to close");
    w.help_escape = t.pgettext("help_escape", "Does nothing (clickers send it)");
    w.help_reload = t.pgettext("help_reload", "Read the script again (while writing)");
    // TRANSLATORS: the small "?" button label
    w.help_button = t.pgettext("help_button", "? Keys");
    // TRANSLATORS: while Ctrl+Q is held
    w.keep_holding = t.pgettext("keep_holding", "Keep holding to close");
    // TRANSLATORS: Keeping a conversation in the couple's space (keeping.hpp).
    w.keep_title = t.pgettext("keep_title", "Keep this conversation?");
    w.keep_explain = t.pgettext("keep_explain",
                                "Only if you both want to. It is kept in your own space on this computer, locked with "
                                "your passphrase. Otherwise nothing of it is kept.");
    w.keep_wants = t.pgettext("keep_wants", "{name}: keep it");
    w.keep_waiting = t.pgettext("keep_waiting", "{name} would like to keep it. {key} if you would too.");
    w.keep_without = t.pgettext("keep_without", "Go on without keeping");
    w.keep_back_hint = t.pgettext("keep_back_hint", "{escape}: back");
    w.space_title = t.pgettext("space_title", "Which space is yours?");
    w.space_new = t.pgettext("space_new", "A new space");
    w.space_hint = t.pgettext("space_hint", "↑ ↓ to choose · {enter} to open · {escape}: back");
    w.passphrase_title = t.pgettext("passphrase_title", "The passphrase of “{space}”");
    w.field_hint = t.pgettext("field_hint", "Type, then {enter} · {escape}: back");
    w.passphrase_forgot = t.pgettext("passphrase_forgot", "Forgotten? {key} for the recovery code");
    w.recovery_title = t.pgettext("recovery_title", "The recovery code of “{space}”");
    w.recovery_explain = t.pgettext("recovery_explain",
                                    "The code you wrote down when you made the space. Without the passphrase or this "
                                    "code, nobody can open the space, not even a counselor.");
    w.name_title = t.pgettext("name_title", "A name for your space");
    w.name_explain = t.pgettext(
        "name_explain", "A code name you both recognise. It is the only thing others can see on this computer.");
    w.new_passphrase_title = t.pgettext("new_passphrase_title", "Choose a passphrase");
    w.new_passphrase_explain = t.pgettext(
        "new_passphrase_explain",
        "At least {count} characters that you both will remember. You type it each time you keep a conversation.");
    w.repeat_title = t.pgettext("repeat_title", "The passphrase once more");
    w.written_title = t.pgettext("written_title", "Your recovery code");
    w.written_explain = t.pgettext("written_explain",
                                   "Write it down and keep it somewhere safe. It is shown only this once. If you "
                                   "forget the passphrase, it opens your space.");
    w.written_done = t.pgettext("written_done", "{name}: written down");
    w.resume_title = t.pgettext("resume_title", "A conversation did not end");
    w.resume_explain = t.pgettext("resume_explain", "“{title}”, {when}. You can go on where you stopped.");
    w.resume_cooling = t.pgettext("resume_cooling",
                                  "It stopped during a pause. The pause goes on, counting the time that has passed.");
    w.resume_go_on = t.pgettext("resume_go_on", "Go on where we stopped");
    w.resume_anew = t.pgettext("resume_anew", "{name}: begin anew");
    w.resume_anew_hint = t.pgettext("resume_anew_hint", "Beginning anew keeps the earlier conversation as it is.");
    w.resume_today = t.pgettext("resume_today", "today at {time}");
    w.resume_on = t.pgettext("resume_on", "on {date}");
    w.working_open = t.pgettext("working_open", "Opening your space…");
    w.working_make = t.pgettext("working_make", "Making your space…");
    w.problem_wrong = t.pgettext("problem_wrong", "That does not open “{space}”. Please try again.");
    w.problem_wait = t.pgettext("problem_wait", "You can try again in {time}.");
    w.problem_mismatch = t.pgettext("problem_mismatch", "The two did not match. Please choose it again.");
    w.problem_short = t.pgettext("problem_short", "Please use at least {count} characters.");
    w.problem_taken = t.pgettext("problem_taken", "A space with this name exists already.");
    w.problem_name = t.pgettext("problem_name", "Please choose another name, without / or a leading dot.");
    w.problem_cannot_open = t.pgettext("problem_cannot_open", "This space cannot be opened: {detail}");
    w.problem_full = t.pgettext("problem_full", "The disk is full, so this conversation cannot be kept.");
    w.problem_failed =
        t.pgettext("problem_failed", "The disk could not be written, so this conversation cannot be kept.");
    w.problem_idle = t.pgettext("problem_idle", "Your space closed itself after ten minutes without a key.");
    w.notice_title = t.pgettext("notice_title", "Keeping is not possible right now");
    w.notice_safe = t.pgettext("notice_safe", "Everything you confirmed until now is safe.");
    w.notice_cancel = t.pgettext("notice_cancel", "Back to the start");
    w.kept_mark = t.pgettext("kept_mark", "Kept in your space");
    w.kept_lost_title = t.pgettext("kept_lost_title", "From here on, this conversation is not kept");
    // TRANSLATORS: Days and counts in words: "Monday 7 December", "Four conversations". Monday first, separated by
    // spaces
    w.weekday_names = t.pgettext("weekday_names", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday");
    // TRANSLATORS: January first, separated by spaces
    w.month_names = t.pgettext("month_names",
                               "January February March April May June July August September October November December");
    // TRANSLATORS: "{weekday} {day} {month}"
    w.date_pattern = t.pgettext("date_pattern", "{weekday} {day} {month}");
    // TRANSLATORS: zero to twelve, separated by spaces
    w.number_names = t.pgettext("number_names", "zero one two three four five six seven eight nine ten eleven twelve");
    // TRANSLATORS: The couple's home screen (home.hpp).
    w.home_title = t.pgettext("home_title", "Your space");
    w.home_next = t.pgettext("home_next", "Next conversation: {date}");
    w.home_next_none = t.pgettext("home_next_none", "No day set yet for your next conversation");
    // TRANSLATORS: the start screen while the space is open: the day this conversation was planned for
    w.planned_today = t.pgettext("planned_today", "Planned for today");
    // TRANSLATORS: a later day, e.g. "Tuesday 8 December"
    w.planned_ahead = t.pgettext("planned_ahead", "You planned this conversation for {day}");
    // TRANSLATORS: a day that passed, said plainly, never as a reproach
    w.planned_before = t.pgettext("planned_before", "Planned for {day}");
    w.home_agreements = t.pgettext("home_agreements", "Your agreements");
    w.home_agreements_none = t.pgettext(
        "home_agreements_none", "No agreements yet. The ones you make together are kept here, each in your own words.");
    w.home_due = t.pgettext("home_due", "Time to look at it again together");
    w.home_kept_since = t.pgettext("home_kept_since", "Since {date}");
    w.home_review_on = t.pgettext("home_review_on", "review {date}");
    w.home_aloud = t.pgettext("home_aloud", "Agreed aloud");
    w.home_together = t.pgettext("home_together", "Together");
    w.home_conversations = t.pgettext("home_conversations", "Conversations together: {n}, this month {month}");
    w.home_first_time = t.pgettext("home_first_time", "Your first conversation in this space begins here.");
    w.home_tracks = t.pgettext("home_tracks", "Your check-ins over time");
    w.home_page = t.pgettext("home_page", "{n} of {total} · ↓ for more");
    w.home_begin = t.pgettext("home_begin", "On to the conversation");
    w.home_take_home = t.pgettext("home_take_home",
                                  "To take home, each presses their key: {paper} agreements on paper · {calendar} the "
                                  "next conversation in your calendars");
    w.home_asking_paper =
        t.pgettext("home_asking_paper", "{name} would like the agreements on paper. {key} if you would too.");
    w.home_asking_calendar = t.pgettext(
        "home_asking_calendar", "{name} would like the next conversation in your calendars. {key} if you would too.");
    w.export_paper_title = t.pgettext("export_paper_title", "Your agreements on paper");
    w.export_calendar_title = t.pgettext("export_calendar_title", "Your next conversation in your calendars");
    w.export_paper_notice = t.pgettext("export_paper_notice",
                                       "This writes your agreements as a PDF file into {folder}. The file is outside "
                                       "your space: anyone with access to this computer can read it.");
    w.export_calendar_notice =
        t.pgettext("export_calendar_notice",
                   "This writes the next conversation as a calendar file into {folder}. The file is outside your "
                   "space: anyone with access to this computer can read it.");
    w.export_confirm = t.pgettext("export_confirm", "{enter}: write the file · {escape}: not now");
    w.export_done_title = t.pgettext("export_done_title", "The file is written");
    w.export_done = t.pgettext("export_done", "It is in {path}");
    w.export_failed_title = t.pgettext("export_failed_title", "Nothing was written");
    w.export_dismiss = t.pgettext("export_dismiss", "{enter}: back to your space");
    w.export_back = t.pgettext("export_back", "Back to your space");
    // TRANSLATORS: a calendar file asked for with no day set
    w.export_no_day = t.pgettext(
        "export_no_day", "No day is set for your next conversation yet, so there is nothing for your calendars.");
    // TRANSLATORS: a file that could not be written
    w.export_not_written =
        t.pgettext("export_not_written", "The file could not be written there. Nothing left your space.");
    // TRANSLATORS: {Count} is a number in words, capitalised ("Four").
    w.milestone_month =
        t.npgettext("milestone_month", "{Count} conversation this month", "{Count} conversations this month");
    // TRANSLATORS: {Count} is a number in words, capitalised ("Ten").
    w.milestone_all = t.npgettext("milestone_all", "{Count} conversation together", "{Count} conversations together");
    // TRANSLATORS: {count} is a number of weeks in words ("four").
    w.milestone_kept =
        t.npgettext("milestone_kept", "“{subject}” kept for {count} week", "“{subject}” kept for {count} weeks");
    w.milestone_first = t.pgettext("milestone_first", "Your first agreement, set down together");
    // TRANSLATORS: "Your first review together: “{subject}”"
    w.milestone_first_review = t.pgettext("milestone_first_review", "Your first review together: “{subject}”");
    // TRANSLATORS: every agreement in force has been looked at again
    w.milestone_all_reviewed =
        t.pgettext("milestone_all_reviewed", "Every agreement you hold has been looked at again together");
    // TRANSLATORS: one partner said yes to the day: "Waiting for {name}: {key} …"
    w.meeting_waiting = t.pgettext("meeting_waiting", "Waiting for {name}: {key} if this day suits you too.");
    // TRANSLATORS: The end of a kept conversation: what changed, and when to meet next.
    w.changes_heading = t.pgettext("changes_heading", "What changed in your agreements");
    w.change_new = t.pgettext("change_new", "New");
    w.change_reworded = t.pgettext("change_reworded", "Reworded");
    w.change_let_go = t.pgettext("change_let_go", "Let go");
    w.change_kept = t.pgettext("change_kept", "Looked at and kept");
    w.meeting_heading = t.pgettext("meeting_heading", "When would you like to talk next?");
    w.meeting_yes = t.pgettext("meeting_yes", "{name}: yes");
    w.meeting_hint = t.pgettext("meeting_hint", "↑ ↓ a day earlier or later · {escape}: no day for now");
    w.meeting_agreed = t.pgettext("meeting_agreed", "Your next conversation: {date}");
    w.meeting_skipped = t.pgettext("meeting_skipped", "No day set. You can choose one next time.");
    // TRANSLATORS: What the counselor changed, said calmly on the summary; {title} is an item's title.
    w.override_skip = t.npgettext("override_skip", "The counselor skipped {n} step of “{title}”",
                                  "The counselor skipped {n} steps of “{title}”");
    w.override_back = t.pgettext("override_back", "The counselor went back a step in “{title}”");
    w.override_add_minute = t.npgettext("override_add_minute", "The counselor added {n} minute to “{title}”",
                                        "The counselor added {n} minutes to “{title}”");
    w.override_end_cooldown = t.npgettext("override_end_cooldown", "The counselor ended a cool-down after {n} minute",
                                          "The counselor ended a cool-down after {n} minutes");
    w.override_end_cooldown_soon =
        t.pgettext("override_end_cooldown_soon", "The counselor ended a cool-down at its start");
    w.override_jump = t.pgettext("override_jump", "The counselor went on to “{title}”");
    w.override_pause = t.pgettext("override_pause", "The counselor called a pause during “{title}”");
    // TRANSLATORS: The counselor's console, on the counselor's own screen.
    w.console_heading = t.pgettext("console_heading", "Counselor");
    w.console_total = t.pgettext("console_total", "{real} of {planned} planned");
    w.console_agenda = t.pgettext("console_agenda", "Agenda");
    w.console_now = t.pgettext("console_now", "Now");
    w.console_not_begun = t.pgettext("console_not_begun", "The partners have not begun yet.");
    w.console_finished = t.pgettext("console_finished", "The conversation has ended.");
    w.console_step = t.pgettext("console_step", "Step {n} of {total}");
    w.console_item_box = t.pgettext("console_item_box", "Time box: {time} left");
    w.console_pause = t.pgettext("console_pause", "Pause {n}: cool-down, {time} left");
    w.console_pause_over = t.pgettext("console_pause_over", "Pause {n}: cool-down over; waiting until both are ready");
    w.console_speaking = t.pgettext("console_speaking", "Speaking time");
    w.console_checkins = t.pgettext("console_checkins", "Check-ins");
    w.console_hidden = t.pgettext("console_hidden", "(not shown to the partners)");
    w.console_agreements = t.pgettext("console_agreements", "Agreements");
    w.console_being_written = t.pgettext("console_being_written", "Being written: {text}");
    w.console_nudges = t.pgettext("console_nudges", "Nudges for the shared screen");
    w.console_nudge_shown = t.pgettext("console_nudge_shown", "On the shared screen: {text}");
    w.console_dismiss = t.pgettext("console_dismiss", "Take back");
    w.console_notes = t.pgettext("console_notes", "Private notes");
    w.console_note_hint = t.pgettext("console_note_hint", "N or a click: write a note. Only you see it.");
    w.console_note_keys = t.pgettext("console_note_keys", "Enter keeps it, Esc drops it");
    w.console_type_nudge = t.pgettext("console_type_nudge", "Type a nudge");
    w.console_nudge_keys = t.pgettext("console_nudge_keys", "Enter shows it, Esc drops it");
    w.console_window_title = t.pgettext("console_window_title", "attune: counselor");
    w.console_skip = t.pgettext("console_skip", "Skip step");
    w.console_back = t.pgettext("console_back", "Back");
    w.console_add_minute = t.pgettext("console_add_minute", "+1 minute");
    w.console_end_cooldown = t.pgettext("console_end_cooldown", "End cool-down");
    w.console_pause_button = t.pgettext("console_pause_button", "Pause");
    // TRANSLATORS: a short calm message the counselor can show on the shared screen
    w.nudges = {
        t.pgettext("nudge_1", "Slow down"),         t.pgettext("nudge_2", "Reflect first"),
        t.pgettext("nudge_3", "Take a breath"),     t.pgettext("nudge_4", "Use an I statement"),
        t.pgettext("nudge_5", "One at a time"),     t.pgettext("nudge_6", "Listen to understand"),
        t.pgettext("nudge_7", "Say what you need"), t.pgettext("nudge_8", "Stay with this topic"),
    };
    return w;
}

Words english_words() { return words_from(Translator{}); }

}  // namespace attune
