// The kiosk ended from outside: SIGTERM, SIGINT and SIGHUP end it in order,
// with one line that says the conversation was interrupted and exit status
// 128 + the signal; losing the X server ends it with attune's own line.
#include <signal.h>

#include <catch2/catch.hpp>
#include <string>

#include "e2e_support.hpp"

using namespace attune;
using namespace attune::test::e2e;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path short_script = std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "short.yaml";

// The kiosk in the middle of a conversation: begun, on its first step.
void begin_conversation(KioskRun& kiosk) {
    kiosk.wait_for_role("begin");
    kiosk.key({"space"});
    // Begin asks whether to keep the conversation; Space goes on without.
    kiosk.wait_for_role("keep-without");
    kiosk.key({"space"});
    kiosk.wait_for_role("say");
}

void check_interrupted_by(int signal_number, const std::string& name) {
    KioskRun kiosk{short_script};
    begin_conversation(kiosk);
    REQUIRE(::kill(kiosk.kiosk_pid(), signal_number) == 0);
    const auto status = kiosk.wait_exit(5s);
    INFO(kiosk.kiosk_log());
    REQUIRE(status);
    CHECK(*status == 128 + signal_number);
    CHECK(kiosk.kiosk_log().find("attune: interrupted by " + name + "; the conversation was not finished\n") !=
          std::string::npos);
}

}  // namespace

TEST_CASE("e2e: SIGTERM ends a running conversation with its line and status 143", "[e2e]") {
    check_interrupted_by(SIGTERM, "SIGTERM");
}

TEST_CASE("e2e: SIGINT ends a running conversation with its line and status 130", "[e2e]") {
    check_interrupted_by(SIGINT, "SIGINT");
}

TEST_CASE("e2e: SIGHUP ends a running conversation with its line and status 129", "[e2e]") {
    check_interrupted_by(SIGHUP, "SIGHUP");
}

TEST_CASE("e2e: losing the X server ends the kiosk with attune's own line and a non-zero status", "[e2e]") {
    KioskRun kiosk{short_script};
    begin_conversation(kiosk);
    kiosk.stop_display();
    const auto status = kiosk.wait_exit(5s);
    INFO(kiosk.kiosk_log());
    REQUIRE(status);
    CHECK(*status == 129);
    CHECK(kiosk.kiosk_log().find("attune: the display went away") != std::string::npos);
    CHECK(kiosk.kiosk_log().find("XIO:") == std::string::npos);
}
