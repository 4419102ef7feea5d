#pragma once
// Every engine command as bytes, for the records of a kept conversation.
// Each alternative of `Command` has a fixed tag that never changes meaning;
// a new command gets a new tag, so an old space still reads.
#include "byte_codec.hpp"
#include "session_commands.hpp"

namespace attune::space {

void encode_command(ByteWriter& out, const Command& command);
// Throws DecodeError for an unknown tag or a value out of range.
Command decode_command(ByteReader& in);

}  // namespace attune::space
