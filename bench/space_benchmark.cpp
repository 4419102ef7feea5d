// Space benchmark: what keeping a conversation costs on this machine.
//
//   - deriving the key from a passphrase at the calibrated cost
//   - one command made durable (median and p99 over 1,000)
//   - one progress made durable, its draft growing as it is typed (median
//     and p99 over 1,000), in a space and in a runtime journal
//   - opening a space that holds a year of weekly conversations (52 x ~300
//     commands, the last one interrupted), reading every record, the history
//     and the agreements in force (replaying the interrupted one), after the
//     key is derived
// Goals: p99 under 5 ms for a durable command; a year open in under 200 ms.
//
//   attune_bench_space [FOLDER]   (default: a new folder under /var/tmp, on
//                                  the disk, not in memory)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "agreement_ledger.hpp"
#include "kept_conversations.hpp"
#include "runtime_journal.hpp"
#include "space_journal.hpp"
#include "space_name.hpp"
#include "space_store.hpp"

namespace {

using namespace attune;
using namespace attune::space;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double ms(Clock::duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[at];
}

// A script small enough to replay: one agreement step.
Script bench_script() {
    Script script;
    script.title = "Weekly meeting";
    Item item;
    item.title = "Agreement";
    Step step;
    step.body = AgreementStep{"What will each of us try this week?", Quorum::both};
    item.steps.push_back(step);
    script.agenda.push_back(item);
    return script;
}

// About 300 commands: the agreement typed letter by letter, as the kiosk
// sends it, then confirmed (the interrupted one stops before its end).
std::vector<CommandRecord> week_of_commands(int week) {
    std::vector<CommandRecord> commands;
    Duration at = std::chrono::seconds{2};
    commands.push_back({at, cmd::Begin{}});
    const std::string text = "Week " + std::to_string(week) +
                             ": we take a walk together on Sunday, phones at home, and we each say one thing "
                             "we appreciated this week. When one of us needs a break we say so and the other "
                             "one listens without answering; we come back to it after twenty minutes, calmly, "
                             "and we write down what we agreed so that both of us can read it again next week.";
    for (std::size_t n = 1; n <= std::min<std::size_t>(text.size(), 296); ++n) {
        at += std::chrono::milliseconds{350};
        commands.push_back({at, cmd::AgreementText{text.substr(0, n)}});
    }
    commands.push_back({at + std::chrono::seconds{3}, cmd::Confirm{Seat::left}});
    commands.push_back({at + std::chrono::seconds{4}, cmd::Confirm{Seat::right}});
    return commands;
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path folder =
        argc > 1 ? fs::path(argv[1]) : fs::path("/var/tmp") / ("attune-bench-space-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const SecretBytes passphrase = SecretBytes::copy_of("a passphrase for the benchmark");

    // 1. The calibrated key derivation.
    std::printf("calibrating the key derivation (Argon2id, at least 3 passes over 256 MiB)...\n");
    const Calibration calibration = calibrate_cost();
    std::vector<double> derivations;
    const Bytes salt = random_bytes(salt_size);
    for (int i = 0; i < 3; ++i) {
        const auto started = Clock::now();
        derive_key(passphrase.bytes(), salt, calibration.cost);
        derivations.push_back(ms(Clock::now() - started));
    }
    std::printf("key derivation: %llu passes, %llu MiB: median %.0f ms (window 500-1500 ms)\n",
                static_cast<unsigned long long>(calibration.cost.opslimit),
                static_cast<unsigned long long>(calibration.cost.memlimit >> 20), percentile(derivations, 0.5));

    // 2. One command made durable, 1,000 times.
    SecretBytes code;
    const fs::path durable_file = space_file(folder, "durable");
    std::vector<double> appends;
    {
        Space space = Space::create(durable_file, passphrase, minimum_test_cost(), code);
        const Bytes payload = encode(CommandRecord{std::chrono::seconds{90}, cmd::AgreementText{"We walk on Sundays"}});
        // A conversation kept before, checkpointed at its end as the keeper
        // does: the log is then reused from its start, as in every
        // conversation but a space's first.
        for (int i = 0; i < 300; ++i) space.append(RecordKind::command, payload);
        space.checkpoint();
        for (int i = 0; i < 1000; ++i) {
            const auto started = Clock::now();
            space.append(RecordKind::command, payload);
            appends.push_back(ms(Clock::now() - started));
        }
    }
    std::printf("one command durable: median %.2f ms, p99 %.2f ms, max %.2f ms (goal p99 < 5 ms)\n",
                percentile(appends, 0.5), percentile(appends, 0.99), percentile(appends, 1.0));

    // 2b. One progress made durable, 1,000 times: the sealed row replaced,
    // as the kiosk does every few seconds and whenever a draft changes.
    const std::string typed =
        "We take a walk together on Sunday, phones at home, and we each say one thing we appreciated this week.";
    auto progress_at = [&typed](int i) {
        return Progress{std::chrono::seconds{i}, 1'790'000'000'000 + i, typed.substr(0, std::size_t(i) % typed.size()),
                        1, 0};
    };
    std::vector<double> progresses;
    {
        Space space = Space::open(durable_file, SecretKind::passphrase, passphrase, CostPolicy::allow_test_costs);
        SpaceJournal journal =
            SpaceJournal::begin(space, ConversationStart{"Weekly meeting", "", "", {"Sam", "Alex"}, 0});
        space.checkpoint();
        for (int i = 0; i < 1000; ++i) {
            const Progress progress = progress_at(i);
            const auto started = Clock::now();
            journal.progress(progress);
            progresses.push_back(ms(Clock::now() - started));
        }
    }
    std::printf("one progress durable in a space: median %.2f ms, p99 %.2f ms, max %.2f ms (goal p99 < 5 ms)\n",
                percentile(progresses, 0.5), percentile(progresses, 0.99), percentile(progresses, 1.0));
    if (const auto runtime = runtime_folder()) {
        std::vector<double> runtime_progresses;
        RuntimeJournal journal =
            RuntimeJournal::begin(*runtime, ConversationStart{"Weekly meeting", "", "", {"Sam", "Alex"}, 0});
        for (int i = 0; i < 1000; ++i) {
            const Progress progress = progress_at(i);
            const auto started = Clock::now();
            journal.progress(progress);
            runtime_progresses.push_back(ms(Clock::now() - started));
        }
        journal.end(ConversationEnd{});
        std::printf("one progress durable in %s: median %.3f ms, p99 %.3f ms, max %.3f ms\n", runtime->c_str(),
                    percentile(runtime_progresses, 0.5), percentile(runtime_progresses, 0.99),
                    percentile(runtime_progresses, 1.0));
    } else {
        std::printf("no runtime folder ($XDG_RUNTIME_DIR unset or not private): runtime journal not measured\n");
    }

    // 3. A year of weekly conversations.
    const fs::path year_file = space_file(folder, "year");
    const Script script = bench_script();
    std::size_t records = 0;
    {
        Space space = Space::create(year_file, passphrase, minimum_test_cost(), code);
        for (int week = 1; week <= 52; ++week) {
            std::vector<Space::Pending> pending;
            ConversationStart start{script.title,
                                    sha256_hex("title: Weekly meeting"),
                                    "title: Weekly meeting",
                                    {"Sam", "Alex"},
                                    1'767'225'600'000 + std::int64_t{week} * 604'800'000};
            pending.push_back({RecordKind::conversation_start, encode(start)});
            const auto commands = week_of_commands(week);
            for (const auto& each : commands) pending.push_back({RecordKind::command, encode(each)});
            if (week < 52) {
                Session session = replay(std::make_shared<const Script>(script), std::nullopt, commands, TimePoint{});
                pending.push_back({RecordKind::conversation_end, encode(summarize(session.record()))});
            }
            records += pending.size();
            space.append_all(pending);
        }
    }
    std::vector<double> opens;
    std::size_t agreements = 0;
    for (int run = 0; run < 5; ++run) {
        // The key cost is the test minimum here, so that the figure is the
        // opening itself: the derivation is the figure above.
        const auto started = Clock::now();
        Space space = Space::open(year_file, SecretKind::passphrase, passphrase, CostPolicy::allow_test_costs);
        const SpaceContents contents = space.read_all();
        const KeptHistory history = read_history(contents);
        const auto in_force = agreements_in_force(history, [&](const ConversationStart&) { return script; });
        opens.push_back(ms(Clock::now() - started));
        agreements = in_force.agreements.size();
    }
    std::printf(
        "a year open (%zu records, 52 conversations, %zu agreements, the last replayed): median %.1f ms, "
        "max %.1f ms (goal < 200 ms)\n",
        records, agreements, percentile(opens, 0.5), percentile(opens, 1.0));
    std::printf("file size: %.1f MiB\n", static_cast<double>(fs::file_size(year_file)) / (1024.0 * 1024.0));

    if (argc <= 1) fs::remove_all(folder);
    return 0;
}
