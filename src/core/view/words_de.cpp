// The kiosk's German words: informal ("ihr", "du"), as couples counselling
// usually speaks; calm and neutral like the English table.
#include "words.hpp"

namespace attune {

Words german_words() {
    Words w;
    w.language = "de";

    w.key_space = "Leertaste";
    w.key_enter = "Eingabe";
    w.key_escape = "Esc";
    w.key_end = "Ende";
    w.key_ctrl = "Strg";
    w.key_pause = "Pause";
    w.key_backspace = "Rücktaste";
    w.key_page_down = "Bild ↓";
    w.key_page_up = "Bild ↑";

    w.begin = "Beginnen";
    w.who_is_here = "Das heutige Gespräch führen";
    w.change_name = "{key}: Namen ändern";
    w.editing_name = "Namen eingeben, {enter} übernimmt, {escape} bricht ab";
    w.names_hint = "Die linken Tasten gehören {left}, die rechten {right}.";
    w.pause_rule_heading = "Wenn es zu viel wird";
    w.pause_rule_how = "Jede und jeder von euch kann jederzeit pausieren: {key} drücken oder „{button}“ wählen.";
    w.pause_rule_both = "Eine Pause dauert {time}. Es geht erst weiter, wenn sie vorbei ist und ihr beide bereit seid.";
    w.pause_rule_either =
        "Eine Pause dauert {time}. Es geht erst weiter, wenn sie vorbei ist und jemand von euch bereit ist.";
    w.pause_rule_signal = "Euer Pausenzeichen ist „{signal}“: Sagt es jemand von euch, macht ihr Pause.";
    w.duration_minutes = "{n} Minuten";
    w.duration_one_minute = "1 Minute";
    w.duration_seconds = "{n} Sekunden";
    w.duration_one_second = "1 Sekunde";

    w.next = "Weiter";
    w.pause = "Pause";
    w.pause_signal = "Pause · „{signal}“";
    w.item_of = "Teil {n} von {total}";
    w.round_of = "Runde {n} von {total}";
    w.reflection_of = "Spiegelung {n} von {total}";
    w.item_time_left = "noch {time} für diesen Teil";
    w.sound_off = "Ton aus";

    w.has_the_floor = "hat das Wort";
    w.listen_without_interrupting = "{name}: zuhören, ohne zu unterbrechen";
    w.reflects = "gibt wieder, was angekommen ist";
    w.default_reflect_prompt = "In deinen eigenen Worten: Was hast du gehört? Was ist deinem Gegenüber wichtig?";
    w.speaker_listens = "{name}: zuhören, dann sagen, ob es passt";
    w.verdict_question = "Hast du dich verstanden gefühlt? War es das?";
    w.answers = "antwortet";
    w.thats_it = "Ja, genau";
    w.not_quite = "Nicht ganz";
    w.not_heard = "Noch ist nicht alles angekommen; ihr könnt darauf zurückkommen.";
    w.not_heard_hint = "Die Zusammenfassung hält fest, dass es noch nicht ganz angekommen ist.";
    w.clarifies = "ergänzt, was gefehlt hat";
    w.default_clarify_prompt = "Was hat gefehlt, oder was würdest du anders sagen?";
    w.minutes_left = "noch {n} Minuten";
    w.one_minute_left = "noch 1 Minute";
    w.under_a_minute_left = "noch weniger als eine Minute";
    w.seconds_left = "noch {n} Sekunden";
    w.time_is_up = "Die Zeit ist um. Sprich in Ruhe zu Ende.";

    w.your_answer = "{name}, deine Antwort";
    w.answered = "{name}: hat geantwortet";
    w.waiting = "{name}: noch keine Antwort";
    w.scale_ends = "1 = {low}   ·   {n} = {high}";
    w.reveal_together = "Beide Antworten erscheinen am Ende zusammen, sobald ihr beide geantwortet habt.";
    w.reveal_never =
        "Diese Antworten bleiben privat: Sie helfen nur, eine Pause anzubieten, und werden nicht aufbewahrt.";
    w.scale_low = "gar nicht";
    w.scale_high = "sehr";

    w.breathe_in = "Einatmen";
    w.hold = "Halten";
    w.breathe_out = "Ausatmen";

    w.write_it_down = "Aufschreiben";
    w.agreed_aloud_button = "Mündlich vereinbart";
    w.agreed_aloud = "Mündlich vereinbart.";
    w.nothing_written = "Noch nichts aufgeschrieben.";
    w.typing_hint = "{enter} übernimmt, {escape} hört auf zu tippen (der Text bleibt)";
    w.done_typing = "Übernehmen";
    w.cancel = "Abbrechen";
    w.put_aside = "Später";
    w.draft_waits = "„{text}“ (noch nicht übernommen: mit „Aufschreiben“ fertig schreiben)";
    w.confirm = "{name}: Ich stimme zu";
    w.confirmed = "{name} hat zugestimmt";
    w.either_confirms = "Es genügt, wenn jemand von euch zustimmt.";

    w.choose_hint =
        "Jede und jeder wählt mit den eigenen Tasten ({move} zum Wechseln, {pick} zum Wählen) "
        "oder Knöpfen. Es geht weiter, wenn ihr beide dasselbe wählt.";
    w.choice_picked = "{name} wählt „{option}“";
    w.choice_waiting = "{name} hat noch nicht gewählt";
    w.choice_differs = "Noch nicht dasselbe. Sprecht darüber; ihr könnt beide umwählen.";

    w.review_prompt = "Wie geht es euch mit euren Vereinbarungen?";
    w.review_of = "Vereinbarung {n} von {total}";
    w.review_answered_to = "Zur Frage „{prompt}“";
    w.review_aloud = "Das habt ihr mündlich vereinbart; es gibt noch keinen geschriebenen Wortlaut.";
    w.review_how = "Wie läuft es damit?";
    w.review_reveal = "Beide Antworten erscheinen zusammen, sobald ihr beide geantwortet habt.";
    w.rating_working = "Es klappt";
    w.rating_partly = "Teilweise";
    w.rating_not_yet = "Noch nicht";
    w.review_rated = "{name}: {rating}";
    w.review_decide = "Was möchtet ihr damit machen?";
    w.review_keep = "Beibehalten";
    w.review_reword = "Neu formulieren";
    w.review_let_go = "Loslassen";
    w.review_decide_hint = "Es ist entschieden, wenn ihr beide dasselbe wählt.";
    w.review_reword_heading = "Neue Worte für diese Vereinbarung";
    w.review_old_words = "Bisher: „{text}“";
    w.review_old_aloud = "Bisher mündlich vereinbart, zur Frage „{prompt}“";
    w.review_not_kept =
        "Dieses Gespräch wird nicht aufbewahrt, darum gibt es heute keine früheren Vereinbarungen anzusehen.";
    w.review_nothing_due = "Heute steht keine Vereinbarung zur Überprüfung an.";
    w.review_none_in_force = "Es gibt noch keine Vereinbarungen anzusehen.";
    w.review_go_on = "Ihr könnt weitermachen, sobald ihr bereit seid.";
    w.help_review = "Dritte Antwort im Rückblick: „Noch nicht“, „Loslassen“";

    w.time_box_heading = "Die Zeit für „{item}“ ist um";
    w.time_box_question = "Weitergehen oder {time} mehr nehmen? Ihr entscheidet gemeinsam.";
    w.time_box_skips_all = "Weitergehen überspringt den Rest dieses Teils.";
    w.time_box_keeps_one = "Weitergehen überspringt das restliche Gespräch in diesem Teil; {kept} kommt trotzdem.";
    w.time_box_keeps_many = "Weitergehen überspringt das restliche Gespräch in diesem Teil; {kept} kommen trotzdem.";
    w.kept_checkin = "die Frage nach eurem Befinden";
    w.kept_checkins = "die Fragen nach eurem Befinden";
    w.kept_agreement = "die Vereinbarung";
    w.kept_agreements = "die Vereinbarungen";
    w.kept_choice = "die Entscheidung";
    w.kept_choices = "die Entscheidungen";
    w.list_and = " und ";
    w.move_on = "Weitergehen";
    w.more_time = "{time} mehr";
    w.vote_move_on = "{name}: weitergehen";
    w.vote_more_time = "{name}: mehr Zeit";
    w.vote_waiting = "{name}: noch nicht gewählt";
    w.checkin_again = "Nach der Pause noch einmal: dieselbe Frage an euch beide.";
    w.checkin_still_low = "Das ist gerade noch schwer.";
    w.checkin_offer = "Noch eine Pause, für heute aufhören oder weitermachen, wenn ihr beide es wollt.";
    w.pause_again = "Noch eine Pause";
    w.go_on = "{name}: weitermachen";
    w.going_on = "{name} würde weitermachen";

    w.pause_heading = "Eine Pause wurde eingelegt";
    w.default_cooldown_message =
        "Lasst uns eine Pause machen. Atmet langsam. Wir kommen darauf zurück, wenn wir beide "
        "bereit sind.";
    w.back_at = "Weiter um {time}";
    w.cooldown_caption = "bis es weitergehen kann";
    w.cooldown_over = "Weiter, wenn ihr bereit seid";
    w.ready = "{name}: Ich bin bereit";
    w.is_ready = "{name} ist bereit";
    w.either_ready = "Es genügt, wenn jemand von euch bereit ist.";
    w.need_more_time = "Wir brauchen mehr Zeit";
    w.stop_for_today = "Für heute aufhören";
    w.suggest_stop =
        "Das ist heute die {n}. Pause. Hier aufzuhören und an einem anderen Tag weiterzumachen, "
        "ist auch eine gute Wahl.";
    w.signal_reminder = "Euer Pausenzeichen: „{signal}“";

    w.summary_heading = "Danke euch beiden";
    w.summary_stopped = "Ihr habt für heute aufgehört. Danke euch beiden.";
    w.items_done = "Besprochene Teile: {n} von {total}";
    w.items_some = "Heute habt ihr {n} von {total} Teilen besprochen";
    w.items_begun = "Heute habt ihr mit „{title}“ begonnen";
    w.summary_page = "Seite {n} von {total}";
    w.previous_page = "Vorherige Seite";
    w.next_page = "Nächste Seite";
    w.speaking_time = "Redezeit";
    w.pauses_none = "Keine Pausen";
    w.pauses_count = "Pausen: {n} (insgesamt {time})";
    w.checkins = "Euer Befinden";
    w.agreements = "Vereinbarungen";
    w.earlier = "vorher: {text}";
    w.time_together = "Gemeinsame Zeit: {time}";
    w.reflections_mixed =
        "Spiegelungen: {heard} angekommen, {open} noch nicht ganz. Ihr könnt ein andermal darauf zurückkommen.";
    w.reflections_open = "Spiegelungen: {open} noch nicht ganz angekommen. Ihr könnt ein andermal darauf zurückkommen.";
    w.close_hint = "{ctrl}+Q gedrückt halten zum Schließen";

    w.back_to_picker = "Ein anderes Gespräch wählen";
    w.back_keys = "{left} + {right}, oder {enter} halten";
    w.keep_holding_to_leave = "Weiter halten, um ein anderes Gespräch zu wählen";
    w.waiting_to_leave = "{name} ist bereit, ein anderes Gespräch zu wählen. {other}: {key}, wenn du auch bereit bist.";
    w.override_skip = "Die Beratung hat einen Schritt von „{title}“ übersprungen";
    w.override_skips = "Die Beratung hat {n} Schritte von „{title}“ übersprungen";
    w.override_back = "Die Beratung ist in „{title}“ einen Schritt zurückgegangen";
    w.override_add_minute = "Die Beratung hat „{title}“ eine Minute dazugegeben";
    w.override_add_minutes = "Die Beratung hat „{title}“ {n} Minuten dazugegeben";
    w.override_end_cooldown = "Die Beratung hat eine Abkühlzeit nach {n} Minuten beendet";
    w.override_end_cooldown_one = "Die Beratung hat eine Abkühlzeit nach einer Minute beendet";
    w.override_end_cooldown_soon = "Die Beratung hat eine Abkühlzeit gleich zu Beginn beendet";
    w.override_jump = "Die Beratung ist zu „{title}“ übergegangen";
    w.override_pause = "Die Beratung hat während „{title}“ eine Pause eingelegt";
    w.console_heading = "Beratung";
    w.console_total = "{real} von {planned} geplant";
    w.console_agenda = "Ablauf";
    w.console_now = "Jetzt";
    w.console_not_begun = "Die beiden haben noch nicht begonnen.";
    w.console_finished = "Das Gespräch ist zu Ende.";
    w.console_step = "Schritt {n} von {total}";
    w.console_item_box = "Zeitrahmen: noch {time}";
    w.console_pause = "Pause {n}: Abkühlzeit, noch {time}";
    w.console_pause_over = "Pause {n}: Abkühlzeit vorbei; warten, bis beide bereit sind";
    w.console_speaking = "Redezeit";
    w.console_checkins = "Check-ins";
    w.console_hidden = "(den beiden nicht gezeigt)";
    w.console_agreements = "Vereinbarungen";
    w.console_being_written = "Wird formuliert: {text}";
    w.console_nudges = "Hinweise für den gemeinsamen Bildschirm";
    w.console_nudge_shown = "Auf dem gemeinsamen Bildschirm: {text}";
    w.console_dismiss = "Zurücknehmen";
    w.console_notes = "Private Notizen";
    w.console_note_hint = "N oder ein Klick: eine Notiz schreiben. Nur Sie sehen sie.";
    w.console_note_keys = "Eingabe behält sie, Esc verwirft sie";
    w.console_skip = "Schritt überspringen";
    w.console_back = "Zurück";
    w.console_add_minute = "+1 Minute";
    w.console_end_cooldown = "Abkühlzeit beenden";
    w.console_pause_button = "Pause";
    w.nudges = {"Langsamer",
                "Erst spiegeln",
                "Einmal durchatmen",
                "Von sich selbst sprechen",
                "Einer nach dem anderen",
                "Zuhören, um zu verstehen",
                "Sagen, was ihr braucht",
                "Beim Thema bleiben"};

    w.picker_heading = "Wählt ein Gespräch";
    w.picker_built_in = "Mitgeliefert";
    w.picker_yours = "Eure Skripte";
    w.picker_minutes = "{n} Min.";
    w.picker_about = "etwa {time}";
    w.picker_part = "1 Teil";
    w.picker_parts = "{n} Teile";
    w.picker_start = "Starten";
    w.picker_does_not_load = "lädt nicht";
    w.picker_broken_heading = "Dieses Skript lädt noch nicht";
    w.picker_broken_hint = "Korrigiert die Zeilen unten und drückt dann {ctrl}+R, um die Skripte neu zu lesen.";
    w.picker_keys = "↑ ↓ zum Wählen · {start} zum Starten · {ctrl}+Q halten zum Schließen";
    w.picker_empty = "Es wurden keine Gesprächsskripte gefunden.";
    w.picker_empty_hint = "Eigene Skripte gehören nach {folder}";
    w.picker_page = "Seite {n} von {total}";

    w.error_heading = "Dieses Gespräch kann noch nicht beginnen";
    w.error_body =
        "Im Skript ist etwas zu korrigieren. Die Zeilen unten zeigen, wo; wer das Skript "
        "geschrieben hat, kann es berichtigen.";
    w.error_reload_hint = "Speichert die Korrektur und drückt dann {ctrl}+R.";

    w.help_heading = "Tasten";
    w.help_close = "F1, ? oder Esc schließt diese Übersicht";
    w.help_next = "Weiter";
    w.help_pause = "Pause, jederzeit";
    w.help_yes = "Ja: „Ich bin bereit“, „Ich stimme zu“, „Ja, genau“, „Weitergehen“; beendet deine Redezeit";
    w.help_other = "Anderes: „Nicht ganz“, mehr Zeit, „Mündlich vereinbart“";
    w.help_digits = "Antwort auf der Skala";
    w.help_choice_keys = "{move}, dann {pick}";
    w.help_choice = "Auswahl: wechseln, dann wählen; weiter, wenn ihr beide dasselbe wählt";
    w.help_pages = "Seiten der Zusammenfassung";
    w.help_leave = "„Ein anderes Gespräch wählen“ (oder {enter} halten)";
    w.help_mute = "Ton an oder aus";
    w.help_counselor = "Für die Beratung";
    w.help_skip = "Diesen Schritt überspringen";
    w.help_back = "Zurück zum vorigen Schritt";
    w.help_add_minute = "Eine Minute mehr auf dem Countdown";
    w.help_end_cooldown = "Die Abkühlzeit jetzt beenden";
    w.help_quit = "Zwei Sekunden halten zum Schließen";
    w.help_escape = "Tut nichts (Presenter senden es)";
    w.help_reload = "Das Skript neu lesen (beim Schreiben)";
    w.help_button = "? Tasten";
    w.keep_holding = "Weiter halten zum Schließen";
    w.keep_title = "Dieses Gespräch aufbewahren?";
    w.keep_explain =
        "Nur wenn ihr beide es möchtet. Es wird in eurem eigenen Bereich auf diesem Computer aufbewahrt, verschlossen "
        "mit eurer Passphrase. Sonst wird nichts davon aufbewahrt.";
    w.keep_wants = "{name}: aufbewahren";
    w.keep_waiting = "{name} möchte es aufbewahren. {key}, wenn du es auch möchtest.";
    w.keep_without = "Weiter ohne Aufbewahren";
    w.keep_back_hint = "{escape}: zurück";
    w.space_title = "Welcher Bereich ist euer?";
    w.space_new = "Ein neuer Bereich";
    w.space_hint = "↑ ↓ zum Wählen · {enter} zum Öffnen · {escape}: zurück";
    w.passphrase_title = "Die Passphrase von „{space}“";
    w.field_hint = "Tippen, dann {enter} · {escape}: zurück";
    w.passphrase_forgot = "Vergessen? {key} für den Wiederherstellungscode";
    w.recovery_title = "Der Wiederherstellungscode von „{space}“";
    w.recovery_explain =
        "Der Code, den ihr beim Anlegen des Bereichs notiert habt. Ohne Passphrase oder diesen Code kann niemand den "
        "Bereich öffnen, auch keine Beraterin und kein Berater.";
    w.name_title = "Ein Name für euren Bereich";
    w.name_explain = "Ein Deckname, den ihr beide erkennt. Nur ihn können andere auf diesem Computer sehen.";
    w.new_passphrase_title = "Wählt eine Passphrase";
    w.new_passphrase_explain =
        "Mindestens {count} Zeichen, die ihr euch beide merkt. Ihr tippt sie jedes Mal, wenn ihr ein Gespräch "
        "aufbewahrt.";
    w.repeat_title = "Die Passphrase noch einmal";
    w.written_title = "Euer Wiederherstellungscode";
    w.written_explain =
        "Schreibt ihn auf und bewahrt ihn sicher auf. Er wird nur dieses eine Mal gezeigt. Wenn ihr die Passphrase "
        "vergesst, öffnet er euren Bereich.";
    w.written_done = "{name}: notiert";
    w.resume_title = "Ein Gespräch wurde nicht beendet";
    w.resume_explain = "„{title}“, {when}. Ihr könnt dort weitermachen, wo ihr aufgehört habt.";
    w.resume_cooling = "Es endete während einer Pause. Die Pause geht weiter und zählt die vergangene Zeit mit.";
    w.resume_go_on = "Dort weitermachen";
    w.resume_anew = "{name}: neu beginnen";
    w.resume_anew_hint = "Neu beginnen bewahrt das frühere Gespräch so auf, wie es ist.";
    w.resume_today = "heute um {time}";
    w.resume_on = "am {date}";
    w.working_open = "Euer Bereich wird geöffnet …";
    w.working_make = "Euer Bereich wird angelegt …";
    w.problem_wrong = "Damit öffnet sich „{space}“ nicht. Bitte versucht es noch einmal.";
    w.problem_wait = "In {time} könnt ihr es noch einmal versuchen.";
    w.problem_mismatch = "Die beiden stimmten nicht überein. Bitte wählt sie noch einmal.";
    w.problem_short = "Bitte verwendet mindestens {count} Zeichen.";
    w.problem_taken = "Ein Bereich mit diesem Namen existiert schon.";
    w.problem_name = "Bitte wählt einen anderen Namen, ohne / und ohne Punkt am Anfang.";
    w.problem_cannot_open = "Dieser Bereich lässt sich nicht öffnen: {detail}";
    w.problem_full = "Der Speicher ist voll, daher kann dieses Gespräch nicht aufbewahrt werden.";
    w.problem_failed = "Der Speicher ließ sich nicht beschreiben, daher kann dieses Gespräch nicht aufbewahrt werden.";
    w.problem_idle = "Euer Bereich hat sich nach zehn Minuten ohne Tastendruck selbst geschlossen.";
    w.notice_title = "Aufbewahren ist gerade nicht möglich";
    w.notice_safe = "Alles, was ihr bis jetzt bestätigt habt, ist sicher.";
    w.notice_cancel = "Zurück zum Anfang";
    w.kept_mark = "Wird in eurem Bereich aufbewahrt";
    w.kept_lost_title = "Ab hier wird dieses Gespräch nicht aufbewahrt";
    w.weekday_names = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag";
    w.month_names = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember";
    w.date_pattern = "{weekday}, {day}. {month}";
    w.number_names = "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf";
    w.home_title = "Euer Raum";
    w.home_next = "Nächstes Gespräch: {date}";
    w.home_next_none = "Für euer nächstes Gespräch ist noch kein Tag ausgemacht";
    w.home_agreements = "Eure Vereinbarungen";
    w.home_agreements_none =
        "Noch keine Vereinbarungen. Was ihr gemeinsam vereinbart, steht hier, jeweils in euren eigenen Worten.";
    w.home_due = "Zeit, gemeinsam wieder draufzuschauen";
    w.home_kept_since = "Seit {date}";
    w.home_review_on = "Durchsicht am {date}";
    w.home_aloud = "Mündlich vereinbart";
    w.home_together = "Gemeinsam";
    w.home_conversations = "Gespräche miteinander: {n}, diesen Monat {month}";
    w.home_first_time = "Euer erstes Gespräch in diesem Raum beginnt hier.";
    w.home_tracks = "Eure Check-ins im Verlauf";
    w.home_page = "{n} von {total} · ↓ für mehr";
    w.home_begin = "Gespräch beginnen";
    w.home_take_home =
        "Zum Mitnehmen drückt jeder seine Taste: {paper} Vereinbarungen auf Papier · {calendar} das "
        "nächste Gespräch in eure Kalender";
    w.home_asking_paper = "{name} möchte die Vereinbarungen auf Papier. {key}, wenn du das auch möchtest.";
    w.home_asking_calendar = "{name} möchte das nächste Gespräch im Kalender. {key}, wenn du das auch möchtest.";
    w.export_paper_title = "Eure Vereinbarungen auf Papier";
    w.export_calendar_title = "Euer nächstes Gespräch in euren Kalendern";
    w.export_paper_notice =
        "Das schreibt eure Vereinbarungen als PDF-Datei in {folder}. Die Datei liegt außerhalb eures Raums: alle, "
        "die Zugang zu diesem Computer haben, können sie lesen.";
    w.export_calendar_notice =
        "Das schreibt das nächste Gespräch als Kalenderdatei in {folder}. Die Datei liegt außerhalb eures Raums: "
        "alle, die Zugang zu diesem Computer haben, können sie lesen.";
    w.export_confirm = "{enter}: Datei schreiben · {escape}: jetzt nicht";
    w.export_done_title = "Die Datei ist geschrieben";
    w.export_done = "Sie liegt in {path}";
    w.export_failed_title = "Es wurde nichts geschrieben";
    w.export_dismiss = "{enter}: zurück zu eurem Raum";
    w.export_back = "Zurück zu eurem Raum";
    w.export_no_day =
        "Für euer nächstes Gespräch ist noch kein Tag ausgemacht, daher gibt es nichts für eure Kalender.";
    w.export_not_written = "Die Datei konnte dort nicht geschrieben werden. Nichts hat euren Bereich verlassen.";
    w.milestone_month = "{Count} Gespräche in diesem Monat";
    w.milestone_all = "{Count} Gespräche miteinander";
    w.milestone_kept = "„{subject}“ gilt seit {count} Wochen";
    w.milestone_first = "Eure erste Vereinbarung, gemeinsam festgehalten";
    w.milestone_first_review = "Eure erste gemeinsame Durchsicht: „{subject}“";
    w.milestone_all_reviewed = "Jede eurer Vereinbarungen habt ihr gemeinsam wieder angeschaut";
    w.meeting_waiting = "Noch offen für {name}: {key}, wenn dir dieser Tag auch passt.";
    w.changes_heading = "Was sich an euren Vereinbarungen geändert hat";
    w.change_new = "Neu";
    w.change_reworded = "Neu formuliert";
    w.change_let_go = "Losgelassen";
    w.change_kept = "Angeschaut und beibehalten";
    w.meeting_heading = "Wann möchtet ihr wieder miteinander sprechen?";
    w.meeting_yes = "{name}: ja";
    w.meeting_hint = "↑ ↓ einen Tag früher oder später · {escape}: vorerst kein Tag";
    w.meeting_agreed = "Euer nächstes Gespräch: {date}";
    w.meeting_skipped = "Kein Tag ausgemacht. Ihr könnt beim nächsten Mal einen wählen.";
    return w;
}

}  // namespace attune
