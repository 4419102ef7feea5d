// The YAML tree shared by the script and theme loaders.
#include <catch2/catch.hpp>

#include "yaml_tree.hpp"

using namespace attune;
using namespace attune::yaml;

TEST_CASE("yaml tree: kinds, styles, order and positions", "[loader]") {
    const YamlParse parse = parse_yaml(
        "b: plain\n"
        "a: 'single'\n"
        "c: \"double\"\n"
        "d:\n"
        "e: ~\n"
        "f: [1, {g: h}]\n"
        "äö: 😀 x\n",
        "t.yaml");
    REQUIRE(parse.ok());
    REQUIRE(parse.tree_complete);
    const Node& root = parse.root;
    REQUIRE(root.is_map());
    REQUIRE(root.entries.size() == 7);
    CHECK(root.entries[0].key.text == "b");  // file order, not sorted
    CHECK(root.entries[1].key.text == "a");
    CHECK(root.value_of("b")->style == ScalarStyle::plain);
    CHECK(root.value_of("a")->style == ScalarStyle::quoted);
    CHECK(root.value_of("a")->text == "single");
    CHECK(root.value_of("c")->style == ScalarStyle::quoted);
    CHECK(root.value_of("d")->is_null());
    CHECK(root.value_of("e")->is_null());
    CHECK(root.value_of("missing") == nullptr);
    const Node& list = *root.value_of("f");
    REQUIRE(list.is_sequence());
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].text == "1");
    CHECK(list.items[1].value_of("g")->text == "h");
    CHECK(list.items[1].pos.line == 6);
    CHECK(list.items[1].pos.column == 8);
    const MapEntry& umlaut = root.entries[6];
    CHECK(umlaut.key.text == "äö");
    CHECK(umlaut.value.text == "😀 x");
    CHECK(umlaut.value.pos.line == 7);
    CHECK(umlaut.value.pos.column == 5);  // characters, not bytes (that would be 7)
    CHECK(describe(list) == "a list");
    CHECK(describe(*root.value_of("d")) == "nothing");
    CHECK(describe(*root.value_of("b")) == "the text 'plain'");
}

TEST_CASE("yaml tree: a question mark inside brackets stays text", "[loader]") {
    const YamlParse parse = parse_yaml("q: { question: Ready?, why?: [Really? Yes?, '?'] }\n", "t.yaml");
    REQUIRE(parse.ok());
    const Node& map = *parse.root.value_of("q");
    CHECK(map.value_of("question")->text == "Ready?");
    const Node& list = *map.value_of("why?");
    CHECK(list.items.at(0).text == "Really? Yes?");
    CHECK(list.items.at(1).text == "?");
}

TEST_CASE("yaml tree: columns stay right far along a long line of wide characters", "[loader]") {
    for (const std::string wide : {"ä", "😀", "€"}) {
        INFO(wide);
        std::string text = "k: [";
        for (int i = 0; i < 300; ++i) text += wide + wide + ", ";
        text += "end]\n";
        const YamlParse parse = parse_yaml(text, "t.yaml");
        REQUIRE(parse.ok());
        const Node& list = *parse.root.value_of("k");
        REQUIRE(list.items.size() == 301);
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            INFO(i);
            CHECK(list.items[i].pos.line == 1);
            CHECK(list.items[i].pos.column == 5 + 4 * static_cast<int>(i));
        }
        // A position found by byte offset (a bad byte) counts the same way.
        for (int n : {0, 1, 15, 16, 17, 63, 64, 65, 500}) {
            std::string broken = "k: ";
            for (int i = 0; i < n; ++i) broken += wide;
            broken += "\xFF\n";
            const YamlParse bad = parse_yaml(broken, "t.yaml");
            REQUIRE(bad.diagnostics.size() == 1);
            CHECK(bad.diagnostics[0].pos.column == 4 + n);
        }
    }
}

TEST_CASE("yaml tree: a quote mark inside a plain text opens no quoted text", "[loader]") {
    // A lone " or ' in the middle of a text is part of it; the question mark
    // inside the brackets further down must still read as text.
    for (const char* text :
         {"a: She said \"stop\n", "a: we call it 'our time\n", "a: |\n  He said \"why\n", "a: one - 'two\n"}) {
        INFO(text);
        const YamlParse parse = parse_yaml(std::string(text) + "b: { question: Ready?, scale: 5 }\n", "t.yaml");
        INFO((parse.diagnostics.empty() ? std::string() : parse.diagnostics[0].format()));
        REQUIRE(parse.ok());
        CHECK(parse.root.value_of("b")->value_of("question")->text == "Ready?");
    }
}

TEST_CASE("yaml tree: refused parts leave the rest readable", "[loader]") {
    const YamlParse parse = parse_yaml("a: 1\nb: &x 2\na: 3\nc: *x\n", "t.yaml");
    CHECK(parse.tree_complete);
    REQUIRE(parse.diagnostics.size() == 3);
    CHECK(parse.diagnostics[0].pos.line == 2);  // the anchor
    CHECK(parse.diagnostics[1].pos.line == 3);  // the duplicate 'a'
    CHECK(parse.diagnostics[2].pos.line == 4);  // the alias
    CHECK(parse.root.value_of("a")->text == "1");
    CHECK(parse.root.value_of("b")->text == "2");
    CHECK(parse.root.value_of("c")->is_null());
}

TEST_CASE("yaml tree: syntax errors end the tree", "[loader]") {
    const YamlParse parse = parse_yaml("a: [1, 2\nb: 3\n", "t.yaml");
    CHECK_FALSE(parse.tree_complete);
    CHECK(parse.root.is_null());
    REQUIRE(parse.diagnostics.size() == 1);
    CHECK(parse.diagnostics[0].format() ==
          "t.yaml:1:4: error: the file is not valid YAML here: a list opened with '[' is not closed with ']'");
}

TEST_CASE("yaml tree: limits can be set by the caller", "[loader]") {
    YamlLimits limits;
    limits.max_depth = 2;
    CHECK(parse_yaml("a: [1]\n", "t.yaml", limits).ok());
    CHECK_FALSE(parse_yaml("a: [[1]]\n", "t.yaml", limits).ok());
    CHECK_FALSE(parse_yaml("a:\n  b:\n    c: 1\n", "t.yaml", limits).ok());
    limits.max_bytes = 4;
    CHECK_FALSE(parse_yaml("a: 1\n", "t.yaml", limits).ok());
}
