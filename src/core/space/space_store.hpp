#pragma once
// One space: one SQLite database, sealed record by record.
//
// The file holds a header row (the space's random id, each wrapped copy of
// the data key with its salt and Argon2id cost, the sealed number of
// records, the count of failed unlocks) and the records, each sealed with
// the data key. Its name is the code name; nothing else is readable without
// the passphrase or the recovery code.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "secret_bytes.hpp"
#include "space_crypto.hpp"
#include "space_records.hpp"
#include "sqlite_handles.hpp"

namespace attune::space {

// The schema this version writes (PRAGMA user_version); older ones are
// migrated on opening, newer ones refused.
constexpr int space_format_version = 3;

enum class SpaceProblem {
    not_found,       // no such space
    wrong_secret,    // the passphrase or recovery code does not open it
    damaged,         // the file cannot be read as a space
    newer_version,   // written by a newer attune
    weak_cost,       // its key derivation is below the production floor
    storage_full,    // the disk is full
    storage_failed,  // an I/O error
    not_private,     // its files are readable by others and cannot be made private
};

class SpaceError : public std::runtime_error {
public:
    SpaceError(SpaceProblem problem, const std::string& what) : std::runtime_error(what), m_problem(problem) {}
    SpaceProblem problem() const { return m_problem; }

private:
    SpaceProblem m_problem;
};

// Whether a stored cost below the production floor may be used. Only tests
// allow it: such a space can exist only when a test made it, because every
// production path derives its keys with the calibrated cost.
enum class CostPolicy { production, allow_test_costs };

enum class SecretKind { passphrase, recovery_code };

// A record as read back: its place, its kind and its opened payload.
struct OpenedRecord {
    std::uint64_t seq = 0;
    RecordKind kind = RecordKind::command;
    WipedBytes payload;  // wiped with the record, once it has been decoded
};

// Everything readable in a space, and one sentence for each thing that is not.
struct SpaceContents {
    std::vector<OpenedRecord> records;  // in sequence order, the damaged ones left out
    std::vector<std::string> problems;
    std::uint64_t expected = 0;  // how many records the header says there are
};

// Whether an append leaves the progress row as it is or clears it in the
// same commit (a conversation's end: its progress must not outlive it).
enum class ProgressRow { keep, clear };

// The progress of the conversation going on, as stored: the sequence number
// of that conversation's first record and the opened payload.
struct StoredProgress {
    std::uint64_t conversation = 0;
    WipedBytes payload;
};

// Whether opening a space makes its folder and files private (the program
// always does) or leaves them as they are (a tool or a fuzzer reading a copy
// somewhere else must not change that folder's permissions).
enum class FileModes { make_private, leave };

struct SpaceOptions {
    std::string vfs;  // empty: SQLite's default (tests pass a fault-injecting one)
    FileModes modes = FileModes::make_private;
    std::chrono::milliseconds busy_timeout = default_busy_timeout;
};

class Space {
public:
    // Creates `file` (which must not exist) with a new data key wrapped by
    // `passphrase` and by a new recovery code, which `recovery_code` receives.
    static Space create(const std::filesystem::path& file, const SecretBytes& passphrase, const KdfCost& cost,
                        SecretBytes& recovery_code, const SpaceOptions& options = {});
    // Opens with the passphrase or the recovery code; throws SpaceError. A
    // wrong secret is counted in the header (see unlock_delay).
    static Space open(const std::filesystem::path& file, SecretKind kind, const SecretBytes& secret, CostPolicy policy,
                      const SpaceOptions& options = {});

    // Seals and appends a record; durable when it returns (one synced
    // transaction). Throws SpaceError (storage_full, storage_failed).
    std::uint64_t append(RecordKind kind, std::span<const unsigned char> payload,
                         ProgressRow progress = ProgressRow::keep);
    // Several records in one synced transaction: all of them or none (an
    // import, or the benchmark's year of conversations).
    struct Pending {
        RecordKind kind;
        Bytes payload;
    };
    void append_all(std::span<const Pending> records, ProgressRow progress = ProgressRow::keep);
    // Replaces the one progress row (format 3) with `payload` sealed for the
    // conversation whose first record is `conversation`: its associated data
    // binds it to this space and to that record, so that it cannot be taken
    // for another conversation's. Durable when it returns; throws like append.
    void store_progress(std::uint64_t conversation, std::span<const unsigned char> payload);
    // The progress row, or nothing when there is none or it does not open
    // (then the commands alone say where the conversation went).
    std::optional<StoredProgress> read_progress();
    // One record, or nothing when it is missing or does not open.
    std::optional<OpenedRecord> read_record(std::uint64_t seq);
    // Copies the write-ahead log into the database file, so that the log
    // is reused from its start and a command's commit never waits for a
    // checkpoint or for the log to grow (call it between conversations).
    void checkpoint();
    // Every record that opens, and what is wrong with the others.
    SpaceContents read_all();
    // Wraps the data key anew for `passphrase`; the records stay as they are.
    void change_passphrase(const SecretBytes& passphrase, const KdfCost& cost);

    std::uint64_t record_count() const { return m_count; }
    const std::filesystem::path& file() const { return m_file; }

private:
    Space(std::filesystem::path file, Database db);
    void read_header(CostPolicy policy, SecretKind kind, const SecretBytes& secret);
    Bytes record_associated(std::uint64_t seq, RecordKind kind) const;
    Bytes count_associated() const;
    Bytes progress_associated(std::uint64_t conversation) const;
    std::optional<OpenedRecord> open_record(std::uint64_t seq, std::span<const unsigned char> sealed) const;

    std::filesystem::path m_file;
    Database m_db;
    Bytes m_space_id;
    SecretBytes m_data_key;
    std::uint64_t m_count = 0;
};

// How many unlocks failed since the last one that worked (0 when the file
// cannot be read).
std::uint64_t failed_unlocks(const std::filesystem::path& file, const SpaceOptions& options = {});
// How long to wait before the next attempt after `failures` wrong ones:
// none for the first three typos, then 1 s, 2 s, 4 s ... up to a minute.
std::chrono::seconds unlock_delay(std::uint64_t failures);

// Overwrites both wrapped keys and their salts with random bytes and
// checkpoints the write-ahead log into the file: nothing can open it after.
// Throws SpaceError(storage_failed) when that could not be done (another
// program holds the file); a file too damaged for SQLite is left as it is.
void destroy_key_material(const std::filesystem::path& file, const SpaceOptions& options = {});
// Destroys the key material (both wrapped keys and their salts are
// overwritten and the write-ahead log checkpointed into the file), then
// removes the database and its companion files. Needs no passphrase: whoever
// may delete the files may forget the space. Throws SpaceError, removing
// nothing, when the key material could not be destroyed.
void forget_space(const std::filesystem::path& file, const SpaceOptions& options = {});

// The files of a space: the database and SQLite's -wal and -shm beside it.
std::vector<std::filesystem::path> space_files(const std::filesystem::path& file);
// Makes the space's folder 0700 and its files 0600 and checks that they are;
// throws SpaceError(not_private) when they cannot be made so.
void make_private(const std::filesystem::path& file);

// Opens a space file from a path and reads every record, for tools and the
// fuzzer: the error as a sentence, or what was readable. It leaves the
// file's and its folder's permissions as they are unless `options` say otherwise.
struct SpaceInspection {
    std::optional<std::string> error;
    SpaceContents contents;
};
SpaceInspection inspect_space_file(const std::filesystem::path& file, SecretKind kind, const SecretBytes& secret,
                                   CostPolicy policy, const SpaceOptions& options = SpaceOptions{{}, FileModes::leave});

}  // namespace attune::space
