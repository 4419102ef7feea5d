#include "utf8.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace utf8 = attune::utf8;

namespace {

// Every code point of `text`, walked leniently.
std::vector<char32_t> walk(std::string_view text) {
    std::vector<char32_t> code_points;
    for (std::size_t offset = 0; offset < text.size();) code_points.push_back(utf8::decode_lenient(text, offset));
    return code_points;
}

}  // namespace

TEST_CASE("utf8: a lenient walk reads well-formed text whole", "[utf8]") {
    CHECK(walk("aü€😀") == std::vector<char32_t>{U'a', U'ü', U'€', U'\U0001F600'});
}

TEST_CASE("utf8: a lenient walk turns each bad byte into U+FFFD and goes on", "[utf8]") {
    CHECK(walk("a\xFF"
               "b") == std::vector<char32_t>{U'a', U'\uFFFD', U'b'});
    // An overlong "/", a surrogate, a value above U+10FFFF: each byte is one U+FFFD.
    CHECK(walk("\xC0\xAF") == std::vector<char32_t>{U'\uFFFD', U'\uFFFD'});
    CHECK(walk("\xED\xA0\x80") == std::vector<char32_t>(3, U'\uFFFD'));
    CHECK(walk("\xF4\x90\x80\x80") == std::vector<char32_t>(4, U'\uFFFD'));
    // A sequence cut off by the end of the text or by an ASCII character.
    CHECK(walk("\xE2\x82") == std::vector<char32_t>(2, U'\uFFFD'));
    CHECK(walk("\xE2"
               "a") == std::vector<char32_t>{U'\uFFFD', U'a'});
}

TEST_CASE("utf8: encoding gives back the bytes a walk reads", "[utf8]") {
    for (const char32_t code_point : {U'a', U'\x7F', U'\x80', U'ü', U'\u07FF', U'\u0800', U'€', U'\uFFFD',
                                      U'\U00010000', U'\U0001F600', U'\U0010FFFF'}) {
        const std::string bytes = utf8::encode(code_point);
        CHECK_FALSE(utf8::find_invalid(bytes).has_value());
        CHECK(walk(bytes) == std::vector<char32_t>{code_point});
    }
    CHECK(utf8::encode(U'€') == "\xE2\x82\xAC");
}

TEST_CASE("utf8: the first characters and the last one of a text", "[utf8]") {
    CHECK(utf8::first_characters("Grüße", 3) == "Grü");
    CHECK(utf8::first_characters("Grüße", 9) == "Grüße");
    CHECK(utf8::first_characters("😀x", 0).empty());
    CHECK(utf8::last_character_start("Grüß") == 4);
    CHECK(utf8::last_character_start("a😀") == 1);
    CHECK(utf8::last_character_start("") == 0);
    CHECK(utf8::shorten("Grüße", 3) == "Grü…");
    CHECK(utf8::shorten("Grüße", 5) == "Grüße");
}
