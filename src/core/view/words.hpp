#pragma once
// The kiosk's own words (buttons, hints, headings, the cool-down text, help,
// the summary, the error screen), one table per language. The script's own
// text (prompts, questions) comes from the script; these words surround it.
// The English is in words_en.cpp; every other language comes from its
// gettext catalogue (po/LANG.po, compiled to LANG/LC_MESSAGES/attune.mo),
// which the program hands over through set_catalogue_source.
//
// Tone: calm, neutral, never blaming. Nothing here names who called a pause.
// Placeholders in braces ("{name}", "{time}", "{n}") are filled by `fill`.
#include <string>
#include <string_view>
#include <vector>

#include "catalogue_shelf.hpp"
#include "pattern_fill.hpp"
#include "translator.hpp"

namespace attune {

struct Words {
    std::string language;  // primary subtag: "en", "de"

    // Keys as printed on keyboards of this language.
    std::string key_space, key_enter, key_escape, key_end, key_ctrl, key_pause, key_backspace;
    std::string key_page_down, key_page_up;

    // Start screen.
    std::string begin;         // the primary button
    std::string who_is_here;   // above the two names
    std::string change_name;   // under a name: "{key} to change"
    std::string editing_name;  // while a name is typed: how to finish
    std::string names_hint;    // who sits where: "{left} sits left, {right} right"
    // The pause rule, told before anyone begins.
    std::string pause_rule_heading;  // "If it gets too much"
    std::string pause_rule_how;      // "Either of you can pause at any moment: {key} or “{button}”."
    std::string pause_rule_both;     // the cool-down, resumed by both: "{time} … you are both ready."
    std::string pause_rule_either;   // the cool-down, resumed by either
    std::string pause_rule_signal;   // "Your pause signal: “{signal}”. …"
    // A length of time in words: "20 minutes", "1 minute", "45 seconds".
    PluralText duration_minutes, duration_seconds;

    // Every running step.
    std::string next;
    std::string pause;
    std::string pause_signal;    // the agreed signal on the pause button: "Pause · “{signal}”"
    std::string item_of;         // "Part {n} of {total}"
    std::string round_of;        // exchange: "Round {n} of {total}"
    std::string reflection_of;   // reflect: "Reflection {n} of {total}"
    std::string item_time_left;  // the item's time box: "{time} left for this part"
    std::string sound_off;

    // Turn, reflect, verdict, clarify.
    std::string has_the_floor;
    std::string listen_without_interrupting;  // "{name}: listen without interrupting"
    std::string reflects;                     // caption under the listener's name
    std::string default_reflect_prompt;
    std::string speaker_listens;   // during a reflection: "{name}: listen, then say if it fits"
    std::string verdict_question;  // asked of the speaker, under their name ({name} may be used)
    std::string answers;           // caption under the speaker's name on the verdict: "answers"
    std::string thats_it;
    std::string not_quite;
    std::string not_heard;       // "not quite" on the last reflection: "Not everything was heard yet; ..."
    std::string not_heard_hint;  // under it: what happens now
    std::string clarifies;
    std::string default_clarify_prompt;
    PluralText minutes_left;  // "{n} minutes left"
    std::string under_a_minute_left;
    PluralText seconds_left;  // "{n} seconds left"
    std::string time_is_up;   // at 0:00 and in overtime

    // Check-in.
    std::string your_answer;        // "{name}, your answer"
    std::string answered;           // "{name}: answered"
    std::string waiting;            // "{name}: not yet"
    std::string checkin_again;      // asked again after the pause a low answer called
    std::string checkin_still_low;  // asked again, an answer still low: never says whose
    std::string checkin_offer;      // what the partners can do now
    std::string pause_again;        // the button
    std::string go_on;              // "{name}: go on"
    std::string going_on;           // "{name} would go on"
    std::string scale_ends;         // "1 = {low} … {n} = {high}"
    std::string reveal_together;    // before anyone answers: both answers appear together on the summary
    std::string reveal_never;       // before anyone answers: the answers only serve the pause, not kept
    std::string scale_low, scale_high;

    // Breathing guide.
    std::string breathe_in, hold, breathe_out;

    // Agreement.
    std::string write_it_down;
    std::string agreed_aloud_button;
    std::string agreed_aloud;  // shown instead of the text
    std::string nothing_written;
    std::string typing_hint;  // "Enter to keep it, Esc to stop typing (the text waits)"
    std::string done_typing;
    std::string cancel;
    std::string draft_waits;      // a draft set aside with Esc: "“{text}” (not kept yet: ...)"
    std::string put_aside;        // stop typing an agreement; the draft waits: "Later"
    std::string confirm;          // the button that agrees: "{name}: I agree"
    std::string confirmed;        // "{name} confirmed"
    std::string either_confirms;  // quorum either

    // Choice.
    std::string choose_hint;     // how each partner picks, and that it goes on when both pick the same
    std::string choice_picked;   // "{name} picks “{option}”"
    std::string choice_waiting;  // "{name} has not picked yet"
    std::string choice_differs;  // both picked, not the same: calm, no blame

    // Review: the couple's earlier agreements, one at a time.
    std::string review_prompt;       // the heading when the script gives none
    std::string review_of;           // "Agreement {n} of {total}"
    std::string review_answered_to;  // where it came from: "In answer to “{prompt}”"
    std::string review_aloud;        // an agreement made aloud has no words to show
    std::string review_how;          // "How is it going?"
    std::string review_reveal;       // both ratings show together once both are given
    std::string rating_working, rating_partly, rating_not_yet;
    std::string review_rated;   // both shown: "{name}: {rating}"
    std::string review_decide;  // "What do you want to do with it?"
    std::string review_keep, review_reword, review_let_go;
    std::string review_decide_hint;     // before a decision: both pick the same, letting go too
    std::string review_reword_heading;  // "New words for this agreement"
    std::string review_back_hint;       // new words, not typing: "{key}: back to keep, reword or let go"
    std::string review_old_words;       // "Until now: “{text}”"
    std::string review_old_aloud;       // until now it was agreed aloud
    std::string review_not_kept;        // no space open: nothing to look at, calmly
    std::string review_nothing_due;     // no agreement's review date has come
    std::string review_none_in_force;   // `which: all`, and no agreement yet
    std::string review_go_on;           // under those: Next goes on
    std::string help_review;            // the help's row for a review's third key, in the words of its screen

    // Item time box.
    std::string time_box_heading;   // "The time for “{item}” is up"
    std::string time_box_question;  // "Move on, or take {time} more? You both decide."
    // What moving on skips, said before anyone votes: only talk is left, or
    // talk and steps that still come ("{kept}" lists them; one or several).
    std::string time_box_skips_all;
    PluralText time_box_keeps;  // "Moving on skips the rest of the talk …; {kept} still comes."
    PluralText kept_checkins, kept_agreements, kept_choices;
    std::string list_and;  // the last joint of a list: " and "
    std::string move_on;
    std::string more_time;       // "{time} more"
    std::string vote_move_on;    // "{name}: move on"
    std::string vote_more_time;  // "{name}: more time"
    std::string vote_waiting;    // "{name}: not yet"

    // The pause.
    std::string pause_heading;  // never says who called it
    std::string default_cooldown_message;
    std::string back_at;           // "Back at {time}"
    std::string cooldown_caption;  // under the countdown
    std::string cooldown_over;     // heading once resuming is possible
    std::string ready;             // the button that says so: "{name}: I'm ready"
    std::string is_ready;          // "{name} is ready" once given
    std::string either_ready;      // quorum either
    std::string need_more_time;    // "We need more time"
    std::string stop_for_today;
    std::string suggest_stop;     // "This is pause {n} today. ..."
    std::string signal_reminder;  // "Your pause signal: “{signal}”"

    // Summary.
    std::string summary_heading;
    std::string summary_stopped;  // the heading after "stop for today"
    std::string items_done;       // "Parts done: {n} of {total}"
    std::string items_some;       // not every part: "Today you went through {n} of {total} parts"
    std::string items_begun;      // no part finished: "Today you began with “{title}”"
    std::string summary_page;     // "Page {n} of {total}"
    std::string previous_page;
    std::string next_page;
    std::string speaking_time;
    std::string pauses_none;
    std::string pauses_count;  // "Pauses: {n} ({time} in all)"
    std::string checkins;
    std::string agreements;
    std::string earlier;        // a redone agreement's or answer's history: "earlier: {text}"
    std::string continued;      // a summary heading again where its list goes on: "{heading} (continued)"
    std::string time_together;  // "Time together: {time}"
    // How the reflections ended, shown only when one ended "not quite":
    // some heard and some not yet, or none heard in full yet.
    std::string reflections_mixed;      // "Reflections: {heard} heard, {open} not quite yet; …"
    std::string reflections_open;       // "Reflections: {open} not quite yet; …"
    std::string close_hint;             // "Hold {ctrl}+Q to close"
    std::string back_to_picker;         // the summary's Next when the session was picked from the list
    std::string back_keys;              // under it: "{left} + {right}, or hold {enter}"
    std::string keep_holding_to_leave;  // while Enter is held on the summary
    std::string waiting_to_leave;       // one partner pressed their key: "{name} is ready … {other} … {key}"
    // What the counselor changed, on the summary (issue 12): said calmly, as
    // what happened, apart from the partners' own actions. "{title}" is an
    // item's title, "{n}" a count of steps or minutes.
    PluralText override_skip;                // "The counselor skipped {n} step(s) of “{title}”"
    std::string override_back;               // "The counselor went back a step in “{title}”"
    PluralText override_add_minute;          // "The counselor added {n} minute(s) to “{title}”"
    PluralText override_end_cooldown;        // "The counselor ended a cool-down after {n} minute(s)"
    std::string override_end_cooldown_soon;  // under half a minute: "… at its start"
    std::string override_jump;               // "The counselor went on to “{title}”"
    std::string override_pause;              // "The counselor called a pause during “{title}”"
    // The nudges a counselor can send when the script has none of its own.
    std::vector<std::string> nudges;

    // The counselor's console (console.hpp).
    std::string console_heading;        // "Counselor"
    std::string console_total;          // "{real} of {planned} planned"
    std::string console_agenda;         // "Agenda"
    std::string console_now;            // "Now"
    std::string console_not_begun;      // before Begin
    std::string console_finished;       // after the end
    std::string console_step;           // "Step {n} of {total}"
    std::string console_item_box;       // "Time box: {time} left"
    std::string console_pause;          // "Pause {n}: cool-down, {time} left" (never who called it)
    std::string console_pause_over;     // "Pause {n}: cool-down over; waiting until both are ready"
    std::string console_speaking;       // "Speaking time"
    std::string console_checkins;       // "Check-ins"
    std::string console_hidden;         // after an answer the script keeps from the partners
    std::string console_agreements;     // "Agreements"
    std::string console_being_written;  // "Being written: {text}"
    std::string console_nudges;         // "Nudges for the shared screen"
    std::string console_nudge_shown;    // "On the shared screen: {text}"
    std::string console_dismiss;        // "Take back"
    std::string console_notes;          // "Private notes"
    std::string console_note_hint;      // the empty note field
    std::string console_note_keys;      // while a note is typed
    std::string console_type_nudge;     // the button that starts typing a nudge
    std::string console_nudge_keys;     // while a nudge is typed
    std::string console_window_title;   // "attune: counselor", the console window's title
    std::string console_skip, console_back, console_add_minute, console_end_cooldown, console_pause_button;

    // Error screen.
    std::string error_heading;
    std::string error_body;
    std::string error_reload_hint;  // --windowed: "Save the fix, then press {ctrl}+R."

    // The picker: the list of scripts `attune` opens on.
    std::string picker_heading;
    std::string picker_built_in;  // group heading: the scripts that come with attune
    std::string picker_yours;     // group heading: the user's own and --scripts folders
    std::string picker_minutes;   // "{n} min"
    std::string picker_about;     // "about {time}"
    PluralText picker_parts;      // "1 part", "{n} parts"
    std::string picker_start;
    std::string picker_does_not_load;   // marks a broken script in the list
    std::string picker_broken_heading;  // above its errors
    std::string picker_broken_hint;     // how to look again: "{ctrl}+R"
    std::string picker_keys;            // "↑ ↓ to choose · {start} to start · hold {ctrl}+Q to close"
    std::string picker_empty;
    std::string picker_empty_hint;  // "Scripts you write go in {folder}"
    std::string picker_page;        // "Page {n} of {total}"

    // Help overlay and quitting.
    std::string help_heading;
    std::string help_close;  // "F1 or ? closes this"
    std::string help_next, help_pause, help_yes, help_other, help_digits, help_mute, help_skip, help_back,
        help_add_minute, help_end_cooldown, help_quit, help_escape, help_counselor, help_reload;
    std::string help_choice_keys;  // the keys of a choice: "{move}, then {pick}"
    std::string help_choice;       // how a choice is made, in the words of its screen
    std::string help_pages;        // the summary's pages
    std::string help_leave;        // leaving the summary for the list: the button's words, "{enter}" held
    std::string help_button;       // the small "?" button label
    std::string keep_holding;      // while Ctrl+Q is held

    // Keeping a conversation in the couple's space (keeping.hpp).
    std::string keep_title;
    std::string keep_explain;
    std::string keep_wants;
    std::string keep_waiting;
    std::string keep_without;
    std::string keep_back_hint;
    std::string space_title;
    std::string space_new;
    std::string space_hint;
    std::string passphrase_title;
    std::string field_hint;
    std::string passphrase_forgot;
    std::string recovery_title;
    std::string recovery_explain;
    std::string name_title;
    std::string name_explain;
    std::string new_passphrase_title;
    std::string new_passphrase_explain;
    std::string repeat_title;
    std::string written_title;
    std::string written_explain;
    std::string written_done;
    std::string resume_title;
    std::string resume_explain;
    std::string resume_cooling;
    std::string resume_go_on;
    std::string resume_anew;
    std::string resume_anew_hint;
    std::string resume_today;
    std::string resume_on;
    std::string working_open;
    std::string working_make;
    std::string problem_wrong;
    std::string problem_wait;
    std::string problem_mismatch;
    std::string problem_short;
    std::string problem_taken;
    std::string problem_name;
    std::string problem_cannot_open;
    std::string problem_full;
    std::string problem_failed;
    std::string problem_idle;
    std::string notice_title;
    std::string notice_safe;
    std::string notice_cancel;
    std::string kept_mark;
    std::string kept_lost_title;

    // Days and counts in words: "Monday 7 December", "Four conversations".
    std::string weekday_names;  // Monday first, separated by spaces
    std::string month_names;    // January first, separated by spaces
    std::string date_pattern;   // "{weekday} {day} {month}"
    std::string number_names;   // zero to twelve, separated by spaces
    // The couple's home screen (home.hpp).
    std::string home_title;
    std::string home_next;
    std::string home_next_none;
    // The start screen while the space is open: the day this conversation was planned for.
    std::string planned_today;   // "Planned for today"
    std::string planned_ahead;   // a later day: "You planned this conversation for {day}"
    std::string planned_before;  // a day that passed, said plainly: "Planned for {day}"
    std::string home_agreements;
    std::string home_agreements_none;
    std::string home_due;
    std::string home_kept_since;
    std::string home_review_on;
    std::string home_aloud;
    std::string home_together;
    std::string home_conversations;
    std::string home_first_time;
    std::string home_tracks;
    std::string home_page;
    std::string home_begin;
    std::string home_take_home;
    std::string home_asking_paper;
    std::string home_asking_calendar;
    std::string export_paper_title;
    std::string export_calendar_title;
    std::string export_paper_notice;
    std::string export_calendar_notice;
    std::string export_confirm;
    std::string export_done_title;
    std::string export_done;
    std::string export_failed_title;
    std::string export_dismiss;
    std::string export_no_day;       // a calendar file asked for with no day set
    std::string export_not_written;  // a file that could not be written
    std::string export_back;
    PluralText milestone_month;
    PluralText milestone_all;
    PluralText milestone_kept;
    std::string milestone_first;
    std::string milestone_first_review;  // "Your first review together: “{subject}”"
    std::string milestone_all_reviewed;  // every agreement in force has been looked at again
    std::string meeting_waiting;         // one partner said yes to the day: "Waiting for {name}: {key} …"
    // The end of a kept conversation: what changed, and when to meet next.
    std::string changes_heading;
    std::string change_new;
    std::string change_reworded;
    std::string change_let_go;
    std::string change_kept;
    std::string meeting_heading;
    std::string meeting_yes;
    std::string meeting_hint;
    std::string meeting_agreed;
    std::string meeting_skipped;
};

// The words in a catalogue's language; texts it lacks stay English.
Words words_from(const Translator& translator);
Words english_words();

// Where words_for_language finds a language's catalogue: the program sets
// it once through set_catalogue_source (catalogue_shelf.hpp, in the model,
// because the exports' words come from the same catalogues).

// The table for a BCP 47 tag ("de", "de-AT", "EN-gb"): its primary subtag
// decides; a language without a catalogue gets English. Each language's
// catalogue is asked for once.
Words words_for_language(std::string_view tag);

// `fill` and `fill_count` fill a pattern's placeholders (pattern_fill.hpp).

}  // namespace attune
