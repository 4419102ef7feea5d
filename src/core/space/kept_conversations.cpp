#include "kept_conversations.hpp"

namespace attune::space {

Duration KeptConversation::duration() const {
    if (end) return end->duration;
    return commands.empty() ? Duration{0} : commands.back().offset;
}

KeptHistory read_history(const SpaceContents& contents) {
    KeptHistory history;
    std::uint64_t previous = 0;
    for (const auto& record : contents.records) {
        const bool gap = record.seq != previous + 1;
        previous = record.seq;
        try {
            switch (record.kind) {
                case RecordKind::conversation_start: {
                    KeptConversation conversation;
                    conversation.first_seq = record.seq;
                    conversation.start = decode_start(record.payload);
                    history.conversations.push_back(std::move(conversation));
                    continue;
                }
                case RecordKind::next_conversation:
                    // Written after a conversation's end; it belongs to the space, not to a conversation.
                    history.next_conversations.push_back(
                        KeptNextConversation{record.seq, decode_next_conversation(record.payload)});
                    continue;
                case RecordKind::command:
                case RecordKind::conversation_end:
                    break;
            }
            if (history.conversations.empty() || history.conversations.back().end) {
                // Its start is missing or unreadable: it belongs to a
                // conversation that cannot be shown.
                history.problems.push_back("record " + std::to_string(record.seq) + " (" +
                                           record_kind_name(record.kind) + ") belongs to no readable conversation");
                continue;
            }
            KeptConversation& conversation = history.conversations.back();
            conversation.damaged = conversation.damaged || gap;
            if (record.kind == RecordKind::command)
                conversation.commands.push_back(decode_command_record(record.payload));
            else
                conversation.end = decode_end(record.payload);
        } catch (const DecodeError& error) {
            history.problems.push_back("record " + std::to_string(record.seq) + " (" + record_kind_name(record.kind) +
                                       ") cannot be read: " + error.what());
            if (!history.conversations.empty()) history.conversations.back().damaged = true;
        }
    }
    return history;
}

Session replay(std::shared_ptr<const Script> script, const std::optional<std::vector<ReviewSubject>>& review_subjects,
               const std::vector<CommandRecord>& commands, TimePoint started) {
    Session session(std::move(script));
    if (review_subjects) session.set_review_subjects(*review_subjects);
    session.advance_to(started);
    for (const auto& each : commands) session.apply(each.command, started + each.offset);
    return session;
}

ConversationFacts conversation_facts(const KeptConversation& conversation, const ScriptReader& read_script) {
    if (conversation.end) return {conversation.end, std::nullopt};
    if (conversation.commands.empty()) return {};
    const std::optional<Script> script = read_script ? read_script(conversation.start) : std::nullopt;
    if (!script)
        return {std::nullopt, "the interrupted conversation of record " + std::to_string(conversation.first_seq) +
                                  " cannot be replayed: its script cannot be read"};
    const Session session = replay(std::make_shared<const Script>(*script), conversation.start.review_subjects,
                                   conversation.commands, TimePoint{});
    return {summarize(session.record(), *script), std::nullopt};
}

void keep_next_conversation(Space& space, const NextConversation& next) {
    space.append(RecordKind::next_conversation, encode(next));
}

ConversationKeeper::ConversationKeeper(Space& space, const ConversationStart& start, TimePoint started)
    : m_space(space), m_started(started) {
    m_space.append(RecordKind::conversation_start, encode(start));
}

void ConversationKeeper::command(const Command& command, TimePoint now) {
    m_space.append(RecordKind::command, encode(CommandRecord{now - m_started, command}));
}

void ConversationKeeper::end(const SessionRecord& record) {
    m_space.append(RecordKind::conversation_end, encode(summarize(record)));
    m_space.checkpoint();
}

}  // namespace attune::space
