// The progress payload and how far an unfinished conversation went (the
// declarations are in conversation_journal.hpp, the contract with the kiosk).
#include <algorithm>
#include <chrono>

#include "conversation_journal.hpp"

namespace attune::space {
namespace {

// Its own version, like every other payload: a newer one is refused by name.
constexpr std::uint8_t progress_version = 1;
// No script has this many items or steps; a larger number is damage.
constexpr std::uint64_t most_places = 1u << 20;

}  // namespace

std::vector<unsigned char> encode(const Progress& progress) {
    ByteWriter out;
    out.byte(progress_version);
    out.i64(std::chrono::duration_cast<std::chrono::microseconds>(progress.offset).count());
    out.i64(progress.unix_ms);
    out.text(progress.draft);
    out.u64(progress.draft_item);
    out.u64(progress.draft_step);
    return std::move(out.bytes());
}

Progress decode_progress(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    const std::uint8_t version = in.byte();
    if (version != progress_version)
        throw DecodeError("a progress in format " + std::to_string(version) +
                          ", which this version of attune cannot read");
    Progress progress;
    progress.offset = std::chrono::duration_cast<Duration>(std::chrono::microseconds{in.i64()});
    progress.unix_ms = in.i64();
    progress.draft = in.text();
    progress.draft_item = static_cast<std::size_t>(in.u64_at_most(most_places));
    progress.draft_step = static_cast<std::size_t>(in.u64_at_most(most_places));
    in.expect_end();
    return progress;
}

Duration Unfinished::reached() const {
    Duration reached{0};
    if (!commands.empty()) reached = commands.back().offset;
    if (progress) reached = std::max(reached, progress->offset);
    return reached;
}

}  // namespace attune::space
