#include "conversation_keeping.hpp"

#include <fstream>
#include <iterator>

#include "script_loader.hpp"
#include "space_journal.hpp"
#include "space_name.hpp"

namespace attune::kiosk {

namespace {

space::SecretBytes secret_of(const SecretText& text) { return space::SecretBytes::copy_of(text.text()); }

}  // namespace

std::string script_file_text(const std::filesystem::path& path) {
    if (path.empty()) return {};
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

space::ConversationStart start_record(const Session& session, const std::filesystem::path& path, std::int64_t wall_ms) {
    space::ConversationStart start;
    start.script_title = session.script().title;
    start.script_text = script_file_text(path);
    start.script_hash = space::sha256_hex(start.script_text);
    start.names = {session.script().partner(Seat::left).name, session.script().partner(Seat::right).name};
    start.started_unix_ms = wall_ms;
    return start;
}

ConversationKeeping::ConversationKeeping(KeepingSetup setup) : m_setup(std::move(setup)) {}

std::vector<std::string> ConversationKeeping::space_names() const { return space::space_names(m_setup.spaces_folder); }

void ConversationKeeping::open(const std::string& name, space::SecretKind kind, const SecretText& secret) {
    close_space();
    space::forbid_core_dumps();
    const space::SecretBytes bytes = secret_of(secret);
    m_space.emplace(space::Space::open(space::space_file(m_setup.spaces_folder, name), kind, bytes, m_setup.policy,
                                       m_setup.space_options));
    m_name = name;
}

std::string ConversationKeeping::create(const std::string& name, const SecretText& passphrase) {
    close_space();
    space::forbid_core_dumps();
    if (const auto problem = space::code_name_problem(name))
        throw space::SpaceError(space::SpaceProblem::not_found, *problem);
    std::filesystem::create_directories(m_setup.spaces_folder);
    const space::KdfCost cost = m_setup.new_key_cost ? m_setup.new_key_cost() : space::calibrate_cost().cost;
    space::SecretBytes code;
    m_space.emplace(
        space::Space::create(space::space_file(m_setup.spaces_folder, name), secret_of(passphrase), cost, code));
    m_name = name;
    return std::string(code.text());
}

void ConversationKeeping::set_passphrase(const SecretText& passphrase) {
    if (!m_space) return;
    const space::KdfCost cost = m_setup.new_key_cost ? m_setup.new_key_cost() : space::calibrate_cost().cost;
    m_space->change_passphrase(secret_of(passphrase), cost);
}

std::chrono::seconds ConversationKeeping::retry_delay(const std::string& name) const {
    return space::unlock_delay(
        space::failed_unlocks(space::space_file(m_setup.spaces_folder, name), m_setup.space_options));
}

std::optional<space::Unfinished> ConversationKeeping::unfinished_in_space() {
    if (!m_space) return std::nullopt;
    return space::unfinished_conversation(*m_space);
}

void ConversationKeeping::close_unfinished(const space::Unfinished& unfinished, const SessionRecord& record) {
    if (!m_space) return;
    space::ConversationEnd end = space::summarize(record);
    end.finish.reset();  // closed before its end
    space::close_unfinished(*m_space, unfinished, end);
}

space::KeptHistory ConversationKeeping::history() {
    if (!m_space) return {};
    return space::read_history(m_space->read_all());
}

void ConversationKeeping::close_space() {
    if (m_kept) {
        m_journal.reset();
        m_kept = false;
    }
    if (m_space) m_space->checkpoint();
    m_space.reset();  // the data key is wiped with it
    m_name.clear();
}

void ConversationKeeping::begin(const space::ConversationStart& start, TimePoint started) {
    m_started = started;
    m_progress_due = started + progress_interval;
    m_last_draft.clear();
    if (m_space) {
        m_journal = std::make_unique<space::SpaceJournal>(space::SpaceJournal::begin(*m_space, start));
        m_kept = true;
    } else if (m_setup.runtime_folder) {
        m_journal =
            std::make_unique<space::RuntimeJournal>(space::RuntimeJournal::begin(*m_setup.runtime_folder, start));
        m_kept = false;
    }
}

void ConversationKeeping::go_on_in_space(const space::Unfinished& unfinished, TimePoint started) {
    if (!m_space) return;
    m_journal = std::make_unique<space::SpaceJournal>(space::SpaceJournal::go_on(*m_space, unfinished));
    m_kept = true;
    m_started = started;
    m_progress_due = std::nullopt;
}

void ConversationKeeping::go_on_in_runtime(const std::filesystem::path& journal, TimePoint started) {
    m_journal = std::make_unique<space::RuntimeJournal>(space::RuntimeJournal::go_on(journal));
    m_kept = false;
    m_started = started;
    m_progress_due = std::nullopt;
}

void ConversationKeeping::record(const space::CommandRecord& record) {
    if (m_journal) m_journal->command(record);
}

void ConversationKeeping::progress(TimePoint now, const UiState& ui, bool running) {
    if (!m_journal || !running) return;
    const std::string draft = ui.editing == Editing::agreement ? ui.draft : std::string{};
    const bool due = !m_progress_due || now >= *m_progress_due;
    if (!due && draft == m_last_draft) return;
    space::Progress progress;
    progress.offset = now - m_started;
    progress.unix_ms = wall_ms();
    progress.draft = draft;
    progress.draft_item = ui.edit_item;
    progress.draft_step = ui.edit_step;
    m_journal->progress(progress);
    m_last_draft = draft;
    m_progress_due = now + progress_interval;
}

std::optional<TimePoint> ConversationKeeping::next_progress() const {
    if (!m_journal) return std::nullopt;
    return m_progress_due;
}

void ConversationKeeping::end(const SessionRecord& record, const Script& script, const CounselorNotes& notes,
                              AfterEnd after) {
    if (m_journal) m_journal->end(m_kept ? space::summarize(record, script, notes) : space::summarize(record, script));
    m_journal.reset();
    m_kept = false;
    if (after == AfterEnd::close_space) close_space();
}

space::AgreementLedger ConversationKeeping::ledger(const space::KeptHistory& history, const Calendar& calendar) const {
    if (!m_space) return {};
    return space::build_ledger(history, calendar, script_reader());
}

space::ScriptReader ConversationKeeping::script_reader() const {
    if (m_setup.read_script) return m_setup.read_script;
    return [](const space::ConversationStart& start) -> std::optional<Script> {
        ScriptLoad load = load_script_text(start.script_text, start.script_title);
        return load.ok() ? std::optional<Script>(std::move(*load.script)) : std::nullopt;
    };
}

void ConversationKeeping::keep_next_conversation(const space::NextConversation& next) {
    if (!m_space) return;
    space::keep_next_conversation(*m_space, next);
    close_space();
}

void ConversationKeeping::stop() {
    m_journal.reset();
    m_kept = false;
    m_space.reset();
    m_name.clear();
}

std::vector<space::FoundJournal> ConversationKeeping::runtime_unfinished() const {
    if (!m_setup.runtime_folder) return {};
    return space::find_unfinished(*m_setup.runtime_folder);
}

std::int64_t ConversationKeeping::wall_ms() const {
    if (m_setup.wall_ms) return m_setup.wall_ms();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace attune::kiosk
