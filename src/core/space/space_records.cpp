#include "space_records.hpp"

#include <chrono>

#include "command_codec.hpp"

namespace attune::space {
namespace {

constexpr std::uint8_t payload_version = 1;

void check_version(ByteReader& in) {
    const std::uint8_t version = in.byte();
    if (version != payload_version)
        throw DecodeError("a record in format " + std::to_string(version) +
                          ", which this version of attune cannot read");
}

std::int64_t to_micros(Duration duration) {
    return std::chrono::duration_cast<std::chrono::microseconds>(duration).count();
}

Duration from_micros(std::int64_t micros) {
    return std::chrono::duration_cast<Duration>(std::chrono::microseconds{micros});
}

}  // namespace

const char* record_kind_name(RecordKind kind) {
    switch (kind) {
        case RecordKind::conversation_start:
            return "conversation start";
        case RecordKind::command:
            return "command";
        case RecordKind::conversation_end:
            return "conversation end";
    }
    return "record";
}

ConversationEnd summarize(const SessionRecord& record) {
    ConversationEnd end;
    end.finish = record.finish;
    for (const auto& agreement : record.agreements)
        end.agreements.push_back(KeptAgreement{agreement.item, agreement.prompt, agreement.text, agreement.aloud});
    for (const auto& checkin : record.checkins)
        end.checkins.push_back(KeptCheckin{checkin.item, checkin.question, checkin.seat, checkin.value, checkin.scale});
    end.duration = total_time(record);
    end.paused = paused_time(record);
    end.pauses = record.pauses.size();
    return end;
}

std::vector<unsigned char> encode(const ConversationStart& start) {
    ByteWriter out;
    out.byte(payload_version);
    out.text(start.script_title);
    out.text(start.script_hash);
    out.text(start.script_text);
    out.text(start.names[0]);
    out.text(start.names[1]);
    out.i64(start.started_unix_ms);
    return std::move(out.bytes());
}

std::vector<unsigned char> encode(const CommandRecord& command) {
    ByteWriter out;
    out.byte(payload_version);
    out.i64(to_micros(command.offset));
    encode_command(out, command.command);
    return std::move(out.bytes());
}

std::vector<unsigned char> encode(const ConversationEnd& end) {
    ByteWriter out;
    out.byte(payload_version);
    out.byte(end.finish ? static_cast<std::uint8_t>(1 + static_cast<int>(*end.finish)) : 0);
    out.u64(end.agreements.size());
    for (const auto& agreement : end.agreements) {
        out.u64(agreement.item);
        out.text(agreement.prompt);
        out.text(agreement.text);
        out.byte(agreement.aloud ? 1 : 0);
    }
    out.u64(end.checkins.size());
    for (const auto& checkin : end.checkins) {
        out.u64(checkin.item);
        out.text(checkin.question);
        out.byte(static_cast<std::uint8_t>(checkin.seat));
        out.i64(checkin.value);
        out.i64(checkin.scale);
    }
    out.i64(to_micros(end.duration));
    out.i64(to_micros(end.paused));
    out.u64(end.pauses);
    return std::move(out.bytes());
}

ConversationStart decode_start(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    check_version(in);
    ConversationStart start;
    start.script_title = in.text();
    start.script_hash = in.text();
    start.script_text = in.text();
    start.names[0] = in.text();
    start.names[1] = in.text();
    start.started_unix_ms = in.i64();
    in.expect_end();
    return start;
}

CommandRecord decode_command_record(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    check_version(in);
    CommandRecord record;
    record.offset = from_micros(in.i64());
    record.command = decode_command(in);
    in.expect_end();
    return record;
}

ConversationEnd decode_end(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    check_version(in);
    ConversationEnd end;
    const std::uint8_t finish = in.byte();
    if (finish > 3) throw DecodeError("a conversation ended for an unknown reason");
    if (finish > 0) end.finish = static_cast<FinishReason>(finish - 1);
    for (std::size_t n = in.count(); n > 0; --n) {
        KeptAgreement agreement;
        agreement.item = static_cast<std::size_t>(in.u64_at_most(1u << 20));
        agreement.prompt = in.text();
        agreement.text = in.text();
        agreement.aloud = in.u64_at_most(1) == 1;
        end.agreements.push_back(std::move(agreement));
    }
    for (std::size_t n = in.count(); n > 0; --n) {
        KeptCheckin checkin;
        checkin.item = static_cast<std::size_t>(in.u64_at_most(1u << 20));
        checkin.question = in.text();
        const std::uint8_t seat = in.byte();
        if (seat > 1) throw DecodeError("a seat is neither left nor right");
        checkin.seat = seat_at(seat);
        checkin.value = static_cast<int>(in.i64());
        checkin.scale = static_cast<int>(in.i64());
        end.checkins.push_back(std::move(checkin));
    }
    end.duration = from_micros(in.i64());
    end.paused = from_micros(in.i64());
    end.pauses = in.u64();
    in.expect_end();
    return end;
}

}  // namespace attune::space
