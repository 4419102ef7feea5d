#include "signal_watch.hpp"

#include <SDL.h>
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <stdexcept>

#ifdef ATTUNE_HAVE_X11
#include <X11/Xlib.h>
#endif

namespace attune::kiosk {
namespace {

constexpr std::array<int, 3> watched_signals{SIGTERM, SIGINT, SIGHUP};

// The handler can reach only what is global. A byte 0 asks the thread to end.
int g_write_fd = -1;
std::array<struct sigaction, watched_signals.size()> g_previous{};

void on_signal(int signal_number) {
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(signal_number);
    // A full pipe means an earlier signal is still unread: nothing is lost.
    [[maybe_unused]] const ssize_t written = ::write(g_write_fd, &byte, 1);
    errno = saved;
}

#ifdef ATTUNE_HAVE_X11
int on_display_lost(Display*) {
    static const char line[] =
        "attune: the display went away (the X server ended or the connection broke); the conversation was not "
        "finished\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line, sizeof line - 1);
    ::_exit(128 + SIGHUP);
}
#endif

}  // namespace

SignalWatch::SignalWatch() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("cannot watch for signals: no pipe");
    m_read_fd = fds[0];
    m_write_fd = fds[1];
    g_write_fd = m_write_fd;
    // SDL would turn SIGINT and SIGTERM into a plain SDL_QUIT, which looks
    // like a finished conversation; ours says that it was interrupted.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    m_thread = std::thread([this] { watch(); });
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    // A second signal of the same kind ends the program at once, in case
    // the orderly end itself hangs.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    for (std::size_t i = 0; i < watched_signals.size(); ++i) ::sigaction(watched_signals[i], &action, &g_previous[i]);
}

SignalWatch::~SignalWatch() {
    for (std::size_t i = 0; i < watched_signals.size(); ++i) ::sigaction(watched_signals[i], &g_previous[i], nullptr);
    const unsigned char stop = 0;
    [[maybe_unused]] const ssize_t written = ::write(m_write_fd, &stop, 1);
    if (m_thread.joinable()) m_thread.join();
    g_write_fd = -1;
    ::close(m_read_fd);
    ::close(m_write_fd);
}

std::optional<int> SignalWatch::caught() const {
    const int signal_number = m_caught.load();
    if (signal_number == 0) return std::nullopt;
    return signal_number;
}

void SignalWatch::watch() {
    while (true) {
        unsigned char byte = 0;
        const ssize_t got = ::read(m_read_fd, &byte, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || byte == 0) return;
        int none = 0;
        m_caught.compare_exchange_strong(none, byte);
        // Wakes the loop; before SDL has started this fails, and the loop
        // sees caught() on its first turn instead.
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
    }
}

std::string signal_name(int signal_number) {
    switch (signal_number) {
        case SIGTERM:
            return "SIGTERM";
        case SIGINT:
            return "SIGINT";
        case SIGHUP:
            return "SIGHUP";
        default:
            return "signal " + std::to_string(signal_number);
    }
}

void report_display_loss() {
#ifdef ATTUNE_HAVE_X11
    XSetIOErrorHandler(on_display_lost);
#endif
}

}  // namespace attune::kiosk
