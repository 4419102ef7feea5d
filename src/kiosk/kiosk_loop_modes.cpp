#include "kiosk_loop_modes.hpp"

namespace attune::kiosk {

SessionSlot SessionSlot::own(Session session) {
    auto owned = std::make_unique<Session>(std::move(session));
    Session* pointer = owned.get();
    return SessionSlot{std::move(owned), pointer};
}

SessionSlot SessionSlot::own(Script script) {
    auto session = std::make_unique<Session>(std::move(script));
    Session* pointer = session.get();
    return SessionSlot{std::move(session), pointer};
}

ErrorMode interrupt(ConversationMode conversation, std::vector<std::string> lines, TimePoint now) {
    // The snapshot is taken now: the session is not advanced while it waits,
    // and a later reload puts the new script at the step it shows.
    Snapshot stood = conversation.session->snapshot(now);
    return ErrorMode{std::move(lines), std::move(conversation.script_path), conversation.origin,
                     WaitingSession{std::move(conversation.session), std::move(stood)}};
}

ConversationMode resume(ErrorMode error) {
    return ConversationMode{std::move(error.waiting->session), std::move(error.script_path), error.origin};
}

}  // namespace attune::kiosk
