#include "export_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "agreements_pdf.hpp"

namespace attune::exporting {
namespace {

// The descriptor of the file being written, closed whatever happens.
class OpenFile {
public:
    explicit OpenFile(const std::filesystem::path& path)
        : m_fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) {}
    ~OpenFile() {
        if (m_fd >= 0) ::close(m_fd);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int fd() const { return m_fd; }
    // Closes it now, for the error close itself may report.
    bool close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

[[noreturn]] void fail(const std::filesystem::path& file, int error) {
    throw ExportError(file.string() + " could not be written: " + std::strerror(error));
}

}  // namespace

void write_export(const std::filesystem::path& file, std::string_view bytes) {
    std::filesystem::path partial = file;
    partial += ".partial";
    OpenFile out(partial);
    if (out.fd() < 0) fail(file, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(out.fd(), bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : EIO;
            ::unlink(partial.c_str());
            fail(file, error);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(out.fd()) != 0 || !out.close()) {
        const int error = errno;
        ::unlink(partial.c_str());
        fail(file, error);
    }
    if (::rename(partial.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(partial.c_str());
        fail(file, error);
    }
}

}  // namespace attune::exporting
