#pragma once
// SIGTERM, SIGINT and SIGHUP end the kiosk the way closing it does: the main
// loop leaves, everything is torn down in order, and run_kiosk says in one
// line that the conversation was interrupted and returns 128 + the signal,
// so that a supervisor can tell an interrupted conversation from a finished
// one. The handler only writes the signal's number into a pipe; a small
// thread reads it and wakes the loop with SDL_QUIT (SDL_PushEvent is safe
// from any thread; a signal handler may call almost nothing).
#include <atomic>
#include <optional>
#include <string>
#include <thread>

namespace attune::kiosk {

class SignalWatch {
public:
    // Installs the handlers (and tells SDL not to install its own); only one
    // watch exists at a time.
    SignalWatch();
    // Puts the handlers that were there before back and stops the thread.
    ~SignalWatch();
    SignalWatch(const SignalWatch&) = delete;
    SignalWatch& operator=(const SignalWatch&) = delete;

    // The first signal that arrived, if any.
    std::optional<int> caught() const;

private:
    void watch();

    int m_read_fd = -1;
    int m_write_fd = -1;
    std::atomic<int> m_caught{0};
    std::thread m_thread;
};

// "SIGTERM", "SIGINT", "SIGHUP"; "signal N" for any other.
std::string signal_name(int signal_number);

// From now on, losing the X server ends the program with one line of its own
// on standard error ("attune: the display went away ...") and exit status
// 129, like a hangup, instead of Xlib's "XIO: fatal IO error". Nothing can
// be torn down then: every X call would fail again.
void report_display_loss();

}  // namespace attune::kiosk
