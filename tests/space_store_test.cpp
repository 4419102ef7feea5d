// A space on disk: its keys, its seals, its permissions, and every kind of
// damage named while what is intact stays readable.
#include <sqlite3.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "space_name.hpp"
#include "space_test_support.hpp"
#include "sqlite_handles.hpp"

using namespace attune;
using namespace attune::space;
using namespace attune::test;

namespace {

// Appends `count` small command records, numbered in their text.
void append_commands(Space& space, int count) {
    for (int i = 1; i <= count; ++i)
        space.append(RecordKind::command,
                     encode(CommandRecord{std::chrono::seconds{i}, cmd::AgreementText{"text " + std::to_string(i)}}));
}

// Runs SQL on a space's file behind its back, as damage or an attacker would.
void tamper(const std::filesystem::path& file, const std::string& sql) {
    Database db(file.string(), OpenMode::existing);
    db.exec(sql);
}

std::vector<std::uint64_t> seqs_of(const SpaceContents& contents) {
    std::vector<std::uint64_t> seqs;
    for (const auto& record : contents.records) seqs.push_back(record.seq);
    return seqs;
}

std::string all_problems(const SpaceContents& contents) {
    std::string text;
    for (const auto& problem : contents.problems) text += problem + "\n";
    return text;
}

}  // namespace

TEST_CASE("a space opens with its passphrase and with its recovery code, not with another", "[space]") {
    const auto folder = fresh_folder("keys");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 3);
    CHECK(grouped_recovery_code(made.recovery_code).size() == 29);  // 6 groups of 4 and 5 dashes

    CHECK(open_test_space(made.file).read_all().records.size() == 3);
    const auto typed =
        normalize_recovery_code(" " + std::string(grouped_recovery_code(made.recovery_code).text()) + "\n");
    REQUIRE(typed);
    Space by_code = Space::open(made.file, SecretKind::recovery_code, *typed, CostPolicy::allow_test_costs);
    CHECK(by_code.read_all().records.size() == 3);

    try {
        open_test_space(made.file, "correct horse battery!");
        FAIL("a wrong passphrase opened the space");
    } catch (const SpaceError& error) {
        CHECK(error.problem() == SpaceProblem::wrong_secret);
        CHECK(std::string(error.what()) == "the space river did not open with this passphrase");
    }
    CHECK(failed_unlocks(made.file) == 1);
    CHECK_THROWS_AS(open_test_space(made.file, "another one"), SpaceError);
    CHECK(failed_unlocks(made.file) == 2);
    open_test_space(made.file);
    CHECK(failed_unlocks(made.file) == 0);
}

TEST_CASE("the wait before another attempt grows after repeated failures", "[space]") {
    CHECK(unlock_delay(0).count() == 0);
    CHECK(unlock_delay(2).count() == 0);
    CHECK(unlock_delay(3).count() == 1);
    CHECK(unlock_delay(4).count() == 2);
    CHECK(unlock_delay(6).count() == 8);
    CHECK(unlock_delay(100).count() == 60);
}

TEST_CASE("a new passphrase re-wraps the key and leaves the records as they were", "[space]") {
    const auto folder = fresh_folder("rewrap");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 2);
    Database before(made.file.string(), OpenMode::existing);
    std::string sealed_before;
    {
        // The read ends here: an open one would keep the old wrapped key in
        // the log, and the new passphrase would be reported as not final.
        Statement records(before, "SELECT group_concat(hex(sealed)) FROM records");
        REQUIRE(records.step());
        sealed_before = records.column_text(0);
    }

    made.space.change_passphrase(secret("a brand new passphrase"), minimum_test_cost());
    CHECK_THROWS_AS(open_test_space(made.file), SpaceError);
    CHECK(open_test_space(made.file, "a brand new passphrase").read_all().records.size() == 2);
    Statement again(before, "SELECT group_concat(hex(sealed)) FROM records");
    REQUIRE(again.step());
    CHECK(again.column_text(0) == sealed_before);
}

TEST_CASE("a space made with a test key cost opens only where test costs are allowed", "[space]") {
    const auto folder = fresh_folder("cost");
    const TestSpace made = make_test_space(folder, "river");
    try {
        Space::open(made.file, SecretKind::passphrase, secret("correct horse battery"), CostPolicy::production);
        FAIL("a weak space opened");
    } catch (const SpaceError& error) {
        CHECK(error.problem() == SpaceProblem::weak_cost);
    }
    CHECK(meets_production_floor(production_floor()));
    CHECK(production_floor().memlimit >= 256ull * 1024 * 1024);
    CHECK(production_floor().opslimit >= 3);
    CHECK_FALSE(meets_production_floor(minimum_test_cost()));
}

TEST_CASE("a flipped byte in a record names that record and the others stay readable", "[space]") {
    const auto folder = fresh_folder("flip");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 5);
    {
        Database db(made.file.string(), OpenMode::existing);
        Statement select(db, "SELECT sealed FROM records WHERE seq = 3");
        REQUIRE(select.step());
        Bytes sealed = select.column_blob(0);
        sealed.at(30) ^= 0x01;
        Statement update(db, "UPDATE records SET sealed = ? WHERE seq = 3");
        update.bind(1, sealed).run();
    }
    const SpaceContents contents = open_test_space(made.file).read_all();
    CHECK(seqs_of(contents) == std::vector<std::uint64_t>{1, 2, 4, 5});
    CHECK(all_problems(contents) == "record 3 is damaged: it does not match its seal\n");
}

TEST_CASE("a deleted record is named as missing", "[space]") {
    const auto folder = fresh_folder("delete");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 5);
    tamper(made.file, "DELETE FROM records WHERE seq = 2");
    const SpaceContents contents = open_test_space(made.file).read_all();
    CHECK(seqs_of(contents) == std::vector<std::uint64_t>{1, 3, 4, 5});
    CHECK(all_problems(contents) == "record 2 is missing\n");
}

TEST_CASE("records cut from the end are named as missing", "[space]") {
    const auto folder = fresh_folder("cut");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 5);
    tamper(made.file, "DELETE FROM records WHERE seq >= 4");
    const SpaceContents contents = open_test_space(made.file).read_all();
    CHECK(seqs_of(contents) == std::vector<std::uint64_t>{1, 2, 3});
    CHECK(all_problems(contents) == "records 4 to 5 are missing\n");
}

TEST_CASE("two swapped records are named as moved", "[space]") {
    const auto folder = fresh_folder("swap");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 5);
    tamper(made.file,
           "UPDATE records SET seq = -1 WHERE seq = 2; UPDATE records SET seq = 2 WHERE seq = 4;"
           "UPDATE records SET seq = 4 WHERE seq = -1;");
    const SpaceContents contents = open_test_space(made.file).read_all();
    CHECK(seqs_of(contents) == std::vector<std::uint64_t>{1, 3, 5});
    CHECK(all_problems(contents) ==
          "record 4 was found in the place of record 2: records were moved or swapped\n"
          "record 2 was found in the place of record 4: records were moved or swapped\n");
}

TEST_CASE("a record copied from another space does not open there", "[space]") {
    const auto folder = fresh_folder("foreign");
    TestSpace first = make_test_space(folder, "first");
    TestSpace second = make_test_space(folder, "second", "correct horse battery");
    append_commands(first.space, 2);
    append_commands(second.space, 2);
    tamper(second.file, "ATTACH '" + first.file.string() +
                            "' AS other; UPDATE records SET sealed = (SELECT sealed FROM other.records WHERE seq = 1) "
                            "WHERE seq = 1;");
    const SpaceContents contents = open_test_space(second.file).read_all();
    CHECK(seqs_of(contents) == std::vector<std::uint64_t>{2});
    CHECK(all_problems(contents) == "record 1 is damaged: it does not match its seal\n");
}

TEST_CASE("a space from a newer attune is refused with a clear line", "[space]") {
    const auto folder = fresh_folder("newer");
    const auto file = make_test_space(folder, "river").file;
    tamper(file, "PRAGMA user_version = 7");
    try {
        open_test_space(file);
        FAIL("a newer space opened");
    } catch (const SpaceError& error) {
        CHECK(error.problem() == SpaceProblem::newer_version);
        CHECK(std::string(error.what()) ==
              "river.space was written by a newer attune (format 7); this one reads up to format 3");
    }
}

TEST_CASE("a truncated space file is reported as damaged", "[space]") {
    const auto folder = fresh_folder("truncated");
    std::filesystem::path file;
    {
        TestSpace made = make_test_space(folder, "river");
        append_commands(made.space, 400);
        file = made.file;
    }
    const auto size = std::filesystem::file_size(file);
    REQUIRE(size > 8192);
    std::filesystem::resize_file(file, size / 2);
    ::chmod(folder.c_str(), 0750);
    const SpaceInspection inspection =
        inspect_space_file(file, SecretKind::passphrase, secret("correct horse battery"), CostPolicy::allow_test_costs);
    // Reading for a tool or a fuzzer leaves the folder as it was.
    struct stat status {};
    REQUIRE(::stat(folder.c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0750);
    INFO(inspection.error.value_or("no error") << "\n" << all_problems(inspection.contents));
    if (inspection.error) {
        CHECK_THAT(*inspection.error, Catch::Contains("damaged") || Catch::Contains("malformed"));
    } else {
        CHECK_FALSE(inspection.contents.problems.empty());
        CHECK(inspection.contents.records.size() < 400);
    }
}

TEST_CASE("a space's folder is 0700 and its files 0600 whatever the umask", "[space]") {
    const auto folder = fresh_folder("modes");
    ::chmod(folder.c_str(), 0755);
    const mode_t old_umask = ::umask(0);
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 1);
    ::umask(old_umask);
    struct stat status {};
    REQUIRE(::stat(folder.c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0700);
    int files = 0;
    for (const auto& each : space_files(made.file)) {
        if (::stat(each.c_str(), &status) != 0) continue;
        ++files;
        INFO(each);
        CHECK((status.st_mode & 0777) == 0600);
    }
    CHECK(files == 3);  // the database, its write-ahead log and its index, while it is open
}

TEST_CASE("a code name is a safe file name", "[space]") {
    CHECK_FALSE(code_name_problem("river"));
    CHECK_FALSE(code_name_problem("Fluss am Abend"));
    CHECK(code_name_problem("") == "it is empty");
    CHECK(code_name_problem("a/b") == "it contains '/'");
    CHECK(code_name_problem("..") == "it contains '..'");
    CHECK(code_name_problem(".hidden") == "it starts with '.'");
    CHECK(code_name_problem("tab\there") == "it contains a control character");
    CHECK(code_name_problem(std::string(65, 'x')) == "it is longer than 64 bytes");
    CHECK_FALSE(code_name_problem(std::string(64, 'x')));
    CHECK(code_name_problem("bad \xff") == "it is not valid UTF-8");
}

TEST_CASE("forgetting a space destroys its keys, then its files", "[space]") {
    const auto folder = fresh_folder("forget");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 2);
    // The first half alone: what a copy of the file taken at that moment
    // (or its blocks left on the disk) would still hold opens no more.
    destroy_key_material(made.file);
    CHECK_THROWS_AS(open_test_space(made.file), SpaceError);
    CHECK_THROWS_AS(Space::open(made.file, SecretKind::recovery_code, made.recovery_code, CostPolicy::allow_test_costs),
                    SpaceError);
    forget_space(made.file);
    for (const auto& each : space_files(made.file)) CHECK_FALSE(std::filesystem::exists(each));
    CHECK(space_names(folder).empty());
}

TEST_CASE("the version 1 fixture opens and reads", "[space]") {
    // tests/data/space-v1.space was written by tests/write_space_fixture.cpp
    // (`cmake --build build --target attune_write_space_fixture`, then run
    // it) with the passphrase used here.
    const auto folder = fresh_folder("fixture");
    const auto file = folder / "fixture.space";
    std::filesystem::copy_file(std::filesystem::path(ATTUNE_TEST_DATA) / "space-v1.space", file);
    Space space = open_test_space(file, "fixture passphrase");
    const SpaceContents contents = space.read_all();
    CHECK(contents.problems.empty());
    const KeptHistory history = read_history(contents);
    REQUIRE(history.conversations.size() == 1);
    CHECK(history.conversations[0].start.script_title == "Fixture conversation");
    CHECK(history.conversations[0].commands.size() == 3);
    REQUIRE(history.conversations[0].end);
    CHECK(history.conversations[0].end->agreements.at(0).text == "We keep Sunday evenings free");
}

TEST_CASE("the version 2 fixture opens and reads, its interrupted conversation included", "[space]") {
    // tests/data/space-v2.space was written by tests/write_space_fixture.cpp
    // at format 2: an ended conversation, then one that did not end.
    const auto folder = fresh_folder("fixture-v2");
    const auto file = folder / "fixture.space";
    std::filesystem::copy_file(std::filesystem::path(ATTUNE_TEST_DATA) / "space-v2.space", file);
    Space space = open_test_space(file, "fixture passphrase");
    const SpaceContents contents = space.read_all();
    CHECK(contents.problems.empty());
    const KeptHistory history = read_history(contents);
    REQUIRE(history.conversations.size() == 2);
    REQUIRE(history.conversations[0].end);
    CHECK(history.conversations[0].end->agreements.at(0).text == "We keep Sunday evenings free");
    CHECK(history.conversations[1].start.script_title == "Interrupted conversation");
    CHECK(history.conversations[1].commands.size() == 2);
    CHECK_FALSE(history.conversations[1].end);
}

namespace {

// Another connection reading the space: it keeps the write-ahead log from
// being emptied until it ends, as a second attune window would.
struct OtherReader {
    explicit OtherReader(const std::filesystem::path& file) : db(file.string(), OpenMode::existing) {
        db.exec("BEGIN");
        Statement read(db, "SELECT count(*) FROM records");
        read.step();
    }
    ~OtherReader() { sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr); }
    Database db;
};

}  // namespace

TEST_CASE("forget refuses, removing nothing, while another program keeps the old keys in the log", "[space]") {
    const auto folder = fresh_folder("forget-busy");
    SpaceOptions options;
    options.busy_timeout = std::chrono::milliseconds{50};
    TestSpace made = make_test_space(folder, "river", "correct horse battery", options);
    append_commands(made.space, 2);
    {
        OtherReader reader(made.file);
        CHECK_THROWS_AS(forget_space(made.file, options), SpaceError);
        CHECK(std::filesystem::exists(made.file));
    }
    forget_space(made.file, options);
    CHECK_FALSE(std::filesystem::exists(made.file));
}

TEST_CASE("forget refuses while another program is writing the space", "[space]") {
    const auto folder = fresh_folder("forget-locked");
    SpaceOptions options;
    options.busy_timeout = std::chrono::milliseconds{50};
    TestSpace made = make_test_space(folder, "river", "correct horse battery", options);
    Database writer(made.file.string(), OpenMode::existing);
    writer.exec("BEGIN IMMEDIATE");
    CHECK_THROWS_AS(forget_space(made.file, options), SpaceError);
    CHECK(std::filesystem::exists(made.file));
    writer.exec("ROLLBACK");
}

TEST_CASE("a new passphrase is reported as not final while the old wrapped key stays in the log", "[space]") {
    const auto folder = fresh_folder("passphrase-busy");
    SpaceOptions options;
    options.busy_timeout = std::chrono::milliseconds{50};
    TestSpace made = make_test_space(folder, "river", "correct horse battery", options);
    OtherReader reader(made.file);
    CHECK_THROWS_AS(made.space.change_passphrase(secret("a new one for us"), minimum_test_cost()), SpaceError);
}

TEST_CASE("two connections wait for each other instead of failing at once", "[space]") {
    const auto folder = fresh_folder("busy-wait");
    TestSpace made = make_test_space(folder, "river");
    Database writer(made.file.string(), OpenMode::existing);
    writer.exec("BEGIN IMMEDIATE");
    std::thread release([&writer] {
        std::this_thread::sleep_for(std::chrono::milliseconds{200});
        writer.exec("COMMIT");
    });
    CHECK_NOTHROW(append_commands(made.space, 1));
    release.join();
}

namespace {

// Opens the space after `sql` changed its header, and says which problem
// that was reported as.
SpaceProblem problem_after(const std::string& folder_name, const std::string& sql) {
    const auto folder = fresh_folder(folder_name);
    const std::filesystem::path file = make_test_space(folder, "river").file;
    {
        Database db(file.string(), OpenMode::existing);
        db.exec(sql);
    }
    try {
        open_test_space(file);
    } catch (const SpaceError& error) {
        CHECK(failed_unlocks(file) == 0);
        return error.problem();
    }
    FAIL("the space opened");
    return SpaceProblem::damaged;
}

}  // namespace

TEST_CASE("a stored key cost above what this version writes is damage, and is never paid", "[space]") {
    CHECK(problem_after("cost-memory", "UPDATE header SET passphrase_mem = passphrase_mem + " +
                                           std::to_string(maximum_cost().memlimit)) == SpaceProblem::damaged);
    CHECK(problem_after("cost-passes", "UPDATE header SET passphrase_ops = " +
                                           std::to_string(maximum_cost().opslimit + 1)) == SpaceProblem::damaged);
}

TEST_CASE("a stored key cost that Argon2id refuses is damage, not a lack of memory", "[space]") {
    CHECK(problem_after("cost-refused", "UPDATE header SET passphrase_mem = 1") == SpaceProblem::damaged);
}

TEST_CASE("a damaged key is said as such, not as a wrong passphrase, and the recovery code still opens", "[space]") {
    const auto folder = fresh_folder("header-damage");
    TestSpace made = make_test_space(folder, "river");
    append_commands(made.space, 2);
    {
        Database db(made.file.string(), OpenMode::existing);
        db.exec(
            "UPDATE header SET passphrase_key = substr(passphrase_key, 1, 10) || "
            "zeroblob(1) || substr(passphrase_key, 12)");
    }
    try {
        open_test_space(made.file);
        FAIL("the space opened");
    } catch (const SpaceError& error) {
        CHECK(error.problem() == SpaceProblem::damaged);
        CHECK(std::string(error.what()) ==
              "the key of the space river is damaged; the recovery code may still open it");
    }
    CHECK(failed_unlocks(made.file) == 0);
    Space opened = Space::open(made.file, SecretKind::recovery_code, made.recovery_code, CostPolicy::allow_test_costs);
    CHECK(opened.read_all().records.size() == 2);
    // A wrong passphrase on an intact header is still refused as one.
    opened.change_passphrase(secret("correct horse battery"), minimum_test_cost());
    try {
        open_test_space(made.file, "not our passphrase");
        FAIL("the space opened");
    } catch (const SpaceError& error) {
        CHECK(error.problem() == SpaceProblem::wrong_secret);
    }
    CHECK(failed_unlocks(made.file) == 1);
}
