#pragma once
// How the kiosk goes on with a conversation that did not end: its commands
// replayed at their times up to where it had reached, then the time the
// kiosk was away given to a running cool-down and to nothing else.
#include <cstdint>
#include <memory>
#include <optional>

#include "conversation_journal.hpp"
#include "script.hpp"
#include "session.hpp"

namespace attune::space {

struct Resumption {
    Session session;
    // The session clock's origin from now on: the journal's further offsets
    // count from it, so that they continue where the unfinished ones stopped.
    TimePoint started;
    // The command that says the kiosk came back (already applied to
    // `session`); the journal writes it before anything is shown.
    CommandRecord reopened;
};

// `now` is the steady clock the kiosk runs on, `now_unix_ms` the wall clock
// (the only clock that spans a restart). A wall clock that went backwards
// counts as no time away: a cool-down is never shortened by a clock.
Resumption resume(std::shared_ptr<const Script> script, const Unfinished& unfinished, TimePoint now,
                  std::int64_t now_unix_ms);

}  // namespace attune::space
