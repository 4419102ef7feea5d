#include "resume.hpp"

#include <algorithm>

#include "kept_conversations.hpp"

namespace attune::space {

namespace {

// When, on the wall clock, the conversation was last known to run.
std::int64_t last_seen_unix_ms(const Unfinished& unfinished) {
    if (unfinished.progress && unfinished.progress->offset >= unfinished.reached()) return unfinished.progress->unix_ms;
    const auto reached = std::chrono::duration_cast<std::chrono::milliseconds>(unfinished.reached());
    return unfinished.start.started_unix_ms + reached.count();
}

}  // namespace

Resumption resume(std::shared_ptr<const Script> script, const Unfinished& unfinished, TimePoint now,
                  std::int64_t now_unix_ms) {
    const Duration reached = unfinished.reached();
    const TimePoint started = now - reached;
    // The names were typed before the journal began; its start keeps them.
    std::vector<CommandRecord> commands;
    for (Seat seat : {Seat::left, Seat::right}) {
        const std::string& name = unfinished.start.names[static_cast<std::size_t>(seat)];
        if (!name.empty()) commands.push_back(CommandRecord{Duration{0}, cmd::SetName{seat, name}});
    }
    commands.insert(commands.end(), unfinished.commands.begin(), unfinished.commands.end());
    Session session = replay(std::move(script), unfinished.start.review_subjects, commands, started);
    session.advance_to(now);

    const std::int64_t away_ms = std::max<std::int64_t>(0, now_unix_ms - last_seen_unix_ms(unfinished));
    const CommandRecord reopened{reached, cmd::Reopened{std::chrono::milliseconds{away_ms}}};
    session.apply(reopened.command, now);
    return Resumption{std::move(session), started, reopened};
}

}  // namespace attune::space
