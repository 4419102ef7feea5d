#include "space_test_support.hpp"

#include "command_codec.hpp"
#include "couple_walk.hpp"
#include "space_name.hpp"
#include "temp_dir.hpp"

namespace attune::test {

std::filesystem::path fresh_folder(const std::string& name) {
    const auto folder = temp_dir() / "spaces" / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

space::SecretBytes secret(std::string_view text) { return space::SecretBytes::copy_of(text); }

TestSpace make_test_space(const std::filesystem::path& folder, const std::string& name, std::string_view passphrase,
                          const space::SpaceOptions& options) {
    const auto file = space::space_file(folder, name);
    space::SecretBytes code;
    space::Space made = space::Space::create(file, secret(passphrase), space::minimum_test_cost(), code, options);
    return TestSpace{file, std::move(made), std::move(code)};
}

space::Space open_test_space(const std::filesystem::path& file, std::string_view passphrase,
                             const space::SpaceOptions& options) {
    return space::Space::open(file, space::SecretKind::passphrase, secret(passphrase),
                              space::CostPolicy::allow_test_costs, options);
}

void walk_conversation(Run& run, const Words& words) {
    run.send(cmd::SetName{Seat::left, words.left_name});
    run.send(cmd::SetName{Seat::right, words.right_name});
    run.wait(3s);
    walk_couple(run, CoupleWalk{{words.first_agreement, words.second_agreement}, FirstAnswer::settled});
}

Command as_kept(const Command& command) {
    if (std::holds_alternative<cmd::Pause>(command)) return cmd::Pause{space::replayed_pause_seat};
    return command;
}

SessionRecord as_kept(SessionRecord record) {
    // A pause after a low answer names whose answer it was, which the kept
    // answer itself reproduces; only a partner's own call loses its seat.
    for (auto& pause : record.pauses)
        if (pause.cause == PauseCause::partner) pause.seat = space::replayed_pause_seat;
    return record;
}

space::ConversationStart start_of(const Words& words) {
    space::ConversationStart start;
    start.script_title = "A long conversation";
    start.script_text = "title: A long conversation";
    start.script_hash = space::sha256_hex(start.script_text);
    start.names = {words.left_name, words.right_name};
    start.started_unix_ms = 1'790'000'000'000;
    return start;
}

}  // namespace attune::test
