#pragma once
// The screens before a conversation that decide whether it is kept. Nothing
// is kept unless both partners say so, each with their own key; then they
// choose their space (or make one) and type its passphrase. Like the
// session, this is state and rules only: a step that needs the disk or a
// key derivation answers a request, the shell carries it out and tells the
// flow how it went (`keep_refused`, `keep_created`, `keep_offer_resume`).
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "display_list.hpp"
#include "key_map.hpp"
#include "time.hpp"

namespace attune {

enum class KeepScreen {
    ask,             // "Keep this conversation?": each partner's own key; Space goes on without
    choose,          // which space: the list of code names and "a new space"
    passphrase,      // the chosen space's passphrase, masked
    recovery_code,   // its recovery code instead, when the passphrase is forgotten
    name,            // a new space's code name
    new_passphrase,  // a passphrase for a new space (or after the recovery code), masked
    repeat,          // the same once more, so that a typo cannot lock the couple out
    written,         // the new space's recovery code, shown once: both confirm they wrote it down
    resume,          // the space holds a conversation that did not end: go on with it?
    notice,          // something went wrong, or the space closed itself: go on without keeping
    working,         // a key is being derived (about a second): nothing to press
};

// Text typed on these screens. A passphrase is wiped from memory as soon as
// it is used, dropped or replaced; its room is reserved up front so that
// typing never leaves copies behind in freed memory.
class SecretText {
public:
    static constexpr std::size_t max_characters = 200;
    SecretText();
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;
    SecretText(SecretText&& other) noexcept;
    SecretText& operator=(SecretText&& other) noexcept;
    ~SecretText();

    void append(std::string_view utf8);  // capped at max_characters characters
    void erase_last();                   // the last character
    void wipe();
    const std::string& text() const { return m_text; }
    std::size_t characters() const;
    bool empty() const { return m_text.empty(); }

private:
    std::string m_text;
};

// What a space holds that did not end, as the resume screen tells it.
struct ResumeOffer {
    std::string title;     // the script's title
    std::string when;      // "today at 19:40", "Monday 30 November"
    bool cooling = false;  // it stopped during a cool-down: it must go on (the rule's time is real)
};

// Why a step did not work, in words the screen can say calmly.
enum class KeepProblem {
    none,
    wrong_secret,    // the passphrase (or code) does not open the space
    mismatch,        // the new passphrase was typed differently the second time
    too_short,       // a new passphrase under the minimum
    name_taken,      // a space with that code name exists
    name_invalid,    // the code name cannot be a file name
    cannot_open,     // damaged, from a newer attune, or unreadable (`detail` says which)
    storage_full,    // the disk is full: the conversation goes on without keeping
    storage_failed,  // the disk failed
    closed_idle,     // the space closed itself after ten minutes without a key
};

struct KeepFlow {
    KeepScreen screen = KeepScreen::ask;
    std::array<bool, 2> wants{false, false};   // ask: who wants to keep it
    std::vector<std::string> spaces;           // choose: the code names on this machine
    std::size_t selected = 0;                  // choose: `spaces.size()` is "a new space"
    std::string space;                         // the chosen or new code name
    bool fixed_space = false;                  // `--space NAME`: no list, no new space
    SecretText typed;                          // the field on screen
    SecretText first;                          // a new passphrase, until it is typed again
    KeepProblem problem = KeepProblem::none;   // the calm line under the field or on the notice
    std::string detail;                        // the problem's own sentence, when it has one
    std::optional<TimePoint> retry_at;         // after wrong passphrases: when the next try is taken
    std::string recovery_code;                 // written: shown once, then wiped
    std::array<bool, 2> agreed{false, false};  // written: both wrote it down; resume: both begin anew
    std::optional<ResumeOffer> offer;
    bool recovering = false;  // the space was opened with its recovery code: a new passphrase comes next
};

// What the shell is asked to do.
enum class KeepRequest {
    none,
    cancel,           // back to the start screen: nothing begun, nothing kept
    without_keeping,  // begin the conversation, keeping nothing
    open,             // open `space` with the passphrase in `typed`
    recover,          // open `space` with the recovery code in `typed`
    create,           // create `space` with the passphrase in `first`
    set_passphrase,   // the space opened by its recovery code gets the passphrase in `first`
    keep,             // the space is open and ready: begin the conversation, kept
    go_on,            // go on with the conversation the space holds
    begin_anew,       // close the one it holds (nothing of it is lost) and begin this one
};

// The flow for a script, when both partners pressed Begin: `spaces` are the
// code names on this machine; `fixed` is the one `--space` named.
KeepFlow start_keep_flow(std::vector<std::string> spaces, std::optional<std::string> fixed);

constexpr std::size_t min_passphrase_characters = 8;

// Keys on these screens: a partner's own "yes" key (A, L), Enter and Space,
// Esc (back one screen), the arrows on the list, Tab for the recovery code.
UiAction map_keep_key(const KeyPress& press, const KeepFlow& flow);
// A key or a button's action; `entry` is the list entry a tap chose.
KeepRequest apply_keep_action(KeepFlow& flow, UiAction action, std::size_t entry, TimePoint now);
// Text from the platform's text input, on the screens with a field.
void keep_type_text(KeepFlow& flow, std::string_view utf8);
bool keep_typing(const KeepFlow& flow);

// Answers from the shell.
// The secret did not open the space (`retry_at`: when a try is taken again).
void keep_refused(KeepFlow& flow, KeepProblem problem, std::string detail, std::optional<TimePoint> retry_at);
// The recovery code opened the space: a new passphrase comes next.
void keep_recovered(KeepFlow& flow);
// A new space exists and is open; its recovery code is shown once.
void keep_created(KeepFlow& flow, std::string recovery_code);
// The open space holds a conversation that did not end.
void keep_offer_resume(KeepFlow& flow, ResumeOffer offer);
// Something made keeping impossible; the notice offers to go on without it.
void keep_notice(KeepFlow& flow, KeepProblem problem, std::string detail);

// When the screen next reads differently by itself (the retry delay's end).
std::optional<TimePoint> keep_next_change(const KeepFlow& flow, TimePoint now);

}  // namespace attune
