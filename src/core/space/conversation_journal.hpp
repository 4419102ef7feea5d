#pragma once
// Where a conversation's commands go as they happen, so that a crash, a
// power cut or a closed window loses nothing the couple did: a kept
// conversation goes into its space (sealed), one that is not kept into the
// runtime folder (memory-backed, removed at its end). The kiosk writes each
// command here before its effect is shown, and reads an unfinished
// conversation back to go on where it stopped.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "space_records.hpp"
#include "time.hpp"

namespace attune::space {

// Where a running conversation stood the last time the kiosk said so (every
// few seconds while it runs, and when a typed draft changes): how far it had
// gone on the session's clock, the wall clock then, and the agreement being
// typed, so that a turn goes on with the time it had left and a cool-down
// counts the real time that passed.
struct Progress {
    Duration offset{0};        // since the conversation's start, like CommandRecord::offset
    std::int64_t unix_ms = 0;  // the wall clock at that moment
    std::string draft;         // the agreement being typed; empty when none
    std::size_t draft_item = 0, draft_step = 0;
    bool operator==(const Progress&) const = default;
};

std::vector<unsigned char> encode(const Progress& progress);
// Throws DecodeError for a payload it cannot read.
Progress decode_progress(std::span<const unsigned char> payload);

class ConversationJournal {
public:
    virtual ~ConversationJournal() = default;
    // Durable when it returns. Throws SpaceError (storage_full,
    // storage_failed) when it could not be written: the command must then
    // not take effect as a kept one.
    virtual void command(const CommandRecord& record) = 0;
    // Replaces the last progress; durable when it returns, throws like `command`.
    virtual void progress(const Progress& progress) = 0;
    // The conversation reached its end: a space keeps the end's facts, a
    // runtime journal removes its file.
    virtual void end(const ConversationEnd& end) = 0;
};

// A conversation that began and did not end, as its journal holds it.
struct Unfinished {
    ConversationStart start;
    std::vector<CommandRecord> commands;
    std::optional<Progress> progress;  // the last one written for this conversation
    // How far it went on the session's clock: the later of the progress
    // and the last command.
    Duration reached() const;
};

}  // namespace attune::space
