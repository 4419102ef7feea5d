#include "runtime_journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "space_crypto.hpp"

namespace attune::space {
namespace {

namespace fs = std::filesystem;

SpaceError errno_error(int error, const std::string& what) {
    const bool full = error == ENOSPC || error == EDQUOT;
    return SpaceError(full ? SpaceProblem::storage_full : SpaceProblem::storage_failed,
                      what + ": " + std::strerror(error));
}

void write_all(int fd, std::span<const unsigned char> bytes, const fs::path& path) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            throw errno_error(errno, path.filename().string() + " could not be written");
        }
        bytes = bytes.subspan(static_cast<std::size_t>(written));
    }
}

void sync_data(int fd, const fs::path& path) {
    if (::fdatasync(fd) != 0) throw errno_error(errno, path.filename().string() + " could not be synced");
}

// The folder's entry for a new or renamed file reaches the disk too (on a
// real disk; the runtime folder is in memory, where it costs nothing).
void sync_folder(const fs::path& folder) {
    const FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.valid()) ::fsync(fd.get());
}

std::vector<unsigned char> read_whole(int fd) {
    std::vector<unsigned char> bytes;
    unsigned char buffer[65536];
    for (off_t at = 0;;) {
        const ssize_t got = ::pread(fd, buffer, sizeof buffer, at);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw errno_error(errno, "a journal could not be read");
        }
        if (got == 0) return bytes;
        bytes.insert(bytes.end(), buffer, buffer + got);
        at += got;
    }
}

// Whether the locked file is still the one at `path`: a journal ended or
// discarded while this process waited to lock it is not taken up.
bool still_there(int fd, const fs::path& path) {
    struct stat held {};
    struct stat named {};
    return ::fstat(fd, &held) == 0 && held.st_nlink > 0 && ::lstat(path.c_str(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

std::string hex(std::span<const unsigned char> bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char byte : bytes) {
        out.push_back(digits[byte >> 4]);
        out.push_back(digits[byte & 15]);
    }
    return out;
}

// The conversation in a journal's records, and how many of the records it used.
struct Reading {
    JournalState state = JournalState::resumable;
    Unfinished unfinished;
    std::size_t kept = 0;  // file bytes up to the last record used
    std::vector<std::string> problems;
};

Reading read_journal(std::span<const unsigned char> bytes) {
    Reading reading;
    ParsedJournal parsed = parse_journal(bytes);
    reading.problems = std::move(parsed.problems);
    if (parsed.header != JournalHeader::valid || parsed.frames.empty() ||
        parsed.frames.front().kind != JournalEntry::start) {
        reading.state = JournalState::unreadable;
        if (parsed.header == JournalHeader::valid) reading.problems.push_back("its start cannot be read");
        return reading;
    }
    try {
        reading.unfinished.start = decode_start(parsed.frames.front().payload);
    } catch (const DecodeError& error) {
        reading.state = JournalState::unreadable;
        reading.problems.push_back(std::string("its start cannot be read: ") + error.what());
        return reading;
    }
    reading.kept = parsed.frames.front().end;
    for (std::size_t n = 1; n < parsed.frames.size(); ++n) {
        const JournalFrame& frame = parsed.frames[n];
        try {
            switch (frame.kind) {
                case JournalEntry::command:
                    reading.unfinished.commands.push_back(decode_command_record(frame.payload));
                    break;
                case JournalEntry::progress:
                    reading.unfinished.progress = decode_progress(frame.payload);
                    break;
                case JournalEntry::start:
                    throw DecodeError("a second start");
            }
        } catch (const DecodeError& error) {
            // The commands after one that cannot be read would replay to
            // another session: the conversation goes on from before it.
            reading.problems.push_back("record " + std::to_string(n + 1) + " cannot be read (" + error.what() +
                                       "); it and the " + std::to_string(parsed.frames.size() - n - 1) +
                                       " after it were left out");
            break;
        }
        reading.kept = frame.end;
    }
    return reading;
}

// A journal being made is renamed into place within microseconds; one still
// under its hidden name a minute later, and not held, belongs to a kiosk that
// died before its start was written: nothing in it can be gone on with.
void remove_if_abandoned(const fs::path& path) {
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    struct stat status {};
    if (!fd.valid() || ::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode)) return;
    if (std::time(nullptr) - status.st_mtime < 60) return;
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0 || !still_there(fd.get(), path)) return;
    ::unlink(path.c_str());
}

// Renames `hidden` to `path`, never over another file; a file system
// without renameat2's RENAME_NOREPLACE gets a hard link and an unlink, which
// refuse an existing name the same way.
void put_in_place(const fs::path& hidden, const fs::path& path) {
    if (::renameat2(AT_FDCWD, hidden.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return;
    if (errno != EINVAL && errno != ENOSYS)
        throw errno_error(errno, path.filename().string() + " cannot be put in place");
    if (::link(hidden.c_str(), path.c_str()) != 0)
        throw errno_error(errno, path.filename().string() + " cannot be put in place");
    ::unlink(hidden.c_str());
}

void name_problems(std::vector<std::string>& problems, const fs::path& path) {
    for (auto& problem : problems) problem = path.filename().string() + ": " + problem;
}

}  // namespace

std::optional<fs::path> runtime_folder() {
    const char* value = std::getenv("XDG_RUNTIME_DIR");
    if (value == nullptr || *value == '\0') return std::nullopt;
    const fs::path base(value);
    if (!base.is_absolute()) return std::nullopt;
    // What the XDG base directory specification promises of it: a folder of
    // this user's that nobody else can enter. Anything else is not used.
    struct stat status {};
    if (::stat(base.c_str(), &status) != 0 || !S_ISDIR(status.st_mode) || status.st_uid != ::geteuid() ||
        (status.st_mode & 07777) != 0700)
        return std::nullopt;
    const fs::path folder = base / "attune";
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) return std::nullopt;
    // The umask may have narrowed the mode of a new folder, and an older one
    // may have been changed: it is set exactly, through a descriptor that
    // cannot have followed a link.
    const FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid() || ::fstat(fd.get(), &status) != 0 || status.st_uid != ::geteuid()) return std::nullopt;
    if ((status.st_mode & 07777) != 0700 && ::fchmod(fd.get(), 0700) != 0) return std::nullopt;
    return folder;
}

RuntimeJournal::RuntimeJournal(fs::path path, FileDescriptor fd, std::size_t size, Unfinished unfinished)
    : m_path(std::move(path)), m_fd(std::move(fd)), m_size(size), m_unfinished(std::move(unfinished)) {}

RuntimeJournal RuntimeJournal::begin(const fs::path& folder, const ConversationStart& start) {
    const std::string name =
        "conversation-" + std::to_string(start.started_unix_ms) + "-" + hex(random_bytes(8)) + ".journal";
    const fs::path path = folder / name;
    // Made under a hidden name and renamed once its start is in it, so that
    // find_unfinished never sees a journal without its start.
    const fs::path hidden = folder / ("." + name + ".new");
    FileDescriptor fd(::open(hidden.c_str(), O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd.valid()) throw errno_error(errno, "a journal cannot be made in " + folder.string());
    std::vector<unsigned char> bytes = journal_header();
    try {
        // The umask may have narrowed the mode; it is set exactly.
        if (::fchmod(fd.get(), 0600) != 0)
            throw SpaceError(SpaceProblem::not_private, name + " cannot be made private");
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) throw errno_error(errno, name + " cannot be locked");
        const auto first = journal_frame(JournalEntry::start, encode(start));
        bytes.insert(bytes.end(), first.begin(), first.end());
        write_all(fd.get(), bytes, path);
        sync_data(fd.get(), path);
        put_in_place(hidden, path);
    } catch (...) {
        ::unlink(hidden.c_str());
        throw;
    }
    sync_folder(folder);
    return RuntimeJournal(path, std::move(fd), bytes.size(), Unfinished{start, {}, std::nullopt});
}

RuntimeJournal RuntimeJournal::go_on(const fs::path& path) {
    const std::string name = path.filename().string();
    FileDescriptor fd(::open(path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW));
    if (!fd.valid()) {
        if (errno == ENOENT) throw SpaceError(SpaceProblem::not_found, name + " has ended or was discarded");
        throw errno_error(errno, name + " cannot be opened");
    }
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) throw JournalInUse(name + " is going on in another attune window");
        throw errno_error(errno, name + " cannot be locked");
    }
    if (!still_there(fd.get(), path)) throw SpaceError(SpaceProblem::not_found, name + " has ended or was discarded");
    const std::vector<unsigned char> bytes = read_whole(fd.get());
    Reading reading = read_journal(bytes);
    if (reading.state == JournalState::unreadable)
        throw SpaceError(SpaceProblem::damaged,
                         name + " cannot be read" + (reading.problems.empty() ? "" : ": " + reading.problems.front()));
    // A torn tail is cut off, so that the next record follows the last one read.
    if (reading.kept < bytes.size()) {
        if (::ftruncate(fd.get(), static_cast<off_t>(reading.kept)) != 0)
            throw errno_error(errno, name + " could not be cut back to its last whole record");
        sync_data(fd.get(), path);
    }
    return RuntimeJournal(path, std::move(fd), reading.kept, std::move(reading.unfinished));
}

void RuntimeJournal::append(JournalEntry kind, const std::vector<unsigned char>& payload) {
    const auto frame = journal_frame(kind, payload);
    try {
        write_all(m_fd.get(), frame, m_path);
        sync_data(m_fd.get(), m_path);
    } catch (const SpaceError&) {
        // Part of the record may be in the file: it is cut off, so that the
        // next record follows the last whole one.
        if (::ftruncate(m_fd.get(), static_cast<off_t>(m_size)) == 0) ::fdatasync(m_fd.get());
        throw;
    }
    m_size += frame.size();
}

void RuntimeJournal::command(const CommandRecord& record) { append(JournalEntry::command, encode(record)); }

void RuntimeJournal::progress(const Progress& progress) { append(JournalEntry::progress, encode(progress)); }

void RuntimeJournal::end(const ConversationEnd&) {
    // Removed while still locked, so that no other kiosk takes it up between.
    if (::unlink(m_path.c_str()) != 0 && errno != ENOENT)
        throw errno_error(errno, m_path.filename().string() + " could not be removed");
    m_fd.reset();
}

std::vector<FoundJournal> find_unfinished(const fs::path& folder) {
    std::vector<FoundJournal> found;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path path = it->path();
        const std::string name = path.filename().string();
        std::error_code status_error;
        if (name.starts_with(".") && name.ends_with(".journal.new")) {
            remove_if_abandoned(path);
            continue;
        }
        if (name.starts_with(".") || !name.ends_with(".journal") || !it->is_regular_file(status_error) ||
            it->is_symlink(status_error))
            continue;
        FoundJournal journal{path, JournalState::unreadable, {}, {}};
        try {
            const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
            if (!fd.valid()) {
                if (errno == ENOENT) continue;
                throw errno_error(errno, "it cannot be opened");
            }
            // A shared lock is refused while a living kiosk holds its
            // exclusive one: that conversation is going on.
            if (::flock(fd.get(), LOCK_SH | LOCK_NB) != 0) continue;
            if (!still_there(fd.get(), path)) continue;
            Reading reading = read_journal(read_whole(fd.get()));
            journal.state = reading.state;
            if (reading.state == JournalState::resumable) journal.unfinished = std::move(reading.unfinished);
            journal.problems = std::move(reading.problems);
        } catch (const SpaceError& failure) {
            journal.problems = {failure.what()};
        }
        name_problems(journal.problems, path);
        found.push_back(std::move(journal));
    }
    std::sort(found.begin(), found.end(), [](const FoundJournal& a, const FoundJournal& b) {
        if (a.state != b.state) return a.state == JournalState::resumable;
        if (a.unfinished.start.started_unix_ms != b.unfinished.start.started_unix_ms)
            return a.unfinished.start.started_unix_ms > b.unfinished.start.started_unix_ms;
        return a.path > b.path;
    });
    return found;
}

void discard(const fs::path& path) {
    const std::string name = path.filename().string();
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd.valid()) {
        if (errno == ENOENT) return;
        throw errno_error(errno, name + " cannot be opened");
    }
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) throw JournalInUse(name + " is going on in another attune window");
        throw errno_error(errno, name + " cannot be locked");
    }
    if (!still_there(fd.get(), path)) return;
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) throw errno_error(errno, name + " could not be removed");
}

}  // namespace attune::space
