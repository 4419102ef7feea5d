#pragma once
// End-to-end runs of the real binary: a private X server (Xvfb) per test, the
// kiosk on it, keys and clicks through xdotool, screenshots through xwd, and
// the kiosk's screen trace ($ATTUNE_SCREEN_TRACE, one line per screen change)
// to know when a screen has arrived without sleeping for fixed times.
// Every process started here is killed and reaped when its owner goes out of
// scope, also when a check fails, and dies with the test program.
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "display_list.hpp"

namespace attune::test::e2e {

using Environment = std::vector<std::pair<std::string, std::string>>;
using Milliseconds = std::chrono::milliseconds;

// A started program. Its output goes to files; `keep_fd` stays open in the
// child as fd 3 (Xvfb's -displayfd).
class Child {
public:
    Child(const std::vector<std::string>& argv, const Environment& environment, const std::filesystem::path& output,
          int keep_fd = -1);
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return m_pid; }
    // The exit status once the program has ended within `timeout` (-1 when a
    // signal ended it), nothing while it still runs.
    std::optional<int> wait_exit(Milliseconds timeout);
    bool running();

private:
    pid_t m_pid = -1;
    std::optional<int> m_status;
};

// Xvfb on a display number it picks itself (-displayfd), so that tests can
// run side by side.
class Xvfb {
public:
    Xvfb(int width, int height, const std::filesystem::path& work_dir);
    const std::string& display() const { return m_display; }

private:
    std::optional<Child> m_child;
    std::string m_display;
};

// Xorg with its dummy driver and two monitors side by side
// (tools/two-displays.sh), on which SDL sees two video displays: display 0
// at the left, display 1 at its right. Xvfb shows only one.
class TwoDisplays {
public:
    TwoDisplays(const std::string& left, const std::string& right, const std::filesystem::path& work_dir);
    ~TwoDisplays();
    TwoDisplays(const TwoDisplays&) = delete;
    TwoDisplays& operator=(const TwoDisplays&) = delete;
    const std::string& display() const { return m_display; }

private:
    pid_t m_pid = -1;
    std::string m_display;
};

// Whether Xorg and its dummy driver are installed (tools/setup-debian.sh
// installs them); the tests on two displays say so and stop when not.
bool two_displays_available();

// How many monitors the kiosk's X server has: Xvfb's one, or two (TwoDisplays).
enum class Displays { one, two };

// A window of the X server, found by its exact title, in root coordinates.
std::optional<Rect> window_geometry(const std::string& display, const std::string& title);

// The screen as an X client sees it (xwd -root), RGB.
struct Screenshot {
    int width = 0, height = 0;
    std::vector<Color> pixels;

    Color at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    // Pixels of this colour (each channel within `tolerance`) inside `area`
    // (the whole screen when empty).
    long count(Color color, int tolerance = 2, std::optional<Rect> area = std::nullopt) const;
    void save_png(const std::filesystem::path& path) const;
};

// Parses an XWD dump (the format of xwd -root), throwing on anything else.
Screenshot parse_xwd(const std::string& bytes);

bool near(Color a, Color b, int tolerance = 2);
// "#rrggbb": checks compare these, so that a failure prints the colours.
std::string describe(Color color);

// One line of the screen trace (see src/kiosk/screen_trace.hpp).
struct Screen {
    long ms = 0;
    Color background;
    std::map<std::string, Color> colors;  // by role: text colour, button fill, ...
    std::map<std::string, Rect> buttons;  // by role
    std::string line;

    bool has(const std::string& role) const { return colors.count(role) != 0; }
    Color color(const std::string& role) const;  // transparent black when absent
    Rect button(const std::string& role) const;  // throws when absent
};
std::optional<Screen> parse_screen_line(const std::string& line);

// Where failed tests leave their screenshots: <build dir>/e2e-failures.
std::filesystem::path failure_dir();

// The kiosk on its own Xvfb, with the screen trace on.
class KioskRun {
public:
    explicit KioskRun(const std::filesystem::path& script, const Environment& extra = {}, int width = 1280,
                      int height = 720);
    // The kiosk with these arguments (options, then the script), its
    // runtime, data and config folders in `folders`, so that a second run
    // finds what the first one left there.
    KioskRun(const std::vector<std::string>& arguments, const std::filesystem::path& folders,
             const Environment& extra = {});
    // The kiosk on two monitors (1920x1080 at the left, 1280x720 at its
    // right), its folders its own, the console traced too.
    KioskRun(const std::vector<std::string>& arguments, Displays displays, const Environment& extra = {});
    ~KioskRun();
    // The environment that puts the runtime, data and config folders in `folders`.
    static Environment folders_environment(const std::filesystem::path& folders);
    // SIGKILL, as a crash or a power cut would end it; returns once it has ended.
    void kill_hard();

    // Waits until the newest screen is new (later than the last one a wait
    // returned) and satisfies `wanted`; fails the test after `timeout`,
    // leaving a screenshot.
    Screen wait_for(const std::string& what, const std::function<bool(const Screen&)>& wanted,
                    Milliseconds timeout = std::chrono::seconds{15});
    Screen wait_for_role(const std::string& role, Milliseconds timeout = std::chrono::seconds{15});

    // Every screen seen so far, in order.
    std::vector<Screen> screens() const;
    // The same for the counselor's console ($ATTUNE_CONSOLE_TRACE).
    Screen wait_for_console(const std::string& what, const std::function<bool(const Screen&)>& wanted,
                            Milliseconds timeout = std::chrono::seconds{15});
    std::vector<Screen> console_screens() const;

    // xdotool's words: key "space", "ctrl+q"; keydown/keyup; a click at a point.
    void key(const std::vector<std::string>& keys);
    void key_down(const std::string& key);
    void key_up(const std::string& key);
    void click(float x, float y);
    // Types `text` as keys (xdotool type) into the window under the pointer.
    void xdotool_type(const std::string& text);

    Screenshot screenshot();
    // Saves the screenshot and the trace next to the build, then fails the
    // test with `why` and where they are. (A failed REQUIRE saves them too.)
    [[noreturn]] void fail(const std::string& why);
    // Checks a pixel's colour; on a mismatch, fails as above.
    void expect_pixel(const Screenshot& shot, int x, int y, Color expected, const std::string& what);

    std::optional<int> wait_exit(Milliseconds timeout) { return m_kiosk->wait_exit(timeout); }
    pid_t kiosk_pid() const { return m_kiosk->pid(); }
    // Ends the X server under the running kiosk, as a crash or a logout would.
    void stop_display() {
        m_xvfb.reset();
        m_two.reset();
    }
    bool running() { return m_kiosk->running(); }
    std::string kiosk_log() const;
    const std::string& display() const { return m_two ? m_two->display() : m_xvfb->display(); }
    // Runs `xrandr` with these arguments on the kiosk's X server.
    void xrandr(const std::vector<std::string>& arguments);

private:
    void start(const std::vector<std::string>& arguments, const std::filesystem::path& folders,
               const Environment& extra, int width, int height, Displays displays = Displays::one);
    Screen wait_in(const std::filesystem::path& trace, std::size_t& seen, const std::string& what,
                   const std::function<bool(const Screen&)>& wanted, Milliseconds timeout);
    void xdotool(std::vector<std::string> arguments);
    // Writes the screenshot, the trace and the log to failure_dir(); says where.
    std::string save_evidence();

    std::filesystem::path m_dir;
    std::optional<Xvfb> m_xvfb;
    std::optional<TwoDisplays> m_two;
    std::optional<Child> m_kiosk;
    std::size_t m_seen = 0;          // screens returned by wait_for so far
    std::size_t m_console_seen = 0;  // and by wait_for_console
    bool m_evidence_saved = false;
};

}  // namespace attune::test::e2e
