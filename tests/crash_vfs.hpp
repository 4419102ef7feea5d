#pragma once
// A fault-injecting SQLite VFS for the space's tests, after SQLite's own
// crash-test VFS (src/test6.c): it wraps the default unix VFS and holds every
// write and truncation in memory until the file is synced. At a simulated
// power loss each write not yet synced is written, dropped or garbled (at
// random, from a seed), and every later operation fails until the test
// "reboots" by closing and reopening. It can also fail one operation with
// SQLITE_FULL or SQLITE_IOERR and go on working, as a full or failing disk.
#include <cstdint>
#include <string>

namespace attune::test {

enum class Fault {
    none,
    power_loss,  // at the chosen operation: lose, keep or garble what was not synced; then fail everything
    disk_full,   // the chosen write fails with SQLITE_FULL, later ones work
    io_error,    // the chosen write or sync fails with SQLITE_IOERR, later ones work
};

class CrashVfs {
public:
    // Registers the VFS (once per process) under name().
    static CrashVfs& instance();
    static const char* name() { return "attune-crash"; }

    // Arms a fault at the `at`-th write, truncation or sync from now (1 = the next).
    void arm(Fault fault, std::uint64_t at, std::uint32_t seed);
    // No fault; what is held is kept until synced; a power loss is forgotten.
    void disarm();
    bool crashed() const;
    // Writes, truncations and syncs counted since the last arm().
    std::uint64_t operations() const;
    // Held writes at the power loss: how many were written, dropped, garbled.
    struct Tally {
        std::uint64_t written = 0, dropped = 0, garbled = 0;
    };
    Tally tally() const;

private:
    CrashVfs();
};

}  // namespace attune::test
