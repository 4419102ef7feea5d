#pragma once
// A space's records read back as conversations, and written as they happen.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "script.hpp"
#include "session.hpp"
#include "space_records.hpp"
#include "space_store.hpp"

namespace attune::space {

struct KeptConversation {
    std::uint64_t first_seq = 0;
    ConversationStart start;
    std::vector<CommandRecord> commands;
    std::optional<ConversationEnd> end;  // nothing: interrupted (a crash, a power cut, a closed window)
    bool damaged = false;                // some of its records are missing or unreadable
    // How long it lasted: the end's duration, or up to its last command.
    Duration duration() const;
};

struct KeptHistory {
    std::vector<KeptConversation> conversations;  // oldest first
    std::vector<std::string> problems;            // one sentence each, with the record's number
};

// Groups the readable records into conversations; a record that cannot be
// decoded is named in `problems` and the others stay.
KeptHistory read_history(const SpaceContents& contents);

// A session fed with a conversation's commands at their times, from a start
// at `started`: the same commands at the same times give the same session.
Session replay(std::shared_ptr<const Script> script, const std::vector<CommandRecord>& commands, TimePoint started);

// The script an interrupted conversation ran, read from its kept text (the
// loader lives above this layer, so the caller supplies it).
using ScriptReader = std::function<std::optional<Script>(const ConversationStart&)>;

struct AgreementInForce {
    std::int64_t started_unix_ms = 0;  // the conversation it was made in
    std::string script_title;
    KeptAgreement agreement;
};

struct AgreementsInForce {
    std::vector<AgreementInForce> agreements;  // oldest first
    std::vector<std::string> problems;
};

// The confirmed agreements of every ended and interrupted conversation, the
// latest one of each prompt of each script (a later conversation's agreement
// on the same prompt retires the earlier one), oldest first.
AgreementsInForce agreements_in_force(const KeptHistory& history, const ScriptReader& read_script);

// Writes a kept conversation as it happens: the start when made, each
// command durable before `command` returns, the end's facts last.
class ConversationKeeper {
public:
    ConversationKeeper(Space& space, const ConversationStart& start, TimePoint started);
    void command(const Command& command, TimePoint now);
    void end(const SessionRecord& record);

private:
    Space& m_space;
    TimePoint m_started;
};

}  // namespace attune::space
