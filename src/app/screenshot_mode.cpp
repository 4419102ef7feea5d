#include "screenshot_mode.hpp"

#include <ctime>
#include <functional>
#include <iostream>

#include "autoplay.hpp"
#include "console.hpp"
#include "diagnostics.hpp"
#include "font_metrics.hpp"
#include "nudge.hpp"
#include "screenshot.hpp"
#include "screenshot_home.hpp"
#include "sdl_context.hpp"
#include "session.hpp"
#include "ui_state.hpp"
#include "view.hpp"
#include "words.hpp"

namespace attune {
namespace {

using namespace std::chrono_literals;

struct Scene {
    Session session;
    TimePoint now;
    UiState ui;
    std::optional<KeepFlow> keep = {};
    std::string kept_in = {};
    std::optional<HomeScreen> home = {};
    std::optional<NextMeeting> meeting = {};
    std::optional<std::vector<ReviewSubject>> kept_end = {};
    std::optional<SessionRecord> record = {};  // the session's, with what a review step would add
    std::optional<ConsoleState> console = {};  // the counselor's console is drawn instead of the shared screen
};

KeepFlow sample_flow() {
    KeepFlow flow = start_keep_flow({"harbour", "river"}, std::nullopt);
    flow.space = "river";
    return flow;
}

bool is_summary(ScreenshotState state) {
    return state >= ScreenshotState::summary && state <= ScreenshotState::summary_page4;
}

using Predicate = std::function<bool(const Snapshot&)>;

bool in_step(const Snapshot& snapshot, Activity activity) {
    return snapshot.phase == Phase::step && snapshot.activity == activity;
}

// Plays on until `reached`, then lets `settle` of simulated time pass, so that a
// countdown shows a few seconds gone, as it would on a real screen.
bool play_to(Scene& scene, const Predicate& reached, Duration settle = 0s) {
    const auto at = autoplay_until(scene.session, scene.now, reached);
    if (!at) return false;
    scene.now = *at + settle;
    scene.session.advance_to(scene.now);
    return true;
}

// Whether the made-up agreements are due for review.
enum class ReviewWhen { due, later };

bool is_speaking(const Snapshot& snapshot) { return in_step(snapshot, Activity::turn); }

// Agreements a couple might have made in earlier conversations, for the
// review screens: a long one and a short one due, one made aloud not due.
std::vector<ReviewSubject> sample_subjects(ReviewWhen due) {
    const bool is_due = due == ReviewWhen::due;
    return {
        ReviewSubject{"hurt", "What will each of us do when one of us feels hurt?",
                      "When one of us feels hurt, we say so the same day, calmly, and the other listens first "
                      "before explaining anything.",
                      false, weeks(2), is_due},
        ReviewSubject{"evenings", "How do we keep our evenings?", "Phones stay in the hall after nine.", false,
                      weeks(1), is_due},
        ReviewSubject{"greeting", "How do we greet each other?", "", true, weeks(4), false},
    };
}

bool in_review(const Snapshot& snapshot, ReviewStage stage) {
    return in_step(snapshot, Activity::review) && snapshot.review.stage == stage;
}

// Plays to the first agreement of a review, rated by both (their ratings
// differ, as they may).
bool reach_review_decision(Scene& scene) {
    scene.session.set_review_subjects(sample_subjects(ReviewWhen::due));
    if (!play_to(scene, [](auto& s) { return in_review(s, ReviewStage::rating); })) return false;
    scene.session.apply(cmd::Rate{Seat::left, ReviewRating::working}, scene.now);
    scene.session.apply(cmd::Rate{Seat::right, ReviewRating::partly}, scene.now);
    return in_review(scene.session.snapshot(scene.now), ReviewStage::deciding);
}

// Each state: how to get there from the start screen.
bool reach(Scene& scene, ScreenshotState state) {
    Session& session = scene.session;
    switch (state) {
        case ScreenshotState::start:
            return true;
        case ScreenshotState::keep:
            scene.keep = sample_flow();
            scene.keep->wants = {true, false};
            return true;
        case ScreenshotState::keep_passphrase:
            scene.keep = sample_flow();
            scene.keep->screen = KeepScreen::passphrase;
            scene.keep->typed.append("walk by");
            scene.keep->problem = KeepProblem::wrong_secret;
            return true;
        case ScreenshotState::keep_code:
            scene.keep = sample_flow();
            keep_created(*scene.keep, "7KQD-M2XH-PW9R-4TNB-J6CF-YV3S");
            scene.keep->agreed = {false, true};
            return true;
        case ScreenshotState::keep_resume:
            scene.keep = sample_flow();
            keep_offer_resume(*scene.keep, ResumeOffer{session.script().title, "today at 19:40", false});
            return true;
        case ScreenshotState::kept:
            scene.kept_in = "river";
            return play_to(scene, is_speaking, 23s);
        case ScreenshotState::say:
            return play_to(
                scene, [](auto& s) { return in_step(s, Activity::say); }, 3s);
        case ScreenshotState::turn:
            return play_to(scene, is_speaking, 23s);
        case ScreenshotState::keys:
            scene.ui.help = true;
            return play_to(scene, is_speaking, 23s);
        case ScreenshotState::warning: {
            if (!play_to(scene, is_speaking)) return false;
            const auto timer = session.snapshot(scene.now).timer;
            if (!timer) return false;
            scene.now += timer->remaining - 42s;
            session.advance_to(scene.now);
            return true;
        }
        case ScreenshotState::reflect:
            return play_to(
                scene, [](auto& s) { return in_step(s, Activity::reflect); }, 17s);
        case ScreenshotState::verdict:
            return play_to(scene, [](auto& s) { return in_step(s, Activity::verdict); });
        case ScreenshotState::checkin:
            return play_to(scene, [](auto& s) { return in_step(s, Activity::checkin); });
        case ScreenshotState::breathe:
            return play_to(
                scene, [](auto& s) { return in_step(s, Activity::breathe); }, 5s);
        case ScreenshotState::agreement: {
            if (!play_to(scene, [](auto& s) { return in_step(s, Activity::agreement); })) return false;
            const Snapshot snapshot = session.snapshot(scene.now);
            scene.ui.editing = Editing::agreement;
            scene.ui.edit_item = snapshot.item;
            scene.ui.edit_step = snapshot.step;
            scene.ui.draft = "We each take ten minutes after dinner to talk about our day";
            return true;
        }
        case ScreenshotState::choice:
            return play_to(scene, [](auto& s) { return in_step(s, Activity::choice); });
        case ScreenshotState::choice_split: {
            // Each partner's own pick, not the same yet: the screen shows both.
            if (!play_to(scene, [](auto& s) { return in_step(s, Activity::choice); })) return false;
            const auto* choice = std::get_if<ChoiceStep>(&session.script()
                                                              .agenda[session.snapshot(scene.now).item]
                                                              .steps[session.snapshot(scene.now).step]
                                                              .body);
            if (!choice || choice->options.size() < 2) return false;
            scene.ui.choice_cursor = {0, 1};
            session.apply(cmd::Choose{Seat::left, 0}, scene.now);
            session.apply(cmd::Choose{Seat::right, 1}, scene.now);
            return true;
        }
        case ScreenshotState::review_rate:
            session.set_review_subjects(sample_subjects(ReviewWhen::due));
            return play_to(scene, [](auto& s) { return in_review(s, ReviewStage::rating); });
        case ScreenshotState::review_decide:
            if (!reach_review_decision(scene)) return false;
            session.apply(cmd::Decide{Seat::left, ReviewOutcome::kept}, scene.now);
            session.apply(cmd::Decide{Seat::right, ReviewOutcome::reworded}, scene.now);
            return true;
        case ScreenshotState::review_reword: {
            if (!reach_review_decision(scene)) return false;
            session.apply(cmd::Decide{Seat::left, ReviewOutcome::reworded}, scene.now);
            session.apply(cmd::Decide{Seat::right, ReviewOutcome::reworded}, scene.now);
            const Snapshot snapshot = session.snapshot(scene.now);
            scene.ui.editing = Editing::agreement;
            scene.ui.edit_item = snapshot.item;
            scene.ui.edit_step = snapshot.step;
            scene.ui.edit_review = snapshot.review.number;
            scene.ui.draft = "When one of us feels hurt, we say so the same day and ask for time to listen";
            return in_review(snapshot, ReviewStage::rewording);
        }
        case ScreenshotState::review_none:
            session.set_review_subjects(sample_subjects(ReviewWhen::later));
            return play_to(scene, [](auto& s) { return in_review(s, ReviewStage::none); });
        case ScreenshotState::timebox:
            return play_to(scene, [](auto& s) { return s.phase == Phase::time_box; });
        case ScreenshotState::cooldown:
        case ScreenshotState::ready: {
            if (!play_to(scene, is_speaking, 40s)) return false;
            session.apply(cmd::Pause{Seat::right}, scene.now);
            scene.now += state == ScreenshotState::cooldown ? Duration{6min + 12s} : session.script().pause.cooldown;
            session.advance_to(scene.now);
            if (state == ScreenshotState::ready) session.apply(cmd::Ready{Seat::left}, scene.now);
            return true;
        }
        case ScreenshotState::console:
        case ScreenshotState::console_pause: {
            // A turn under way, with a note kept a little before.
            if (!play_to(scene, is_speaking, 50s)) return false;
            scene.console = ConsoleState{};
            const Duration elapsed = session.record().elapsed;
            scene.console->notes.add("Alex leaned in when Sam named the worry", elapsed - 2min);
            if (state == ScreenshotState::console_pause) {
                session.apply(cmd::Pause{Seat::right}, scene.now);
                scene.now += 6min + 12s;
                session.advance_to(scene.now);
                return true;
            }
            session.apply(cmd::AddTime{Seconds{60}}, scene.now);
            show_nudge(scene.ui, nudges_for(session.script(), words_for_language(session.script().language)).front(),
                       scene.now);
            scene.console->typing = ConsoleTyping::note;
            scene.console->note_draft = "Ask about the holidays next week";
            return true;
        }
        case ScreenshotState::summary:
        case ScreenshotState::summary_page2:
        case ScreenshotState::summary_page3:
        case ScreenshotState::summary_page4: {
            // One pause along the way, so the summary shows one.
            if (play_to(scene, is_speaking, 50s)) {
                session.apply(cmd::Pause{Seat::left}, scene.now);
                scene.now += session.script().pause.cooldown + 40s;
                session.advance_to(scene.now);
            }
            const AutoplayResult result = autoplay_to_end(session, scene.now);
            scene.now = result.end;
            scene.ui.summary_page =
                static_cast<std::size_t>(state) - static_cast<std::size_t>(ScreenshotState::summary);
            return result.finished;
        }
        case ScreenshotState::home:
        case ScreenshotState::home_empty:
            scene.home = HomeScreen{
                state == ScreenshotState::home ? sample_home(session.script()) : sample_empty_home(session.script()),
                HomeState{}};
            scene.home->state.folder = "/home/sam/Documents";
            if (state == ScreenshotState::home) scene.home->state.paper = {true, false};
            if (state == ScreenshotState::home) scene.home->state.stage = ExportStage::asking;
            return true;
        case ScreenshotState::end_kept:
        case ScreenshotState::end_kept_summary: {
            const AutoplayResult result = autoplay_to_end(session, scene.now);
            scene.now = result.end;
            // What a review step would have left (the step itself is built elsewhere).
            scene.record = session.record();
            add_sample_reviews(*scene.record);
            scene.kept_end = sample_review_subjects();
            scene.meeting =
                start_next_meeting(session.script().settings.meet_every.value_or(weeks(1)), screenshot_today());
            scene.meeting->agreed = {false, true};
            if (state == ScreenshotState::end_kept_summary)
                apply_meeting_action(*scene.meeting, UiAction::meeting_agree_left);
            return result.finished;
        }
        case ScreenshotState::error:
        case ScreenshotState::picker:
            break;  // not screens of a session: take_screenshot builds them
    }
    return false;
}

Seconds local_time_of_day() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Seconds{local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec};
}

}  // namespace

int take_screenshot(const ScreenshotRequest& request) {
    try {
        // The view measures text with the fonts the screenshot is drawn with.
        kiosk::SdlContext sdl{kiosk::Subsystems::none};
        kiosk::FontLibrary fonts{kiosk::find_font_directory()};
        const kiosk::FontMetrics metrics{fonts};
        const Words words = words_for_language(request.script ? request.script->language : "en");
        DisplayList list;
        if (request.state == ScreenshotState::picker) {
            const PickerState picked{request.selected};
            list =
                build_picker_view(PickerInput{request.catalog, picked, request.theme, words_for_language("en"),
                                              UiState{}, metrics, request.width, request.height, request.user_folder});
        } else if (request.state == ScreenshotState::error || !request.script) {
            std::vector<std::string> lines = request.error_lines;
            if (lines.empty())
                lines = {
                    "my-script.yaml:6:11: error: unknown key 'speakr' in the turn step; did "
                    "you mean 'speaker'?",
                    "my-script.yaml:7:17: error: 'time' must be a duration like 90s, 2m, 1m30s "
                    "or 1h5m (or whole seconds, like 90); found the text '2 minutes'"};
            list = build_error_view(lines, request.theme, words, UiState{}, metrics, request.width, request.height);
        } else {
            Scene scene{Session{*request.script}, TimePoint{} + 1h, UiState{}};
            scene.session.advance_to(scene.now);
            if (!reach(scene, request.state)) {
                std::cerr << "attune: the script " << in_quotes(request.script->title) << " has no "
                          << in_quotes(screenshot_state_name(request.state)) << " screen\n";
                return 1;
            }
            const Snapshot snapshot = scene.session.snapshot(scene.now);
            // The summary as it shows when the conversation was chosen from
            // the list (as attune opens): with the way back to the list.
            const ShellConfig config{is_summary(request.state) || request.state >= ScreenshotState::end_kept
                                         ? SessionOrigin::picker
                                         : SessionOrigin::direct,
                                     Reloading::off, request.counselor};
            const ViewInput input{scene.session.script(),
                                  snapshot,
                                  scene.record ? *scene.record : scene.session.record(),
                                  request.theme,
                                  words,
                                  scene.ui,
                                  metrics,
                                  request.width,
                                  request.height,
                                  local_time_of_day(),
                                  config,
                                  scene.keep ? &*scene.keep : nullptr,
                                  Duration{0},
                                  scene.kept_in,
                                  scene.home ? &*scene.home : nullptr,
                                  scene.meeting ? &*scene.meeting : nullptr,
                                  scene.kept_end ? &*scene.kept_end : nullptr};
            list = scene.console ? build_console(ConsoleInput{scene.session.script(), snapshot, scene.session.record(),
                                                              request.theme, words, scene.ui, *scene.console, metrics,
                                                              request.width, request.height})
                                 : build_view(input);
            // A later page that comes round to the first (the view pages
            // modulo the pages it has) is a page the summary does not have.
            if (scene.ui.summary_page > 0) {
                UiState first_page = scene.ui;
                first_page.summary_page = 0;
                const ViewInput first{scene.session.script(),
                                      snapshot,
                                      scene.session.record(),
                                      request.theme,
                                      words,
                                      first_page,
                                      metrics,
                                      request.width,
                                      request.height,
                                      input.time_of_day,
                                      config};
                if (build_view(first) == list) {
                    std::cerr << "attune: the summary of " << in_quotes(request.script->title) << " has no "
                              << in_quotes(screenshot_state_name(request.state)) << "; it fits fewer pages\n";
                    return 1;
                }
            }
        }
        const kiosk::SurfacePtr surface = kiosk::render_to_surface(list, fonts);
        kiosk::save_image(surface.get(), request.output);
    } catch (const std::exception& error) {
        std::cerr << "attune: " << error.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace attune
