#pragma once
// The kiosk's side of keeping: the open space (when both partners opened
// one) and the journal every command of the conversation goes into before
// its effect is shown: the space's for a kept conversation, the runtime
// folder's for one that is not kept (so that a crash or a closed window is
// recovered until the machine restarts, cool-down included).
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "agreement_ledger.hpp"
#include "calendar.hpp"
#include "conversation_journal.hpp"
#include "keeping.hpp"
#include "kept_conversations.hpp"
#include "runtime_journal.hpp"
#include "script.hpp"
#include "session.hpp"
#include "space_store.hpp"
#include "ui_state.hpp"

namespace attune::kiosk {

struct KeepingSetup {
    // Whether Begin asks the partners if they want to keep the conversation
    // (the kiosk; tests that drive a bare loop leave it off).
    bool offered = false;
    std::filesystem::path spaces_folder;
    std::optional<std::string> space_name;  // --space NAME: no list to choose from
    // --passphrase-file: taken for the named space once both partners said
    // they want to keep the conversation (never before).
    std::shared_ptr<const space::SecretBytes> passphrase = {};
    // Where a conversation that is not kept journals; nothing: it is not
    // journaled at all (no runtime folder on this machine).
    std::optional<std::filesystem::path> runtime_folder;
    space::CostPolicy policy = space::CostPolicy::production;
    // How spaces are opened (tests pass a fault-injecting file layer).
    space::SpaceOptions space_options = {};
    // The key derivation's cost for a new passphrase: calibrated on this
    // machine (tests: libsodium's minimum).
    std::function<space::KdfCost()> new_key_cost = {};
    // The wall clock in milliseconds since 1970 (tests pass a fake one).
    std::function<std::int64_t()> wall_ms = {};
    // The script an unfinished conversation ran, from its kept text.
    std::function<std::optional<Script>(const space::ConversationStart&)> read_script = {};
};

enum class AfterEnd { close_space, ask_next_meeting };

class ConversationKeeping {
public:
    explicit ConversationKeeping(KeepingSetup setup);

    const KeepingSetup& setup() const { return m_setup; }
    std::vector<std::string> space_names() const;

    // The space (each throws SpaceError as Space does).
    void open(const std::string& name, space::SecretKind kind, const SecretText& secret);
    std::string create(const std::string& name, const SecretText& passphrase);  // the recovery code
    void set_passphrase(const SecretText& passphrase);
    bool space_open() const { return m_space.has_value(); }
    const std::string& space_name() const { return m_name; }
    // How long a new try on `name` waits after its wrong ones.
    std::chrono::seconds retry_delay(const std::string& name) const;
    std::optional<space::Unfinished> unfinished_in_space();
    void close_unfinished(const space::Unfinished& unfinished, const SessionRecord& record);
    // The open space's conversations, for the home screen (empty when none is open).
    space::KeptHistory history();
    // The open space's agreements as its history tells them, for the review
    // steps and the home screen (empty when none is open).
    space::AgreementLedger ledger(const space::KeptHistory& history, const Calendar& calendar) const;
    // The script a kept conversation ran, read from its kept text.
    space::ScriptReader script_reader() const;
    // When the couple agreed to meet next (or that they skipped it), into
    // the open space; the space closes after it, as after an end.
    void keep_next_conversation(const space::NextConversation& next);
    // Closes the space and wipes its keys (the journal, if kept, stops).
    void close_space();

    // The journal.
    bool journaling() const { return m_journal != nullptr; }
    bool kept() const { return m_journal && m_kept; }
    // Begins the journal: into the open space, else into the runtime folder.
    void begin(const space::ConversationStart& start, TimePoint started);
    // Goes on with an unfinished conversation from the open space, or from
    // a runtime journal that `find` gave.
    void go_on_in_space(const space::Unfinished& unfinished, TimePoint started);
    void go_on_in_runtime(const std::filesystem::path& journal, TimePoint started);
    // Durable before it returns; throws SpaceError.
    void record(const space::CommandRecord& record);
    TimePoint started() const { return m_started; }
    // Writes where the conversation stands when it is time to (every few
    // seconds while it runs, at once when the typed draft changed).
    void progress(TimePoint now, const UiState& ui, bool running);
    std::optional<TimePoint> next_progress() const;
    // The conversation ended: the space keeps its facts (each check-in with
    // its track from `script`), the runtime journal is removed. The space
    // closes, or stays open for the question when to meet next, whose
    // answer (keep_next_conversation) or close_space closes it. A kept
    // conversation keeps the counselor's `notes` too, marked as theirs; a
    // runtime journal (a safety net, removed now) never holds them.
    void end(const SessionRecord& record, const Script& script, const CounselorNotes& notes, AfterEnd after);
    // Keeping failed (a full disk): what was written stays, nothing more is.
    void stop();
    // The unfinished conversations of the runtime folder, newest first.
    std::vector<space::FoundJournal> runtime_unfinished() const;

    std::int64_t wall_ms() const;

private:
    KeepingSetup m_setup;
    std::optional<space::Space> m_space;
    std::string m_name;
    std::unique_ptr<space::ConversationJournal> m_journal;
    bool m_kept = false;
    TimePoint m_started{};
    std::optional<TimePoint> m_progress_due;
    std::string m_last_draft;
};

// How often a running conversation's progress is written: what a crash can
// cost a speaker's turn at most (the time is given back, never charged).
inline constexpr Duration progress_interval = std::chrono::seconds{2};

// The script file's text as it is now (empty without a file): kept with a
// conversation so that it can be resumed and read even if the file changes.
std::string script_file_text(const std::filesystem::path& path);

// The conversation's start record for a session of `script` read from `path`.
space::ConversationStart start_record(const Session& session, const std::filesystem::path& path, std::int64_t wall_ms);

}  // namespace attune::kiosk
