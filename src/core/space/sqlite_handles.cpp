#include "sqlite_handles.hpp"

#include <sqlite3.h>

#include <utility>

namespace attune::space {
namespace {

[[noreturn]] void fail(sqlite3* db, int code) {
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw SqliteError(code, message != nullptr ? message : sqlite3_errstr(code));
}

}  // namespace

Database::Database(const std::string& path, OpenMode mode, const std::string& vfs,
                   std::chrono::milliseconds busy_timeout) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW;
    if (mode == OpenMode::create) flags |= SQLITE_OPEN_CREATE;
    const int code = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs.empty() ? nullptr : vfs.c_str());
    if (code != SQLITE_OK) {
        const std::string message = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqliteError(code, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, static_cast<int>(busy_timeout.count()));
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close() {
    if (m_db != nullptr) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::exec(const std::string& sql) {
    char* error = nullptr;
    const int code = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        const std::string message = error != nullptr ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(m_db), message);
    }
}

std::int64_t Database::pragma_int(const std::string& pragma) {
    Statement statement(*this, "PRAGMA " + pragma);
    return statement.step() ? statement.column_int(0) : 0;
}

void Database::checkpoint_truncate() {
    Statement checkpoint(*this, "PRAGMA wal_checkpoint(TRUNCATE)");
    // The row is (busy, frames in the log, frames copied); no row at all
    // means the database is not in WAL mode and has no log to empty.
    if (checkpoint.step() && checkpoint.column_int(0) != 0)
        throw SqliteError(SQLITE_BUSY, "another program is using it, so its log could not be emptied");
}

Statement::Statement(Database& db, const std::string& sql) : m_db(db.handle()) {
    const int code = sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) fail(m_db, code);
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

Statement& Statement::bind(int index, std::int64_t value) {
    const int code = sqlite3_bind_int64(m_statement, index, value);
    if (code != SQLITE_OK) fail(m_db, code);
    return *this;
}

Statement& Statement::bind(int index, std::span<const unsigned char> blob) {
    const int code = sqlite3_bind_blob64(m_statement, index, blob.data(), static_cast<sqlite3_uint64>(blob.size()),
                                         SQLITE_TRANSIENT);
    if (code != SQLITE_OK) fail(m_db, code);
    return *this;
}

bool Statement::step() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    fail(m_db, sqlite3_extended_errcode(m_db));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(m_statement, index); }

std::vector<unsigned char> Statement::column_blob(int index) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_statement, index));
    const int size = sqlite3_column_bytes(m_statement, index);
    if (data == nullptr || size <= 0) return {};
    return {data, data + size};
}

std::string Statement::column_text(int index) const {
    const auto* data = sqlite3_column_text(m_statement, index);
    const int size = sqlite3_column_bytes(m_statement, index);
    if (data == nullptr || size <= 0) return {};
    return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

bool Statement::column_is_null(int index) const { return sqlite3_column_type(m_statement, index) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_open) return;
    // A failed rollback (the connection is already broken) has nothing left
    // to undo: SQLite rolls back on its own when a commit fails.
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_open = false;
}

}  // namespace attune::space
