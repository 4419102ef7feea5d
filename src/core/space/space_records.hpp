#pragma once
// What a kept conversation is made of, record by record:
//   conversation start  script title, script fingerprint and text, the
//                       partners' names, the wall-clock start, and (format 2)
//                       the agreements the ledger handed to the session
//   command             one engine command and when it came, in time since
//                       the start (replaying them gives the same session)
//   conversation end    the summary's facts: agreements, check-in answers the
//                       script reveals, duration, how many pauses (never who
//                       called one); format 2 adds each agreement's review
//                       period and confirmations, each check-in's track, and
//                       what the review steps decided
//                       (format 3) what the counselor changed, marked as
//                       the counselor's; (format 4) the counselor's private
//                       notes, kept apart from everything the couple wrote
//   next conversation   when the couple agreed to meet next (or that they
//                       skipped choosing), written after a kept conversation
// Each payload starts with its own format version; older ones still decode.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "byte_codec.hpp"
#include "calendar.hpp"
#include "counselor_notes.hpp"
#include "period.hpp"
#include "review.hpp"
#include "script.hpp"
#include "session_commands.hpp"
#include "session_record.hpp"
#include "time.hpp"

namespace attune::space {

enum class RecordKind : std::uint8_t {
    conversation_start = 1,
    command = 2,
    conversation_end = 3,
    next_conversation = 4
};
const char* record_kind_name(RecordKind kind);

struct ConversationStart {
    std::string script_title;
    std::string script_hash;  // sha256_hex of the script's text
    std::string script_text;  // the script as it was, so that an interrupted conversation can be resumed and read
    std::array<std::string, 2> names;
    std::int64_t started_unix_ms = 0;  // wall clock, for the history's date
    // The agreements in force the session was given (Session::set_review_subjects),
    // so that a replay or a resumption brings back the same ones; nothing in
    // format 1, whose sessions had no review step.
    std::optional<std::vector<ReviewSubject>> review_subjects = std::nullopt;
    bool operator==(const ConversationStart&) const = default;
};

struct CommandRecord {
    Duration offset{0};  // since the conversation's start, on the steady clock
    Command command;
    bool operator==(const CommandRecord&) const = default;
};

struct KeptAgreement {
    std::size_t item = 0;
    std::string prompt;
    std::string text;  // empty when agreed aloud
    bool aloud = false;
    // Format 1 kept neither: its agreements read as confirmed by both, due
    // after the format's default period.
    Period review_in{};
    std::array<bool, 2> confirmed{true, true};
    bool operator==(const KeptAgreement&) const = default;
};

struct KeptCheckin {
    std::size_t item = 0;
    std::string question;
    Seat seat = Seat::left;
    int value = 0;
    int scale = 0;
    std::string track{};  // empty in format 1 and when summarized without the script: the question names the line
    bool operator==(const KeptCheckin&) const = default;
};

// The line of the trends an answer belongs to: its track, or its question.
const std::string& track_of(const KeptCheckin& checkin);

// What a review step decided about one agreement in force.
struct KeptReview {
    std::size_t item = 0;
    std::string agreement_id;  // the ledger's id, as the session was given it
    std::array<std::optional<ReviewRating>, 2> ratings;
    ReviewOutcome outcome = ReviewOutcome::kept;
    std::string text;  // reworded: the new wording (empty when reworded aloud)
    bool aloud = false;
    bool operator==(const KeptReview&) const = default;
};

struct ConversationEnd {
    std::optional<FinishReason> finish;  // nothing when the conversation was closed before its end
    std::vector<KeptAgreement> agreements;
    std::vector<KeptCheckin> checkins;  // only those the script reveals (the engine's record has no others)
    std::vector<KeptReview> reviews{};  // the latest decision on each agreement (one Back went over is left out)
    Duration duration{0};
    Duration paused{0};
    std::uint64_t pauses = 0;
    std::vector<OverrideRecord> overrides{};  // the counselor's (format 3; none before)
    // The counselor's private notes (format 4; none before): theirs, never
    // shown with the couple's summary or history.
    std::vector<CounselorNote> counselor_notes{};
    bool operator==(const ConversationEnd&) const = default;
};

// The end's facts from the engine's record: who called a pause is left out.
ConversationEnd summarize(const SessionRecord& record);
// The same, with each check-in's track taken from the script the session ran.
ConversationEnd summarize(const SessionRecord& record, const Script& script);
// The same, with the counselor's notes kept as theirs (counselor mode).
ConversationEnd summarize(const SessionRecord& record, const Script& script, const CounselorNotes& notes);

// When the couple agreed to meet next, asked as a kept conversation ends:
// a day (and how often after it), or that they chose not to say.
struct NextConversation {
    std::int64_t decided_unix_ms = 0;  // wall clock, when both agreed (or skipped)
    std::optional<Day> day;            // nothing: skipped
    std::optional<Period> repeat;      // every so often after `day`; nothing: once
    bool operator==(const NextConversation&) const = default;
};

std::vector<unsigned char> encode(const ConversationStart& start);
std::vector<unsigned char> encode(const CommandRecord& command);
std::vector<unsigned char> encode(const ConversationEnd& end);
std::vector<unsigned char> encode(const NextConversation& next);
// Each throws DecodeError for a payload it cannot read (a newer format
// included, which it names).
ConversationStart decode_start(std::span<const unsigned char> payload);
CommandRecord decode_command_record(std::span<const unsigned char> payload);
ConversationEnd decode_end(std::span<const unsigned char> payload);
NextConversation decode_next_conversation(std::span<const unsigned char> payload);

}  // namespace attune::space
