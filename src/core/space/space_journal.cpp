#include "space_journal.hpp"

#include "kept_conversations.hpp"

namespace attune::space {
namespace {

// The space's last conversation, read from every record that opens.
std::optional<KeptConversation> last_conversation(Space& space) {
    KeptHistory history = read_history(space.read_all());
    if (history.conversations.empty()) return std::nullopt;
    return std::move(history.conversations.back());
}

bool is_start_of(const std::optional<OpenedRecord>& record, const ConversationStart& start) {
    if (!record || record->kind != RecordKind::conversation_start) return false;
    try {
        return decode_start(record->payload) == start;
    } catch (const DecodeError&) {
        return false;
    }
}

// The sequence number of `unfinished`'s start record. Its records are the
// last ones of the space, so the start is usually found at once; a space
// with damaged records in between is read whole.
std::uint64_t first_record_of(Space& space, const Unfinished& unfinished) {
    const std::uint64_t count = space.record_count();
    if (count > unfinished.commands.size()) {
        const std::uint64_t guess = count - unfinished.commands.size();
        if (is_start_of(space.read_record(guess), unfinished.start)) return guess;
    }
    const auto last = last_conversation(space);
    if (last && !last->end && last->start == unfinished.start) return last->first_seq;
    throw SpaceError(SpaceProblem::damaged, "the unfinished conversation \"" + unfinished.start.script_title +
                                                "\" is no longer the last one of the space " +
                                                space.file().stem().string());
}

}  // namespace

SpaceJournal SpaceJournal::begin(Space& space, const ConversationStart& start) {
    const std::uint64_t first = space.append(RecordKind::conversation_start, encode(start));
    return SpaceJournal(space, first);
}

SpaceJournal SpaceJournal::go_on(Space& space, const Unfinished& unfinished) {
    return SpaceJournal(space, first_record_of(space, unfinished));
}

void SpaceJournal::command(const CommandRecord& record) { m_space->append(RecordKind::command, encode(record)); }

void SpaceJournal::progress(const Progress& progress) { m_space->store_progress(m_first, encode(progress)); }

void SpaceJournal::end(const ConversationEnd& end) {
    m_space->append(RecordKind::conversation_end, encode(end), ProgressRow::clear);
    // The end is durable already; the checkpoint only keeps the next
    // conversation's commits short, and SQLite runs one on close anyway.
    try {
        m_space->checkpoint();
    } catch (const SpaceError&) {
    }
}

std::optional<Unfinished> unfinished_conversation(Space& space) {
    auto last = last_conversation(space);
    if (!last || last->end) return std::nullopt;
    Unfinished unfinished{std::move(last->start), std::move(last->commands), std::nullopt};
    if (const auto stored = space.read_progress(); stored && stored->conversation == last->first_seq) {
        try {
            unfinished.progress = decode_progress(stored->payload);
        } catch (const DecodeError&) {
            // A progress this version cannot read: the commands alone say
            // where the conversation went.
        }
    }
    return unfinished;
}

void close_unfinished(Space& space, const Unfinished& unfinished, const ConversationEnd& end) {
    first_record_of(space, unfinished);
    space.append(RecordKind::conversation_end, encode(end), ProgressRow::clear);
}

}  // namespace attune::space
