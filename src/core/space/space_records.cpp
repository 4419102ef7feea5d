#include "space_records.hpp"

#include <chrono>

#include "command_codec.hpp"

namespace attune::space {
namespace {

// Each payload kind has its own format version; a reader takes every
// version up to its newest, so that a space's older records stay readable.
constexpr std::uint8_t start_version = 2;  // 2: the review subjects
constexpr std::uint8_t command_version = 1;
// 2: review periods, confirmations, tracks, reviews; 3: the counselor's
// overrides; 4: the counselor's notes.
constexpr std::uint8_t end_version = 4;
constexpr std::uint8_t next_version = 1;

// No script has this many items; a larger number is damage.
constexpr std::uint64_t most_items = 1u << 20;
// A period longer than the format allows is damage too.
constexpr std::uint64_t most_days = Period::max_days;

std::uint8_t check_version(ByteReader& in, std::uint8_t newest) {
    const std::uint8_t version = in.byte();
    if (version < 1 || version > newest)
        throw DecodeError("a record in format " + std::to_string(version) +
                          ", which this version of attune cannot read");
    return version;
}

void write_period(ByteWriter& out, Period period) { out.u64(static_cast<std::uint64_t>(period.days)); }

Period read_period(ByteReader& in) {
    const auto count = in.u64_at_most(most_days);
    if (count == 0) throw DecodeError("a period of no days");
    return days(static_cast<int>(count));
}

void write_rating(ByteWriter& out, const std::optional<ReviewRating>& rating) {
    out.byte(rating ? static_cast<std::uint8_t>(1 + static_cast<int>(*rating)) : 0);
}

std::optional<ReviewRating> read_rating(ByteReader& in) {
    const std::uint8_t rating = in.byte();
    if (rating > 3) throw DecodeError("a review rating that is none of working, partly, not yet");
    if (rating == 0) return std::nullopt;
    return static_cast<ReviewRating>(rating - 1);
}

void write_subject(ByteWriter& out, const ReviewSubject& subject) {
    out.text(subject.id);
    out.text(subject.prompt);
    out.text(subject.text);
    out.byte(subject.aloud ? 1 : 0);
    write_period(out, subject.review_in);
    out.byte(subject.due ? 1 : 0);
}

ReviewSubject read_subject(ByteReader& in) {
    ReviewSubject subject;
    subject.id = in.text();
    subject.prompt = in.text();
    subject.text = in.text();
    subject.aloud = in.u64_at_most(1) == 1;
    subject.review_in = read_period(in);
    subject.due = in.u64_at_most(1) == 1;
    return subject;
}

// The track of each check-in step, by item and step, from the script.
std::string track_in(const Script& script, std::size_t item, std::size_t step) {
    if (item >= script.agenda.size() || step >= script.agenda[item].steps.size()) return {};
    const auto* checkin = std::get_if<CheckinStep>(&script.agenda[item].steps[step].body);
    return checkin ? checkin->track : std::string{};
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
        case RecordKind::next_conversation:
            return "next conversation";
    }
    return "record";
}

const std::string& track_of(const KeptCheckin& checkin) {
    return checkin.track.empty() ? checkin.question : checkin.track;
}

ConversationEnd summarize(const SessionRecord& record) {
    ConversationEnd end;
    end.finish = record.finish;
    for (const auto& agreement : record.agreements)
        end.agreements.push_back(KeptAgreement{agreement.item, agreement.prompt, agreement.text, agreement.aloud,
                                               agreement.review_in, agreement.confirmed});
    for (const auto& checkin : record.checkins)
        end.checkins.push_back(
            KeptCheckin{checkin.item, checkin.question, checkin.seat, checkin.value, checkin.scale, {}});
    // A decision Back went over was taken again: only the later one counts.
    for (std::size_t i = 0; i < record.reviews.size(); ++i) {
        if (is_revised(record.reviews, i)) continue;
        const ReviewRecord& review = record.reviews[i];
        end.reviews.push_back(
            KeptReview{review.item, review.agreement_id, review.ratings, review.outcome, review.text, review.aloud});
    }
    end.duration = total_time(record);
    end.paused = paused_time(record);
    end.pauses = record.pauses.size();
    end.overrides = record.overrides;
    return end;
}

ConversationEnd summarize(const SessionRecord& record, const Script& script) {
    ConversationEnd end = summarize(record);
    for (std::size_t i = 0; i < end.checkins.size() && i < record.checkins.size(); ++i)
        end.checkins[i].track = track_in(script, record.checkins[i].item, record.checkins[i].step);
    return end;
}

ConversationEnd summarize(const SessionRecord& record, const Script& script, const CounselorNotes& notes) {
    ConversationEnd end = summarize(record, script);
    end.counselor_notes = notes.notes();
    return end;
}

std::vector<unsigned char> encode(const ConversationStart& start) {
    ByteWriter out;
    out.byte(start_version);
    out.text(start.script_title);
    out.text(start.script_hash);
    out.text(start.script_text);
    out.text(start.names[0]);
    out.text(start.names[1]);
    out.i64(start.started_unix_ms);
    out.byte(start.review_subjects ? 1 : 0);
    if (start.review_subjects) {
        out.u64(start.review_subjects->size());
        for (const auto& subject : *start.review_subjects) write_subject(out, subject);
    }
    return std::move(out.bytes());
}

std::vector<unsigned char> encode(const CommandRecord& command) {
    ByteWriter out;
    out.byte(command_version);
    out.i64(to_micros(command.offset));
    encode_command(out, command.command);
    return std::move(out.bytes());
}

std::vector<unsigned char> encode(const ConversationEnd& end) {
    ByteWriter out;
    out.byte(end_version);
    out.byte(end.finish ? static_cast<std::uint8_t>(1 + static_cast<int>(*end.finish)) : 0);
    out.u64(end.agreements.size());
    for (const auto& agreement : end.agreements) {
        out.u64(agreement.item);
        out.text(agreement.prompt);
        out.text(agreement.text);
        out.byte(agreement.aloud ? 1 : 0);
        write_period(out, agreement.review_in);
        out.byte(agreement.confirmed[0] ? 1 : 0);
        out.byte(agreement.confirmed[1] ? 1 : 0);
    }
    out.u64(end.checkins.size());
    for (const auto& checkin : end.checkins) {
        out.u64(checkin.item);
        out.text(checkin.question);
        out.byte(static_cast<std::uint8_t>(checkin.seat));
        out.i64(checkin.value);
        out.i64(checkin.scale);
        out.text(checkin.track);
    }
    out.u64(end.reviews.size());
    for (const auto& review : end.reviews) {
        out.u64(review.item);
        out.text(review.agreement_id);
        write_rating(out, review.ratings[0]);
        write_rating(out, review.ratings[1]);
        out.byte(static_cast<std::uint8_t>(review.outcome));
        out.text(review.text);
        out.byte(review.aloud ? 1 : 0);
    }
    out.i64(to_micros(end.duration));
    out.i64(to_micros(end.paused));
    out.u64(end.pauses);
    out.u64(end.overrides.size());
    for (const auto& override : end.overrides) {
        out.byte(static_cast<std::uint8_t>(override.kind));
        out.i64(to_micros(override.at));
        out.u64(override.item);
        out.u64(override.step);
        out.i64(to_micros(override.amount));
        out.u64(override.to_item);
    }
    out.u64(end.counselor_notes.size());
    for (const auto& note : end.counselor_notes) {
        out.i64(to_micros(note.at));
        out.text(note.text);
    }
    return std::move(out.bytes());
}

ConversationStart decode_start(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    const std::uint8_t version = check_version(in, start_version);
    ConversationStart start;
    start.script_title = in.text();
    start.script_hash = in.text();
    start.script_text = in.text();
    start.names[0] = in.text();
    start.names[1] = in.text();
    start.started_unix_ms = in.i64();
    if (version >= 2 && in.u64_at_most(1) == 1) {
        std::vector<ReviewSubject> subjects;
        for (std::size_t n = in.count(); n > 0; --n) subjects.push_back(read_subject(in));
        start.review_subjects = std::move(subjects);
    }
    in.expect_end();
    return start;
}

CommandRecord decode_command_record(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    check_version(in, command_version);
    CommandRecord record;
    record.offset = from_micros(in.i64());
    record.command = decode_command(in);
    in.expect_end();
    return record;
}

ConversationEnd decode_end(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    const std::uint8_t version = check_version(in, end_version);
    ConversationEnd end;
    const std::uint8_t finish = in.byte();
    if (finish > 3) throw DecodeError("a conversation ended for an unknown reason");
    if (finish > 0) end.finish = static_cast<FinishReason>(finish - 1);
    for (std::size_t n = in.count(); n > 0; --n) {
        KeptAgreement agreement;
        agreement.item = static_cast<std::size_t>(in.u64_at_most(most_items));
        agreement.prompt = in.text();
        agreement.text = in.text();
        agreement.aloud = in.u64_at_most(1) == 1;
        if (version >= 2) {
            agreement.review_in = read_period(in);
            agreement.confirmed[0] = in.u64_at_most(1) == 1;
            agreement.confirmed[1] = in.u64_at_most(1) == 1;
        }
        end.agreements.push_back(std::move(agreement));
    }
    for (std::size_t n = in.count(); n > 0; --n) {
        KeptCheckin checkin;
        checkin.item = static_cast<std::size_t>(in.u64_at_most(most_items));
        checkin.question = in.text();
        const std::uint8_t seat = in.byte();
        if (seat > 1) throw DecodeError("a seat is neither left nor right");
        checkin.seat = seat_at(seat);
        checkin.value = static_cast<int>(in.i64());
        checkin.scale = static_cast<int>(in.i64());
        if (version >= 2) checkin.track = in.text();
        end.checkins.push_back(std::move(checkin));
    }
    if (version >= 2) {
        for (std::size_t n = in.count(); n > 0; --n) {
            KeptReview review;
            review.item = static_cast<std::size_t>(in.u64_at_most(most_items));
            review.agreement_id = in.text();
            review.ratings[0] = read_rating(in);
            review.ratings[1] = read_rating(in);
            const std::uint8_t outcome = in.byte();
            if (outcome > 2) throw DecodeError("a review that was neither kept, reworded nor let go");
            review.outcome = static_cast<ReviewOutcome>(outcome);
            review.text = in.text();
            review.aloud = in.u64_at_most(1) == 1;
            end.reviews.push_back(std::move(review));
        }
    }
    end.duration = from_micros(in.i64());
    end.paused = from_micros(in.i64());
    end.pauses = in.u64();
    if (version >= 3) {
        for (std::size_t n = in.count(); n > 0; --n) {
            OverrideRecord override;
            const std::uint8_t kind = in.byte();
            if (kind > static_cast<std::uint8_t>(OverrideKind::pause)) throw DecodeError("an override of no kind");
            override.kind = static_cast<OverrideKind>(kind);
            override.at = from_micros(in.i64());
            override.item = static_cast<std::size_t>(in.u64_at_most(most_items));
            override.step = static_cast<std::size_t>(in.u64_at_most(most_items));
            override.amount = from_micros(in.i64());
            override.to_item = static_cast<std::size_t>(in.u64_at_most(most_items));
            end.overrides.push_back(override);
        }
    }
    if (version >= 4) {
        for (std::size_t n = in.count(); n > 0; --n) {
            CounselorNote note;
            note.at = from_micros(in.i64());
            note.text = in.text();
            end.counselor_notes.push_back(std::move(note));
        }
    }
    in.expect_end();
    return end;
}

std::vector<unsigned char> encode(const NextConversation& next) {
    ByteWriter out;
    out.byte(next_version);
    out.i64(next.decided_unix_ms);
    out.byte(next.day ? 1 : 0);
    if (next.day) out.i64(next.day->time_since_epoch().count());
    out.byte(next.repeat ? 1 : 0);
    if (next.repeat) write_period(out, *next.repeat);
    return std::move(out.bytes());
}

NextConversation decode_next_conversation(std::span<const unsigned char> payload) {
    ByteReader in(payload);
    check_version(in, next_version);
    NextConversation next;
    next.decided_unix_ms = in.i64();
    if (in.u64_at_most(1) == 1) {
        // Days since 1970, within what a calendar can show (years 1..9999).
        const std::int64_t count = in.i64();
        if (count < -719'162 || count > 2'932'896) throw DecodeError("a next conversation on no calendar's day");
        next.day = Day{std::chrono::days{count}};
    }
    if (in.u64_at_most(1) == 1) next.repeat = read_period(in);
    in.expect_end();
    return next;
}

}  // namespace attune::space
