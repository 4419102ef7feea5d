#include "crash_vfs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <random>
#include <stdexcept>
#include <vector>

namespace attune::test {
namespace {

struct State {
    sqlite3_vfs* real = nullptr;
    Fault fault = Fault::none;
    std::uint64_t at = 0;
    std::uint64_t operations = 0;
    bool crashed = false;
    std::mt19937 random;
    CrashVfs::Tally tally;
};

State& state() {
    static State the_state;
    return the_state;
}

// One held operation: a write (offset, bytes) or a truncation (to offset).
struct Held {
    bool truncate = false;
    sqlite3_int64 offset = 0;
    std::vector<unsigned char> bytes;
};

struct File;
std::vector<File*>& open_files() {
    static std::vector<File*> files;
    return files;
}

// The wrapper: SQLite sees `base`; the real file follows in the same block.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
    std::vector<unsigned char>* image;  // what the file shows now, synced or not
    std::vector<Held>* held;            // since the last sync, in order
};

void apply(File* file, const Held& op, bool garble) {
    if (op.truncate) {
        file->real->pMethods->xTruncate(file->real, op.offset);
        return;
    }
    std::vector<unsigned char> bytes = op.bytes;
    if (garble)
        for (auto& byte : bytes) byte = static_cast<unsigned char>(state().random());
    file->real->pMethods->xWrite(file->real, bytes.data(), static_cast<int>(bytes.size()), op.offset);
}

void flush(File* file) {
    for (const auto& op : *file->held) apply(file, op, false);
    file->held->clear();
}

// The power goes out: each held operation of every file reaches the disk,
// is lost, or reaches it garbled.
void power_loss() {
    State& s = state();
    s.crashed = true;
    for (File* file : open_files()) {
        for (const auto& op : *file->held) {
            switch (s.random() % 3) {
                case 0:
                    apply(file, op, false);
                    ++s.tally.written;
                    break;
                case 1:
                    ++s.tally.dropped;
                    break;
                default:
                    if (op.truncate) {
                        ++s.tally.dropped;
                    } else {
                        apply(file, op, true);
                        ++s.tally.garbled;
                    }
            }
        }
        file->held->clear();
    }
}

// Counts an operation that touches the disk and says how it fares.
int count_operation(bool is_write) {
    State& s = state();
    if (s.crashed) return SQLITE_IOERR;
    ++s.operations;
    if (s.fault == Fault::none || s.operations != s.at) return SQLITE_OK;
    switch (s.fault) {
        case Fault::power_loss:
            power_loss();
            return SQLITE_IOERR;
        case Fault::disk_full:
            if (is_write) return SQLITE_FULL;
            ++s.at;  // a sync cannot be "full": the next write is
            return SQLITE_OK;
        case Fault::io_error:
            return is_write ? SQLITE_IOERR_WRITE : SQLITE_IOERR_FSYNC;
        case Fault::none:
            break;
    }
    return SQLITE_OK;
}

File* as_file(sqlite3_file* file) { return reinterpret_cast<File*>(file); }

int x_close(sqlite3_file* f) {
    File* file = as_file(f);
    // A clean close keeps what was held as the OS would (it writes it
    // out eventually); after a power loss nothing more reaches the disk.
    if (!state().crashed) flush(file);
    auto& files = open_files();
    files.erase(std::remove(files.begin(), files.end(), file), files.end());
    const int code = file->real->pMethods != nullptr ? file->real->pMethods->xClose(file->real) : SQLITE_OK;
    delete file->image;
    delete file->held;
    sqlite3_free(file->real);
    return code;
}

int x_read(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset) {
    File* file = as_file(f);
    if (state().crashed) return SQLITE_IOERR_READ;
    const auto& image = *file->image;
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto* bytes = static_cast<unsigned char*>(out);
    std::memset(bytes, 0, static_cast<std::size_t>(amount));
    if (offset >= size) return SQLITE_IOERR_SHORT_READ;
    const auto available = std::min<sqlite3_int64>(amount, size - offset);
    std::memcpy(bytes, image.data() + offset, static_cast<std::size_t>(available));
    return available < amount ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int x_write(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    File* file = as_file(f);
    if (const int code = count_operation(true); code != SQLITE_OK) return code;
    const auto* bytes = static_cast<const unsigned char*>(data);
    auto& image = *file->image;
    const auto end = static_cast<std::size_t>(offset + amount);
    if (image.size() < end) image.resize(end, 0);
    std::memcpy(image.data() + offset, bytes, static_cast<std::size_t>(amount));
    file->held->push_back(Held{false, offset, {bytes, bytes + amount}});
    return SQLITE_OK;
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    File* file = as_file(f);
    if (const int code = count_operation(true); code != SQLITE_OK) return code;
    file->image->resize(static_cast<std::size_t>(size));
    file->held->push_back(Held{true, size, {}});
    return SQLITE_OK;
}

int x_sync(sqlite3_file* f, int) {
    File* file = as_file(f);
    if (const int code = count_operation(false); code != SQLITE_OK) return code;
    // Held operations reach the real file now. It is not fsynced for real:
    // durability is what this VFS simulates, and the tests stay fast.
    flush(file);
    return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    if (state().crashed) return SQLITE_IOERR_FSTAT;
    *size = static_cast<sqlite3_int64>(as_file(f)->image->size());
    return SQLITE_OK;
}

int x_lock(sqlite3_file* f, int level) { return as_file(f)->real->pMethods->xLock(as_file(f)->real, level); }
int x_unlock(sqlite3_file* f, int level) { return as_file(f)->real->pMethods->xUnlock(as_file(f)->real, level); }
int x_check_reserved(sqlite3_file* f, int* out) {
    return as_file(f)->real->pMethods->xCheckReservedLock(as_file(f)->real, out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
    // Memory mapping would read past this VFS's image: refuse it.
    if (op == SQLITE_FCNTL_MMAP_SIZE) return SQLITE_NOTFOUND;
    return as_file(f)->real->pMethods->xFileControl(as_file(f)->real, op, arg);
}
int x_sector_size(sqlite3_file*) { return 512; }
// No promise of atomic or power-safe writes: SQLite must assume the worst.
int x_device_characteristics(sqlite3_file*) { return 0; }
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    if (state().crashed) return SQLITE_IOERR_SHMMAP;
    return as_file(f)->real->pMethods->xShmMap(as_file(f)->real, page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return as_file(f)->real->pMethods->xShmLock(as_file(f)->real, offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) { as_file(f)->real->pMethods->xShmBarrier(as_file(f)->real); }
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
    return as_file(f)->real->pMethods->xShmUnmap(as_file(f)->real, delete_flag);
}

const sqlite3_io_methods io_methods = {
    2,
    x_close,
    x_read,
    x_write,
    x_truncate,
    x_sync,
    x_file_size,
    x_lock,
    x_unlock,
    x_check_reserved,
    x_file_control,
    x_sector_size,
    x_device_characteristics,
    x_shm_map,
    x_shm_lock,
    x_shm_barrier,
    x_shm_unmap,
    nullptr,
    nullptr,
};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    State& s = state();
    File* file = as_file(f);
    file->base.pMethods = nullptr;
    file->real = static_cast<sqlite3_file*>(sqlite3_malloc(s.real->szOsFile));
    if (file->real == nullptr) return SQLITE_NOMEM;
    std::memset(file->real, 0, static_cast<std::size_t>(s.real->szOsFile));
    const int code = s.real->xOpen(s.real, name, file->real, flags, out_flags);
    if (code != SQLITE_OK) {
        sqlite3_free(file->real);
        return code;
    }
    sqlite3_int64 size = 0;
    file->real->pMethods->xFileSize(file->real, &size);
    file->image = new std::vector<unsigned char>(static_cast<std::size_t>(size));
    if (size > 0) file->real->pMethods->xRead(file->real, file->image->data(), static_cast<int>(size), 0);
    file->held = new std::vector<Held>();
    open_files().push_back(file);
    file->base.pMethods = &io_methods;
    return SQLITE_OK;
}

int x_delete(sqlite3_vfs*, const char* name, int sync_dir) {
    if (state().crashed) return SQLITE_IOERR_DELETE;
    return state().real->xDelete(state().real, name, sync_dir);
}
int x_access(sqlite3_vfs*, const char* name, int flags, int* out) {
    return state().real->xAccess(state().real, name, flags, out);
}
int x_full_pathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return state().real->xFullPathname(state().real, name, size, out);
}
int x_randomness(sqlite3_vfs*, int size, char* out) { return state().real->xRandomness(state().real, size, out); }
int x_sleep(sqlite3_vfs*, int micros) { return state().real->xSleep(state().real, micros); }
int x_current_time(sqlite3_vfs*, double* out) { return state().real->xCurrentTime(state().real, out); }
int x_last_error(sqlite3_vfs*, int size, char* out) { return state().real->xGetLastError(state().real, size, out); }
int x_current_time_int64(sqlite3_vfs*, sqlite3_int64* out) {
    return state().real->xCurrentTimeInt64(state().real, out);
}

}  // namespace

CrashVfs::CrashVfs() {
    State& s = state();
    s.real = sqlite3_vfs_find(nullptr);
    if (s.real == nullptr) throw std::runtime_error("SQLite has no default VFS");
    static sqlite3_vfs vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File));
    vfs.mxPathname = s.real->mxPathname;
    vfs.zName = name();
    vfs.xOpen = x_open;
    vfs.xDelete = x_delete;
    vfs.xAccess = x_access;
    vfs.xFullPathname = x_full_pathname;
    vfs.xRandomness = x_randomness;
    vfs.xSleep = x_sleep;
    vfs.xCurrentTime = x_current_time;
    vfs.xGetLastError = x_last_error;
    vfs.xCurrentTimeInt64 = x_current_time_int64;
    sqlite3_vfs_register(&vfs, 0);
}

CrashVfs& CrashVfs::instance() {
    static CrashVfs vfs;
    return vfs;
}

void CrashVfs::arm(Fault fault, std::uint64_t at, std::uint32_t seed) {
    State& s = state();
    s.fault = fault;
    s.at = at;
    s.operations = 0;
    s.crashed = false;
    s.random.seed(seed);
    s.tally = {};
}

void CrashVfs::disarm() {
    State& s = state();
    s.fault = Fault::none;
    s.crashed = false;
}

bool CrashVfs::crashed() const { return state().crashed; }
std::uint64_t CrashVfs::operations() const { return state().operations; }
CrashVfs::Tally CrashVfs::tally() const { return state().tally; }

}  // namespace attune::test
