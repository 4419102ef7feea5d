#include "secret_input.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
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

// Echo off for as long as it lives; the terminal's settings come back even
// when reading fails.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd) {
        if (::tcgetattr(fd, &m_saved) != 0) return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (m_active) ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

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
    while (size < secret_limit) {
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || c == '\n') break;
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
