#include "session_checks.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <variant>

#include "byte_reader.hpp"
#include "script_loader.hpp"
#include "session.hpp"

namespace attune::fuzz {
namespace {

using namespace std::chrono_literals;

// Every kind of command the engine has is decoded below; a new one fails
// to build here until the fuzzer can send it.
static_assert(std::variant_size_v<Command> == 26, "decode_command must know every command");

Seat seat_of(std::uint8_t byte) { return byte % 2 == 0 ? Seat::left : Seat::right; }

Command decode_command(ByteReader& in) {
    switch (in.byte() % std::variant_size_v<Command>) {
        case 0:
            return cmd::Begin{};
        case 1: {
            const std::size_t item = in.byte();
            return cmd::StartAt{item, in.byte()};
        }
        case 2: {
            const Seat seat = seat_of(in.byte());
            return cmd::SetName{seat, in.text(40)};
        }
        case 3: {
            const std::uint8_t who = in.byte() % 3;
            if (who == 0) return cmd::Next{};
            return cmd::Next{who == 1 ? Seat::left : Seat::right};
        }
        case 4:
            return cmd::Pause{seat_of(in.byte())};
        case 5:
            return cmd::Ready{seat_of(in.byte())};
        case 6:
            return cmd::MoreTime{seat_of(in.byte())};
        case 7:
            return cmd::MoveOn{seat_of(in.byte())};
        case 8:
            return cmd::StopForToday{};
        case 9:
            return cmd::ThatsIt{};
        case 10:
            return cmd::NotQuite{};
        case 11: {
            const Seat seat = seat_of(in.byte());
            // Mostly within a scale, sometimes outside it, now and then far outside.
            const std::uint8_t value = in.byte();
            return cmd::Answer{seat, value < 240 ? value % 13 - 1 : (value % 2 ? 1 << 30 : -(1 << 30))};
        }
        case 12:
            return cmd::AgreementText{in.text(64)};
        case 13:
            return cmd::AgreedAloud{};
        case 14:
            return cmd::Confirm{seat_of(in.byte())};
        case 15: {
            const Seat seat = seat_of(in.byte());
            return cmd::Choose{seat, static_cast<std::size_t>(in.byte() % 6)};
        }
        case 16:
            return cmd::Skip{};
        case 17:
            return cmd::Back{};
        case 18:
            return cmd::AddTime{Seconds{static_cast<int>(in.byte()) - 16}};
        case 19:
            return cmd::Reopened{std::chrono::minutes{in.byte()}};
        case 20:
            return cmd::EndCooldown{};
        case 21: {
            // Now and then a rating of no known kind, which must be refused.
            const Seat seat = seat_of(in.byte());
            return cmd::Rate{seat, static_cast<ReviewRating>(in.byte() % 4)};
        }
        case 22: {
            const Seat seat = seat_of(in.byte());
            return cmd::Decide{seat, static_cast<ReviewOutcome>(in.byte() % 4)};
        }
        case 23:
            return cmd::Reconsider{};
        case 24:
            // Now and then an item that does not exist, which must be refused.
            return cmd::JumpTo{static_cast<std::size_t>(in.byte() % 6)};
        default:
            return cmd::CounselorPause{};
    }
}

TimePoint decode_time(ByteReader& in, TimePoint now, const Session& session) {
    const std::uint8_t byte = in.byte();
    if (byte < 128) return now + byte * 250ms;
    if (byte < 192) return now + std::chrono::minutes{byte - 128};
    const auto deadline = session.next_deadline();
    if (!deadline) return now + 1s;
    const TimePoint at = byte < 224 ? *deadline : *deadline + std::chrono::milliseconds{byte - 224 - 16};
    return std::max(now, at);
}

std::string command_words(const Command& command) {
    static constexpr const char* names[] = {
        "Begin",   "StartAt",      "SetName",    "Next",     "Pause",         "Ready",         "MoreTime",
        "MoveOn",  "StopForToday", "ThatsIt",    "NotQuite", "Answer",        "AgreementText", "AgreedAloud",
        "Confirm", "Choose",       "Skip",       "Back",     "AddTime",       "EndCooldown",   "Reopened",
        "Rate",    "Decide",       "Reconsider", "JumpTo",   "CounselorPause"};
    return names[command.index()];
}

bool same_agreement(const AgreementRecord& a, const AgreementRecord& b) {
    return a.item == b.item && a.prompt == b.prompt && a.text == b.text && a.aloud == b.aloud &&
           a.confirmed == b.confirmed;
}

// What a review decided is never removed either: a redo revises it.
std::optional<std::string> reviews_kept(const std::vector<ReviewRecord>& before,
                                        const std::vector<ReviewRecord>& after) {
    if (after.size() < before.size()) return "a review's decision was removed from the record";
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (!(after[i] == before[i])) return "a review's decision was changed in the record ('" + before[i].text + "')";
    }
    return std::nullopt;
}

// The agreements a review step is given, from the first byte: none (the
// conversation is not kept), a space with none in force, or three agreements
// of which two are due (one of them agreed aloud).
void give_review_subjects(Session& session, std::uint8_t byte, std::size_t scripts) {
    switch (byte / scripts % 3) {
        case 0:
            return;
        case 1:
            session.set_review_subjects({});
            return;
        default:
            session.set_review_subjects({
                ReviewSubject{"a1", "What will each of us try?", "We walk on Sundays", false, weeks(2), true},
                ReviewSubject{"a2", "How do we tell each other?", "", true, weeks(1), true},
                ReviewSubject{"a3", "What about phones?", "Phones away at dinner", false, weeks(4), false},
            });
    }
}

// A confirmed agreement is never removed: every one the record held still stands in it.
std::optional<std::string> agreements_kept(const std::vector<AgreementRecord>& before,
                                           const std::vector<AgreementRecord>& after) {
    std::vector<bool> used(after.size(), false);
    for (const AgreementRecord& old : before) {
        bool found = false;
        for (std::size_t i = 0; i < after.size() && !found; ++i) {
            if (!used[i] && same_agreement(old, after[i])) found = used[i] = true;
        }
        if (!found) return "a confirmed agreement was removed from the record ('" + old.text + "')";
    }
    return std::nullopt;
}

bool step_shows(StepKind kind, Activity activity) {
    switch (kind) {
        case StepKind::say:
            return activity == Activity::say;
        case StepKind::turn:
            return activity == Activity::turn;
        case StepKind::reflect:
        case StepKind::exchange:
            return activity == Activity::turn || activity == Activity::reflect || activity == Activity::verdict ||
                   activity == Activity::clarify || activity == Activity::not_heard;
        case StepKind::checkin:
            return activity == Activity::checkin;
        case StepKind::breathe:
            return activity == Activity::breathe;
        case StepKind::agreement:
            return activity == Activity::agreement;
        case StepKind::choice:
            return activity == Activity::choice;
        case StepKind::review:
            return activity == Activity::review;
    }
    return false;
}

// The snapshot agrees with its phase, its place in the script and the record.
std::optional<std::string> snapshot_consistent(const Session& session, const Snapshot& shot) {
    const Script& script = session.script();
    const SessionRecord& record = session.record();
    const Phase phase = shot.phase;
    if ((phase == Phase::finished) != record.finish.has_value())
        return "the snapshot's phase and the record disagree on whether the session finished";
    if (phase == Phase::finished && shot.finish() != record.finish)
        return "the snapshot's finish reason is not the record's";
    if ((phase == Phase::paused) != (shot.pause() != nullptr)) return "paused without a pause, or a pause unpaused";
    if ((phase == Phase::finished) != shot.finish().has_value()) return "finished without a reason";
    if (phase == Phase::start || phase == Phase::finished) return std::nullopt;
    if (shot.item >= script.agenda.size()) return "the snapshot's item is outside the agenda";
    const Item& item = script.agenda[shot.item];
    if (shot.step >= item.steps.size()) return "the snapshot's step is outside its item";
    const Step& step = item.steps[shot.step];
    if (phase == Phase::step && !step_shows(step.kind(), shot.activity))
        return std::string("a ") + step_kind_name(step.kind()) + " step shows the activity " +
               activity_name(shot.activity);
    if (const auto* checkin = std::get_if<CheckinStep>(&step.body)) {
        for (const auto& answer : shot.answers) {
            if (answer && (*answer < 1 || *answer > checkin->scale)) return "a check-in answer outside its scale";
        }
    }
    if (phase == Phase::step && shot.activity == Activity::review) {
        const ReviewView& review = shot.review;
        if ((review.stage == ReviewStage::none) != (review.count == 0))
            return "a review with agreements to look at shows none, or one with none shows some";
        if (review.count > 0 && (review.number < 1 || review.number > review.count))
            return "a review shows an agreement outside its count";
        if (review.stage == ReviewStage::none && !session.review_subjects() && review.empty != ReviewEmpty::not_kept)
            return "a review of a conversation not kept gives another reason for having nothing";
        if (review.stage == ReviewStage::deciding && !(review.ratings[0] && review.ratings[1]))
            return "a review asks for a decision before both have rated";
        if (review.stage == ReviewStage::rewording &&
            !(review.picks[0] && review.picks[0] == review.picks[1] && *review.picks[0] == ReviewOutcome::reworded))
            return "a review takes new words that both did not ask for";
    }
    if (const auto* choice = std::get_if<ChoiceStep>(&step.body)) {
        for (const auto& pick : shot.picks) {
            if (pick && *pick >= choice->options.size()) return "a pick outside the choice's options";
        }
    }
    if (const PauseView* pause = shot.pause()) {
        if (pause->cooldown_remaining < 0s || pause->cooldown_remaining > pause->cooldown_total)
            return "the cool-down's remaining time is outside 0 and its total";
        if (pause->count < 1) return "a pause that does not count itself";
    }
    if (shot.item_box && shot.item_box->total < 0s) return "a negative time box";
    return std::nullopt;
}

// The record's totals are never negative and add up.
std::optional<std::string> totals_sane(const Session& session) {
    const SessionRecord& record = session.record();
    if (record.elapsed < 0s) return "negative elapsed time";
    if (paused_time(record) < 0s) return "negative paused time";
    if (active_time(record) < 0s) return "negative active time";
    if (total_time(record) < active_time(record)) return "more active time than time in total";
    for (const Seat seat : {Seat::left, Seat::right}) {
        if (speaking_time(record, seat) < 0s) return "negative speaking time";
        if (speaking_time(record, seat) > active_time(record)) return "a partner spoke longer than the session ran";
    }
    if (distinct_items_done(record) > session.script().agenda.size()) return "more items done than the agenda has";
    return std::nullopt;
}

}  // namespace

std::vector<std::shared_ptr<const Script>> built_in_scripts() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(ATTUNE_FUZZ_SCRIPTS)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::shared_ptr<const Script>> scripts;
    for (const auto& file : files) {
        ScriptLoad load = load_script_file(file);
        if (load.ok()) scripts.push_back(std::make_shared<const Script>(std::move(*load.script)));
    }
    return scripts;
}

std::optional<std::string> check_session(std::span<const std::uint8_t> bytes,
                                         const std::vector<std::shared_ptr<const Script>>& scripts) {
    if (scripts.empty()) return "no script to run";
    ByteReader in(bytes);
    const std::uint8_t first = in.byte();
    Session session(scripts[first % scripts.size()]);
    give_review_subjects(session, first, scripts.size());
    TimePoint now = TimePoint{} + std::chrono::hours{1000};
    int count = 0;
    while (!in.done()) {
        now = decode_time(in, now, session);
        const Command command = decode_command(in);
        ++count;
        session.advance_to(now);
        const Snapshot before = session.snapshot(now);
        const std::vector<AgreementRecord> agreements = session.record().agreements;
        const std::vector<ReviewRecord> reviews = session.record().reviews;
        const Outcome outcome = session.apply(command, now);
        session.take_cues();
        const Snapshot after = session.snapshot(now);

        std::optional<std::string> broken;
        if (outcome != Outcome::applied && !(before == after))
            broken = std::string("a command answered '") + outcome_name(outcome) + "' but changed the state";
        if (!broken) broken = agreements_kept(agreements, session.record().agreements);
        if (!broken) broken = reviews_kept(reviews, session.record().reviews);
        if (!broken) {
            // A deadline at or before now must be handled by advancing to now, never stay behind.
            const auto deadline = session.next_deadline();
            if (deadline && *deadline <= now) {
                session.advance_to(now);
                const auto again = session.next_deadline();
                if (again && *again <= now) broken = "next_deadline() stays in the past after advance_to(now)";
            }
        }
        if (!broken) broken = snapshot_consistent(session, session.snapshot(now));
        if (!broken) broken = totals_sane(session);
        if (broken) {
            std::ostringstream words;
            words << *broken << " (command " << count << ", " << command_words(command) << ", in "
                  << session.script().file << ", phase " << phase_name(after.phase) << ")";
            return words.str();
        }
    }
    return std::nullopt;
}

}  // namespace attune::fuzz
