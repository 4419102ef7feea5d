#pragma once
// The journal of a kept conversation: its records go into the couple's space,
// sealed, each durable before it returns, and its progress into the space's
// one progress row (format 3), replaced each time and cleared at the end.
#include <cstdint>
#include <optional>

#include "conversation_journal.hpp"
#include "space_store.hpp"

namespace attune::space {

class SpaceJournal : public ConversationJournal {
public:
    // Writes the conversation's start record (durable when it returns).
    static SpaceJournal begin(Space& space, const ConversationStart& start);
    // Goes on with `unfinished`, which must still be the space's last
    // conversation without an end; throws SpaceError(damaged) when it is not.
    static SpaceJournal go_on(Space& space, const Unfinished& unfinished);

    void command(const CommandRecord& record) override;
    void progress(const Progress& progress) override;
    // Appends the end's facts and clears the progress row in one commit.
    void end(const ConversationEnd& end) override;

    // The sequence number of the conversation's start record.
    std::uint64_t first_record() const { return m_first; }

private:
    SpaceJournal(Space& space, std::uint64_t first) : m_space(&space), m_first(first) {}
    Space* m_space;
    std::uint64_t m_first;
};

// The space's last conversation when it has no end, with its progress when
// the progress row belongs to it; nothing otherwise. Throws SpaceError only
// when the file cannot be read at all.
std::optional<Unfinished> unfinished_conversation(Space& space);

// Ends `unfinished` with `end` (the couple chose not to go on), so that it
// is no longer offered; its progress row is cleared in the same commit.
// Throws SpaceError(damaged) when it is not the space's last unfinished
// conversation, and like Space::append when it cannot be written.
void close_unfinished(Space& space, const Unfinished& unfinished, const ConversationEnd& end);

}  // namespace attune::space
