#pragma once
// The journal of a conversation that is not kept: a file of its own in
// $XDG_RUNTIME_DIR/attune/ (memory-backed, this user's only), so that a
// crash or a closed window is recovered until the machine restarts, and
// removed when the conversation ends. Without a runtime folder nothing is
// written.
//
// The file is 0600 and held with an exclusive flock while its kiosk lives:
// a second kiosk never takes over a conversation that is going on. Records
// are framed (journal_frames.hpp) and synced one by one, so that a torn
// tail is left out and everything before it reads.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "conversation_journal.hpp"
#include "file_descriptor.hpp"
#include "journal_frames.hpp"
#include "space_store.hpp"

namespace attune::space {

// $XDG_RUNTIME_DIR/attune, made 0700 whatever the umask; nothing when
// XDG_RUNTIME_DIR is unset, not absolute, missing, or not a folder of this
// user's with mode 0700 (then a conversation that is not kept writes nothing).
std::optional<std::filesystem::path> runtime_folder();

// Another attune window holds the journal: it is going on there.
class JournalInUse : public SpaceError {
public:
    explicit JournalInUse(const std::string& what) : SpaceError(SpaceProblem::storage_failed, what) {}
};

enum class JournalState {
    resumable,   // its start and every whole record after it read
    unreadable,  // not even its start reads: it can only be discarded
};

struct FoundJournal {
    std::filesystem::path path;
    JournalState state = JournalState::resumable;
    Unfinished unfinished;              // empty when unreadable
    std::vector<std::string> problems;  // one sentence each, the file named
};

// Every journal file in `folder` that no living kiosk holds, newest start
// first (unreadable ones last); never throws. A journal abandoned before its
// start was written (a minute old, not held) is removed on the way.
std::vector<FoundJournal> find_unfinished(const std::filesystem::path& folder);

// Removes one journal (the couple chose not to go on); throws JournalInUse
// when a kiosk holds it, SpaceError(storage_failed) when it cannot be removed.
void discard(const std::filesystem::path& path);

class RuntimeJournal : public ConversationJournal {
public:
    // A new journal file in `folder` holding `start`, synced; throws SpaceError.
    static RuntimeJournal begin(const std::filesystem::path& folder, const ConversationStart& start);
    // Takes the lock of a journal that find_unfinished found, leaves out its
    // torn tail, and appends to it; throws JournalInUse, SpaceError(not_found)
    // when it was ended or discarded meanwhile, SpaceError(damaged) when
    // its start cannot be read.
    static RuntimeJournal go_on(const std::filesystem::path& path);

    // The conversation as its file held it when this journal began or went on.
    const Unfinished& unfinished() const { return m_unfinished; }
    const std::filesystem::path& path() const { return m_path; }

    void command(const CommandRecord& record) override;
    // Appended; the reader takes the last one.
    void progress(const Progress& progress) override;
    // Removes the file: an ended conversation is not offered again.
    void end(const ConversationEnd& end) override;

    // Closing releases the lock and leaves the file: a closed window is
    // recovered.
    ~RuntimeJournal() override = default;
    RuntimeJournal(RuntimeJournal&&) = default;
    RuntimeJournal& operator=(RuntimeJournal&&) = default;

private:
    RuntimeJournal(std::filesystem::path path, FileDescriptor fd, std::size_t size, Unfinished unfinished);
    void append(JournalEntry kind, const std::vector<unsigned char>& payload);

    std::filesystem::path m_path;
    FileDescriptor m_fd;
    std::size_t m_size = 0;  // bytes acknowledged: a failed append is cut back to it
    Unfinished m_unfinished;
};

}  // namespace attune::space
