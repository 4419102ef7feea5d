#include "command_codec.hpp"

#include <type_traits>

namespace attune::space {
namespace {

// Adding a command to the engine stops the build here until it has a tag
// (and a round-trip test, tests/space_codec_test.cpp).
static_assert(std::variant_size_v<Command> == 26, "give the new command a tag in command_codec.cpp");

enum Tag : std::uint8_t {
    begin = 1,
    start_at,
    set_name,
    next,
    pause,  // only read: the first format kept the seat, which is now dropped
    ready,
    more_time,
    move_on,
    stop_for_today,
    thats_it,
    not_quite,
    answer,
    agreement_text,
    agreed_aloud,
    confirm,
    choose,
    skip,
    back,
    add_time,
    end_cooldown,
    pause_unattributed,  // a pause, kept without the seat that called it
    reopened,            // the kiosk came back to an unfinished conversation
    rate,                // a review: how a partner finds an agreement is going
    decide,              // a review: a partner's pick of what becomes of it
    reconsider,          // a review: back from the new words to the choice
    jump_to,             // the counselor: to an item
    counselor_pause,     // the counselor: a pause of their own
};

void put_seat(ByteWriter& out, Seat seat) { out.byte(static_cast<std::uint8_t>(seat)); }

Seat get_seat(ByteReader& in) {
    const std::uint8_t value = in.byte();
    if (value > 1) throw DecodeError("a seat is neither left nor right");
    return seat_at(value);
}

// The review's words by their place in the enums, which only ever grow at the end.
ReviewRating get_rating(ByteReader& in) {
    const std::uint8_t value = in.byte();
    if (value > static_cast<std::uint8_t>(ReviewRating::not_yet)) throw DecodeError("a review rating of no kind");
    return static_cast<ReviewRating>(value);
}

ReviewOutcome get_outcome(ByteReader& in) {
    const std::uint8_t value = in.byte();
    if (value > static_cast<std::uint8_t>(ReviewOutcome::let_go)) throw DecodeError("a review outcome of no kind");
    return static_cast<ReviewOutcome>(value);
}

}  // namespace

void encode_command(ByteWriter& out, const Command& command) {
    std::visit(
        [&out](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, cmd::Begin>) {
                out.byte(begin);
            } else if constexpr (std::is_same_v<T, cmd::StartAt>) {
                out.byte(start_at);
                out.u64(c.item);
                out.u64(c.step);
            } else if constexpr (std::is_same_v<T, cmd::SetName>) {
                out.byte(set_name);
                put_seat(out, c.seat);
                out.text(c.name);
            } else if constexpr (std::is_same_v<T, cmd::Next>) {
                out.byte(next);
                out.byte(c.seat ? static_cast<std::uint8_t>(1 + index_of(*c.seat)) : 0);
            } else if constexpr (std::is_same_v<T, cmd::Pause>) {
                out.byte(pause_unattributed);
            } else if constexpr (std::is_same_v<T, cmd::Ready>) {
                out.byte(ready);
                put_seat(out, c.seat);
            } else if constexpr (std::is_same_v<T, cmd::MoreTime>) {
                out.byte(more_time);
                put_seat(out, c.seat);
            } else if constexpr (std::is_same_v<T, cmd::MoveOn>) {
                out.byte(move_on);
                put_seat(out, c.seat);
            } else if constexpr (std::is_same_v<T, cmd::StopForToday>) {
                out.byte(stop_for_today);
            } else if constexpr (std::is_same_v<T, cmd::ThatsIt>) {
                out.byte(thats_it);
            } else if constexpr (std::is_same_v<T, cmd::NotQuite>) {
                out.byte(not_quite);
            } else if constexpr (std::is_same_v<T, cmd::Answer>) {
                out.byte(answer);
                put_seat(out, c.seat);
                out.i64(c.value);
            } else if constexpr (std::is_same_v<T, cmd::AgreementText>) {
                out.byte(agreement_text);
                out.text(c.text);
            } else if constexpr (std::is_same_v<T, cmd::AgreedAloud>) {
                out.byte(agreed_aloud);
            } else if constexpr (std::is_same_v<T, cmd::Confirm>) {
                out.byte(confirm);
                put_seat(out, c.seat);
            } else if constexpr (std::is_same_v<T, cmd::Choose>) {
                out.byte(choose);
                put_seat(out, c.seat);
                out.u64(c.option);
            } else if constexpr (std::is_same_v<T, cmd::Skip>) {
                out.byte(skip);
            } else if constexpr (std::is_same_v<T, cmd::Back>) {
                out.byte(back);
            } else if constexpr (std::is_same_v<T, cmd::AddTime>) {
                out.byte(add_time);
                out.i64(c.amount.count());
            } else if constexpr (std::is_same_v<T, cmd::EndCooldown>) {
                out.byte(end_cooldown);
            } else if constexpr (std::is_same_v<T, cmd::Reopened>) {
                out.byte(reopened);
                out.i64(std::chrono::duration_cast<std::chrono::milliseconds>(c.away).count());
            } else if constexpr (std::is_same_v<T, cmd::Rate>) {
                out.byte(rate);
                put_seat(out, c.seat);
                out.byte(static_cast<std::uint8_t>(c.rating));
            } else if constexpr (std::is_same_v<T, cmd::Decide>) {
                out.byte(decide);
                put_seat(out, c.seat);
                out.byte(static_cast<std::uint8_t>(c.outcome));
            } else if constexpr (std::is_same_v<T, cmd::Reconsider>) {
                out.byte(reconsider);
            } else if constexpr (std::is_same_v<T, cmd::JumpTo>) {
                out.byte(jump_to);
                out.u64(c.item);
            } else if constexpr (std::is_same_v<T, cmd::CounselorPause>) {
                out.byte(counselor_pause);
            } else {
                static_assert(!sizeof(T), "every command needs an encoding");
            }
        },
        command);
}

Command decode_command(ByteReader& in) {
    constexpr std::uint64_t index_limit = 1u << 20;  // no script has a million items or options
    switch (in.byte()) {
        case begin:
            return cmd::Begin{};
        case start_at: {
            const auto item = in.u64_at_most(index_limit);
            const auto step = in.u64_at_most(index_limit);
            return cmd::StartAt{static_cast<std::size_t>(item), static_cast<std::size_t>(step)};
        }
        case set_name: {
            const Seat seat = get_seat(in);
            return cmd::SetName{seat, in.text()};
        }
        case next: {
            const std::uint8_t seat = in.byte();
            if (seat > 2) throw DecodeError("a seat is neither left nor right");
            return cmd::Next{seat == 0 ? std::nullopt : std::optional<Seat>{seat_at(seat - 1u)}};
        }
        case pause:
            get_seat(in);
            return cmd::Pause{replayed_pause_seat};
        case pause_unattributed:
            return cmd::Pause{replayed_pause_seat};
        case ready:
            return cmd::Ready{get_seat(in)};
        case more_time:
            return cmd::MoreTime{get_seat(in)};
        case move_on:
            return cmd::MoveOn{get_seat(in)};
        case stop_for_today:
            return cmd::StopForToday{};
        case thats_it:
            return cmd::ThatsIt{};
        case not_quite:
            return cmd::NotQuite{};
        case answer: {
            const Seat seat = get_seat(in);
            const std::int64_t value = in.i64();
            if (value < -1000 || value > 1000) throw DecodeError("a check-in answer is out of range");
            return cmd::Answer{seat, static_cast<int>(value)};
        }
        case agreement_text:
            return cmd::AgreementText{in.text()};
        case agreed_aloud:
            return cmd::AgreedAloud{};
        case confirm:
            return cmd::Confirm{get_seat(in)};
        case choose: {
            const Seat seat = get_seat(in);
            return cmd::Choose{seat, static_cast<std::size_t>(in.u64_at_most(index_limit))};
        }
        case skip:
            return cmd::Skip{};
        case back:
            return cmd::Back{};
        case add_time: {
            const std::int64_t seconds = in.i64();
            if (seconds < -86400 || seconds > 86400) throw DecodeError("added time is out of range");
            return cmd::AddTime{Seconds{seconds}};
        }
        case end_cooldown:
            return cmd::EndCooldown{};
        case reopened: {
            // A year away at most: a longer gap is a damaged record, not a pause.
            const std::int64_t ms = in.i64();
            if (ms < 0 || ms > std::int64_t{366} * 86400 * 1000) throw DecodeError("the time away is out of range");
            return cmd::Reopened{std::chrono::milliseconds{ms}};
        }
        case rate: {
            const Seat seat = get_seat(in);
            return cmd::Rate{seat, get_rating(in)};
        }
        case decide: {
            const Seat seat = get_seat(in);
            return cmd::Decide{seat, get_outcome(in)};
        }
        case reconsider:
            return cmd::Reconsider{};
        case jump_to:
            return cmd::JumpTo{static_cast<std::size_t>(in.u64_at_most(index_limit))};
        case counselor_pause:
            return cmd::CounselorPause{};
        default:
            throw DecodeError("a command of an unknown kind");
    }
}

}  // namespace attune::space
