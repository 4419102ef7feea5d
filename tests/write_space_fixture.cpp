// Writes the space fixture of the current format: run by hand when a new
// format is made, never by the tests, so that each checked-in fixture stays
// what its format wrote.
//
//   attune_write_space_fixture tests/data/space-v2.space
//
// From format 2 on, the fixture ends with a conversation that did not end
// (its start and two commands), so that a migration is also tested on a
// space a crash interrupted.
#include <cstdio>
#include <filesystem>

#include "kept_conversations.hpp"
#include "space_store.hpp"

int main(int argc, char** argv) {
    using namespace attune;
    using namespace attune::space;
    if (argc != 2) {
        std::fprintf(stderr, "usage: attune_write_space_fixture FILE\n");
        return 2;
    }
    const std::filesystem::path file = argv[1];
    std::filesystem::remove(file);
    SecretBytes code;
    Space space = Space::create(file, SecretBytes::copy_of("fixture passphrase"), minimum_test_cost(), code);
    ConversationStart start;
    start.script_title = "Fixture conversation";
    start.script_text = "title: Fixture conversation";
    start.script_hash = sha256_hex(start.script_text);
    start.names = {"Sam", "Alex"};
    start.started_unix_ms = 1'790'000'000'000;
    ConversationKeeper keeper(space, start, TimePoint{});
    keeper.command(cmd::Begin{}, TimePoint{} + std::chrono::seconds{1});
    keeper.command(cmd::AgreementText{"We keep Sunday evenings free"}, TimePoint{} + std::chrono::seconds{30});
    keeper.command(cmd::Confirm{Seat::left}, TimePoint{} + std::chrono::seconds{31});
    SessionRecord record;
    record.agreements.push_back(
        AgreementRecord{0, "What do we keep free?", "We keep Sunday evenings free", false, {true, true}});
    record.elapsed = std::chrono::minutes{12};
    record.finish = FinishReason::completed;
    keeper.end(record);
    if (space_format_version >= 2) {
        start.script_title = "Interrupted conversation";
        start.started_unix_ms = 1'790'600'000'000;
        ConversationKeeper interrupted(space, start, TimePoint{});
        interrupted.command(cmd::Begin{}, TimePoint{} + std::chrono::seconds{2});
        interrupted.command(cmd::AgreementText{"We call before we visit"}, TimePoint{} + std::chrono::seconds{40});
    }
    std::printf("%s written (format %d)\n", file.c_str(), space_format_version);
    return 0;
}
