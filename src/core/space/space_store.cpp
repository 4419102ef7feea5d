#include "space_store.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <system_error>
#include <utility>

namespace attune::space {
namespace {

namespace fs = std::filesystem;

constexpr std::array<RecordKind, 4> record_kinds{RecordKind::conversation_start, RecordKind::command,
                                                 RecordKind::conversation_end, RecordKind::next_conversation};
// How far from its place a moved record is looked for, to name the swap.
constexpr std::uint64_t moved_window = 64;

const char* const schema_v1 = R"(
CREATE TABLE header(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  space_id BLOB NOT NULL,
  passphrase_salt BLOB NOT NULL, passphrase_ops INTEGER NOT NULL, passphrase_mem INTEGER NOT NULL,
  passphrase_key BLOB NOT NULL,
  recovery_salt BLOB NOT NULL, recovery_ops INTEGER NOT NULL, recovery_mem INTEGER NOT NULL,
  recovery_key BLOB NOT NULL,
  sealed_count BLOB NOT NULL,
  failed_unlocks INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE records(seq INTEGER PRIMARY KEY, sealed BLOB NOT NULL);
)";

// Format 3: where a conversation going on stood last (one row, sealed, the
// number of the conversation's first record beside it).
const char* const progress_table =
    "CREATE TABLE progress(id INTEGER PRIMARY KEY CHECK (id = 1), conversation INTEGER NOT NULL, "
    "sealed BLOB NOT NULL);";

void append_u64(Bytes& out, std::uint64_t value);

// A checksum of one wrapped key and everything its derivation reads (salt,
// costs) and its space's id, keyed by that id: BLAKE2b, libsodium's
// crypto_generichash. It needs no secret, so it cannot stop a forger (who
// gains nothing but a space that does not open); it tells damage to the
// header apart from a wrong passphrase, which must not be counted as one.
Bytes header_check(std::span<const unsigned char> space_id, std::string_view which, std::span<const unsigned char> salt,
                   std::int64_t ops, std::int64_t mem, std::span<const unsigned char> wrapped) {
    Bytes message(which.begin(), which.end());
    message.insert(message.end(), salt.begin(), salt.end());
    append_u64(message, static_cast<std::uint64_t>(ops));
    append_u64(message, static_cast<std::uint64_t>(mem));
    message.insert(message.end(), wrapped.begin(), wrapped.end());
    Bytes check(crypto_generichash_BYTES);
    const bool keyed = space_id.size() >= crypto_generichash_KEYBYTES_MIN;
    crypto_generichash(check.data(), check.size(), message.data(), message.size(), keyed ? space_id.data() : nullptr,
                       keyed ? space_id.size() : 0);
    return check;
}

// Writes both header checks from the header as it is.
void add_header_checks_of(Database& db) {
    Statement select(db,
                     "SELECT space_id, passphrase_salt, passphrase_ops, passphrase_mem, passphrase_key, "
                     "recovery_salt, recovery_ops, recovery_mem, recovery_key FROM header WHERE id = 1");
    if (!select.step()) return;
    const Bytes space_id = select.column_blob(0);
    Statement update(db, "UPDATE header SET passphrase_check = ?, recovery_check = ? WHERE id = 1");
    update
        .bind(1, header_check(space_id, "passphrase", select.column_blob(1), select.column_int(2), select.column_int(3),
                              select.column_blob(4)))
        .bind(2, header_check(space_id, "recovery", select.column_blob(5), select.column_int(6), select.column_int(7),
                              select.column_blob(8)));
    update.run();
}

// Format 2 adds the header checks of both wrapped keys.
void add_header_checks(Database& db) {
    db.exec("ALTER TABLE header ADD COLUMN passphrase_check BLOB; ALTER TABLE header ADD COLUMN recovery_check BLOB;");
    add_header_checks_of(db);
}

// Format 3 adds the progress row's table.
void add_progress_table(Database& db) { db.exec(progress_table); }

// The migrations, one per format: migrations[n] turns format n+1 into n+2;
// tests/data keeps a file of every earlier format.
const std::vector<std::function<void(Database&)>> migrations{add_header_checks, add_progress_table};

SpaceError storage_error(const SqliteError& error, const fs::path& file) {
    const std::string name = file.filename().string();
    switch (error.code()) {
        case SQLITE_FULL:
            return SpaceError(SpaceProblem::storage_full, "the disk is full: " + name + " could not be written");
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return SpaceError(SpaceProblem::damaged, name + " is damaged: " + error.what());
        case SQLITE_CANTOPEN:
            return SpaceError(SpaceProblem::not_found, name + " cannot be opened: " + error.what());
        default:
            return SpaceError(SpaceProblem::storage_failed, name + " could not be read or written: " + error.what());
    }
}

void append_u64(Bytes& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

Bytes tagged(std::span<const unsigned char> space_id, std::string_view tag) {
    Bytes out(space_id.begin(), space_id.end());
    out.insert(out.end(), tag.begin(), tag.end());
    return out;
}

// Settings every connection needs: the write-ahead log synced on every
// commit, nothing in temporary files, freed pages zeroed, and a schema that
// a hostile file cannot use to run code.
void configure(Database& db) {
    // A setting that did not take would leave the file open to what it
    // guards against, so the space is not opened at all then.
    if (sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK ||
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK)
        throw SqliteError(SQLITE_MISUSE, "the database cannot be opened defensively");
    db.exec("PRAGMA temp_store=MEMORY; PRAGMA secure_delete=ON; PRAGMA cell_size_check=ON;");
    Statement mode(db, "PRAGMA journal_mode=WAL");
    if (!mode.step() || mode.column_text(0) != "wal")
        throw SqliteError(SQLITE_IOERR, "the write-ahead log cannot be used here");
    // No checkpoint inside a command's commit: it would sync the database
    // file too and make that one command wait; Space::checkpoint runs at the
    // end of a conversation (and SQLite runs one on close).
    db.exec("PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=0;");
}

Database open_database(const fs::path& file, OpenMode mode, const SpaceOptions& options) {
    Database db(file.string(), mode, options.vfs, options.busy_timeout);
    configure(db);
    return db;
}

// Checks the format and migrates an older one; throws SpaceError.
void check_format(Database& db, const fs::path& file) {
    const auto version = db.pragma_int("user_version");
    const std::string name = file.filename().string();
    if (version <= 0) throw SpaceError(SpaceProblem::damaged, name + " is not an attune space");
    if (version > space_format_version)
        throw SpaceError(SpaceProblem::newer_version, name + " was written by a newer attune (format " +
                                                          std::to_string(version) + "); this one reads up to format " +
                                                          std::to_string(space_format_version));
    for (auto from = version; from < space_format_version; ++from) {
        Transaction transaction(db);
        migrations.at(static_cast<std::size_t>(from - 1))(db);
        db.exec("PRAGMA user_version=" + std::to_string(from + 1));
        transaction.commit();
    }
}

struct WrappedKey {
    Bytes salt;
    KdfCost cost;
    Bytes key;
};

WrappedKey wrap_for(const SecretBytes& secret, const SecretBytes& data_key, const Bytes& associated,
                    const KdfCost& cost) {
    WrappedKey wrapped{random_bytes(salt_size), cost, {}};
    const SecretBytes key = derive_key(secret.bytes(), wrapped.salt, cost);
    wrapped.key = wrap_key(data_key, associated, key);
    return wrapped;
}

Bytes sealed_count(std::uint64_t count, const Bytes& associated, const SecretBytes& key) {
    Bytes plain;
    append_u64(plain, count);
    return seal(plain, associated, key);
}

std::optional<std::uint64_t> open_count(const Bytes& sealed, const Bytes& associated, const SecretBytes& key) {
    const auto plain = open_sealed(sealed, associated, key);
    if (!plain || plain->size() != 8) return std::nullopt;
    std::uint64_t count = 0;
    for (int i = 7; i >= 0; --i) count = (count << 8) | (*plain)[static_cast<std::size_t>(i)];
    return count;
}

enum class UnlockCount { one_more, reset };

// Counts a failed attempt, or clears the count after one that opened. A file
// that cannot be written (read-only, a copy on a backup disk) is still read:
// its attempts just go uncounted, and a wrong passphrase is said as such, not
// as a storage error.
void count_unlocks(Database& db, UnlockCount change) {
    try {
        db.exec(change == UnlockCount::one_more
                    ? "UPDATE header SET failed_unlocks = failed_unlocks + 1 WHERE id = 1"
                    : "UPDATE header SET failed_unlocks = 0 WHERE id = 1 AND failed_unlocks <> 0");
    } catch (const SqliteError& error) {
        if (error.code() != SQLITE_READONLY) throw;
    }
}

void create_private_file(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw SpaceError(SpaceProblem::damaged, "a space named " + file.stem().string() + " already exists");
        throw SpaceError(SpaceProblem::storage_failed,
                         file.filename().string() + " cannot be created: " + std::strerror(errno));
    }
    // The umask may have narrowed the mode; it can never widen it, but the
    // mode is set exactly all the same.
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok) throw SpaceError(SpaceProblem::not_private, file.filename().string() + " cannot be made private");
}

}  // namespace

std::vector<fs::path> space_files(const fs::path& file) {
    return {file, fs::path(file.string() + "-wal"), fs::path(file.string() + "-shm")};
}

void make_private(const fs::path& file) {
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    if (::chmod(folder.c_str(), 0700) != 0)
        throw SpaceError(SpaceProblem::not_private, "the folder of the spaces cannot be made private");
    for (const auto& each : space_files(file)) {
        struct stat status {};
        if (::lstat(each.c_str(), &status) != 0) continue;
        if (!S_ISREG(status.st_mode))
            throw SpaceError(SpaceProblem::not_private, each.filename().string() + " is not a regular file");
        if ((status.st_mode & 0777) != 0600 && ::chmod(each.c_str(), 0600) != 0)
            throw SpaceError(SpaceProblem::not_private, each.filename().string() + " cannot be made private");
    }
}

Space::Space(fs::path file, Database db) : m_file(std::move(file)), m_db(std::move(db)) {}

Bytes Space::record_associated(std::uint64_t seq, RecordKind kind) const {
    Bytes associated = tagged(m_space_id, "record");
    append_u64(associated, seq);
    associated.push_back(static_cast<unsigned char>(kind));
    return associated;
}

Bytes Space::count_associated() const { return tagged(m_space_id, "count"); }

Bytes Space::progress_associated(std::uint64_t conversation) const {
    Bytes associated = tagged(m_space_id, "progress");
    append_u64(associated, conversation);
    return associated;
}

std::optional<OpenedRecord> Space::open_record(std::uint64_t seq, std::span<const unsigned char> sealed) const {
    for (const RecordKind kind : record_kinds)
        if (auto plain = open_sealed(sealed, record_associated(seq, kind), m_data_key))
            return OpenedRecord{seq, kind, WipedBytes{std::move(*plain)}};
    return std::nullopt;
}

Space Space::create(const fs::path& file, const SecretBytes& passphrase, const KdfCost& cost,
                    SecretBytes& recovery_code, const SpaceOptions& options) {
    ensure_sodium();
    create_private_file(file);
    try {
        Space space(file, open_database(file, OpenMode::create, options));
        space.m_space_id = random_bytes(space_id_size);
        space.m_data_key = SecretBytes(key_size);
        {
            Bytes fresh = random_bytes(key_size);
            std::memcpy(space.m_data_key.data(), fresh.data(), key_size);
            sodium_memzero(fresh.data(), fresh.size());
        }
        recovery_code = new_recovery_code();
        const auto by_passphrase = wrap_for(passphrase, space.m_data_key, tagged(space.m_space_id, "passphrase"), cost);
        const auto by_recovery = wrap_for(recovery_code, space.m_data_key, tagged(space.m_space_id, "recovery"), cost);
        Transaction transaction(space.m_db);
        space.m_db.exec(schema_v1);
        space.m_db.exec(
            "ALTER TABLE header ADD COLUMN passphrase_check BLOB; "
            "ALTER TABLE header ADD COLUMN recovery_check BLOB;");
        space.m_db.exec(progress_table);
        Statement insert(space.m_db,
                         "INSERT INTO header(id, space_id, passphrase_salt, passphrase_ops, passphrase_mem, "
                         "passphrase_key, recovery_salt, recovery_ops, recovery_mem, recovery_key, sealed_count) "
                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, space.m_space_id)
            .bind(2, by_passphrase.salt)
            .bind(3, static_cast<std::int64_t>(cost.opslimit))
            .bind(4, static_cast<std::int64_t>(cost.memlimit))
            .bind(5, by_passphrase.key)
            .bind(6, by_recovery.salt)
            .bind(7, static_cast<std::int64_t>(cost.opslimit))
            .bind(8, static_cast<std::int64_t>(cost.memlimit))
            .bind(9, by_recovery.key)
            .bind(10, sealed_count(0, space.count_associated(), space.m_data_key));
        insert.run();
        add_header_checks_of(space.m_db);
        space.m_db.exec("PRAGMA user_version=" + std::to_string(space_format_version));
        transaction.commit();
        make_private(file);
        return space;
    } catch (const SqliteError& error) {
        std::error_code ignored;
        for (const auto& each : space_files(file)) fs::remove(each, ignored);
        throw storage_error(error, file);
    } catch (...) {
        std::error_code ignored;
        for (const auto& each : space_files(file)) fs::remove(each, ignored);
        throw;
    }
}

Space Space::open(const fs::path& file, SecretKind kind, const SecretBytes& secret, CostPolicy policy,
                  const SpaceOptions& options) {
    ensure_sodium();
    std::error_code missing;
    if (!fs::is_regular_file(file, missing))
        throw SpaceError(SpaceProblem::not_found, "there is no space named " + file.stem().string());
    try {
        Space space(file, open_database(file, OpenMode::existing, options));
        check_format(space.m_db, file);
        if (options.modes == FileModes::make_private) make_private(file);
        space.read_header(policy, kind, secret);
        return space;
    } catch (const SqliteError& error) {
        throw storage_error(error, file);
    }
}

void Space::read_header(CostPolicy policy, SecretKind kind, const SecretBytes& secret) {
    const std::string name = m_file.stem().string();
    const bool by_passphrase = kind == SecretKind::passphrase;
    Statement select(m_db, by_passphrase
                               ? "SELECT space_id, passphrase_salt, passphrase_ops, passphrase_mem, passphrase_key, "
                                 "sealed_count, passphrase_check FROM header WHERE id = 1"
                               : "SELECT space_id, recovery_salt, recovery_ops, recovery_mem, recovery_key, "
                                 "sealed_count, recovery_check FROM header WHERE id = 1");
    if (!select.step()) throw SpaceError(SpaceProblem::damaged, "the space " + name + " has lost its key");
    m_space_id = select.column_blob(0);
    const Bytes salt = select.column_blob(1);
    const auto ops = select.column_int(2);
    const auto mem = select.column_int(3);
    const Bytes wrapped = select.column_blob(4);
    const Bytes count = select.column_blob(5);
    // Damage to the key this secret opens is said as such, and the other
    // way in is named; it is not counted as a failed attempt.
    const Bytes check = select.column_blob(6);
    if (check != header_check(m_space_id, by_passphrase ? "passphrase" : "recovery", salt, ops, mem, wrapped))
        throw SpaceError(
            SpaceProblem::damaged,
            by_passphrase ? "the key of the space " + name + " is damaged; the recovery code may still open it"
                          : "the recovery key of the space " + name + " is damaged; the passphrase may still open it");
    if (m_space_id.size() != space_id_size || salt.size() != salt_size || ops <= 0 || mem <= 0)
        throw SpaceError(SpaceProblem::damaged, "the key of the space " + name + " is damaged");
    const KdfCost cost{static_cast<std::uint64_t>(ops), static_cast<std::uint64_t>(mem)};
    if (!meets_production_floor(cost) && policy != CostPolicy::allow_test_costs)
        throw SpaceError(SpaceProblem::weak_cost,
                         "the space " + name + " was made with a test key cost and is not opened");
    // A cost above what this version writes is damage or tampering, and is
    // never paid: it could take all the memory or hours of work.
    const KdfCost most = maximum_cost();
    if (cost.memlimit > most.memlimit || cost.opslimit > most.opslimit)
        throw SpaceError(SpaceProblem::damaged, "the key of the space " + name + " is damaged");
    SecretBytes key;
    try {
        key = derive_key(secret.bytes(), salt, cost);
    } catch (const KdfError&) {
        throw SpaceError(SpaceProblem::damaged, "the key of the space " + name + " is damaged");
    }
    auto data_key = unwrap_key(wrapped, tagged(m_space_id, by_passphrase ? "passphrase" : "recovery"), key);
    if (!data_key) {
        count_unlocks(m_db, UnlockCount::one_more);
        throw SpaceError(SpaceProblem::wrong_secret,
                         by_passphrase ? "the space " + name + " did not open with this passphrase"
                                       : "the space " + name + " did not open with this recovery code");
    }
    m_data_key = std::move(*data_key);
    const auto counted = open_count(count, count_associated(), m_data_key);
    if (!counted) throw SpaceError(SpaceProblem::damaged, "the record count of the space " + name + " is damaged");
    m_count = *counted;
    count_unlocks(m_db, UnlockCount::reset);
}

std::uint64_t Space::append(RecordKind kind, std::span<const unsigned char> payload, ProgressRow progress) {
    const Pending one{kind, Bytes(payload.begin(), payload.end())};
    append_all(std::span<const Pending>(&one, 1), progress);
    return m_count;
}

void Space::append_all(std::span<const Pending> records, ProgressRow progress) {
    std::uint64_t seq = m_count;
    try {
        Transaction transaction(m_db);
        Statement insert(m_db, "INSERT INTO records(seq, sealed) VALUES (?, ?)");
        for (const auto& record : records) {
            ++seq;
            insert.bind(1, static_cast<std::int64_t>(seq))
                .bind(2, seal(record.payload, record_associated(seq, record.kind), m_data_key));
            insert.run();
            insert.reset();
        }
        // The sealed count moves with the records, in the same commit, so
        // that records cut from the end are noticed.
        Statement count(m_db, "UPDATE header SET sealed_count = ? WHERE id = 1");
        count.bind(1, sealed_count(seq, count_associated(), m_data_key));
        count.run();
        if (progress == ProgressRow::clear) m_db.exec("DELETE FROM progress");
        transaction.commit();
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
    m_count = seq;
}

void Space::store_progress(std::uint64_t conversation, std::span<const unsigned char> payload) {
    try {
        Statement replace(m_db, "INSERT OR REPLACE INTO progress(id, conversation, sealed) VALUES (1, ?, ?)");
        replace.bind(1, static_cast<std::int64_t>(conversation))
            .bind(2, seal(payload, progress_associated(conversation), m_data_key));
        replace.run();
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
}

std::optional<StoredProgress> Space::read_progress() {
    try {
        Statement select(m_db, "SELECT conversation, sealed FROM progress WHERE id = 1");
        if (!select.step()) return std::nullopt;
        const auto conversation = select.column_int(0);
        if (conversation <= 0) return std::nullopt;
        auto plain = open_sealed(select.column_blob(1), progress_associated(static_cast<std::uint64_t>(conversation)),
                                 m_data_key);
        if (!plain) return std::nullopt;
        return StoredProgress{static_cast<std::uint64_t>(conversation), WipedBytes{std::move(*plain)}};
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
}

std::optional<OpenedRecord> Space::read_record(std::uint64_t seq) {
    if (seq == 0 || seq > m_count) return std::nullopt;
    try {
        Statement select(m_db, "SELECT sealed FROM records WHERE seq = ?");
        select.bind(1, static_cast<std::int64_t>(seq));
        if (!select.step()) return std::nullopt;
        return open_record(seq, select.column_blob(0));
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
}

SpaceContents Space::read_all() {
    SpaceContents contents;
    contents.expected = m_count;
    // Which record a sealed blob is, when it is not the one in its place.
    auto find_moved = [this](const Bytes& sealed, std::uint64_t at) -> std::optional<std::uint64_t> {
        const std::uint64_t from = at > moved_window ? at - moved_window : 1;
        for (std::uint64_t seq = from; seq <= at + moved_window; ++seq) {
            if (seq == at) continue;
            for (const RecordKind kind : record_kinds)
                if (auto plain = open_sealed(sealed, record_associated(seq, kind), m_data_key)) {
                    WipedBytes{std::move(*plain)}.wipe();
                    return seq;
                }
        }
        return std::nullopt;
    };
    std::uint64_t next = 1;
    auto missing_up_to = [&contents, &next](std::uint64_t before) {
        if (before == next + 1)
            contents.problems.push_back("record " + std::to_string(next) + " is missing");
        else if (before > next + 1)
            contents.problems.push_back("records " + std::to_string(next) + " to " + std::to_string(before - 1) +
                                        " are missing");
    };
    try {
        Statement select(m_db, "SELECT seq, sealed FROM records ORDER BY seq");
        while (select.step()) {
            const auto row_seq = select.column_int(0);
            const Bytes sealed = select.column_blob(1);
            if (row_seq <= 0) {
                contents.problems.push_back("a record with no place in the sequence was left out");
                continue;
            }
            const auto seq = static_cast<std::uint64_t>(row_seq);
            missing_up_to(seq);
            next = seq + 1;
            std::optional<OpenedRecord> opened;
            for (const RecordKind kind : record_kinds) {
                if (auto plain = open_sealed(sealed, record_associated(seq, kind), m_data_key)) {
                    opened = OpenedRecord{seq, kind, WipedBytes{std::move(*plain)}};
                    break;
                }
            }
            if (!opened) {
                if (const auto moved = find_moved(sealed, seq))
                    contents.problems.push_back("record " + std::to_string(*moved) +
                                                " was found in the place of record " + std::to_string(seq) +
                                                ": records were moved or swapped");
                else
                    contents.problems.push_back("record " + std::to_string(seq) +
                                                " is damaged: it does not match its seal");
                continue;
            }
            if (seq > m_count) {
                contents.problems.push_back("record " + std::to_string(seq) +
                                            " lies past the end the space recorded and was left out");
                continue;
            }
            contents.records.push_back(std::move(*opened));
        }
    } catch (const SqliteError& error) {
        contents.problems.push_back("the file is damaged after record " + std::to_string(next - 1) + " (" +
                                    error.what() + ")");
        return contents;
    }
    if (next <= m_count) missing_up_to(m_count + 1);
    return contents;
}

void Space::checkpoint() {
    try {
        m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
}

void Space::change_passphrase(const SecretBytes& passphrase, const KdfCost& cost) {
    const auto wrapped = wrap_for(passphrase, m_data_key, tagged(m_space_id, "passphrase"), cost);
    try {
        Statement update(m_db,
                         "UPDATE header SET passphrase_salt = ?, passphrase_ops = ?, passphrase_mem = ?, "
                         "passphrase_key = ?, failed_unlocks = 0, passphrase_check = ? WHERE id = 1");
        const auto ops = static_cast<std::int64_t>(cost.opslimit);
        const auto mem = static_cast<std::int64_t>(cost.memlimit);
        update.bind(1, wrapped.salt)
            .bind(2, ops)
            .bind(3, mem)
            .bind(4, wrapped.key)
            .bind(5, header_check(m_space_id, "passphrase", wrapped.salt, ops, mem, wrapped.key));
        update.run();
    } catch (const SqliteError& error) {
        throw storage_error(error, m_file);
    }
    // The old wrapped key must not linger in the log or in freed pages.
    try {
        m_db.checkpoint_truncate();
    } catch (const SqliteError& error) {
        throw SpaceError(SpaceProblem::storage_failed,
                         "the new passphrase of " + m_file.stem().string() +
                             " is set, but the old one may still open a copy of its file: " + error.what() +
                             "; close other attune windows on this space and change the passphrase again");
    }
}

std::uint64_t failed_unlocks(const fs::path& file, const SpaceOptions& options) {
    try {
        Database db(file.string(), OpenMode::existing, options.vfs, options.busy_timeout);
        Statement select(db, "SELECT failed_unlocks FROM header WHERE id = 1");
        return select.step() ? static_cast<std::uint64_t>(std::max<std::int64_t>(0, select.column_int(0))) : 0;
    } catch (const SqliteError&) {
        return 0;
    }
}

std::chrono::seconds unlock_delay(std::uint64_t failures) {
    if (failures < 3) return std::chrono::seconds{0};
    const std::uint64_t doubling = std::min<std::uint64_t>(failures - 3, 6);
    return std::chrono::seconds{std::min<std::int64_t>(60, std::int64_t{1} << doubling)};
}

void destroy_key_material(const fs::path& file, const SpaceOptions& options) {
    std::error_code missing;
    if (!fs::is_regular_file(file, missing))
        throw SpaceError(SpaceProblem::not_found, "there is no space named " + file.stem().string());
    try {
        Database db = open_database(file, OpenMode::existing, options);
        // Random bytes of the same length in place of every wrapped key and
        // salt; secure_delete zeroes the freed cells, and the checkpoint
        // writes the new page over the old one in the file.
        db.exec(
            "UPDATE header SET passphrase_key = randomblob(length(passphrase_key)), "
            "recovery_key = randomblob(length(recovery_key)), passphrase_salt = randomblob(16), "
            "recovery_salt = randomblob(16), space_id = randomblob(16)");
        db.checkpoint_truncate();
    } catch (const SqliteError& error) {
        // A damaged file is forgotten all the same: SQLite cannot write its
        // header any more, and nothing in it can be read without its key.
        if (error.code() == SQLITE_CORRUPT || error.code() == SQLITE_NOTADB) return;
        throw SpaceError(SpaceProblem::storage_failed, "the keys of " + file.stem().string() +
                                                           " could not be overwritten (" + error.what() +
                                                           "); nothing was removed");
    }
}

void forget_space(const fs::path& file, const SpaceOptions& options) {
    destroy_key_material(file, options);
    for (const auto& each : space_files(file)) {
        std::error_code error;
        fs::remove(each, error);
        if (error)
            throw SpaceError(SpaceProblem::storage_failed,
                             each.filename().string() + " could not be removed: " + error.message());
    }
}

SpaceInspection inspect_space_file(const fs::path& file, SecretKind kind, const SecretBytes& secret, CostPolicy policy,
                                   const SpaceOptions& options) {
    SpaceInspection inspection;
    try {
        Space space = Space::open(file, kind, secret, policy, options);
        inspection.contents = space.read_all();
    } catch (const std::exception& error) {
        inspection.error = error.what();
    }
    return inspection;
}

}  // namespace attune::space
