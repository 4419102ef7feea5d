// Hostile and broken files: each ends in an error diagnostic, never in a
// crash, a hang or a huge allocation.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

#include "loader_test_helpers.hpp"
#include "script_loader.hpp"
#include "temp_dir.hpp"

using namespace attune;
using loader_test::all_messages;
using loader_test::only;

namespace {

constexpr std::size_t one_mib = 1024 * 1024;

ScriptLoad load(const std::string& text) { return load_script_text(text, "h.yaml"); }

// A refused file: no script, at least one error, and few messages.
void check_refused(const ScriptLoad& result) {
    INFO(all_messages(result.diagnostics));
    CHECK_FALSE(result.ok());
    CHECK(has_errors(result.diagnostics));
    CHECK(result.diagnostics.size() <= 101);
}

void check_at(const Diagnostic& d, int line, int column) {
    INFO(d.format());
    CHECK(d.pos.line == line);
    CHECK(d.pos.column == column);
}

// A valid script padded with comment lines to exactly `size` bytes.
std::string padded_script(std::size_t size) {
    std::string text = "title: Padded\nagenda: [{ title: x, steps: [say: hi] }]\n";
    const std::string line = "# " + std::string(997, 'x') + "\n";  // 1000 bytes
    while (text.size() + line.size() <= size) text += line;
    text += std::string(size - text.size() - 1, '#') + "\n";
    return text;
}

}  // namespace

TEST_CASE("hostile: more than 1 MiB is refused before parsing", "[loader]") {
    const std::string exact = padded_script(one_mib);
    REQUIRE(exact.size() == one_mib);
    CHECK(load(exact).ok());

    const std::string over = padded_script(one_mib) + "#";
    const ScriptLoad result = load(over);
    check_refused(result);
    CHECK(only(result.diagnostics, "bytes").format() ==
          "h.yaml:1:1: error: the file is 1048577 bytes, more than the limit of 1048576 bytes (1 MiB)");

    const auto path = attune::test::temp_dir() / "attune_loader_oversized.yaml";
    std::ofstream(path, std::ios::binary) << over;
    const ScriptLoad from_file = load_script_file(path);
    std::filesystem::remove(path);
    check_refused(from_file);
    check_at(only(from_file.diagnostics, "larger than the limit of 1048576 bytes"), 1, 1);
}

TEST_CASE("hostile: invalid UTF-8 is refused at the first bad byte", "[loader]") {
    const ScriptLoad result = load("title: Grüße\ndescription: ä\xFF\x41\nagenda: []\n");
    check_refused(result);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].format() ==
          "h.yaml:2:15: error: the file is not valid UTF-8: the byte 0xFF here is not part of any "
          "character; save the file as UTF-8");
    // Overlong form, UTF-16 surrogate, a character cut short (by a plain
    // letter, by the end of the file): reported where the character starts.
    check_at(only(load("title: \xC0\xAF\n").diagnostics, "0xC0 here is not part of any character"), 1, 8);
    check_at(only(load("title: a\xED\xA0\x80\n").diagnostics, "0xED here starts a character that is cut off"), 1, 9);
    check_at(only(load("title: \xC3\x41\n").diagnostics, "0xC3 here starts a character"), 1, 8);
    check_at(only(load("title: ab\xE2\x82").diagnostics, "0xE2 here starts a character"), 1, 10);
    // A UTF-16 file starts with a byte order mark that is no UTF-8.
    check_refused(load(std::string("\xFF\xFEt\0i\0", 6)));
}

TEST_CASE("hostile: deep nesting stops early", "[loader]") {
    const ScriptLoad flow = load(std::string(10000, '['));
    check_refused(flow);
    check_at(only(flow.diagnostics, "nested more than 20 levels"), 1, 21);

    std::string spread = "title: x\nagenda: ";
    for (int i = 0; i < 10000; ++i) spread += "[{a: \n";
    check_refused(load(spread));

    std::string block = "title: x\nagenda:\n";
    for (int i = 0; i < 1000; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "- \n";
    const ScriptLoad deep_block = load(block);
    check_refused(deep_block);
    CHECK(only(deep_block.diagnostics, "nested more than 20 levels").pos.line == 22);

    std::string compact = "title: x\nagenda:\n";
    for (int i = 0; i < 400; ++i) compact += "- - - - - - - - - - - - - - - - - - - - - - - - x\n";
    check_refused(load(compact));
}

TEST_CASE("hostile: billion laughs with anchors and aliases", "[loader]") {
    std::string text =
        "title: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char name = 'b'; name <= 'j'; ++name) {
        const std::string previous(1, static_cast<char>(name - 1));
        text += std::string(1, name) + ": &" + name + " [";
        for (int i = 0; i < 9; ++i) text += (i ? ",*" : "*") + previous;
        text += "]\n";
    }
    text += "agenda: *j\n";
    const ScriptLoad result = load(text);
    check_refused(result);
    check_at(result.diagnostics.at(0), 2, 1);  // unknown key 'a'
    const Diagnostic first_anchor = [&] {
        for (const auto& d : result.diagnostics) {
            if (d.message.find("anchors ('&name') are not supported") != std::string::npos) return d;
        }
        FAIL("no anchor message");
        return Diagnostic{};
    }();
    check_at(first_anchor, 2, 4);
    // Aliases are refused where they stand, never expanded.
    const auto alias = std::find_if(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& d) {
        return d.message.find("aliases ('*name') are not supported") != std::string::npos;
    });
    REQUIRE(alias != result.diagnostics.end());
    check_at(*alias, 3, 8);
}

TEST_CASE("hostile: duplicate keys", "[loader]") {
    const ScriptLoad result = load(
        "title: a\nagenda: [{ title: x, steps: [say: hi], title: y }]\n"
        "pause: { max: 1, max: 2 }\n");
    check_refused(result);
    check_at(only(result.diagnostics, "the key 'title' appears a second time"), 2, 40);
    check_at(only(result.diagnostics, "the key 'max' appears a second time"), 3, 18);
}

TEST_CASE("hostile: a second document", "[loader]") {
    const ScriptLoad result = load("title: a\nagenda: [{ title: x, steps: [say: hi] }]\n---\ntitle: b\n");
    check_refused(result);
    check_at(only(result.diagnostics, "a second YAML document starts here"), 3, 1);
    // "..." ends the one document; nothing may follow it.
    check_refused(load("title: a\nagenda: [{ title: x, steps: [say: hi] }]\n...\n[1]\n"));
    CHECK(load("---\ntitle: a\nagenda: [{ title: x, steps: [say: hi] }]\n...\n").ok());
}

TEST_CASE("hostile: binary junk", "[loader]") {
    std::mt19937 random(20240601);
    for (int round = 0; round < 20; ++round) {
        std::string junk(4096, '\0');
        for (char& c : junk) c = static_cast<char>(random() & 0xFF);
        check_refused(load(junk));
    }
    // Valid UTF-8 with control characters, as in many binary formats.
    const ScriptLoad control = load(std::string("title: ok\nagenda:\x01\x02\0\n", 21));
    check_refused(control);
    check_at(only(control.diagnostics, "control character U+0001"), 2, 8);
    // Printable junk that is no YAML at all.
    std::string printable;
    for (int i = 0; i < 20000; ++i) printable += "{}[]:-?&*!|>'\"%@`,#"[random() % 19];
    check_refused(load(printable));
}

TEST_CASE("hostile: a 100k-character line", "[loader]") {
    const ScriptLoad result =
        load("title: " + std::string(100000, 'x') + "\nagenda: [{ title: x, steps: [say: hi] }]\n");
    check_refused(result);
    CHECK(only(result.diagnostics, "characters long").format() ==
          "h.yaml:1:10001: error: this line is 100007 characters long; a line can have at most 10000");
}

TEST_CASE("hostile: tabs for indentation", "[loader]") {
    const ScriptLoad result = load("title: a\nagenda:\n  - title: x\n\tsteps: [say: hi]\n  \t- x\n");
    check_refused(result);
    REQUIRE(result.diagnostics.size() == 2);
    check_at(result.diagnostics[0], 4, 1);
    check_at(result.diagnostics[1], 5, 3);
    // A tab inside a text is fine.
    CHECK(load("title: a\tb\nagenda: [{ title: x, steps: [say: hi] }]\n").ok());
}

TEST_CASE("hostile: many entries stay within bounds", "[loader]") {
    std::string many = "title: t\nagenda:\n";
    while (many.size() < 1000000) many += "  - { title: x, steps: [say: hi], oops: 1 }\n";
    const ScriptLoad result = load(many);
    check_refused(result);
    CHECK(result.diagnostics.size() == 101);
    CHECK(result.diagnostics.back().message.find("more problems from here on are not shown") != std::string::npos);
}

TEST_CASE("hostile: thousands of unknown gotos, the messages shown keep their suggestion", "[loader]") {
    std::string text = "title: t\nagenda:\n";
    for (int i = 0; i < 3000; ++i) {
        const std::string n = std::to_string(i);
        text += "  - { id: item" + n +
                ", title: x, steps: [{ choice: { question: q, options: "
                "[{ label: l, goto: itme" +
                n + " }] } }] }\n";
    }
    const ScriptLoad result = load(text);
    check_refused(result);
    REQUIRE(result.diagnostics.size() == 101);
    for (std::size_t i = 0; i < 100; ++i) {
        INFO(result.diagnostics[i].format());
        CHECK(result.diagnostics[i].message == "no agenda item has the id 'itme" + std::to_string(i) +
                                                   "'; did you mean 'item" + std::to_string(i) + "'?");
    }
}
