#include "duration.hpp"

#include <catch2/catch.hpp>

using attune::parse_duration;
using attune::Seconds;

TEST_CASE("durations in the script's forms", "[duration]") {
    CHECK(parse_duration("90") == Seconds{90});
    CHECK(parse_duration("1h") == Seconds{3600});
    CHECK(parse_duration("20m") == Seconds{1200});
    CHECK(parse_duration("90s") == Seconds{90});
    CHECK(parse_duration("1m30s") == Seconds{90});
    CHECK(parse_duration("1h5m") == Seconds{3900});
    CHECK(parse_duration("1h0m5s") == Seconds{3605});
}

TEST_CASE("durations that are not in the format are refused", "[duration]") {
    for (const char* bad : {"", "0", "0s", "0m0s", "5 minutes", "1.5m", "m5", "-5", "5x", "1s1m", "1m1m", "1h2h", "h",
                            "1 m", " 5", "5 ", "1m30", "25h", "99999999999"}) {
        INFO(bad);
        CHECK_FALSE(parse_duration(bad).has_value());
    }
}

TEST_CASE("durations print as the screens and the plan show them", "[duration]") {
    CHECK(attune::format_hms(Seconds{540}) == "0:09:00");
    CHECK(attune::format_hms(Seconds{3 * 3600 + 62}) == "3:01:02");
    CHECK(attune::format_countdown(Seconds{90}) == "1:30");
    CHECK(attune::format_countdown(Seconds{5}) == "0:05");
    CHECK(attune::format_countdown(Seconds{3725}) == "1:02:05");
    CHECK(attune::format_short(Seconds{90}) == "1m30s");
    CHECK(attune::format_short(Seconds{1200}) == "20m");
}
