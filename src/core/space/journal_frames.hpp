#pragma once
// The framing of a runtime journal file: a header (a magic line and a
// format byte), then records, each
//   [u32 length of kind and payload, little-endian][16-byte BLAKE2b of kind
//   and payload][kind][payload]
// so that a record cut short by a kill -9 or a power cut mid-write, or
// garbled, is recognised and left out with everything after it, and every
// record before it reads.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace attune::space {

enum class JournalEntry : std::uint8_t { start = 1, command = 2, progress = 3 };

constexpr std::uint8_t journal_format_version = 1;

// The header every journal file begins with.
std::vector<unsigned char> journal_header();
// One record, framed.
std::vector<unsigned char> journal_frame(JournalEntry kind, std::span<const unsigned char> payload);

struct JournalFrame {
    JournalEntry kind = JournalEntry::start;
    std::vector<unsigned char> payload;
    std::size_t end = 0;  // where the record ends in the file
};

enum class JournalHeader { valid, foreign, newer };

struct ParsedJournal {
    JournalHeader header = JournalHeader::valid;
    std::vector<JournalFrame> frames;  // every whole record up to the first that is not
    std::size_t intact = 0;            // bytes up to the end of the last whole record
    std::vector<std::string> problems;
};

// Reads a journal file's bytes; never throws for what the bytes hold.
ParsedJournal parse_journal(std::span<const unsigned char> bytes);

}  // namespace attune::space
