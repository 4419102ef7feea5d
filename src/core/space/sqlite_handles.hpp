#pragma once
// RAII for SQLite: a connection and a prepared statement, each released
// exactly once, and every failure turned into an exception that keeps
// SQLite's result code (disk full and I/O errors must reach the caller as
// such, so that the kiosk can say what happened).
#include <chrono>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace attune::space {

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& what) : std::runtime_error(what), m_code(code) {}
    // The primary result code (SQLITE_FULL, SQLITE_IOERR, SQLITE_CORRUPT, ...).
    int code() const { return m_code & 0xff; }
    int extended_code() const { return m_code; }

private:
    int m_code;
};

enum class OpenMode { existing, create };

// How long a connection waits for another one (a second attune on the same
// space) before it reports the database as busy.
inline constexpr std::chrono::milliseconds default_busy_timeout{5000};

class Database {
public:
    // `vfs` empty: the default one (tests pass their fault-injecting VFS).
    // A symbolic link in the file's place is refused.
    Database(const std::string& path, OpenMode mode, const std::string& vfs = {},
             std::chrono::milliseconds busy_timeout = default_busy_timeout);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);
    std::int64_t pragma_int(const std::string& pragma);
    // Copies the whole write-ahead log into the database file and empties
    // it; throws SqliteError(SQLITE_BUSY) when another connection kept it
    // from finishing, which SQLite reports only in the pragma's result row.
    void checkpoint_truncate();
    sqlite3* handle() const { return m_db; }
    void close();

private:
    sqlite3* m_db = nullptr;
};

class Statement {
public:
    Statement(Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::span<const unsigned char> blob);
    // true while there is a row; throws on an error.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::int64_t column_int(int index) const;
    std::vector<unsigned char> column_blob(int index) const;
    std::string column_text(int index) const;
    bool column_is_null(int index) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

// A transaction rolled back unless committed (an exception on the way out
// leaves the database as it was).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

}  // namespace attune::space
