// The console's layout: a header (the script, the time so far against the
// plan), the agenda at the left (each item a button that jumps to it), what
// runs now and what was said at the right (countdown, time box, pause,
// speaking time, check-ins, agreements), the nudges and the notes, and the
// controls along the bottom. Type is laptop-sized: the counselor sits close.
#include "console.hpp"

#include <algorithm>
#include <chrono>

#include "counselor_keys.hpp"
#include "duration.hpp"
#include "nudge.hpp"
#include "plan.hpp"
#include "text_layout.hpp"
#include "utf8.hpp"
#include "view.hpp"

namespace attune {
namespace {

struct Sizes {
    float unit = 0, margin = 0, gap = 0, text = 0, small = 0, heading = 0, big = 0, button = 0;
};

Sizes sizes_for(int width, int height) {
    Sizes s;
    s.unit = std::min(static_cast<float>(height), static_cast<float>(width) * 9.0f / 16.0f);
    s.margin = s.unit * 0.035f;
    s.gap = s.unit * 0.018f;
    s.text = s.unit * 0.026f;
    s.small = s.unit * 0.022f;
    s.heading = s.unit * 0.030f;
    s.big = s.unit * 0.085f;
    s.button = s.text * 2.0f;
    return s;
}

std::string clock(Duration value) {
    return format_countdown(std::chrono::floor<Seconds>(std::max(value, Duration{0})));
}

class Builder {
public:
    Builder(const ConsoleInput& in, DisplayList& list) : m_in(in), m_list(list), m_s(sizes_for(in.width, in.height)) {}

    void build() {
        const float w = static_cast<float>(m_in.width), h = static_cast<float>(m_in.height);
        header({m_s.margin, m_s.margin, w - 2 * m_s.margin, m_s.heading * 1.6f});
        const float top = m_s.margin + m_s.heading * 1.6f + m_s.gap;
        const float controls_top = h - m_s.margin - m_s.button - m_s.small * 1.4f;
        const float left_w = (w - 3 * m_s.margin) * 0.36f;
        agenda({m_s.margin, top, left_w, controls_top - top - m_s.gap});
        const float right_x = 2 * m_s.margin + left_w;
        const Rect right{right_x, top, w - m_s.margin - right_x, controls_top - top - m_s.gap};
        const float half = (right.w - m_s.margin) / 2;
        float y = now({right.x, right.y, half, right.h});
        y = speaking({right.x, y + m_s.gap, half, right.h});
        said({right.x, y + m_s.gap, half, right.y + right.h - y - m_s.gap});
        const Rect side{right.x + half + m_s.margin, right.y, half, right.h};
        const float notes_top = nudges(side);
        notes({side.x, notes_top + m_s.gap, side.w, side.y + side.h - notes_top - m_s.gap});
        controls({m_s.margin, controls_top, w - 2 * m_s.margin, m_s.button});
    }

private:
    const ConsoleInput& m_in;
    DisplayList& m_list;
    Sizes m_s;

    const Words& words() const { return m_in.words; }
    const Theme& theme() const { return m_in.theme; }
    const Snapshot& snapshot() const { return m_in.snapshot; }
    bool running() const {
        const Phase phase = snapshot().phase;
        return phase == Phase::step || phase == Phase::time_box || phase == Phase::paused;
    }

    float text(Rect box, const std::string& shown, float size, Color color, const std::string& role,
               FontWeight weight = FontWeight::regular, bool wrap = false, Align align = Align::left) {
        TextItem item;
        item.text = wrap ? shown : shorten_to(shown, size, box.w, weight);
        item.size = size;
        item.weight = weight;
        item.color = color;
        item.align = align;
        item.wrap = wrap;
        item.role = role;
        float height = size * 1.35f;
        if (wrap) {
            const auto lines = wrap_text(m_in.metrics, shown, size, weight, box.w);
            height = size * 1.35f * static_cast<float>(std::max<std::size_t>(1, lines.size()));
        }
        item.box = {box.x, box.y, box.w, wrap ? height : size * 1.35f};
        m_list.items.emplace_back(std::move(item));
        return box.y + height;
    }

    std::string shorten_to(const std::string& shown, float size, float width, FontWeight weight) const {
        if (m_in.metrics.width(shown, size, weight) <= width) return shown;
        std::string cut = shown;
        while (!cut.empty() && m_in.metrics.width(cut + "…", size, weight) > width)
            cut.erase(utf8::last_character_start(cut));
        return cut + "…";
    }

    void button(Rect box, const std::string& label, const Command& command, const std::string& role, bool available,
                std::size_t entry = 0, bool highlighted = false) {
        ButtonItem item;
        item.box = box;
        item.label = shorten_to(label, m_s.text, box.w - m_s.text, FontWeight::regular);
        item.command = command;
        item.fill = highlighted ? theme().primary_fill : available ? theme().button_fill : theme().surface;
        item.text = highlighted ? theme().primary_text : available ? theme().button_text : theme().muted_text;
        item.outline = theme().button_outline;
        item.size = m_s.text;
        item.weight = highlighted ? FontWeight::semibold : FontWeight::regular;
        item.padding = m_s.text * 0.5f;
        item.radius = m_s.unit * 0.01f;
        item.primary = highlighted;
        item.role = available ? role : role + "-off";
        item.entry = entry;
        m_list.items.emplace_back(std::move(item));
    }

    void heading(Rect box, const std::string& shown) {
        text(box, shown, m_s.small, theme().muted_text, "console-heading", FontWeight::semibold);
    }

    void header(Rect box) {
        text({box.x, box.y, box.w * 0.6f, box.h}, m_in.script.title, m_s.heading, theme().text, "console-title",
             FontWeight::semibold);
        const std::string times =
            fill(words().console_total,
                 {{"real", clock(total_time(m_in.record))}, {"planned", format_countdown(planned_time(m_in.script))}});
        text({box.x + box.w * 0.6f, box.y, box.w * 0.4f, box.h}, words().console_heading + " · " + times, m_s.text,
             theme().muted_text, "console-total", FontWeight::regular, false, Align::right);
    }

    void agenda(Rect box) {
        heading(box, words().console_agenda);
        const auto& items = m_in.script.agenda;
        const float top = box.y + m_s.small * 1.6f;
        const float room = box.y + box.h - top;
        const float row =
            std::min(m_s.button + m_s.gap * 0.5f, items.empty() ? room : room / static_cast<float>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool current = running() && i == snapshot().item;
            const bool done = std::find(m_in.record.items_done.begin(), m_in.record.items_done.end(), i) !=
                              m_in.record.items_done.end();
            const std::string mark = current ? "→  " : done ? "✓  " : "    ";
            // An item reached shows the time it took beside the time planned
            // ("4:12 / 4:00"), so the counselor sees where the time went.
            const Duration spent = i < m_in.record.item_time.size() ? m_in.record.item_time[i] : Duration{0};
            const std::string planned = format_countdown(planned_time(items[i]));
            const std::string times = current || done ? clock(spent) + " / " + planned : planned;
            const std::string label = mark + items[i].title + "   " + times;
            // Jumping is open while the conversation runs (a pause waits).
            const bool open = snapshot().phase == Phase::step || snapshot().phase == Phase::time_box;
            button({box.x, top + row * static_cast<float>(i), box.w, row - m_s.gap * 0.5f}, label, cmd::JumpTo{i},
                   "console-jump", open && !current, i, current);
        }
    }

    float now(Rect box) {
        heading(box, words().console_now);
        float y = box.y + m_s.small * 1.6f;
        const Snapshot& shot = snapshot();
        if (shot.phase == Phase::start)
            return text({box.x, y, box.w, 0}, words().console_not_begun, m_s.text, theme().text, "console-state");
        if (shot.phase == Phase::finished)
            return text({box.x, y, box.w, 0}, words().console_finished, m_s.text, theme().text, "console-state");
        const auto& items = m_in.script.agenda;
        if (shot.item < items.size()) {
            const Item& item = items[shot.item];
            y = text({box.x, y, box.w, 0}, item.title, m_s.text, theme().text, "console-item", FontWeight::semibold);
            y = text({box.x, y, box.w, 0},
                     fill(words().console_step,
                          {{"n", std::to_string(shot.step + 1)}, {"total", std::to_string(item.steps.size())}}),
                     m_s.small, theme().muted_text, "console-step");
        }
        if (const PauseView* pause = shot.pause()) {
            // How many pauses, never who called one.
            const std::string line = pause->can_resume
                                         ? fill(words().console_pause_over, {{"n", std::to_string(pause->count)}})
                                         : fill(words().console_pause, {{"n", std::to_string(pause->count)},
                                                                        {"time", clock(pause->cooldown_remaining)}});
            return text({box.x, y + m_s.gap * 0.5f, box.w, 0}, line, m_s.text, theme().pause_accent, "console-pause",
                        FontWeight::semibold, true);
        }
        if (shot.timer) {
            const Color color = shot.timer->remaining < Duration{0} ? theme().overtime : theme().accent;
            y = text({box.x, y, box.w, 0}, countdown_text(*shot.timer), m_s.big, color, "console-countdown",
                     FontWeight::semibold);
        }
        if (shot.item_box)
            y = text({box.x, y, box.w, 0}, fill(words().console_item_box, {{"time", clock(shot.item_box->remaining)}}),
                     m_s.small, theme().muted_text, "console-item-box");
        return y;
    }

    float speaking(Rect box) {
        heading(box, words().console_speaking);
        float y = box.y + m_s.small * 1.6f;
        for (const Seat seat : {Seat::left, Seat::right})
            y = text({box.x, y, box.w, 0},
                     m_in.script.partner(seat).name + "  " + clock(speaking_time(m_in.record, seat)), m_s.text,
                     theme().partner(seat), seat == Seat::left ? "console-speaking-left" : "console-speaking-right");
        return y;
    }

    // Check-ins (the latest of each, and the one being answered, hidden or
    // not) and agreements as they are worded.
    void said(Rect box) {
        const float bottom = box.y + box.h;
        heading(box, words().console_checkins);
        float y = box.y + m_s.small * 1.6f;
        const Snapshot& shot = snapshot();
        const Step* step =
            shot.item < m_in.script.agenda.size() && shot.step < m_in.script.agenda[shot.item].steps.size()
                ? &m_in.script.agenda[shot.item].steps[shot.step]
                : nullptr;
        if (const auto* checkin = step ? std::get_if<CheckinStep>(&step->body) : nullptr;
            checkin && shot.phase == Phase::step && shot.activity == Activity::checkin) {
            std::string line = checkin->question + ": ";
            for (const Seat seat : {Seat::left, Seat::right}) {
                const auto& answer = shot.answers[index_of(seat)];
                line += m_in.script.partner(seat).name + " " + (answer ? std::to_string(*answer) : "–") +
                        (seat == Seat::left ? ", " : "");
            }
            if (!checkin->reveal) line += " " + words().console_hidden;
            y = text({box.x, y, box.w, 0}, line, m_s.small, theme().text, "console-checkin-now", FontWeight::regular,
                     true);
        }
        const auto& checkins = m_in.record.checkins;
        for (std::size_t i = checkins.size(); i-- > 0 && y < bottom - m_s.small * 4;) {
            if (is_revised(checkins, i)) continue;
            const CheckinRecord& c = checkins[i];
            y = text({box.x, y, box.w, 0},
                     c.question + ": " + m_in.script.partner(c.seat).name + " " + std::to_string(c.value) + "/" +
                         std::to_string(c.scale),
                     m_s.small, theme().text, "console-checkin");
        }
        y += m_s.gap * 0.5f;
        heading({box.x, y, box.w, 0}, words().console_agreements);
        y += m_s.small * 1.6f;
        if (shot.phase == Phase::step && (shot.activity == Activity::agreement || shot.activity == Activity::review) &&
            !shot.agreement_text.empty())
            y = text({box.x, y, box.w, 0}, fill(words().console_being_written, {{"text", shot.agreement_text}}),
                     m_s.small, theme().accent, "console-agreement-draft");
        const auto& agreements = m_in.record.agreements;
        for (std::size_t i = agreements.size(); i-- > 0 && y < bottom - m_s.small * 1.4f;) {
            if (is_revised(agreements, i)) continue;
            const AgreementRecord& a = agreements[i];
            y = text({box.x, y, box.w, 0}, a.aloud && a.text.empty() ? words().agreed_aloud : a.text, m_s.small,
                     theme().text, "console-agreement");
        }
    }

    float nudges(Rect box) {
        heading(box, words().console_nudges);
        float y = box.y + m_s.small * 1.6f;
        const auto& list = nudges_for(m_in.script, words());
        const float row = m_s.button * 0.85f;
        const std::size_t shown = std::min<std::size_t>(list.size(), 9);
        for (std::size_t i = 0; i < shown; ++i) {
            button({box.x, y, box.w, row - m_s.gap * 0.4f}, std::to_string(i + 1) + "  " + list[i], cmd::Next{},
                   "console-nudge", running(), i);
            y += row;
        }
        // A nudge of the counselor's own words: a field like the note's.
        if (m_in.console.typing_nudge()) {
            y = text({box.x, y, box.w, 0}, m_in.console.nudge_draft + "|", m_s.text, theme().text,
                     "console-nudge-draft", FontWeight::regular, true);
            y = text({box.x, y, box.w, 0}, words().console_nudge_keys, m_s.small, theme().muted_text,
                     "console-nudge-keys");
        } else {
            button({box.x, y, box.w, row - m_s.gap * 0.4f}, "M  " + words().console_type_nudge, cmd::Next{},
                   "console-type-nudge", running());
            y += row;
        }
        if (m_in.shared.nudge) {
            y = text({box.x, y, box.w * 0.6f, 0},
                     fill(words().console_nudge_shown, {{"text", m_in.shared.nudge->text}}), m_s.small, theme().accent,
                     "console-nudge-shown", FontWeight::regular, true);
            button({box.x + box.w * 0.62f, y - m_s.small * 1.35f - m_s.gap * 0.2f, box.w * 0.38f, row * 0.9f},
                   "0  " + words().console_dismiss, cmd::Next{}, "console-dismiss", true);
            y += m_s.gap;
        }
        return y;
    }

    void notes(Rect box) {
        heading(box, words().console_notes);
        float y = box.y + m_s.small * 1.6f;
        const ConsoleState& console = m_in.console;
        const float field_h = m_s.button * 1.6f;
        RectItem field;
        field.box = {box.x, y, box.w, field_h};
        field.color = theme().surface;
        field.radius = m_s.unit * 0.01f;
        field.outline = console.typing_note() ? 2.0f : 0.0f;
        field.role = "console-note-field";
        m_list.items.emplace_back(field);
        // The field is a hit region too: a click starts a note.
        ButtonItem region;
        region.box = {box.x, y, box.w, field_h};
        region.command = cmd::Next{};
        region.fill = {0, 0, 0, 0};
        region.text = {0, 0, 0, 0};
        region.role = console.typing_note() ? "console-note-typing" : "console-note";
        m_list.items.emplace_back(region);
        const std::string shown = console.typing_note() ? console.note_draft + "|" : words().console_note_hint;
        text({box.x + m_s.gap, y + m_s.gap * 0.5f, box.w - 2 * m_s.gap, field_h - m_s.gap}, shown, m_s.small,
             console.typing_note() ? theme().text : theme().muted_text, "console-note-draft", FontWeight::regular,
             true);
        y += field_h + m_s.gap * 0.5f;
        if (console.typing_note())
            y = text({box.x, y, box.w, 0}, words().console_note_keys, m_s.small, theme().muted_text,
                     "console-note-keys");
        const auto& kept = console.notes.notes();
        for (std::size_t i = kept.size(); i-- > 0 && y < box.y + box.h - m_s.small * 1.4f;) {
            // Wrapped where there is room: these are the counselor's own
            // words; a note too long for what is left shows its first line.
            const std::string line = clock(kept[i].at) + "  " + kept[i].text;
            const auto lines = wrap_text(m_in.metrics, line, m_s.small, FontWeight::regular, box.w);
            const bool fits = y + m_s.small * 1.35f * static_cast<float>(lines.size()) <= box.y + box.h;
            y = text({box.x, y, box.w, 0}, line, m_s.small, theme().text, "console-note-kept", FontWeight::regular,
                     fits);
        }
    }

    void controls(Rect box) {
        const Snapshot& shot = snapshot();
        const bool step = shot.phase == Phase::step;
        const bool moving = step || shot.phase == Phase::time_box;
        const PauseView* pause = shot.pause();
        struct Control {
            std::string label, key, role;
            Command command;
            bool available;
        };
        const std::vector<Control> all{
            {words().console_skip, "S", "console-skip", cmd::Skip{}, step},
            {words().console_back, "B", "console-back", cmd::Back{}, moving},
            {words().console_add_minute, "T", "console-add-minute", cmd::AddTime{Seconds{60}},
             step && shot.timer.has_value()},
            {words().console_end_cooldown, "E", "console-end-cooldown", cmd::EndCooldown{},
             pause != nullptr && !pause->can_resume},
            {words().console_pause_button, "P", "console-pause", cmd::CounselorPause{}, moving},
        };
        const float width = (box.w - m_s.gap * static_cast<float>(all.size() - 1)) / static_cast<float>(all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Rect at{box.x + (width + m_s.gap) * static_cast<float>(i), box.y, width, box.h};
            button(at, all[i].label, all[i].command, all[i].role, all[i].available);
            text({at.x, at.y + at.h + m_s.small * 0.1f, at.w, m_s.small * 1.3f}, all[i].key, m_s.small,
                 theme().muted_text, all[i].role + "-key", FontWeight::regular, false, Align::center);
        }
    }
};

}  // namespace

DisplayList build_console(const ConsoleInput& input) {
    DisplayList list;
    list.width = input.width;
    list.height = input.height;
    list.background = input.theme.background;
    Builder{input, list}.build();
    place_text(list, input.metrics);
    // The time so far, each item's time, the speaking time and the cool-down
    // left read in whole seconds and move while the conversation runs, even
    // on a step where the shared screen shows nothing that moves: the
    // console asks to be built again at the next whole second.
    const Phase phase = input.snapshot.phase;
    if (phase != Phase::start && phase != Phase::finished) {
        const Duration into_second = input.record.elapsed % Duration{Seconds{1}};
        list.changes_after(Duration{Seconds{1}} - into_second);
    }
    return list;
}

ConsoleAction console_action(const DisplayList& console, float x, float y) {
    const ButtonItem* button = console.button_at(x, y);
    if (!button) return std::monostate{};
    const std::string& role = button->role;
    if (role == "console-nudge") return ConsoleUiAction{ConsoleUi::send_nudge, button->entry};
    if (role == "console-dismiss") return ConsoleUiAction{ConsoleUi::dismiss_nudge, 0};
    if (role == "console-note") return ConsoleUiAction{ConsoleUi::start_note, 0};
    if (role == "console-type-nudge") return ConsoleUiAction{ConsoleUi::start_nudge, 0};
    if (role == "console-skip" || role == "console-back" || role == "console-add-minute" ||
        role == "console-end-cooldown" || role == "console-pause" || role == "console-jump")
        return button->command;
    return std::monostate{};  // a control that means nothing now ("-off"), or the note being typed
}

ConsoleAction console_key(KeyPress press, const ConsoleState& console, std::size_t nudges) {
    if (console.typing != ConsoleTyping::nothing) {
        const bool note = console.typing_note();
        if (press.key == Key::enter)
            return ConsoleUiAction{note ? ConsoleUi::keep_note : ConsoleUi::send_nudge_typed, 0};
        if (press.key == Key::escape)
            return ConsoleUiAction{note ? ConsoleUi::cancel_note : ConsoleUi::cancel_nudge, 0};
        if (press.key == Key::backspace) return ConsoleUiAction{ConsoleUi::erase, 0};
        return std::monostate{};  // the text arrives through the text input
    }
    if (press.modifiers.alt) return std::monostate{};
    if (auto command = counselor_command(press.key)) return *command;
    switch (press.key) {
        case Key::p:
            return Command{cmd::CounselorPause{}};
        case Key::n:
            return ConsoleUiAction{ConsoleUi::start_note, 0};
        case Key::m:
            return ConsoleUiAction{ConsoleUi::start_nudge, 0};
        case Key::digit_0:
            return ConsoleUiAction{ConsoleUi::dismiss_nudge, 0};
        default:
            break;
    }
    if (press.key > Key::digit_0 && press.key <= Key::digit_9) {
        const auto index = static_cast<std::size_t>(static_cast<int>(press.key) - static_cast<int>(Key::digit_1));
        if (index < nudges) return ConsoleUiAction{ConsoleUi::send_nudge, index};
    }
    return std::monostate{};
}

}  // namespace attune
