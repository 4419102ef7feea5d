#pragma once
// Shared by the view, key map and UI state tests: a script with one step of
// every kind, snapshots made by hand (Snapshot is plain data), and a Screen
// that builds the display list for them.
#include <chrono>
#include <string>
#include <vector>

#include "display_list.hpp"
#include "fake_text_metrics.hpp"
#include "script.hpp"
#include "session.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "view.hpp"
#include "words.hpp"

namespace attune::test {

using namespace std::chrono_literals;

// Where each kind of step stands in `sample_script()`.
struct At {
    std::size_t item, step;
};
inline constexpr At at_say{0, 0};
inline constexpr At at_turn{0, 1};
inline constexpr At at_reflect{0, 2};
inline constexpr At at_exchange{1, 0};
inline constexpr At at_checkin{1, 1};
inline constexpr At at_breathe{1, 2};
inline constexpr At at_agreement{1, 3};
inline constexpr At at_choice{1, 4};

inline Script sample_script() {
    Script script;
    script.file = "sample.yaml";
    script.title = "Evening check-in";
    script.description = "A short conversation about the week, with room for each of you.";
    script.partners = {Partner{"sam", "Sam"}, Partner{"alex", "Alex"}};
    script.settings.warn_at = {Seconds{60}, Seconds{15}};
    script.pause.signal = "harbour";

    Item first;
    first.id = "appreciations";
    first.title = "Appreciations";
    first.time = Seconds{10 * 60};
    first.steps.push_back(Step{SayStep{"Each of you names one thing you appreciated today.", std::nullopt}, {}});
    first.steps.push_back(Step{TurnStep{Seat::left,
                                        Seconds{300},
                                        "I appreciated it when you…",
                                        {"I noticed…", "It meant a lot that…"},
                                        std::nullopt},
                               {}});
    first.steps.push_back(Step{ReflectStep{Seat::right, Seconds{60}, "", 2, Seconds{60}}, {}});
    script.agenda.push_back(first);

    Item second;
    second.id = "concern";
    second.title = "One concern";
    second.steps.push_back(Step{ExchangeStep{Seat::left, 2, Seconds{120}, Seconds{60}, "I feel … when …"}, {}});
    second.steps.push_back(Step{CheckinStep{"How calm do you feel right now?", 5, 2, true, {}}, {}});
    second.steps.push_back(Step{BreatheStep{Seconds{60}, BreathPattern::box()}, {}});
    second.steps.push_back(Step{AgreementStep{"What will each of us try this week?", Quorum::both, std::nullopt}, {}});
    ChoiceStep choice;
    choice.question = "Go on or stop here?";
    choice.options.push_back(ChoiceOption{"One more round", std::size_t{1}, false, {}});
    choice.options.push_back(ChoiceOption{"Stop for today", std::nullopt, true, {}});
    second.steps.push_back(Step{choice, {}});
    script.agenda.push_back(second);
    return script;
}

inline TimerView timer(Duration total, Duration remaining, int warn_level = 0) {
    TimerView view;
    view.total = total;
    view.remaining = remaining;
    view.warn_level = warn_level;
    return view;
}

// A record's speaking: the left partner first, then the right.
inline std::vector<SpeechRecord> spoken(Duration left, Duration right) {
    return {SpeechRecord{Seat::left, Duration{0}, left}, SpeechRecord{Seat::right, left, left + right}};
}

inline Snapshot step_snapshot(At at, Activity activity, Seat floor = Seat::left) {
    Snapshot snapshot;
    snapshot.phase = phase::Step{};
    snapshot.item = at.item;
    snapshot.step = at.step;
    snapshot.activity = activity;
    snapshot.floor = floor;
    return snapshot;
}

inline Snapshot turn_snapshot(Duration remaining, int warn_level = 0) {
    Snapshot snapshot = step_snapshot(at_turn, Activity::turn, Seat::left);
    snapshot.timer = timer(300s, remaining, warn_level);
    snapshot.item_box = timer(600s, 420s);
    return snapshot;
}

inline Snapshot pause_snapshot(Duration remaining, bool can_resume = false) {
    Snapshot snapshot = turn_snapshot(200s);
    PauseView pause;
    pause.cooldown_total = 20min;
    pause.cooldown_remaining = remaining;
    pause.elapsed = 20min - remaining;
    pause.can_resume = can_resume;
    pause.count = 1;
    snapshot.phase = phase::Paused{pause};
    snapshot.breath = breath_at(BreathPattern::box(), pause.elapsed);
    return snapshot;
}

// Everything the view reads, with sensible defaults; tests change a field and build.
struct Screen {
    Script script = sample_script();
    Snapshot snapshot;
    SessionRecord record;
    Theme theme;
    Words words = english_words();
    UiState ui;
    ShellConfig config;
    std::vector<std::string> error_lines;  // not empty: the error screen instead of the session
    int width = 1280;
    int height = 720;
    Seconds time_of_day = 20h + 25min + 10s;

    DisplayList build() const {
        if (!error_lines.empty())
            return build_error_view(error_lines, theme, words, ui, fake_metrics(), width, height, config);
        return build_view(
            ViewInput{script, snapshot, record, theme, words, ui, fake_metrics(), width, height, time_of_day, config});
    }
};

inline std::vector<const TextItem*> texts(const DisplayList& list) {
    std::vector<const TextItem*> out;
    for (const auto& item : list.items)
        if (const auto* text = std::get_if<TextItem>(&item)) out.push_back(text);
    return out;
}

inline std::vector<const ButtonItem*> buttons(const DisplayList& list) {
    std::vector<const ButtonItem*> out;
    for (const auto& item : list.items)
        if (const auto* button = std::get_if<ButtonItem>(&item)) out.push_back(button);
    return out;
}

inline const DiskItem* disk(const DisplayList& list, std::string_view role) {
    for (const auto& item : list.items)
        if (const auto* found = std::get_if<DiskItem>(&item); found && found->role == role) return found;
    return nullptr;
}

inline const RectItem* rect(const DisplayList& list, std::string_view role) {
    for (const auto& item : list.items)
        if (const auto* found = std::get_if<RectItem>(&item); found && found->role == role) return found;
    return nullptr;
}

// All the words on screen, button labels included.
inline std::string all_words(const DisplayList& list) {
    std::string out;
    for (const auto* text : texts(list)) out += text->text + "\n";
    for (const auto* button : buttons(list)) out += button->label + "\n";
    return out;
}

}  // namespace attune::test
