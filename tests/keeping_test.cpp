// The screens that decide whether a conversation is kept, as rules: nothing
// is kept unless both partners say so with their own keys, a passphrase is
// typed twice when it is new, a wrong one waits, a recovery code is
// confirmed by both, and going on is the only way out of an unfinished
// conversation that stopped during a cool-down.
#include "keeping.hpp"

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace attune;
using namespace attune::test;

namespace {

KeyPress key(Key k) { return KeyPress{k, {}}; }

KeepRequest press(KeepFlow& flow, Key k, TimePoint now = FakeClock{}.now()) {
    return apply_keep_action(flow, map_keep_key(key(k), flow), 0, now);
}

KeepRequest type_and_enter(KeepFlow& flow, std::string_view text, TimePoint now = FakeClock{}.now()) {
    keep_type_text(flow, text);
    return press(flow, Key::enter, now);
}

}  // namespace

TEST_CASE("nothing is kept unless both partners say so with their own key", "[keeping]") {
    KeepFlow flow = start_keep_flow({"river", "harbour"}, std::nullopt);
    CHECK(flow.screen == KeepScreen::ask);
    CHECK(press(flow, Key::a) == KeepRequest::none);
    CHECK(flow.screen == KeepScreen::ask);  // one partner alone decides nothing
    // The same partner pressing again takes it back; it never counts for the other.
    press(flow, Key::a);
    CHECK(flow.wants == std::array<bool, 2>{false, false});
    press(flow, Key::a);
    press(flow, Key::l);
    CHECK(flow.screen == KeepScreen::choose);
}

TEST_CASE("Space on the question goes on without keeping and Esc goes back to the start", "[keeping]") {
    KeepFlow flow = start_keep_flow({}, std::nullopt);
    CHECK(press(flow, Key::space) == KeepRequest::without_keeping);
    CHECK(press(flow, Key::escape) == KeepRequest::cancel);
    // One partner said yes: a shared key still goes on without keeping.
    press(flow, Key::l);
    CHECK(press(flow, Key::enter) == KeepRequest::without_keeping);
}

TEST_CASE("a space is chosen from the list and opened with its passphrase", "[keeping]") {
    KeepFlow flow = start_keep_flow({"harbour", "river"}, std::nullopt);
    press(flow, Key::a);
    press(flow, Key::l);
    press(flow, Key::down);
    CHECK(press(flow, Key::enter) == KeepRequest::none);
    CHECK(flow.screen == KeepScreen::passphrase);
    CHECK(flow.space == "river");
    CHECK(keep_typing(flow));
    keep_type_text(flow, "correct horse");
    press(flow, Key::backspace);
    CHECK(flow.typed.text() == "correct hors");
    CHECK(press(flow, Key::enter) == KeepRequest::open);
    CHECK(flow.screen == KeepScreen::working);
}

TEST_CASE("a wrong passphrase is refused calmly and the next try waits as long as the screen says", "[keeping]") {
    FakeClock clock;
    KeepFlow flow = start_keep_flow({"river"}, std::string{"river"});
    press(flow, Key::a);
    press(flow, Key::l);
    REQUIRE(flow.screen == KeepScreen::passphrase);  // --space: no list
    REQUIRE(type_and_enter(flow, "wrong guess", clock.now()) == KeepRequest::open);
    keep_refused(flow, KeepProblem::wrong_secret, "", clock.now() + std::chrono::seconds{4});
    CHECK(flow.screen == KeepScreen::passphrase);
    CHECK(flow.typed.empty());  // nothing of the wrong one stays
    CHECK(flow.problem == KeepProblem::wrong_secret);
    CHECK(type_and_enter(flow, "second try", clock.now() + std::chrono::seconds{1}) == KeepRequest::none);
    CHECK(keep_next_change(flow, clock.now() + std::chrono::milliseconds{1500}) ==
          clock.now() + std::chrono::seconds{2});
    CHECK(press(flow, Key::enter, clock.now() + std::chrono::seconds{4}) == KeepRequest::open);
}

TEST_CASE("a new space takes a code name and the same passphrase typed twice", "[keeping]") {
    KeepFlow flow = start_keep_flow({"river"}, std::nullopt);
    press(flow, Key::a);
    press(flow, Key::l);
    press(flow, Key::down);  // "a new space"
    press(flow, Key::enter);
    REQUIRE(flow.screen == KeepScreen::name);
    type_and_enter(flow, "River");
    CHECK(flow.problem == KeepProblem::name_taken);
    flow.typed.wipe();
    type_and_enter(flow, "../etc");
    CHECK(flow.problem == KeepProblem::name_invalid);
    flow.typed.wipe();
    type_and_enter(flow, "lighthouse");
    REQUIRE(flow.screen == KeepScreen::new_passphrase);
    type_and_enter(flow, "short");
    CHECK(flow.problem == KeepProblem::too_short);
    type_and_enter(flow, "walk by the sea");
    REQUIRE(flow.screen == KeepScreen::repeat);
    CHECK(type_and_enter(flow, "walk by the see") == KeepRequest::none);
    CHECK(flow.screen == KeepScreen::new_passphrase);
    CHECK(flow.problem == KeepProblem::mismatch);
    CHECK(flow.first.empty());
    type_and_enter(flow, "walk by the sea");
    CHECK(type_and_enter(flow, "walk by the sea") == KeepRequest::create);
    CHECK(flow.first.text() == "walk by the sea");  // the shell takes it from here
    CHECK(flow.space == "lighthouse");
}

TEST_CASE("the recovery code is shown once and both partners confirm they wrote it down", "[keeping]") {
    KeepFlow flow = start_keep_flow({}, std::nullopt);
    keep_created(flow, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ");
    CHECK(flow.screen == KeepScreen::written);
    CHECK(press(flow, Key::space) == KeepRequest::none);  // a shared key confirms nothing here
    CHECK(press(flow, Key::escape) == KeepRequest::none);
    CHECK(press(flow, Key::a) == KeepRequest::none);
    CHECK(press(flow, Key::a) == KeepRequest::none);  // twice by one is still one
    CHECK(press(flow, Key::l) == KeepRequest::keep);
    CHECK(flow.recovery_code.empty());
}

TEST_CASE("a forgotten passphrase: the recovery code opens the space and a new passphrase follows", "[keeping]") {
    KeepFlow flow = start_keep_flow({"river"}, std::nullopt);
    press(flow, Key::a);
    press(flow, Key::l);
    press(flow, Key::enter);
    REQUIRE(flow.screen == KeepScreen::passphrase);
    press(flow, Key::tab);
    REQUIRE(flow.screen == KeepScreen::recovery_code);
    CHECK(type_and_enter(flow, "ABCD-EFGH") == KeepRequest::recover);
    // The shell opened it and asks for a new passphrase.
    keep_recovered(flow);
    CHECK(flow.typed.empty());
    CHECK(press(flow, Key::escape) == KeepRequest::none);
    CHECK(flow.screen == KeepScreen::new_passphrase);  // no way back to the name of a new space
    type_and_enter(flow, "a new long passphrase");
    CHECK(type_and_enter(flow, "a new long passphrase") == KeepRequest::set_passphrase);
}

TEST_CASE("an unfinished conversation that stopped in a cool-down can only go on", "[keeping]") {
    KeepFlow flow = start_keep_flow({"river"}, std::nullopt);
    keep_offer_resume(flow, ResumeOffer{"Weekly meeting", "today at 19:40", true});
    CHECK(press(flow, Key::a) == KeepRequest::none);
    CHECK(press(flow, Key::l) == KeepRequest::none);
    CHECK(press(flow, Key::space) == KeepRequest::go_on);

    keep_offer_resume(flow, ResumeOffer{"Weekly meeting", "today at 19:40", false});
    CHECK(press(flow, Key::a) == KeepRequest::none);
    CHECK(press(flow, Key::l) == KeepRequest::begin_anew);
}

TEST_CASE("a passphrase is wiped from memory when it is dropped", "[keeping]") {
    SecretText text;
    text.append("secret words");
    const char* data = text.text().data();
    text.wipe();
    CHECK(text.empty());
    // The same buffer (reserved up front, so typing never moved it) holds zeros.
    CHECK(text.text().data() == data);
    for (std::size_t i = 0; i < 12; ++i) CHECK(data[i] == '\0');
    text.append(std::string(300, 'x'));
    CHECK(text.characters() == SecretText::max_characters);
}
