#include "e2e_support.hpp"

#include <SDL.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "png_writer.hpp"
#include "process.hpp"

namespace attune::test::e2e {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

std::string read_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// Each test gets its own folder under the system's temporary directory.
std::filesystem::path make_work_dir() {
    static int counter = 0;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("attune-e2e-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string current_test_name() {
    std::string name = Catch::getResultCapture().getCurrentTestName();
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
    return name.substr(0, 60);
}

bool parse_hex(const std::string& text, Color& color) {
    if (text.size() != 7 || text[0] != '#') return false;
    char* end = nullptr;
    const unsigned long value = std::strtoul(text.c_str() + 1, &end, 16);
    if (*end != '\0') return false;
    color = Color{static_cast<std::uint8_t>(value >> 16), static_cast<std::uint8_t>(value >> 8),
                  static_cast<std::uint8_t>(value), 255};
    return true;
}

std::uint32_t read_be32(const std::string& bytes, std::size_t at) {
    if (at + 4 > bytes.size()) throw std::runtime_error("XWD file too short");
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// The channel a mask selects, scaled to 0..255.
std::uint8_t channel(std::uint32_t pixel, std::uint32_t mask) {
    if (mask == 0) return 0;
    int shift = 0;
    while (!((mask >> shift) & 1u)) ++shift;
    const std::uint32_t max = mask >> shift;
    return static_cast<std::uint8_t>(((pixel & mask) >> shift) * 255u / max);
}

}  // namespace

// --- Child ---------------------------------------------------------------

Child::Child(const std::vector<std::string>& argv, const Environment& environment, const std::filesystem::path& output,
             int keep_fd) {
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        // If the test program dies (a ctest timeout), its children go too.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int out = open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (out >= 0) {
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
        }
        const int null_in = open("/dev/null", O_RDONLY);
        if (null_in >= 0) dup2(null_in, STDIN_FILENO);
        if (keep_fd >= 0) dup2(keep_fd, 3);
        for (const auto& [name, value] : environment) {
            if (value.empty())
                unsetenv(name.c_str());
            else
                setenv(name.c_str(), value.c_str(), 1);
        }
        std::vector<char*> args;
        for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    m_pid = pid;
}

Child::~Child() {
    // Asked first, so that Xvfb removes its lock file and the kiosk ends its
    // trace; killed when it does not end in time.
    if (m_status) return;
    kill(m_pid, SIGTERM);
    if (wait_exit(3s)) return;
    kill(m_pid, SIGKILL);
    int status = 0;
    waitpid(m_pid, &status, 0);
}

std::optional<int> Child::wait_exit(Milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!m_status) {
        int status = 0;
        const pid_t done = waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            break;
        }
        if (Clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(10ms);
    }
    return m_status;
}

bool Child::running() { return !wait_exit(0ms); }

// --- Xvfb ----------------------------------------------------------------

Xvfb::Xvfb(int width, int height, const std::filesystem::path& work_dir) {
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    m_child.emplace(
        std::vector<std::string>{"Xvfb", "-displayfd", "3", "-screen", "0", screen, "-nolisten", "tcp", "-noreset"},
        Environment{}, work_dir / "xvfb.log", pipe_fds[1]);
    close(pipe_fds[1]);

    // Xvfb writes its display number once it accepts clients.
    std::string number;
    const auto deadline = Clock::now() + 20s;
    pollfd fd{pipe_fds[0], POLLIN, 0};
    while (number.find('\n') == std::string::npos && Clock::now() < deadline) {
        if (poll(&fd, 1, 100) <= 0) continue;
        char buffer[32];
        const ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
        if (n <= 0) break;
        number.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipe_fds[0]);
    if (number.find('\n') == std::string::npos)
        throw std::runtime_error("Xvfb did not start (is it installed? tools/setup-debian.sh): " +
                                 read_file(work_dir / "xvfb.log"));
    m_display = ":" + number.substr(0, number.find('\n'));
}

TwoDisplays::TwoDisplays(const std::string& left, const std::string& right, const std::filesystem::path& work_dir) {
    const auto script = std::filesystem::path(ATTUNE_SOURCE_DIR) / "tools" / "two-displays.sh";
    const auto output = work_dir / "two-displays.log";
    // A display number nobody uses; tests running side by side start apart.
    for (int n = 0; n < 20 && m_display.empty(); ++n) {
        const int number = 40 + (getpid() + n) % 100;
        if (std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(number)) ||
            std::filesystem::exists("/tmp/.X" + std::to_string(number) + "-lock"))
            continue;
        // Its output goes to a file: Xorg, left running in the background,
        // would hold a pipe open for as long as it runs.
        std::filesystem::remove(output);
        Child start({script.string(), ":" + std::to_string(number), left, right}, Environment{}, output);
        const auto status = start.wait_exit(30s);
        if (!status || *status != 0) continue;  // taken meanwhile, or Xorg failed: the next number
        // The script's last line is the server's PID.
        std::istringstream lines(read_file(output));
        std::string line, last;
        while (std::getline(lines, line))
            if (!line.empty() && line.find_first_not_of("0123456789") == std::string::npos) last = line;
        if (last.empty()) continue;
        m_pid = static_cast<pid_t>(std::stol(last));
        m_display = ":" + std::to_string(number);
    }
    if (m_display.empty()) throw std::runtime_error("tools/two-displays.sh did not start Xorg: " + read_file(output));
}

TwoDisplays::~TwoDisplays() {
    if (m_pid <= 1) return;  // never a group or every process
    ::kill(m_pid, SIGTERM);
    // Xorg is the script's child, not ours: wait until it is gone.
    for (int i = 0; i < 100 && ::kill(m_pid, 0) == 0; ++i) std::this_thread::sleep_for(50ms);
    if (::kill(m_pid, 0) == 0) ::kill(m_pid, SIGKILL);
}

bool two_displays_available() {
    const ProcessResult xorg =
        run_process({"sh", "-c", "command -v Xorg && command -v cvt && command -v xrandr"}, {}, 5s);
    return xorg.exit_code == 0 && (std::filesystem::exists("/usr/lib/xorg/modules/drivers/dummy_drv.so") ||
                                   std::filesystem::exists("/usr/lib64/xorg/modules/drivers/dummy_drv.so"));
}

std::optional<Rect> window_geometry(const std::string& display, const std::string& title) {
    const ProcessResult found =
        run_process({"xdotool", "search", "--name", "^" + title + "$"}, {{"DISPLAY", display}}, 10s);
    if (found.exit_code != 0 || found.out.empty()) return std::nullopt;
    const std::string id = found.out.substr(0, found.out.find('\n'));
    const ProcessResult geometry =
        run_process({"xdotool", "getwindowgeometry", "--shell", id}, {{"DISPLAY", display}}, 10s);
    if (geometry.exit_code != 0) return std::nullopt;
    std::map<std::string, float> values;
    std::istringstream lines(geometry.out);
    std::string line;
    while (std::getline(lines, line))
        if (const auto equals = line.find('='); equals != std::string::npos)
            values[line.substr(0, equals)] = std::strtof(line.c_str() + equals + 1, nullptr);
    return Rect{values["X"], values["Y"], values["WIDTH"], values["HEIGHT"]};
}

// --- Screenshots ---------------------------------------------------------

long Screenshot::count(Color color, int tolerance, std::optional<Rect> area) const {
    const Rect box = area.value_or(Rect{0, 0, static_cast<float>(width), static_cast<float>(height)});
    const int x0 = std::max(0, static_cast<int>(box.x)), y0 = std::max(0, static_cast<int>(box.y));
    const int x1 = std::min(width, static_cast<int>(box.x + box.w));
    const int y1 = std::min(height, static_cast<int>(box.y + box.h));
    long found = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (near(at(x, y), color, tolerance)) ++found;
    return found;
}

void Screenshot::save_png(const std::filesystem::path& path) const {
    std::vector<std::uint8_t> rgba;
    rgba.reserve(pixels.size() * 4);
    for (const Color& pixel : pixels) rgba.insert(rgba.end(), {pixel.r, pixel.g, pixel.b, 255});
    SDL_Surface* surface =
        SDL_CreateRGBSurfaceWithFormatFrom(rgba.data(), width, height, 32, width * 4, SDL_PIXELFORMAT_ABGR8888);
    if (!surface) throw std::runtime_error(SDL_GetError());
    try {
        kiosk::write_png(surface, path);
    } catch (...) {
        SDL_FreeSurface(surface);
        throw;
    }
    SDL_FreeSurface(surface);
}

Screenshot parse_xwd(const std::string& bytes) {
    const std::uint32_t header_size = read_be32(bytes, 0);
    if (read_be32(bytes, 4) != 7 || read_be32(bytes, 8) != 2)
        throw std::runtime_error("not an XWD version 7 ZPixmap dump");
    Screenshot shot;
    shot.width = static_cast<int>(read_be32(bytes, 16));
    shot.height = static_cast<int>(read_be32(bytes, 20));
    const bool lsb_first = read_be32(bytes, 28) == 0;
    const std::uint32_t bits_per_pixel = read_be32(bytes, 44);
    const std::uint32_t bytes_per_line = read_be32(bytes, 48);
    const std::uint32_t red = read_be32(bytes, 56), green = read_be32(bytes, 60), blue = read_be32(bytes, 64);
    const std::uint32_t colors = read_be32(bytes, 76);
    if (bits_per_pixel != 32 && bits_per_pixel != 24)
        throw std::runtime_error("XWD with " + std::to_string(bits_per_pixel) + " bits per pixel");
    const std::size_t data = header_size + colors * 12u;
    const std::size_t pixel_bytes = bits_per_pixel / 8;
    if (data + static_cast<std::size_t>(bytes_per_line) * shot.height > bytes.size())
        throw std::runtime_error("XWD image data cut short");

    shot.pixels.resize(static_cast<std::size_t>(shot.width) * shot.height);
    for (int y = 0; y < shot.height; ++y) {
        for (int x = 0; x < shot.width; ++x) {
            const std::size_t at = data + static_cast<std::size_t>(y) * bytes_per_line + x * pixel_bytes;
            std::uint32_t pixel = 0;
            for (std::size_t i = 0; i < pixel_bytes; ++i) {
                const std::uint32_t byte = static_cast<unsigned char>(bytes[at + i]);
                pixel |= lsb_first ? byte << (8 * i) : byte << (8 * (pixel_bytes - 1 - i));
            }
            shot.pixels[static_cast<std::size_t>(y) * shot.width + x] =
                Color{channel(pixel, red), channel(pixel, green), channel(pixel, blue), 255};
        }
    }
    return shot;
}

bool near(Color a, Color b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

std::string describe(Color color) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", color.r, color.g, color.b);
    return text;
}

// --- The screen trace ----------------------------------------------------

Color Screen::color(const std::string& role) const {
    const auto found = colors.find(role);
    return found == colors.end() ? Color{0, 0, 0, 0} : found->second;
}

Rect Screen::button(const std::string& role) const {
    const auto found = buttons.find(role);
    if (found == buttons.end()) throw std::runtime_error("no button '" + role + "' on the screen: " + line);
    return found->second;
}

std::optional<Screen> parse_screen_line(const std::string& line) {
    std::istringstream words(line);
    Screen screen;
    std::string background;
    if (!(words >> screen.ms >> background) || !parse_hex(background, screen.background)) return std::nullopt;
    screen.line = line;
    std::string word;
    while (words >> word) {
        const auto hash = word.find('#');
        if (hash == std::string::npos) continue;
        const std::string role = word.substr(0, hash);
        Color color;
        if (!parse_hex(word.substr(hash, 7), color)) continue;
        screen.colors.emplace(role, color);
        if (word.size() > hash + 7 && word[hash + 7] == '@') {
            Rect box;
            if (std::sscanf(word.c_str() + hash + 8, "%f,%f,%f,%f", &box.x, &box.y, &box.w, &box.h) == 4)
                screen.buttons.emplace(role, box);
        }
    }
    return screen;
}

std::filesystem::path failure_dir() { return std::filesystem::path(ATTUNE_BINARY).parent_path() / "e2e-failures"; }

// --- The kiosk on its own display ----------------------------------------

KioskRun::KioskRun(const std::filesystem::path& script, const Environment& extra, int width, int height)
    : m_dir(make_work_dir()) {
    start({script.string()}, m_dir, extra, width, height);
}

KioskRun::KioskRun(const std::vector<std::string>& arguments, const std::filesystem::path& folders,
                   const Environment& extra)
    : m_dir(make_work_dir()) {
    start(arguments, folders, extra, 1280, 720);
}

Environment KioskRun::folders_environment(const std::filesystem::path& folders) {
    // Each run has its own runtime, data and config folders unless a test
    // shares them between runs: a journal or a space of one test is never
    // found by another.
    for (const char* folder : {"runtime", "data", "config", "cache", "tmp"}) {
        std::filesystem::create_directories(folders / folder);
        std::filesystem::permissions(folders / folder, std::filesystem::perms::owner_all);
    }
    return {{"XDG_RUNTIME_DIR", (folders / "runtime").string()},
            {"XDG_DATA_HOME", (folders / "data").string()},
            {"XDG_CONFIG_HOME", (folders / "config").string()},
            {"XDG_CACHE_HOME", (folders / "cache").string()},
            {"TMPDIR", (folders / "tmp").string()},
            {"ATTUNE_SPACE_TEST_KDF", "minimum"}};
}

KioskRun::KioskRun(const std::vector<std::string>& arguments, Displays displays, const Environment& extra)
    : m_dir(make_work_dir()) {
    start(arguments, m_dir, extra, 1920, 1080, displays);
}

void KioskRun::start(const std::vector<std::string>& arguments, const std::filesystem::path& folders,
                     const Environment& extra, int width, int height, Displays displays) {
    if (displays == Displays::two)
        m_two.emplace("1920x1080", "1280x720", m_dir);
    else
        m_xvfb.emplace(width, height, m_dir);
    // The tests run with SDL_VIDEODRIVER=dummy; the kiosk needs the real one.
    Environment environment{{"DISPLAY", display()},
                            {"SDL_VIDEODRIVER", "x11"},
                            {"SDL_AUDIODRIVER", "dummy"},
                            {"ATTUNE_DEBUG", "1"},
                            {"ATTUNE_SCREEN_TRACE", (m_dir / "screens.txt").string()},
                            {"ATTUNE_CONSOLE_TRACE", (m_dir / "console.txt").string()}};
    const Environment own = folders_environment(folders);
    environment.insert(environment.end(), own.begin(), own.end());
    environment.insert(environment.end(), extra.begin(), extra.end());
    std::vector<std::string> argv{ATTUNE_BINARY};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    m_kiosk.emplace(argv, environment, m_dir / "kiosk.log");
}

void KioskRun::kill_hard() {
    ::kill(m_kiosk->pid(), SIGKILL);
    m_kiosk->wait_exit(std::chrono::seconds{5});
}

KioskRun::~KioskRun() {
    // A REQUIRE failed (it throws): keep what the screen showed.
    if (std::uncaught_exceptions() > 0 && !m_evidence_saved) {
        try {
            std::cerr << "e2e: after the failure above, " << save_evidence() << '\n';
        } catch (...) {
        }
    }
    // The kiosk goes before its display.
    m_kiosk.reset();
    m_xvfb.reset();
    m_two.reset();
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

namespace {

std::vector<Screen> read_screens(const std::filesystem::path& trace) {
    std::vector<Screen> screens;
    std::istringstream lines(read_file(trace));
    std::string line;
    while (std::getline(lines, line))
        if (auto screen = parse_screen_line(line)) screens.push_back(std::move(*screen));
    return screens;
}

}  // namespace

std::vector<Screen> KioskRun::screens() const { return read_screens(m_dir / "screens.txt"); }
std::vector<Screen> KioskRun::console_screens() const { return read_screens(m_dir / "console.txt"); }

Screen KioskRun::wait_for(const std::string& what, const std::function<bool(const Screen&)>& wanted,
                          Milliseconds timeout) {
    return wait_in(m_dir / "screens.txt", m_seen, what, wanted, timeout);
}

Screen KioskRun::wait_for_console(const std::string& what, const std::function<bool(const Screen&)>& wanted,
                                  Milliseconds timeout) {
    return wait_in(m_dir / "console.txt", m_console_seen, "the console: " + what, wanted, timeout);
}

Screen KioskRun::wait_in(const std::filesystem::path& trace, std::size_t& seen, const std::string& what,
                         const std::function<bool(const Screen&)>& wanted, Milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (true) {
        const std::vector<Screen> all = read_screens(trace);
        if (all.size() > seen && wanted(all.back())) {
            seen = all.size();
            return all.back();
        }
        if (Clock::now() >= deadline) {
            fail("waited " + std::to_string(timeout.count()) + " ms for " + what +
                 "; the last screen was: " + (all.empty() ? std::string("none") : all.back().line));
        }
        if (!m_kiosk->running()) fail("the kiosk ended while waiting for " + what + "; its log:\n" + kiosk_log());
        std::this_thread::sleep_for(20ms);
    }
}

Screen KioskRun::wait_for_role(const std::string& role, Milliseconds timeout) {
    return wait_for(
        "a screen with '" + role + "'", [&](const Screen& screen) { return screen.has(role); }, timeout);
}

void KioskRun::xdotool(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "xdotool");
    const ProcessResult result = run_process(arguments, {{"DISPLAY", display()}}, 10s);
    if (result.exit_code != 0) fail("xdotool failed: " + result.err);
}

void KioskRun::key(const std::vector<std::string>& keys) {
    std::vector<std::string> arguments{"key"};
    arguments.insert(arguments.end(), keys.begin(), keys.end());
    xdotool(arguments);
}

void KioskRun::xrandr(const std::vector<std::string>& arguments) {
    std::vector<std::string> argv{"xrandr"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const ProcessResult result = run_process(argv, {{"DISPLAY", display()}}, 10s);
    if (result.exit_code != 0) fail("xrandr failed: " + result.err);
}

void KioskRun::key_down(const std::string& key) { xdotool({"keydown", key}); }
void KioskRun::key_up(const std::string& key) { xdotool({"keyup", key}); }

void KioskRun::click(float x, float y) {
    xdotool({"mousemove", std::to_string(static_cast<int>(x)), std::to_string(static_cast<int>(y)), "click", "1"});
}

void KioskRun::xdotool_type(const std::string& text) { xdotool({"type", "--delay", "20", text}); }

Screenshot KioskRun::screenshot() {
    const ProcessResult result = run_process({"xwd", "-root", "-silent", "-display", display()}, {}, 15s);
    if (result.exit_code != 0) throw std::runtime_error("xwd failed: " + result.err);
    return parse_xwd(result.out);
}

std::string KioskRun::save_evidence() {
    m_evidence_saved = true;
    std::error_code ignored;
    std::filesystem::create_directories(failure_dir(), ignored);
    const auto base = failure_dir() / current_test_name();
    std::string where;
    try {
        screenshot().save_png(base.string() + ".png");
        where = base.string() + ".png";
    } catch (const std::exception& error) {
        where = std::string("no screenshot (") + error.what() + ")";
    }
    std::ofstream(base.string() + ".screens.txt") << read_file(m_dir / "screens.txt");
    std::ofstream(base.string() + ".log") << kiosk_log();
    return "screenshot: " + where + "\nscreen trace and kiosk log: " + base.string() + ".screens.txt, .log";
}

void KioskRun::fail(const std::string& why) {
    const std::string evidence = save_evidence();
    FAIL(why << "\n" << evidence);
    throw std::logic_error("unreachable");  // FAIL throws; this keeps [[noreturn]] honest
}

void KioskRun::expect_pixel(const Screenshot& shot, int x, int y, Color expected, const std::string& what) {
    const Color found = shot.at(x, y);
    if (near(found, expected)) return;
    fail(what + ": the pixel at " + std::to_string(x) + "," + std::to_string(y) + " is " + describe(found) +
         ", expected " + describe(expected));
}

std::string KioskRun::kiosk_log() const { return read_file(m_dir / "kiosk.log"); }

}  // namespace attune::test::e2e
