#pragma once
// Where a passphrase or a recovery code comes from: the terminal, without
// echo, or a file (`-` for standard input). Never from an argument, which
// other users can read in the process list. The text stays in guarded memory.
#include <optional>
#include <string>

#include "secret_bytes.hpp"

namespace attune {

class SecretInput {
public:
    // Reads one line of a file: its first call for `-` reads standard input
    // whole, and each further call takes its next line.
    space::SecretBytes line_of_file(const std::string& file);
    // Asks on the terminal with echo off; throws when there is no terminal.
    space::SecretBytes ask(const std::string& prompt);
    // Reads a line on the terminal with echo on (a name to confirm).
    std::string ask_visible(const std::string& prompt);

private:
    std::optional<space::SecretBytes> m_stdin;
    std::size_t m_stdin_at = 0;
};

}  // namespace attune
