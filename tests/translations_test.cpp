// The kiosk's words in gettext catalogues: every language complete, the
// placeholders kept, real plurals, and a reader that needs no installed
// locale and refuses a damaged or hostile catalogue without a crash.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "catalogue_file.hpp"
#include "message_catalogue.hpp"
#include "plural_rule.hpp"
#include "po_file.hpp"
#include "process.hpp"
#include "temp_dir.hpp"
#include "test_words.hpp"
#include "view_common.hpp"

namespace attune {
namespace {

const std::filesystem::path po_dir = std::filesystem::path{ATTUNE_SOURCE_DIR} / "po";

std::string entry_name(const test::PoEntry& entry) { return entry.context + " \"" + entry.msgid + "\""; }

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A .mo file as msgfmt lays it out (little-endian, no hash table): the
// originals sorted, then the translations, then the strings.
std::string mo_bytes(std::map<std::string, std::string> entries) {
    std::string strings;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> originals, translations;
    const std::uint32_t count = static_cast<std::uint32_t>(entries.size());
    const std::uint32_t strings_at = 28 + 16 * count;
    for (const auto& [original, translation] : entries) {
        originals.emplace_back(static_cast<std::uint32_t>(original.size()),
                               strings_at + static_cast<std::uint32_t>(strings.size()));
        strings += original + '\0';
    }
    for (const auto& [original, translation] : entries) {
        translations.emplace_back(static_cast<std::uint32_t>(translation.size()),
                                  strings_at + static_cast<std::uint32_t>(strings.size()));
        strings += translation + '\0';
    }
    std::string out;
    const auto word = [&out](std::uint32_t value) {
        for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
    };
    for (std::uint32_t value : {0x950412deu, 0u, count, 28u, 28 + 8 * count, 0u, 0u}) word(value);
    for (const auto& [length, offset] : originals) word(length), word(offset);
    for (const auto& [length, offset] : translations) word(length), word(offset);
    return out + strings;
}

const std::string utf8_header = "Content-Type: text/plain; charset=UTF-8\n";

std::size_t form(std::string_view rule, std::uint64_t n) {
    const auto forms = parse_plural_forms(rule);
    REQUIRE(forms);
    return forms->form_for(n);
}

}  // namespace

TEST_CASE("every language has every word of po/attune.pot, none fuzzy or empty", "[translations]") {
    const test::PoFile pot = test::read_po_file(po_dir / "attune.pot");
    REQUIRE(pot.entries.size() > 250);
    const auto languages = word_languages();
    REQUIRE(languages.size() >= 3);  // English, German, French
    for (const std::string& language : languages) {
        if (language == "en") continue;
        INFO("po/" << language << ".po");
        const test::PoFile po = test::read_po_file(po_dir / (language + ".po"));
        std::map<std::pair<std::string, std::string>, const test::PoEntry*> by_key;
        for (const auto& entry : po.entries) by_key[{entry.context, entry.msgid}] = &entry;
        for (const auto& wanted : pot.entries) {
            INFO(entry_name(wanted));
            const auto found = by_key.find({wanted.context, wanted.msgid});
            REQUIRE(found != by_key.end());
            const test::PoEntry& entry = *found->second;
            CHECK_FALSE(entry.fuzzy);
            CHECK(entry.msgid_plural == wanted.msgid_plural);
            CHECK_FALSE(entry.msgstr.empty());
            for (const std::string& text : entry.msgstr) CHECK_FALSE(text.empty());
        }
    }
}

TEST_CASE("every translation keeps the placeholders of its English, in every plural form", "[translations]") {
    for (const std::string& language : word_languages()) {
        if (language == "en") continue;
        const test::PoFile po = test::read_po_file(po_dir / (language + ".po"));
        for (const auto& entry : po.entries) {
            INFO("po/" << language << ".po:" << entry.line << ": " << entry_name(entry));
            const auto wanted = test::placeholders(entry.msgid);
            if (!entry.msgid_plural.empty()) CHECK(test::placeholders(entry.msgid_plural) == wanted);
            for (const std::string& text : entry.msgstr) CHECK(test::placeholders(text) == wanted);
        }
    }
}

TEST_CASE("the placeholder check notices a placeholder lost or renamed", "[translations]") {
    CHECK(test::placeholders("{name}: {n} of {total}") == std::vector<std::string>{"n", "name", "total"});
    CHECK(test::placeholders("{name} : {n} sur {totale}") != test::placeholders("{name}: {n} of {total}"));
    CHECK(test::placeholders("Encore une minute") != test::placeholders("{n} minute left"));
}

TEST_CASE("the words come from the catalogues: German and French, English from the code", "[translations]") {
    const Words german = german_words();
    const Words french = french_words();
    CHECK(german.language == "de");
    CHECK(german.begin == "Beginnen");
    CHECK(french.language == "fr");
    CHECK(french.begin == "Commencer");
    CHECK(english_words().begin == "Begin");
    // One English text, two places: the contexts keep their translations apart.
    CHECK(french.next == "Suivant");
    CHECK(french.picker_start == "Commencer");
    CHECK(french.pause_rule_heading == "Si cela devient trop lourd");
}

TEST_CASE("plurals: English and German count 0 as many, French counts 0 and 1 as one", "[translations]") {
    const Words english = english_words();
    const Words german = german_words();
    const Words french = french_words();
    CHECK(view::duration_words(english, Seconds{0}) == "0 seconds");
    CHECK(view::duration_words(english, Seconds{1}) == "1 second");
    CHECK(view::duration_words(english, Seconds{61}) == "1 minute 1 second");
    CHECK(view::duration_words(english, Seconds{150}) == "2 minutes 30 seconds");
    CHECK(view::duration_words(german, Seconds{0}) == "0 Sekunden");
    CHECK(view::duration_words(german, Seconds{60}) == "1 Minute");
    CHECK(view::duration_words(german, Seconds{120}) == "2 Minuten");
    CHECK(view::duration_words(french, Seconds{0}) == "0 seconde");
    CHECK(view::duration_words(french, Seconds{1}) == "1 seconde");
    CHECK(view::duration_words(french, Seconds{2}) == "2 secondes");
    CHECK(view::duration_words(french, Seconds{60}) == "1 minute");
    CHECK(view::duration_words(french, Seconds{600}) == "10 minutes");
    CHECK(fill_count(french.picker_parts, 1) == "1 partie");
    CHECK(fill_count(french.picker_parts, 3) == "3 parties");
    CHECK(fill_count(german.minutes_left, 1) == "noch 1 Minute");
    CHECK(fill_count(german.minutes_left, 5) == "noch 5 Minuten");
    CHECK(german.kept_agreements.for_count(1) == "die Vereinbarung");
    CHECK(german.kept_agreements.for_count(2) == "die Vereinbarungen");
}

TEST_CASE("a Plural-Forms rule follows C's operators and their order", "[translations]") {
    CHECK(form("nplurals=2; plural=(n != 1);", 0) == 1);
    CHECK(form("nplurals=2; plural=(n != 1);", 1) == 0);
    CHECK(form("nplurals=2; plural=(n > 1);", 0) == 0);
    CHECK(form("nplurals=2; plural=(n > 1);", 1) == 0);
    CHECK(form("nplurals=2; plural=(n > 1);", 2) == 1);
    // Polish and Russian: three forms, with && || % and nested ?:.
    const std::string polish = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    CHECK(form(polish, 1) == 0);
    CHECK(form(polish, 3) == 1);
    CHECK(form(polish, 13) == 2);
    CHECK(form(polish, 22) == 1);
    CHECK(form(polish, 25) == 2);
    const std::string russian =
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    CHECK(form(russian, 21) == 0);
    CHECK(form(russian, 11) == 2);
    CHECK(form(russian, 104) == 1);
    CHECK(form("nplurals=1; plural=0;", 7) == 0);
    CHECK(form("nplurals=6; plural=1 + 2 * 3 - 4 / 2 % 3;", 0) == 5);  // 1 + 6 - (2 % 3)
    CHECK(form("nplurals=2; plural=!(n == 1);", 1) == 0);
    // A rule naming a form the catalogue does not have falls back to the first.
    CHECK(form("nplurals=2; plural=n;", 5) == 0);
    // Dividing by zero is 0, not a crash.
    CHECK(form("nplurals=2; plural=(n / 0) + (n % 0);", 5) == 0);
}

TEST_CASE("a hostile or broken Plural-Forms rule is refused", "[translations]") {
    const std::string deep(200, '(');
    for (const std::string& rule : std::vector<std::string>{
             "", "nplurals=2;", "plural=(n != 1);", "nplurals=0; plural=0;", "nplurals=99; plural=n;",
             "nplurals=2; plural=system(1);", "nplurals=2; plural=x;", "nplurals=2; plural=nn;",
             "nplurals=2; plural=n = 1;", "nplurals=2; plural=n ? 1;", "nplurals=2; plural=n +;",
             "nplurals=2; plural=(n;", "nplurals=2; plural=n);", "nplurals=2; plural=99999999999999999999;",
             "nplurals=2; plural=n != 1; rm=1;", "nplurals=two; plural=n;", "nplurals=2; plural=n ^ 1;",
             "nplurals=2; plural=" + deep + "n" + std::string(200, ')') + ";",
             "nplurals=2; plural=" + std::string(300, '!') + "n;"}) {
        INFO(rule);
        CHECK_FALSE(parse_plural_forms(rule));
    }
    // Long but flat is fine; far too many parts is refused.
    std::string sum = "n";
    for (int i = 0; i < 100; ++i) sum += "+n";
    CHECK(parse_plural_forms("nplurals=2; plural=" + sum + ";"));
    for (int i = 0; i < 1000; ++i) sum += "+n";
    CHECK_FALSE(parse_plural_forms("nplurals=2; plural=" + sum + ";"));
}

TEST_CASE("the catalogue reader finds texts by context and plural, without an installed locale", "[translations]") {
    const std::string bytes = mo_bytes({
        {"", utf8_header + "Language: fr\nPlural-Forms: nplurals=2; plural=(n > 1);\n"},
        {std::string{"next\x04Next"}, "Suivant"},
        {std::string{"help_next\x04Next"}, "Étape suivante"},
        {std::string{"parts\x04{n} part"} + '\0' + "{n} parts", std::string{"{n} partie"} + '\0' + "{n} parties"},
    });
    const auto parsed = MessageCatalogueParse::from_bytes(bytes);
    REQUIRE(parsed.catalogue);
    const MessageCatalogue& catalogue = *parsed.catalogue;
    CHECK(catalogue.language() == "fr");
    REQUIRE(catalogue.find("next", "Next"));
    CHECK(catalogue.find("next", "Next")->front() == "Suivant");
    CHECK(catalogue.find("help_next", "Next")->front() == "Étape suivante");
    CHECK_FALSE(catalogue.find("", "Next"));
    REQUIRE(catalogue.find("parts", "{n} part"));
    CHECK(*catalogue.find("parts", "{n} part") == std::vector<std::string>{"{n} partie", "{n} parties"});
    const Translator translator{std::make_shared<MessageCatalogue>(catalogue)};
    CHECK(translator.pgettext("next", "Next") == "Suivant");
    CHECK(translator.pgettext("missing", "Missing") == "Missing");  // a lacking text stays English
    CHECK(translator.npgettext("parts", "{n} part", "{n} parts").for_count(0) == "{n} partie");
    CHECK(translator.npgettext("parts", "{n} part", "{n} parts").for_count(2) == "{n} parties");
    CHECK(translator.npgettext("other", "{n} hour", "{n} hours").for_count(0) == "{n} hours");
}

TEST_CASE("a truncated, damaged or hostile catalogue is refused with a reason", "[translations]") {
    const std::string good = read_bytes(catalogue_path(ATTUNE_LOCALE_DIR, "fr"));
    REQUIRE(good.size() > 1000);
    REQUIRE(MessageCatalogueParse::from_bytes(good).catalogue);
    // Cut anywhere, the file is refused: its last strings lie outside.
    for (std::size_t size = 0; size + 1 < good.size(); size += 97) {
        INFO("cut at " << size);
        const auto parsed = MessageCatalogueParse::from_bytes(std::string_view{good}.substr(0, size));
        CHECK_FALSE(parsed.catalogue);
        CHECK_FALSE(parsed.problem.empty());
    }
    const auto refused_because = [](const std::string& bytes) {
        const auto parsed = MessageCatalogueParse::from_bytes(bytes);
        CHECK_FALSE(parsed.catalogue);
        return parsed.problem;
    };
    CHECK(refused_because("not a catalogue at all") == "it is not a compiled gettext catalogue (.mo)");
    std::string many = good;
    many[8] = '\xff', many[9] = '\xff', many[10] = '\xff', many[11] = '\x7f';
    CHECK(refused_because(many) == "it claims more strings than a catalogue holds");
    std::string outside = good;
    outside[28 + 4] = '\xff', outside[28 + 5] = '\xff', outside[28 + 6] = '\xff', outside[28 + 7] = '\xff';
    CHECK(refused_because(outside).find("lies outside the file") != std::string::npos);
    CHECK(refused_because(mo_bytes({{"", utf8_header}, {"a", "\xff\xfe"}})).find("not UTF-8") != std::string::npos);
    CHECK(refused_because(mo_bytes({{"", "Content-Type: text/plain; charset=ISO-8859-1\n"}})) ==
          "its charset is not UTF-8");
    CHECK(refused_because(mo_bytes({{"", utf8_header + "Plural-Forms: nplurals=2; plural=exit(n);\n"}})) ==
          "its Plural-Forms cannot be read");
}

TEST_CASE("a missing or damaged catalogue shows English, with one line on standard error", "[translations]") {
    // A data folder like an install's, with the French catalogue damaged.
    const auto data = test::temp_dir() / "damaged-locale";
    std::filesystem::remove_all(data);
    std::filesystem::create_directories(data / "locale" / "fr" / "LC_MESSAGES");
    for (const char* folder : {"scripts", "themes", "fonts"})
        std::filesystem::create_directory_symlink(std::filesystem::path{ATTUNE_SOURCE_DIR} / folder, data / folder);
    std::ofstream{catalogue_path(data / "locale", "fr"), std::ios::binary} << "\x95\x04\x12\xde truncated";
    const std::string script = (std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts" / "bilan-du-jour.yaml").string();
    const auto damaged = test::run_process({ATTUNE_BINARY, "--validate", script}, {{"ATTUNE_DATA_DIR", data.string()}});
    CHECK(damaged.exit_code == 0);
    INFO(damaged.err);
    CHECK(damaged.err.find("fr/LC_MESSAGES/attune.mo is damaged") != std::string::npos);
    CHECK(damaged.err.find("the words are shown in English") != std::string::npos);
    CHECK(std::count(damaged.err.begin(), damaged.err.end(), '\n') == 1);

    std::filesystem::remove(catalogue_path(data / "locale", "fr"));
    const auto missing = test::run_process({ATTUNE_BINARY, "--validate", script}, {{"ATTUNE_DATA_DIR", data.string()}});
    CHECK(missing.exit_code == 0);
    INFO(missing.err);
    CHECK(missing.err.find("no words for the language 'fr'") != std::string::npos);
    CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
}

}  // namespace attune
