#pragma once
// What a kept conversation is made of, record by record:
//   conversation start  script title, script fingerprint and text, the
//                       partners' names, the wall-clock start
//   command             one engine command and when it came, in time since
//                       the start (replaying them gives the same session)
//   conversation end    the summary's facts: agreements, check-in answers the
//                       script reveals, duration, how many pauses (never who
//                       called one)
// Each payload starts with its own format version.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "byte_codec.hpp"
#include "session_commands.hpp"
#include "session_record.hpp"
#include "time.hpp"

namespace attune::space {

enum class RecordKind : std::uint8_t { conversation_start = 1, command = 2, conversation_end = 3 };
const char* record_kind_name(RecordKind kind);

struct ConversationStart {
    std::string script_title;
    std::string script_hash;  // sha256_hex of the script's text
    std::string script_text;  // the script as it was, so that an interrupted conversation can be resumed and read
    std::array<std::string, 2> names;
    std::int64_t started_unix_ms = 0;  // wall clock, for the history's date
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
    bool operator==(const KeptAgreement&) const = default;
};

struct KeptCheckin {
    std::size_t item = 0;
    std::string question;
    Seat seat = Seat::left;
    int value = 0;
    int scale = 0;
    bool operator==(const KeptCheckin&) const = default;
};

struct ConversationEnd {
    std::optional<FinishReason> finish;  // nothing when the conversation was closed before its end
    std::vector<KeptAgreement> agreements;
    std::vector<KeptCheckin> checkins;  // only those the script reveals (the engine's record has no others)
    Duration duration{0};
    Duration paused{0};
    std::uint64_t pauses = 0;
    bool operator==(const ConversationEnd&) const = default;
};

// The end's facts from the engine's record: who called a pause is left out.
ConversationEnd summarize(const SessionRecord& record);

std::vector<unsigned char> encode(const ConversationStart& start);
std::vector<unsigned char> encode(const CommandRecord& command);
std::vector<unsigned char> encode(const ConversationEnd& end);
// Each throws DecodeError for a payload it cannot read (a newer format
// included, which it names).
ConversationStart decode_start(std::span<const unsigned char> payload);
CommandRecord decode_command_record(std::span<const unsigned char> payload);
ConversationEnd decode_end(std::span<const unsigned char> payload);

}  // namespace attune::space
