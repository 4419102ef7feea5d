// The real program killed with SIGKILL at a random moment of a kept and of a
// not-kept conversation (during a turn, a cool-down, the typing of an
// agreement), then started again: it goes on at the same step, a turn with
// the time it had left (the time away is not charged), a cool-down with the
// real time that passed counted (never shortened by the stop). And a kept
// conversation leaves none of its words in any readable file.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <iterator>
#include <random>
#include <regex>
#include <thread>

#include "e2e_support.hpp"

using namespace attune;
using namespace attune::test::e2e;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path resume_script = std::filesystem::path(ATTUNE_TEST_DATA) / "e2e" / "resume.yaml";
constexpr double turn_seconds = 60, cooldown_seconds = 60;
constexpr double progress_every = 2;  // conversation_keeping.hpp's progress_interval
constexpr double slack = 1.5;         // starting, keys and rounding to whole seconds

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A random moment, the seed said so that a failure can be told apart.
double random_wait(double low, double high) {
    static std::mt19937 random{std::random_device{}()};
    return std::uniform_real_distribution<double>(low, high)(random);
}

class Folders {
public:
    Folders() {
        static int counter = 0;
        m_dir = std::filesystem::temp_directory_path() /
                ("attune-resume-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    ~Folders() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    const std::filesystem::path& path() const { return m_dir; }

private:
    std::filesystem::path m_dir;
};

enum class Keeping { kept, not_kept };

// A space "river" made with the command line, as a couple would.
std::vector<std::string> kiosk_arguments(const Folders& folders, Keeping keeping) {
    if (keeping == Keeping::not_kept) return {resume_script.string()};
    const auto passphrase = folders.path() / "passphrase";
    if (!std::filesystem::exists(passphrase)) {
        std::ofstream(passphrase) << "walk by the sea together\n";
        Child create({ATTUNE_BINARY, "space", "create", "river", "--passphrase-file", passphrase.string()},
                     KioskRun::folders_environment(folders.path()), folders.path() / "create.log");
        const auto status = create.wait_exit(60s);
        REQUIRE(status);
        REQUIRE(*status == 0);
    }
    return {"--space", "river", "--passphrase-file", passphrase.string(), resume_script.string()};
}

// Begin, and keep the conversation (both partners' own keys) or not.
void begin(KioskRun& kiosk, Keeping keeping) {
    kiosk.wait_for_role("begin");
    kiosk.key({"space"});
    kiosk.wait_for_role("keep-without");
    if (keeping == Keeping::kept) {
        kiosk.key({"a", "l"});
        // The space opens on the couple's home screen; Space leads to the
        // start screen (now with the kept mark), whose Space begins.
        kiosk.wait_for_role("home-begin");
        kiosk.key({"space"});
        kiosk.wait_for_role("begin");
        kiosk.key({"space"});
    } else {
        kiosk.key({"space"});
    }
    const Screen say = kiosk.wait_for_role("say");
    CHECK(say.has("kept-mark") == (keeping == Keeping::kept));
}

// A kept conversation is offered again when its space is opened; one that
// was not kept goes on as soon as the kiosk starts.
void go_on(KioskRun& kiosk, Keeping keeping) {
    if (keeping == Keeping::not_kept) return;
    kiosk.wait_for_role("begin");
    kiosk.key({"space"});
    kiosk.wait_for_role("keep-without");
    kiosk.key({"a", "l"});
    kiosk.wait_for_role("keep-go-on");
    kiosk.key({"space"});
}

// The seconds the log says were left when the kiosk went on.
double logged_left(KioskRun& kiosk, const std::string& what) {
    for (int tries = 0; tries < 100; ++tries) {
        const std::string log = kiosk.kiosk_log();
        std::smatch match;
        if (std::regex_search(log, match,
                              std::regex("went on with a conversation that did not end: part 1, step (\\d+)"
                                         "[^\\n]*?, (-?\\d+) s left " +
                                         what)))
            return std::stod(match[2]);
        std::this_thread::sleep_for(50ms);
    }
    kiosk.fail("the kiosk did not say it went on with " + what + "; its log:\n" + kiosk.kiosk_log());
}

void turn_killed(Keeping keeping) {
    Folders folders;
    const auto arguments = kiosk_arguments(folders, keeping);
    double spoken = 0;
    {
        KioskRun first{arguments, folders.path()};
        begin(first, keeping);
        first.key({"Return"});
        first.wait_for_role("countdown");
        const auto turn_began = std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::chrono::duration<double>(random_wait(1.0, 8.0)));
        first.kill_hard();
        spoken = seconds_since(turn_began);
    }
    std::this_thread::sleep_for(2s);  // time away, which the speaker is not charged
    KioskRun second{arguments, folders.path()};
    go_on(second, keeping);
    const Screen screen = second.wait_for_role("countdown");
    CHECK(screen.has("kept-mark") == (keeping == Keeping::kept));
    const double left = logged_left(second, "on the countdown");
    INFO("spoke " << spoken << " s before the kill; " << left << " s left after it");
    // Never charged more than was spoken, and given back at most what the
    // last progress had not yet written.
    CHECK(left >= turn_seconds - spoken - slack);
    CHECK(left <= turn_seconds - spoken + progress_every + slack);
}

void cooldown_killed(Keeping keeping) {
    Folders folders;
    const auto arguments = kiosk_arguments(folders, keeping);
    std::chrono::steady_clock::time_point paused;
    double before_kill = 0;
    {
        KioskRun first{arguments, folders.path()};
        begin(first, keeping);
        first.key({"Return"});
        first.wait_for_role("countdown");
        first.key({"p"});
        first.wait_for_role("cooldown");
        paused = std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::chrono::duration<double>(random_wait(1.0, 6.0)));
        first.kill_hard();
        before_kill = seconds_since(paused);
    }
    std::this_thread::sleep_for(3s);  // attune is closed; the cool-down still runs
    KioskRun second{arguments, folders.path()};
    go_on(second, keeping);
    second.wait_for_role("cooldown");
    const double left = logged_left(second, "of the cool-down");
    const double real = seconds_since(paused);
    INFO("paused " << before_kill << " s before the kill, " << real << " s in all; " << left << " s left after it");
    // The time attune was closed counted: never more left than the real time allows.
    CHECK(left <= cooldown_seconds - (before_kill + 3.0) + slack);
    CHECK(left >= cooldown_seconds - real - slack);
}

}  // namespace

TEST_CASE("e2e: a not-kept conversation killed during a turn goes on with the time the turn had left", "[e2e]") {
    turn_killed(Keeping::not_kept);
}

TEST_CASE("e2e: a kept conversation killed during a turn is offered again and goes on with the time left", "[e2e]") {
    turn_killed(Keeping::kept);
}

TEST_CASE("e2e: a not-kept conversation killed during a cool-down goes on counting the time it was closed", "[e2e]") {
    cooldown_killed(Keeping::not_kept);
}

TEST_CASE("e2e: a kept conversation killed during a cool-down goes on counting the time it was closed", "[e2e]") {
    cooldown_killed(Keeping::kept);
}

TEST_CASE("e2e: an agreement being typed when the kiosk was killed comes back with its words", "[e2e]") {
    Folders folders;
    const auto arguments = kiosk_arguments(folders, Keeping::not_kept);
    {
        KioskRun first{arguments, folders.path()};
        begin(first, Keeping::not_kept);
        first.key({"Return"});
        first.wait_for_role("countdown");
        first.key({"Return"});  // the turn ends: the agreement
        first.wait_for_role("write");
        first.key({"Return"});  // start typing
        first.wait_for_role("keep-text");
        first.key({"w", "e", "space", "w", "a", "l", "k"});
        std::this_thread::sleep_for(1s);
        first.kill_hard();
    }
    KioskRun second{arguments, folders.path()};
    second.wait_for_role("keep-text");
    for (int tries = 0; tries < 100 && second.kiosk_log().find("restored") == std::string::npos; ++tries)
        std::this_thread::sleep_for(50ms);
    INFO(second.kiosk_log());
    CHECK(second.kiosk_log().find("the agreement being typed restored") != std::string::npos);
}

TEST_CASE("e2e: a kept conversation leaves none of its words in any file and no file wider than 0600", "[e2e]") {
    Folders folders;
    const auto arguments = kiosk_arguments(folders, Keeping::kept);
    {
        KioskRun kiosk{arguments, folders.path()};
        kiosk.wait_for_role("begin");
        kiosk.key({"a"});  // the left partner's name
        kiosk.key({"BackSpace", "BackSpace", "BackSpace", "q", "u", "o", "r", "v", "e", "l", "Return"});
        kiosk.key({"space"});
        kiosk.wait_for_role("keep-without");
        kiosk.key({"a", "l"});
        kiosk.wait_for_role("home-begin");
        kiosk.key({"space"});
        kiosk.wait_for_role("begin");
        kiosk.key({"space"});
        kiosk.wait_for_role("say");
        kiosk.key({"Return"});
        kiosk.wait_for_role("countdown");
        kiosk.key({"Return"});
        kiosk.wait_for_role("write");
        kiosk.key({"Return"});
        kiosk.wait_for_role("keep-text");
        kiosk.key({"z", "y", "m", "b", "r", "a", "x", "q", "Return"});
        kiosk.wait_for_role("confirm-left");
        kiosk.key({"a", "l"});
        kiosk.wait_for_role("summary-heading");
        kiosk.key_down("ctrl+q");
        const auto status = kiosk.wait_exit(6s);
        kiosk.key_up("ctrl+q");
        REQUIRE(status);
    }
    // It was kept: the space gives the agreement back with its passphrase.
    {
        Child agreements({ATTUNE_BINARY, "space", "agreements", "river", "--passphrase-file",
                          (folders.path() / "passphrase").string()},
                         KioskRun::folders_environment(folders.path()), folders.path() / "agreements.log");
        const auto status = agreements.wait_exit(60s);
        REQUIRE(status);
        CHECK(*status == 0);
        std::ifstream in(folders.path() / "agreements.log");
        const std::string out{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        INFO(out);
        CHECK(out.find("zymbraxq") != std::string::npos);
        std::filesystem::remove(folders.path() / "agreements.log");
    }
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folders.path())) {
        if (!entry.is_regular_file() || entry.path().filename() == "passphrase" ||
            entry.path().filename() == "create.log")
            continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        INFO(entry.path());
        CHECK(bytes.find("qourvel") == std::string::npos);
        CHECK(bytes.find("zymbraxq") == std::string::npos);
        CHECK(bytes.find("Say one thing you noticed") == std::string::npos);
        if (entry.path().string().find("/data/") != std::string::npos ||
            entry.path().string().find("/runtime/") != std::string::npos) {
            struct stat info {};
            REQUIRE(::stat(entry.path().c_str(), &info) == 0);
            CHECK((info.st_mode & 0077) == 0);
        }
    }
    CHECK(files >= 1);  // the space itself
    // A kept conversation journals into its space, never into the runtime folder.
    const auto runtime = folders.path() / "runtime" / "attune";
    const bool no_journal = !std::filesystem::exists(runtime) || std::filesystem::is_empty(runtime);
    CHECK(no_journal);
}
