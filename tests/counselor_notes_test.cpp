// The counselor's private notes (issue 12): what is kept of a note, that a
// kept conversation keeps them as the counselor's (and older records still
// read), and that the shared screen never shows one.
#include "counselor_notes.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "autoplay.hpp"
#include "fake_text_metrics.hpp"
#include "script_catalog.hpp"
#include "space_records.hpp"
#include "theme.hpp"
#include "view.hpp"
#include "words.hpp"

using namespace attune;
using namespace std::chrono_literals;

TEST_CASE("a note keeps its words and time, without control characters, and a blank one is not kept",
          "[counselor][notes]") {
    CounselorNotes notes;
    notes.add("Sam softened\nwhen Alex named the fear\a", 12min);
    notes.add("   \n ", 13min);
    notes.add("", 14min);
    REQUIRE(notes.notes().size() == 1);
    CHECK(notes.notes()[0] == CounselorNote{12min, "Sam softened\nwhen Alex named the fear"});
    notes.add(std::string(5000, 'n'), 20min);
    REQUIRE(notes.notes().size() == 2);
    CHECK(notes.notes()[1].text.size() == max_note_characters);
    notes.clear();
    CHECK(notes.empty());
}

TEST_CASE("a kept conversation keeps the counselor's notes apart, and an end kept before them still reads",
          "[counselor][notes][space]") {
    using namespace attune::space;
    SessionRecord record;
    record.elapsed = 50min;
    const Script script;
    CounselorNotes notes;
    notes.add("Come back to the holidays next week", 31min);
    const ConversationEnd with_notes = summarize(record, script, notes);
    REQUIRE(with_notes.counselor_notes.size() == 1);
    CHECK(decode_end(encode(with_notes)) == with_notes);
    // Without counselor mode nothing is summarized with notes: none are kept.
    CHECK(summarize(record, script).counselor_notes.empty());
    // Format 3 is format 4 without the notes' count at the end.
    std::vector<unsigned char> format_3 = encode(summarize(record, script));
    REQUIRE(format_3.front() == 4);
    REQUIRE(format_3.back() == 0);
    format_3.front() = 3;
    format_3.pop_back();
    const ConversationEnd old = decode_end(format_3);
    CHECK(old.counselor_notes.empty());
    CHECK(old.duration == 50min);
}

TEST_CASE("the shared screen never shows a counselor's note", "[counselor][notes][view]") {
    const std::string secret = "Watch for Alex withdrawing";
    CounselorNotes notes;
    notes.add(secret, 1min);
    REQUIRE_FALSE(notes.empty());
    const Theme theme;
    const auto catalog =
        build_catalog({{std::filesystem::path{ATTUNE_SOURCE_DIR} / "scripts", ScriptOrigin::built_in}});
    REQUIRE_FALSE(catalog.empty());
    const auto& entry = catalog.front();
    REQUIRE(entry.script.has_value());
    const Words words = words_for_language(entry.script->language);
    Session session{*entry.script};
    TimePoint now{};
    int screens = 0;
    // The view is built from what the shared screen is given; the notes are
    // the counselor's and have no way in, whatever the screen.
    for (int action = 0; action < 2000; ++action) {
        session.advance_to(now);
        const Snapshot snapshot = session.snapshot(now);
        const UiState ui;
        const DisplayList list = build_view(ViewInput{session.script(), snapshot, session.record(), theme, words, ui,
                                                      test::fake_metrics(), 1280, 720, Seconds{20 * 3600}});
        ++screens;
        for (const DisplayItem& item : list.items) {
            if (const auto* text = std::get_if<TextItem>(&item)) CHECK(text->text.find(secret) == std::string::npos);
            if (const auto* button = std::get_if<ButtonItem>(&item))
                CHECK(button->label.find(secret) == std::string::npos);
        }
        if (snapshot.phase == Phase::finished) break;
        now = autoplay_step(session, now);
    }
    CHECK(screens > 10);
}
