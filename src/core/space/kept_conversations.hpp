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

// When to meet next, as the couple decided it, with its place in the space.
struct KeptNextConversation {
    std::uint64_t seq = 0;
    NextConversation next;
};

struct KeptHistory {
    std::vector<KeptConversation> conversations;           // oldest first
    std::vector<KeptNextConversation> next_conversations;  // oldest first; the last one holds
    std::vector<std::string> problems;                     // one sentence each, with the record's number
};

// Groups the readable records into conversations; a record that cannot be
// decoded is named in `problems` and the others stay.
KeptHistory read_history(const SpaceContents& contents);

// A session fed with a conversation's commands at their times, from a start
// at `started`: the same commands at the same times give the same session.
// The agreements the session was given for its review steps come first, as
// they did before Begin (nothing: the conversation was not kept with them).
Session replay(std::shared_ptr<const Script> script, const std::optional<std::vector<ReviewSubject>>& review_subjects,
               const std::vector<CommandRecord>& commands, TimePoint started);

// The script an interrupted conversation ran, read from its kept text (the
// loader lives above this layer, so the caller supplies it).
using ScriptReader = std::function<std::optional<Script>(const ConversationStart&)>;

// What a conversation left: its end's facts, or for an interrupted one the
// facts of its replay (with the script `read_script` gives). Nothing when
// it has no end and cannot be replayed: `problem` then says why (a
// conversation with no command yet left nothing, and that is no problem).
struct ConversationFacts {
    std::optional<ConversationEnd> facts;
    std::optional<std::string> problem;
};
ConversationFacts conversation_facts(const KeptConversation& conversation, const ScriptReader& read_script);

// Keeps when the couple agreed to meet next (or that they skipped it),
// durable when it returns; the latest one is the one the home screen shows.
void keep_next_conversation(Space& space, const NextConversation& next);

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
