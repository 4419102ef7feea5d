#pragma once
// Helpers for the space's tests: spaces made with libsodium's minimum key
// cost (a test never pays the calibrated second), each in a folder of its
// own, and a whole conversation walked by two partners.
#include <filesystem>
#include <string>
#include <string_view>

#include "kept_conversations.hpp"
#include "space_store.hpp"
#include "test_support.hpp"

namespace attune::test {

// A new, empty folder under this process's temporary folder.
std::filesystem::path fresh_folder(const std::string& name);
space::SecretBytes secret(std::string_view text);

struct TestSpace {
    std::filesystem::path file;
    space::Space space;
    space::SecretBytes recovery_code;
};
TestSpace make_test_space(const std::filesystem::path& folder, const std::string& name,
                          std::string_view passphrase = "correct horse battery",
                          const space::SpaceOptions& options = {});
space::Space open_test_space(const std::filesystem::path& file, std::string_view passphrase = "correct horse battery",
                             const space::SpaceOptions& options = {});

// The words partners type in a walked conversation.
struct Words {
    std::string left_name = "Sam";
    std::string right_name = "Alex";
    std::string first_agreement = "Ten minutes each evening, phones away";
    std::string second_agreement = "Twenty minutes on Sundays";
};

// Two partners walk long_script() from the start to its summary: names,
// turns used up, one pause, a clarification, check-ins, the agreement twice
// (the second round changes it), both choices. Everything is in run.journal().
void walk_conversation(Run& run, const Words& words = {});

// What a kept conversation holds of a command and of a record: who called a
// pause is not kept, so a replay names replayed_pause_seat instead.
Command as_kept(const Command& command);
SessionRecord as_kept(SessionRecord record);

// The start record of a conversation on long_script().
space::ConversationStart start_of(const Words& words = {});

}  // namespace attune::test
