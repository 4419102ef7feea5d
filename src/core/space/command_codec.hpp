#pragma once
// Every engine command as bytes, for the records of a kept conversation.
// Each alternative of `Command` has a fixed tag that never changes meaning;
// a new command gets a new tag, so an old space still reads.
#include "byte_codec.hpp"
#include "session_commands.hpp"

namespace attune::space {

// Who called a pause is never kept: a pause is written without its seat and
// read back as called from this one. The engine uses the seat for nothing a
// replay must reproduce (any partner may pause, and who may resume follows
// the script's `pause.resume`, not the caller); only the session record's
// PauseRecord::seat of a replayed conversation names this seat instead.
inline constexpr Seat replayed_pause_seat = Seat::left;

void encode_command(ByteWriter& out, const Command& command);
// Throws DecodeError for an unknown tag or a value out of range.
Command decode_command(ByteReader& in);

}  // namespace attune::space
