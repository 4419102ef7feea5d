#include "kept_conversations.hpp"

#include <algorithm>

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

Session replay(std::shared_ptr<const Script> script, const std::vector<CommandRecord>& commands, TimePoint started) {
    Session session(std::move(script));
    session.advance_to(started);
    for (const auto& each : commands) session.apply(each.command, started + each.offset);
    return session;
}

AgreementsInForce agreements_in_force(const KeptHistory& history, const ScriptReader& read_script) {
    AgreementsInForce result;
    for (const auto& conversation : history.conversations) {
        std::vector<KeptAgreement> made;
        if (conversation.end) {
            made = conversation.end->agreements;
        } else if (!conversation.commands.empty()) {
            const std::optional<Script> script = read_script ? read_script(conversation.start) : std::nullopt;
            if (!script) {
                result.problems.push_back("the interrupted conversation of record " +
                                          std::to_string(conversation.first_seq) +
                                          " cannot be replayed: its script cannot be read");
                continue;
            }
            const TimePoint started{};
            const Session session = replay(std::make_shared<const Script>(*script), conversation.commands, started);
            made = summarize(session.record()).agreements;
        }
        // A later agreement on the same prompt of the same script replaces
        // the earlier one, within a conversation (a second round) and across
        // them (next week's review of the same boundary): what is in force
        // is what the couple last agreed on that question.
        for (const auto& agreement : made) {
            std::erase_if(result.agreements, [&](const AgreementInForce& earlier) {
                return earlier.script_title == conversation.start.script_title &&
                       earlier.agreement.prompt == agreement.prompt;
            });
            result.agreements.push_back(
                AgreementInForce{conversation.start.started_unix_ms, conversation.start.script_title, agreement});
        }
    }
    return result;
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
