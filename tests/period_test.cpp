// Periods as a script writes them: whole days or weeks in one part, more
// than zero and at most a year.
#include <catch2/catch.hpp>

#include "period_text.hpp"

using namespace attune;

TEST_CASE("periods in the script's forms", "[period]") {
    CHECK(parse_period("1d") == days(1));
    CHECK(parse_period("3d") == days(3));
    CHECK(parse_period("1w") == weeks(1));
    CHECK(parse_period("2w") == days(14));
    CHECK(parse_period("30d") == days(30));
    CHECK(parse_period("52w") == days(364));
    CHECK(parse_period("364d") == weeks(52));
    CHECK(parse_period("02w") == weeks(2));
}

TEST_CASE("periods that are not in the format are refused, each for its reason", "[period]") {
    CHECK(read_period_text("0d").form == PeriodForm::zero);
    CHECK(read_period_text("0w").form == PeriodForm::zero);
    CHECK(read_period_text("53w").form == PeriodForm::too_long);
    CHECK(read_period_text("365d").form == PeriodForm::too_long);
    CHECK(read_period_text("99999999999w").form == PeriodForm::too_long);
    CHECK(read_period_text("14").form == PeriodForm::bare_number);
    for (const char* bad : {"", "1m", "1h", "30s", "1y", "1.5w", "w2", "2 w", "2W", "1w3d", "-1w", "+1w", "2ww", " 2w",
                            "2w ", "two weeks", "2 weeks"}) {
        INFO(bad);
        CHECK(read_period_text(bad).form == PeriodForm::malformed);
        CHECK_FALSE(parse_period(bad).has_value());
    }
}

TEST_CASE("periods print in the short form a script writes", "[period]") {
    CHECK(format_period(weeks(2)) == "2w");
    CHECK(format_period(days(7)) == "1w");
    CHECK(format_period(days(10)) == "10d");
    CHECK(format_period(days(1)) == "1d");
    CHECK(format_period(weeks(52)) == "52w");
}
