// Keeping a conversation: the screens before it begins (keeping.hpp) and
// the journal behind it. Every command of a journaled conversation is
// durable before its effect is shown (KioskLoop::apply); a conversation
// that did not end is offered again (a kept one when its space is opened,
// one that was not kept at the kiosk's next start).
#include <ctime>

#include "kiosk_loop.hpp"
#include "resume.hpp"
#include "script_loader.hpp"
#include "space_crypto.hpp"
#include "wall_calendar.hpp"

namespace attune::kiosk {

namespace {

bool running(Phase phase) { return phase == Phase::step || phase == Phase::paused || phase == Phase::time_box; }

KeepProblem problem_of(const space::SpaceError& error) {
    switch (error.problem()) {
        case space::SpaceProblem::wrong_secret:
            return KeepProblem::wrong_secret;
        case space::SpaceProblem::storage_full:
            return KeepProblem::storage_full;
        case space::SpaceProblem::storage_failed:
            return KeepProblem::storage_failed;
        default:
            return KeepProblem::cannot_open;
    }
}

// "today at 19:40" or "on 30.11.2026" for the resume screen.
std::string when_words(const Words& words, std::int64_t started_ms, std::int64_t now_ms) {
    const auto local = [](std::int64_t ms) {
        const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
        std::tm tm{};
        ::localtime_r(&seconds, &tm);
        return tm;
    };
    const std::tm then = local(started_ms);
    const std::tm today = local(now_ms);
    char text[32];
    if (then.tm_year == today.tm_year && then.tm_yday == today.tm_yday) {
        std::strftime(text, sizeof text, "%H:%M", &then);
        return fill(words.resume_today, {{"time", text}});
    }
    std::strftime(text, sizeof text, words.language == "de" ? "%d.%m.%Y" : "%Y-%m-%d", &then);
    return fill(words.resume_on, {{"date", text}});
}

}  // namespace

bool KioskLoop::on_keep_key(const KeyPress& press, bool repeat, TimePoint now) {
    const UiAction action = map_keep_key(press, *m_keep);
    if (action == UiAction::hold_to_quit) {
        if (!repeat) m_quit_hold.press(now);
        return true;
    }
    if (repeat && action != UiAction::erase) return true;
    on_keep_action(action, 0, now);
    return true;
}

void KioskLoop::on_keep_action(UiAction action, std::size_t entry, TimePoint now) {
    if (!m_keep || action == UiAction::none) return;
    carry_out_keep(apply_keep_action(*m_keep, action, entry, now), now);
}

void KioskLoop::show_working() {
    // A key derivation takes about a second: the screen says so first.
    const TimePoint now = current_time();
    present(build(now), now);
}

void KioskLoop::carry_out_keep(KeepRequest request, TimePoint now) {
    switch (request) {
        case KeepRequest::none:
            // With --passphrase-file the passphrase is not typed: it is taken
            // once both partners said they want to keep the conversation.
            if (m_keep && m_keep->screen == KeepScreen::passphrase && m_keeping.setup().passphrase &&
                m_keep->problem == KeepProblem::none && m_keep->typed.empty()) {
                m_keep->typed.append(m_keeping.setup().passphrase->text());
                m_keep->screen = KeepScreen::working;
                open_space(space::SecretKind::passphrase, now);
            }
            return;
        case KeepRequest::cancel:
            m_keep.reset();
            m_unfinished.reset();
            m_keeping.close_space();
            return;
        case KeepRequest::without_keeping: {
            m_keep.reset();
            m_unfinished.reset();
            m_keeping.close_space();
            const Session* session = session_shown(m_mode);
            if (session && session->snapshot(now).phase == Phase::start) begin_conversation(now);
            return;
        }
        case KeepRequest::open:
            open_space(space::SecretKind::passphrase, now);
            return;
        case KeepRequest::recover:
            open_space(space::SecretKind::recovery_code, now);
            return;
        case KeepRequest::create:
            show_working();
            try {
                std::string code = m_keeping.create(m_keep->space, m_keep->first);
                keep_created(*m_keep, std::move(code));
            } catch (const space::SpaceError& error) {
                if (m_setup.log) m_setup.log(std::string("the space could not be made: ") + error.what());
                keep_refused(*m_keep, problem_of(error), error.what(), std::nullopt);
            } catch (const std::filesystem::filesystem_error& error) {
                if (m_setup.log) m_setup.log(std::string("the space could not be made: ") + error.what());
                keep_refused(*m_keep, KeepProblem::storage_failed, error.what(), std::nullopt);
            }
            return;
        case KeepRequest::set_passphrase:
            show_working();
            try {
                m_keeping.set_passphrase(m_keep->first);
                m_keep->first.wipe();
                space_opened(now);
            } catch (const space::SpaceError& error) {
                keep_refused(*m_keep, problem_of(error), error.what(), std::nullopt);
            }
            return;
        case KeepRequest::keep:
            space_opened(now);
            return;
        case KeepRequest::go_on:
            if (m_unfinished) {
                const space::Unfinished unfinished = std::move(*m_unfinished);
                m_unfinished.reset();
                m_keep.reset();
                go_on_with(unfinished, {}, now);
            }
            return;
        case KeepRequest::begin_anew:
            if (m_unfinished) {
                try {
                    // Closed with what it holds: its agreements stay in force.
                    const std::optional<Script> script =
                        load_script_text(m_unfinished->start.script_text, "kept").script;
                    if (script) {
                        const space::Resumption back = space::resume(std::make_shared<const Script>(*script),
                                                                     *m_unfinished, now, m_keeping.wall_ms());
                        m_keeping.close_unfinished(*m_unfinished, back.session.record());
                    } else {
                        m_keeping.close_unfinished(*m_unfinished, SessionRecord{});
                    }
                } catch (const space::SpaceError& error) {
                    keep_notice(*m_keep, problem_of(error), error.what());
                    return;
                }
                m_unfinished.reset();
            }
            m_keep.reset();
            begin_conversation(now);
            return;
    }
}

void KioskLoop::open_space(space::SecretKind kind, TimePoint now) {
    show_working();
    const std::string name = m_keep->space;
    try {
        m_keeping.open(name, kind, m_keep->typed);
        m_keep->typed.wipe();
        m_keep->retry_at.reset();
        if (kind == space::SecretKind::recovery_code) {
            // Opened by the code that was written down: a new passphrase now.
            keep_recovered(*m_keep);
            return;
        }
        space_opened(now);
    } catch (const space::SpaceError& error) {
        if (m_setup.log) m_setup.log(std::string("the space did not open: ") + error.what());
        const bool wrong = error.problem() == space::SpaceProblem::wrong_secret;
        std::optional<TimePoint> retry;
        if (wrong) {
            const auto delay = m_keeping.retry_delay(name);
            if (delay.count() > 0) retry = current_time() + delay;
        }
        // A wrong passphrase reveals nothing; anything else says what is wrong.
        keep_refused(*m_keep, problem_of(error), wrong ? std::string{} : error.what(), retry);
        // A passphrase file that does not open the space is not tried again.
        if (wrong && m_keeping.setup().passphrase) keep_notice(*m_keep, KeepProblem::wrong_secret, {});
    }
}

void KioskLoop::space_opened(TimePoint now) {
    try {
        m_unfinished = m_keeping.unfinished_in_space();
    } catch (const space::SpaceError& error) {
        keep_notice(*m_keep, problem_of(error), error.what());
        return;
    }
    if (m_unfinished) {
        ResumeOffer offer;
        offer.title = m_unfinished->start.script_title;
        offer.when = when_words(m_words, m_unfinished->start.started_unix_ms, m_keeping.wall_ms());
        // Whether it stopped during a cool-down: replayed to where it reached.
        if (auto script = load_script_text(m_unfinished->start.script_text, "kept").script) {
            const space::Resumption back =
                space::resume(std::make_shared<const Script>(*script), *m_unfinished, now, m_keeping.wall_ms());
            const Snapshot state = back.session.snapshot(now);
            offer.cooling = state.pause() && !state.pause()->can_resume;
        }
        keep_offer_resume(*m_keep, std::move(offer));
        return;
    }
    m_keep.reset();
    show_home(now);
}

void KioskLoop::begin_conversation(TimePoint now) {
    auto* conversation = std::get_if<ConversationMode>(&m_mode);
    if (!conversation) return;
    Session& session = *conversation->session;
    try {
        space::ConversationStart start = start_record(session, conversation->script_path, m_keeping.wall_ms());
        // A kept conversation's review steps get the agreements in force,
        // and its start keeps them so that a resumption has the same ones;
        // one that is not kept gets none.
        if (m_keeping.space_open()) {
            const WallCalendar calendar{m_keeping};
            std::vector<ReviewSubject> subjects =
                space::review_subjects(m_keeping.ledger(m_keeping.history(), calendar), calendar.today());
            session.set_review_subjects(subjects);
            start.review_subjects = std::move(subjects);
        }
        m_keeping.begin(start, now);
    } catch (const space::SpaceError& error) {
        if (m_setup.log) m_setup.log(std::string("the conversation is not journaled: ") + error.what());
        m_keeping.stop();
        if (m_keeping.space_open() || error.problem() == space::SpaceProblem::storage_full) {
            m_keep = KeepFlow{};
            keep_notice(*m_keep, problem_of(error), error.what());
            return;
        }
    }
    apply_decided(session, cmd::Begin{}, now);  // the question was answered
}

void KioskLoop::go_on_with(const space::Unfinished& unfinished, const std::filesystem::path& runtime_journal,
                           TimePoint now) {
    ScriptLoad load = load_script_text(unfinished.start.script_text, unfinished.start.script_title);
    if (!load.ok()) {
        if (m_setup.log) m_setup.log("an unfinished conversation's script no longer reads; it is not resumed");
        return;
    }
    const Script script = *load.script;
    space::Resumption back =
        space::resume(std::make_shared<const Script>(script), unfinished, now, m_keeping.wall_ms());
    try {
        if (runtime_journal.empty())
            m_keeping.go_on_in_space(unfinished, back.started);
        else
            m_keeping.go_on_in_runtime(runtime_journal, back.started);
        m_keeping.record(back.reopened);
    } catch (const space::SpaceError& error) {
        if (m_setup.log) m_setup.log(std::string("the unfinished conversation cannot go on: ") + error.what());
        m_keeping.stop();
        return;
    }
    std::filesystem::path path;
    SessionOrigin origin = SessionOrigin::direct;
    if (const auto* conversation = std::get_if<ConversationMode>(&m_mode)) {
        path = conversation->script_path;
        origin = conversation->origin;
    } else if (std::holds_alternative<PickerMode>(m_mode)) {
        origin = SessionOrigin::picker;
    }
    m_words = words_for_language(script.language);
    SessionSlot slot = SessionSlot::own(std::move(back.session));
    slot->take_cues();  // what was signalled before the stop is not news
    const Snapshot state = slot->snapshot(now);
    m_mode = ConversationMode{std::move(slot), std::move(path), origin};
    m_ui = fresh_ui();
    forget_next_meeting();
    // An agreement being typed comes back with what was typed.
    if (unfinished.progress && !unfinished.progress->draft.empty() && state.phase == Phase::step &&
        state.item == unfinished.progress->draft_item && state.step == unfinished.progress->draft_step) {
        m_ui.editing = Editing::agreement;
        m_ui.draft = unfinished.progress->draft;
        m_ui.edit_item = state.item;
        m_ui.edit_step = state.step;
        m_ui.edit_review = state.review.number;  // a review's new words: the agreement on screen
    }
    // Where it went on, for the log (no words of the conversation, only its place and times).
    if (m_setup.log) {
        std::string line = "went on with a conversation that did not end: part " + std::to_string(state.item + 1) +
                           ", step " + std::to_string(state.step + 1) + ", " + phase_name(state.phase.kind());
        const auto seconds = [](Duration d) { return std::to_string(std::chrono::ceil<Seconds>(d).count()); };
        if (state.timer) line += ", " + seconds(state.timer->remaining) + " s left on the countdown";
        if (state.pause()) line += ", " + seconds(state.pause()->cooldown_remaining) + " s left of the cool-down";
        if (!m_ui.draft.empty()) line += ", the agreement being typed restored";
        m_setup.log(line);
    }
}

void KioskLoop::resume_after_crash(TimePoint now) {
    if (!m_keeping.setup().offered) return;
    std::string current_hash;
    if (const auto* conversation = std::get_if<ConversationMode>(&m_mode))
        current_hash = space::sha256_hex(script_file_text(conversation->script_path));
    else if (!std::holds_alternative<PickerMode>(m_mode))
        return;
    for (const space::FoundJournal& found : m_keeping.runtime_unfinished()) {
        for (const std::string& problem : found.problems)
            if (m_setup.log) m_setup.log(problem);
        if (found.state != space::JournalState::resumable) continue;
        // The kiosk started on a script goes on only with that script's
        // conversation; the list goes on with the newest one.
        if (!current_hash.empty() && found.unfinished.start.script_hash != current_hash) continue;
        go_on_with(found.unfinished, found.path, now);
        if (m_keeping.journaling()) return;
    }
}

void KioskLoop::keep_up(Session& session, TimePoint now) {
    const Phase phase = session.snapshot(now).phase;
    try {
        if (m_keeping.journaling() && phase == Phase::finished) {
            if (m_keeping.kept()) ask_next_meeting(session);
            // The space stays open for the answer when to meet next, which it keeps.
            m_keeping.end(session.record(), session.script(), m_console.notes,
                          m_next_meeting ? AfterEnd::ask_next_meeting : AfterEnd::close_space);
        } else {
            m_keeping.progress(now, m_ui, running(phase));
        }
    } catch (const space::SpaceError& error) {
        keeping_failed(error, now);
    }
    // An open space waits ten minutes for a key outside a running
    // conversation, then closes itself and wipes its key.
    if (m_next_meeting && m_keeping.space_open() && now - m_last_input >= space_idle_lock) {
        // Nobody answered when to meet next: the space closes and keeps no day.
        forget_next_meeting();
        if (m_setup.log) m_setup.log("the space closed itself after ten minutes without an answer");
    } else if (m_keeping.space_open() && !m_keeping.journaling() && now - m_last_input >= space_idle_lock) {
        m_keeping.close_space();
        m_unfinished.reset();
        m_home.reset();
        m_keep = KeepFlow{};
        keep_notice(*m_keep, KeepProblem::closed_idle, {});
        if (m_setup.log) m_setup.log("the space closed itself after ten minutes without input");
    }
}

void KioskLoop::keeping_failed(const space::SpaceError& error, TimePoint now) {
    (void)now;
    if (m_setup.log) m_setup.log(std::string("keeping stopped: ") + error.what());
    const bool was_kept = m_keeping.kept();
    m_keeping.stop();
    // A kept conversation says that it is no longer kept; what was written
    // stays. A runtime journal that fails says nothing: it was a safety net.
    if (was_kept) {
        m_keep = KeepFlow{};
        keep_notice(*m_keep, problem_of(error), error.what());
    }
}

std::optional<TimePoint> KioskLoop::keeping_deadline(TimePoint now) const {
    std::optional<TimePoint> at = m_keeping.next_progress();
    const auto earlier = [&](std::optional<TimePoint> other) {
        if (other && (!at || *other < *at)) at = other;
    };
    if (m_keep) earlier(keep_next_change(*m_keep, now));
    if (m_keeping.space_open() && !m_keeping.journaling()) earlier(m_last_input + space_idle_lock);
    return at;
}

}  // namespace attune::kiosk
