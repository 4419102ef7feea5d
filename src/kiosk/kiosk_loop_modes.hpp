#pragma once
// What the kiosk shows, as one value: the list of scripts, a conversation,
// or the error screen. Each mode holds what only it needs, so that "on the
// picker with a session", "an error screen without its lines" or "a session
// kept for a reload while none failed" cannot be written.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "session.hpp"
#include "ui_state.hpp"

namespace attune::kiosk {

// The session a conversation runs: the one the loop was handed (borrowed:
// its owner reads it after the loop ends) or one the loop made from a
// picked or reloaded script (owned).
class SessionSlot {
public:
    static SessionSlot borrow(Session& session) { return SessionSlot{nullptr, &session}; }
    static SessionSlot own(Script script);
    static SessionSlot own(Session session);

    Session& operator*() const { return *m_session; }
    Session* operator->() const { return m_session; }

private:
    SessionSlot(std::unique_ptr<Session> owned, Session* session) : m_owned(std::move(owned)), m_session(session) {}
    std::unique_ptr<Session> m_owned;  // empty when borrowed; a pointer so that moving the slot keeps `m_session` valid
    Session* m_session;
};

// The list of scripts to choose from (its entries and selection outlive a
// visit, so the loop keeps them).
struct PickerMode {};

struct ConversationMode {
    SessionSlot session;
    std::filesystem::path script_path;  // the script's file, for Ctrl+R; empty when it was handed over loaded
    SessionOrigin origin = SessionOrigin::direct;
};

// A session whose script stopped loading on Ctrl+R: it waits behind the
// error screen where it stood, until a Ctrl+R that works brings it back
// at the same step.
struct WaitingSession {
    SessionSlot session;
    Snapshot stood;
};

struct ErrorMode {
    std::vector<std::string> lines;     // "file:line:col: error: ..."
    std::filesystem::path script_path;  // what Ctrl+R reads again (while writing)
    SessionOrigin origin = SessionOrigin::direct;
    std::optional<WaitingSession> waiting = {};
};

using ShellMode = std::variant<PickerMode, ConversationMode, ErrorMode>;

// The conversation on screen, if the mode is one.
inline Session* session_shown(const ShellMode& mode) {
    const auto* conversation = std::get_if<ConversationMode>(&mode);
    return conversation ? &*conversation->session : nullptr;
}

// Where the session on screen (or waiting behind the error screen) came from.
inline SessionOrigin origin_of(const ShellMode& mode) {
    if (const auto* conversation = std::get_if<ConversationMode>(&mode)) return conversation->origin;
    if (const auto* error = std::get_if<ErrorMode>(&mode)) return error->origin;
    return SessionOrigin::direct;
}

// The error screen in front of a conversation whose script stopped loading.
ErrorMode interrupt(ConversationMode conversation, std::vector<std::string> lines, TimePoint now);
// The conversation behind an error screen, back as it was (the screen had one).
ConversationMode resume(ErrorMode error);

}  // namespace attune::kiosk
