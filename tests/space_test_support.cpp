#include "space_test_support.hpp"

#include "command_codec.hpp"
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
    using Seat::left, Seat::right;
    run.send(cmd::SetName{left, words.left_name});
    run.send(cmd::SetName{right, words.right_name});
    run.wait(3s);
    run.send(cmd::Begin{});
    bool paused = false, took_more_time = false;
    int agreements = 0, choices = 0, guard = 0;
    while (run.shot().phase != Phase::finished) {
        REQUIRE(++guard < 5000);
        const Snapshot shot = run.shot();
        if (shot.phase == Phase::paused) {
            if (!shot.pause()->can_resume) {
                REQUIRE(run.wait_for_deadline());
            } else {
                run.wait(30s);
                run.send(cmd::Ready{left});
                run.send(cmd::Ready{right});
            }
            continue;
        }
        if (shot.phase == Phase::time_box) {
            const bool more = !took_more_time;
            took_more_time = true;
            run.wait(20s);
            run.send(more ? Command{cmd::MoreTime{left}} : Command{cmd::MoveOn{left}});
            run.send(more ? Command{cmd::MoreTime{right}} : Command{cmd::MoveOn{right}});
            continue;
        }
        switch (shot.activity) {
            case Activity::turn:
            case Activity::reflect:
                if (!paused && shot.item == 2 && shot.timer->remaining < 5min) {
                    paused = true;
                    run.send(cmd::Pause{right});
                } else if (shot.timer->remaining > 0s) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(7s);
                    run.send(cmd::Next{});
                }
                break;
            case Activity::say:
                if (shot.timer) {
                    REQUIRE(run.wait_for_deadline());
                } else {
                    run.wait(20s);
                    run.send(cmd::Next{});
                }
                break;
            case Activity::clarify:
            case Activity::breathe:
                REQUIRE(run.wait_for_deadline());
                break;
            case Activity::not_heard:
                run.wait(5s);
                run.send(cmd::Next{});
                break;
            case Activity::verdict:
                run.wait(5s);
                run.send(shot.round == 1 ? Command{cmd::NotQuite{}} : Command{cmd::ThatsIt{}});
                break;
            case Activity::checkin:
                run.wait(8s);
                run.send(cmd::Answer{shot.floor, 4});
                break;
            case Activity::agreement:
                run.wait(40s);
                run.send(cmd::AgreementText{agreements++ == 0 ? words.first_agreement : words.second_agreement});
                run.send(cmd::Confirm{left});
                run.send(cmd::Confirm{right});
                break;
            case Activity::choice: {
                run.wait(10s);
                const std::size_t option = choices++ == 0 ? 0u : 1u;
                run.send(cmd::Choose{left, option});
                run.send(cmd::Choose{right, option});
                break;
            }
        }
    }
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
