#include "regular_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "yaml_tree_messages.hpp"

namespace attune {
namespace {

// Closes the descriptor on every way out.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

// What the file is instead, in words a person knows.
std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a plain file";
}

RegularFileRead refused(const std::string& display_name, std::string message) {
    return RegularFileRead{std::nullopt,
                           Diagnostic{display_name, SourcePos{1, 1}, Severity::error, std::move(message)}};
}

RegularFileRead problem(const std::string& display_name, const std::string& reason) {
    return refused(display_name, yaml::messages::cannot_read(reason));
}

}  // namespace

RegularFileRead read_regular_file(const std::filesystem::path& path, std::size_t limit) {
    return read_regular_file(path, limit, path.string());
}

RegularFileRead read_regular_file(const std::filesystem::path& path, std::size_t limit,
                                  const std::string& display_name) {
    // O_NONBLOCK: opening a named pipe with no writer returns at once instead
    // of waiting for one. O_NOCTTY: a terminal never becomes ours.
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (file.get() < 0) return problem(display_name, std::strerror(errno));
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) return problem(display_name, std::strerror(errno));
    if (!S_ISREG(status.st_mode))
        return problem(display_name, "it is not a regular file but " + kind_of(status.st_mode));
    // A regular file never blocks, but reads are plain blocking reads again
    // so that a slow disk is waited for rather than taken for an error.
    const int flags = ::fcntl(file.get(), F_GETFL);
    if (flags < 0 || ::fcntl(file.get(), F_SETFL, flags & ~O_NONBLOCK) != 0)
        return problem(display_name, std::strerror(errno));
    // Read one byte more than allowed, so that an oversized file is never
    // read whole.
    std::string content(limit + 1, '\0');
    std::size_t filled = 0;
    while (filled < content.size()) {
        const ssize_t got = ::read(file.get(), content.data() + filled, content.size() - filled);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return problem(display_name, "a read error occurred");
        if (got == 0) break;
        filled += static_cast<std::size_t>(got);
    }
    if (filled > limit) return refused(display_name, yaml::messages::too_large_file(limit));
    content.resize(filled);
    return RegularFileRead{std::move(content), std::nullopt};
}

}  // namespace attune
