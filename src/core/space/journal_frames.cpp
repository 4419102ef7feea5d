#include "journal_frames.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace attune::space {
namespace {

constexpr std::string_view magic = "attune journal\n";
constexpr std::size_t check_size = crypto_generichash_BYTES_MIN;
constexpr std::size_t length_size = 4;
// No record comes near this (a script is at most a few MiB); a larger
// length is damage, not something to allocate.
constexpr std::uint32_t most_length = 64u << 20;

std::array<unsigned char, check_size> check_of(std::span<const unsigned char> body) {
    std::array<unsigned char, check_size> check{};
    // BLAKE2b needs no initialisation, but libsodium asks for it before any call.
    if (sodium_init() < 0) return check;
    crypto_generichash(check.data(), check.size(), body.data(), body.size(), nullptr, 0);
    return check;
}

bool known(std::uint8_t kind) {
    return kind >= static_cast<std::uint8_t>(JournalEntry::start) &&
           kind <= static_cast<std::uint8_t>(JournalEntry::progress);
}

}  // namespace

std::vector<unsigned char> journal_header() {
    std::vector<unsigned char> header(magic.begin(), magic.end());
    header.push_back(journal_format_version);
    return header;
}

std::vector<unsigned char> journal_frame(JournalEntry kind, std::span<const unsigned char> payload) {
    std::vector<unsigned char> body;
    body.reserve(payload.size() + 1);
    body.push_back(static_cast<unsigned char>(kind));
    body.insert(body.end(), payload.begin(), payload.end());
    const auto length = static_cast<std::uint32_t>(body.size());
    std::vector<unsigned char> frame;
    frame.reserve(length_size + check_size + body.size());
    for (int i = 0; i < 4; ++i) frame.push_back(static_cast<unsigned char>(length >> (8 * i)));
    const auto check = check_of(body);
    frame.insert(frame.end(), check.begin(), check.end());
    frame.insert(frame.end(), body.begin(), body.end());
    return frame;
}

ParsedJournal parse_journal(std::span<const unsigned char> bytes) {
    ParsedJournal parsed;
    const std::size_t header_size = magic.size() + 1;
    if (bytes.size() < header_size || !std::equal(magic.begin(), magic.end(), bytes.begin())) {
        parsed.header = JournalHeader::foreign;
        parsed.problems.push_back("it is not an attune journal");
        return parsed;
    }
    if (bytes[magic.size()] != journal_format_version) {
        parsed.header = JournalHeader::newer;
        parsed.problems.push_back("it was written by another version of attune (journal format " +
                                  std::to_string(bytes[magic.size()]) + ")");
        return parsed;
    }
    std::size_t at = header_size;
    parsed.intact = at;
    while (at < bytes.size()) {
        const std::size_t left = bytes.size() - at;
        std::uint32_t length = 0;
        if (left >= length_size)
            for (int i = 0; i < 4; ++i) length |= static_cast<std::uint32_t>(bytes[at + i]) << (8 * i);
        const bool whole = left >= length_size + check_size && length >= 1 && length <= most_length &&
                           left - length_size - check_size >= length;
        if (whole) {
            const auto body = bytes.subspan(at + length_size + check_size, length);
            const auto check = check_of(body);
            if (std::equal(check.begin(), check.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at + length_size)) &&
                known(body[0])) {
                at += length_size + check_size + length;
                parsed.frames.push_back(
                    JournalFrame{static_cast<JournalEntry>(body[0]), {body.begin() + 1, body.end()}, at});
                parsed.intact = at;
                continue;
            }
        }
        // A record cut short (the usual end of a killed writer) or garbled:
        // nothing after it can be framed.
        parsed.problems.push_back("its last " + std::to_string(left) +
                                  " bytes are not a whole record (cut short or damaged) and were left out");
        break;
    }
    return parsed;
}

}  // namespace attune::space
