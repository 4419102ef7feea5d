// Commands and records of a kept conversation survive the trip to bytes and
// back, and damaged bytes end in a clear error.
#include <catch2/catch.hpp>
#include <set>

#include "command_codec.hpp"
#include "space_records.hpp"
#include "test_support.hpp"

using namespace attune;
using namespace attune::space;

namespace {

// One of every alternative, with values away from the defaults.
std::vector<Command> every_command() {
    return {cmd::Begin{},
            cmd::StartAt{3, 7},
            cmd::SetName{Seat::right, "Zoë — 名前"},
            cmd::Next{},
            cmd::Next{Seat::left},
            cmd::Next{Seat::right},
            cmd::Pause{replayed_pause_seat},
            cmd::Ready{Seat::left},
            cmd::MoreTime{Seat::right},
            cmd::MoveOn{Seat::left},
            cmd::StopForToday{},
            cmd::ThatsIt{},
            cmd::NotQuite{},
            cmd::Answer{Seat::right, 5},
            cmd::AgreementText{"We walk together on Sundays\nno phones"},
            cmd::AgreedAloud{},
            cmd::Confirm{Seat::left},
            cmd::Choose{Seat::right, 2},
            cmd::Skip{},
            cmd::Back{},
            cmd::AddTime{Seconds{-30}},
            cmd::EndCooldown{},
            cmd::Reopened{std::chrono::minutes{7}},
            cmd::Rate{Seat::left, ReviewRating::working},
            cmd::Rate{Seat::right, ReviewRating::partly},
            cmd::Rate{Seat::left, ReviewRating::not_yet},
            cmd::Decide{Seat::right, ReviewOutcome::kept},
            cmd::Decide{Seat::left, ReviewOutcome::reworded},
            cmd::Decide{Seat::right, ReviewOutcome::let_go},
            cmd::Reconsider{},

            cmd::JumpTo{3},
            cmd::CounselorPause{}};
}

}  // namespace

TEST_CASE("every engine command round-trips through the space's encoding", "[space]") {
    std::set<std::size_t> kinds;
    for (const Command& command : every_command()) {
        kinds.insert(command.index());
        const CommandRecord record{std::chrono::milliseconds{123'456}, command};
        const auto bytes = encode(record);
        INFO("command kind " << command.index());
        CHECK(decode_command_record(bytes) == record);
    }
    // A command added to the engine fails here until it is listed above.
    CHECK(kinds.size() == std::variant_size_v<Command>);
}

TEST_CASE("a review's rating or pick of no known kind is refused, not read as another", "[space]") {
    // Each ends in its tag, the seat and the rating or outcome.
    for (const Command& command : {Command{cmd::Rate{Seat::right, ReviewRating::not_yet}},
                                   Command{cmd::Decide{Seat::right, ReviewOutcome::let_go}}}) {
        auto bytes = encode(CommandRecord{std::chrono::seconds{9}, command});
        REQUIRE(bytes.size() >= 3);
        REQUIRE(bytes.back() == 2);
        bytes.back() = 3;
        CHECK_THROWS_AS(decode_command_record(bytes), DecodeError);
    }
}

TEST_CASE("who called a pause is not kept: a left and a right pause are the same bytes", "[space]") {
    const auto left = encode(CommandRecord{std::chrono::seconds{9}, cmd::Pause{Seat::left}});
    const auto right = encode(CommandRecord{std::chrono::seconds{9}, cmd::Pause{Seat::right}});
    CHECK(left == right);
    CHECK(decode_command_record(right).command == Command{cmd::Pause{replayed_pause_seat}});
}

TEST_CASE("a pause kept by the first format with its seat still reads, without the seat", "[space]") {
    // A ready ends in its tag (6) and seat (1, right); the first format wrote
    // a pause the same way with tag 5.
    auto bytes = encode(CommandRecord{std::chrono::seconds{9}, cmd::Ready{Seat::right}});
    REQUIRE(bytes.size() >= 2);
    REQUIRE(bytes[bytes.size() - 2] == 6);
    bytes[bytes.size() - 2] = 5;
    CHECK(decode_command_record(bytes).command == Command{cmd::Pause{replayed_pause_seat}});
}

TEST_CASE("a start and an end record round-trip", "[space]") {
    const ConversationStart start{
        "Evening check-in", "ab12", "title: Evening check-in", {"Sam", "Alex"}, 1'790'000'000'123};
    CHECK(decode_start(encode(start)) == start);
    ConversationEnd end;
    end.finish = FinishReason::stopped_for_today;
    end.agreements = {KeptAgreement{1, "What will we try?", "Walk on Sundays", false},
                      KeptAgreement{2, "And then?", "", true}};
    end.checkins = {KeptCheckin{0, "How calm?", Seat::right, 2, 5}};
    end.duration = std::chrono::minutes{42};
    end.paused = std::chrono::minutes{20};
    end.pauses = 1;
    CHECK(decode_end(encode(end)) == end);
}

TEST_CASE("a truncated, extended or unknown record is refused with a reason", "[space]") {
    const auto bytes = encode(CommandRecord{std::chrono::seconds{5}, cmd::AgreementText{"a text"}});
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        const std::vector<unsigned char> cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size));
        CHECK_THROWS_AS(decode_command_record(cut), DecodeError);
    }
    auto longer = bytes;
    longer.push_back(0);
    CHECK_THROWS_WITH(decode_command_record(longer), Catch::Contains("bytes after its end"));
    auto unknown = encode(CommandRecord{std::chrono::seconds{5}, cmd::Begin{}});
    unknown.back() = 0xEE;
    CHECK_THROWS_WITH(decode_command_record(unknown), Catch::Contains("unknown kind"));
    auto newer = bytes;
    newer.front() = 9;
    CHECK_THROWS_WITH(decode_command_record(newer), Catch::Contains("format 9"));
}

TEST_CASE("the end of a conversation keeps how many pauses, never who called them", "[space]") {
    SessionRecord record;
    record.pauses = {PauseRecord{std::chrono::minutes{3}, std::chrono::minutes{25}, PauseCause::partner, Seat::right}};
    record.elapsed = std::chrono::minutes{40};
    const ConversationEnd end = summarize(record);
    CHECK(end.pauses == 1);
    CHECK(end.paused == std::chrono::minutes{22});
    // The encoding has no seat for a pause: the same facts with the other
    // partner calling give the very same bytes.
    SessionRecord other = record;
    other.pauses[0].seat = Seat::left;
    CHECK(encode(summarize(other)) == encode(end));
}

// Issue 12: the counselor's overrides are kept in the end record (format 3),
// and an end kept before them (format 2) still reads, with none.
TEST_CASE("an end keeps the counselor's overrides, and a format 2 end still reads", "[space][counselor]") {
    ConversationEnd end;
    end.finish = FinishReason::completed;
    end.duration = std::chrono::minutes{50};
    end.pauses = 1;
    const auto without = encode(end);
    end.overrides = {
        OverrideRecord{OverrideKind::end_cooldown, std::chrono::minutes{20}, 1, 2, std::chrono::minutes{12}, 0},
        OverrideRecord{OverrideKind::jump, std::chrono::minutes{30}, 1, 0, Duration{0}, 3},
        OverrideRecord{OverrideKind::pause, std::chrono::minutes{31}, 3, 0, Duration{0}, 0}};
    CHECK(decode_end(encode(end)) == end);
    // Format 2 is the newest without the counts of overrides and notes at the end.
    std::vector<unsigned char> format_2 = without;
    REQUIRE(format_2.front() == 4);
    REQUIRE(format_2.size() >= 2);
    REQUIRE(format_2.back() == 0);
    REQUIRE(format_2[format_2.size() - 2] == 0);
    format_2.front() = 2;
    format_2.resize(format_2.size() - 2);
    const ConversationEnd old = decode_end(format_2);
    CHECK(old.overrides.empty());
    CHECK(old.duration == std::chrono::minutes{50});
    SessionRecord record;
    record.overrides = end.overrides;
    CHECK(summarize(record).overrides == end.overrides);
}

TEST_CASE("a counselor's commands replay to the same record, marked as the counselor's", "[space][counselor]") {
    test::Run run{test::script_of({test::item("One", {test::turn(Seat::left, Seconds{120}), test::say("after")}),
                                   test::item("Two", {test::say("two")}), test::item("Three", {test::say("three")})})};
    run.send(cmd::Begin{});
    run.wait(std::chrono::seconds{20});
    run.send(cmd::AddTime{Seconds{60}});
    run.send(cmd::CounselorPause{});
    run.wait(std::chrono::minutes{5});
    run.send(cmd::EndCooldown{});
    run.send(cmd::Ready{Seat::left});
    run.send(cmd::Ready{Seat::right});
    run.send(cmd::Skip{});
    run.send(cmd::Back{});
    run.send(cmd::JumpTo{2});
    REQUIRE(run.record().overrides.size() == 6);
    // Each command through the space's encoding, then replayed on a fresh session.
    Session replayed{std::make_shared<const Script>(run.session().script())};
    for (const auto& entry : run.journal()) {
        const CommandRecord kept = decode_command_record(encode(CommandRecord{Duration{0}, entry.command}));
        CHECK(replayed.apply(kept.command, entry.at) == Outcome::applied);
    }
    CHECK(replayed.record().overrides == run.record().overrides);
    CHECK(replayed.record().pauses.at(0).cause == PauseCause::counselor);
    // A partner's pause and the counselor's are different bytes.
    CHECK(encode(CommandRecord{Duration{0}, cmd::Pause{Seat::left}}) !=
          encode(CommandRecord{Duration{0}, cmd::CounselorPause{}}));
}
