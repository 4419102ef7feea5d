#include "secret_input.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace attune {
namespace {

constexpr std::size_t secret_limit = 4096;

// A file descriptor closed on the way out.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// The terminal settings a signal handler puts back: while echo is off, a
// Ctrl+C, a hang-up or a kill must not leave the shell typing blind. Written
// only while the handlers are not installed.
int g_echo_fd = -1;
termios g_echo_saved{};

constexpr std::array<int, 4> ending_signals{SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Puts the terminal back, then ends the program the way the signal would
// have (its default action, so that the shell sees the right status).
extern "C" void restore_terminal_and_reraise(int signal) {
    ::tcsetattr(g_echo_fd, TCSAFLUSH, &g_echo_saved);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// Echo off for as long as it lives; the terminal's settings come back even
// when reading fails and when a signal ends the program. Stopping (Ctrl+Z)
// is held back while it lives, so the shell never gets a terminal without
// echo; a stop asked meanwhile takes effect once echo is back.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd) {
        if (::tcgetattr(fd, &m_saved) != 0) return;
        sigset_t stops;
        sigemptyset(&stops);
        for (const int signal : {SIGTSTP, SIGTTIN, SIGTTOU}) sigaddset(&stops, signal);
        ::sigprocmask(SIG_BLOCK, &stops, &m_mask);
        g_echo_fd = fd;
        g_echo_saved = m_saved;
        struct sigaction restore {};
        restore.sa_handler = restore_terminal_and_reraise;
        sigemptyset(&restore.sa_mask);
        for (std::size_t i = 0; i < ending_signals.size(); ++i) {
            // A signal the caller chose to ignore stays ignored.
            ::sigaction(ending_signals[i], nullptr, &m_previous[i]);
            if (m_previous[i].sa_handler != SIG_IGN) ::sigaction(ending_signals[i], &restore, nullptr);
        }
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (m_active) ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        if (g_echo_fd < 0) return;
        for (std::size_t i = 0; i < ending_signals.size(); ++i) ::sigaction(ending_signals[i], &m_previous[i], nullptr);
        g_echo_fd = -1;
        ::sigprocmask(SIG_SETMASK, &m_mask, nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
    sigset_t m_mask{};
    std::array<struct sigaction, ending_signals.size()> m_previous{};
};

[[noreturn]] void refuse_long(const std::string& what) {
    throw std::runtime_error(what + " is longer than " + std::to_string(secret_limit) + " bytes and was not used");
}

// Reads everything up to `limit` bytes straight into guarded memory.
space::SecretBytes read_all(int fd, const std::string& what) {
    space::SecretBytes buffer(secret_limit);
    std::size_t size = 0;
    while (size < secret_limit) {
        const ssize_t got = ::read(fd, buffer.data() + size, secret_limit - size);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw std::runtime_error(what + " cannot be read: " + std::strerror(errno));
        if (got == 0) break;
        size += static_cast<std::size_t>(got);
    }
    if (size == secret_limit) {
        unsigned char more = 0;
        ssize_t got = 0;
        do got = ::read(fd, &more, 1);
        while (got < 0 && errno == EINTR);
        if (got > 0) refuse_long(what);
    }
    buffer.shrink_to(size);
    return buffer;
}

// One line of `text` from `at` (without its \n or \r\n), moving `at` past it.
space::SecretBytes take_line(const space::SecretBytes& text, std::size_t& at) {
    std::size_t end = at;
    while (end < text.size() && text.data()[end] != '\n') ++end;
    std::size_t stop = end;
    if (stop > at && text.data()[stop - 1] == '\r') --stop;
    space::SecretBytes line(stop - at);
    if (stop > at) std::memcpy(line.data(), text.data() + at, stop - at);
    at = end < text.size() ? end + 1 : end;
    return line;
}

space::SecretBytes read_terminal_line(int fd, const std::string& prompt) {
    if (::write(fd, prompt.data(), prompt.size()) < 0) throw std::runtime_error("the terminal cannot be written");
    space::SecretBytes buffer(secret_limit);
    std::size_t size = 0;
    char c = 0;
    while (true) {
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || c == '\n') break;
        // The rest of the line is read and dropped, so that it does not
        // reach the shell as a command once the program ends.
        if (size == secret_limit) {
            while (::read(fd, &c, 1) > 0 && c != '\n') {
            }
            c = 0;
            refuse_long("what was typed");
        }
        buffer.data()[size++] = static_cast<unsigned char>(c);
    }
    std::size_t at = 0;
    buffer.shrink_to(size);
    return take_line(buffer, at);
}

}  // namespace

space::SecretBytes SecretInput::line_of_file(const std::string& file) {
    if (file == "-") {
        if (!m_stdin) m_stdin = read_all(STDIN_FILENO, "standard input");
        return take_line(*m_stdin, m_stdin_at);
    }
    Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw std::runtime_error(file + ": " + std::strerror(errno));
    const space::SecretBytes text = read_all(fd.get(), file);
    std::size_t at = 0;
    return take_line(text, at);
}

space::SecretBytes SecretInput::ask(const std::string& prompt) {
    Fd tty(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY));
    if (tty.get() < 0) throw std::invalid_argument("there is no terminal to ask on: use --passphrase-file FILE");
    const EchoOff quiet(tty.get());
    return read_terminal_line(tty.get(), prompt);
}

std::string SecretInput::ask_visible(const std::string& prompt) {
    Fd tty(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY));
    if (tty.get() < 0) throw std::invalid_argument("there is no terminal to ask on: use --yes");
    const space::SecretBytes line = read_terminal_line(tty.get(), prompt);
    return std::string(line.text());
}

}  // namespace attune
