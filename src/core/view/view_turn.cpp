// Whoever has the floor: a turn, a reflection (the listener says back what
// was heard), the speaker's verdict, a clarification. The name of whoever
// speaks stands large in their colour; the countdown sits in a ring.
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {
namespace {

struct Columns {
    Rect left;   // names and words
    Rect right;  // the countdown or the answer buttons
};

Columns columns(const Context& context) {
    const Rect body = context.body();
    const float split = context.frame.x(0.58f);
    return {{body.x, body.y, split - body.x - context.frame.gap, body.h},
            {split + context.frame.gap, body.y, body.x + body.w - split - context.frame.gap, body.h}};
}

// The floor holder's name and the caption under it; returns the bottom.
float add_floor(DisplayList& list, const Context& context, Rect column, Seat seat, const std::string& caption,
                std::size_t name_lines) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const std::string& name = context.name(seat);
    TextStyle style;
    // A long name takes a second line before it gets smaller.
    const Fitted name_text =
        fit_lines(context, name, frame.size(theme.floor_size), column.w, name_lines, FontWeight::bold);
    style.size = name_text.size;
    style.color = theme.partner(seat);
    style.weight = FontWeight::bold;
    const Rect name_box{column.x, column.y + frame.y(0.02f), column.w, std::max(style.size * 1.3f, name_text.height)};
    add_text(list, name_box, name_text, style, "floor");
    float bottom = name_box.y + name_box.h;
    if (!caption.empty()) {
        TextStyle caption_style = body_style(context);
        caption_style.color = theme.muted_text;
        caption_style.wrap = false;
        const Fitted caption_text = legible_line(context, caption, caption_style.size, column.w, caption_style.weight);
        caption_style.size = caption_text.size;
        const Rect box{column.x, bottom, column.w, caption_style.size * 1.4f};
        add_text(list, box, caption_text, caption_style, "floor-caption");
        bottom = box.y + box.h;
    }
    return bottom;
}

struct SpeakingWords {
    std::string caption;
    std::string prompt;
    std::vector<std::string> hints;
    std::string reminder;
};

SpeakingWords speaking_words(const Context& context, const Step* step) {
    const Snapshot& snapshot = context.snapshot();
    const Words& words = context.words();
    const Seat floor = snapshot.floor;
    const std::string& other_name = context.name(other(floor));
    SpeakingWords out;
    switch (snapshot.activity) {
        case Activity::turn:
            out.caption = words.has_the_floor;
            if (step) {
                if (const auto* turn = std::get_if<TurnStep>(&step->body)) {
                    out.prompt = turn->prompt;
                    out.hints = turn->hints;
                } else if (const auto* exchange = std::get_if<ExchangeStep>(&step->body)) {
                    out.prompt = exchange->prompt;
                }
            }
            out.reminder = fill(words.listen_without_interrupting, {{"name", other_name}});
            break;
        case Activity::reflect:
            out.caption = words.reflects;
            if (step) {
                if (const auto* reflect = std::get_if<ReflectStep>(&step->body)) out.prompt = reflect->prompt;
            }
            if (out.prompt.empty()) out.prompt = words.default_reflect_prompt;
            out.reminder = fill(words.speaker_listens, {{"name", other_name}});
            break;
        default:  // clarify
            out.caption = words.clarifies;
            out.prompt = words.default_clarify_prompt;
            out.reminder = fill(words.listen_without_interrupting, {{"name", other_name}});
            break;
    }
    return out;
}

void add_right_countdown(DisplayList& list, const Context& context, Rect column) {
    const auto& timer = context.snapshot().timer;
    if (!timer) return;
    const float words_room = context.frame.size(context.theme().body_size) * time_words_lines + context.frame.gap;
    const float radius = std::min({context.frame.y(0.27f), column.w / 2, (column.h - words_room) / 2});
    const float cx = column.x + column.w / 2;
    const float cy = column.y + (column.h - words_room) / 2;
    add_countdown(list, context, cx, cy, radius, *timer, column.w);
}

void add_speaking_column(DisplayList& list, const Context& context, const Columns& cols, Seat floor,
                         const SpeakingWords& text, std::size_t name_lines);

}  // namespace

void build_speaking(DisplayList& list, const Context& context) {
    const Snapshot& snapshot = context.snapshot();
    const Step* step = current_step(context.script(), snapshot);
    add_header(list, context, item_title(context));
    const Columns cols = columns(context);
    const SpeakingWords text = speaking_words(context, step);

    // A long name takes a second line while the words under it still fit
    // whole; else it keeps to one line and is smaller.
    DisplayList column;
    for (const std::size_t name_lines : {std::size_t{2}, std::size_t{1}}) {
        column.items.clear();
        add_speaking_column(column, context, cols, snapshot.floor, text, name_lines);
        const bool cut = std::any_of(column.items.begin(), column.items.end(), [](const DisplayItem& item) {
            const auto* shown = std::get_if<TextItem>(&item);
            return shown && shown->cut == TextCut::shortened;
        });
        if (!cut) break;
    }
    for (DisplayItem& item : column.items) list.items.push_back(std::move(item));

    add_right_countdown(list, context, cols.right);
    add_pause_button(list, context);
    // Whoever has the floor ends it with their own key (the listener's keys
    // never do); the shared Space of a clicker or the counselor still works.
    add_next_button(list, context, context.words().next,
                    key_text(context, yes_key(snapshot.floor)) + " · " + key_text(context, Key::space));
}

namespace {

void add_speaking_column(DisplayList& list, const Context& context, const Columns& cols, Seat floor,
                         const SpeakingWords& text, std::size_t name_lines) {
    const Frame& frame = context.frame;
    float y = add_floor(list, context, cols.left, floor, text.caption, name_lines) + frame.gap;

    // The reminder to the one who listens stands at the foot of the column.
    TextStyle reminder = body_style(context);
    reminder.color = context.theme().muted_text;
    const float reminder_height = reminder.size * 2.7f;
    const float reminder_y = cols.left.y + cols.left.h - reminder_height;
    const Rect reminder_box{cols.left.x, reminder_y, cols.left.w, reminder_height};
    const Fitted reminder_text = legible_wrapped(context, text.reminder, reminder.size, reminder_box, reminder.weight);
    reminder.size = reminder_text.size;
    add_text(list, reminder_box, reminder_text, reminder, "reminder");

    const float small = frame.size(context.theme().small_size);
    const std::size_t hint_count = std::min<std::size_t>(text.hints.size(), 4);
    const float hints_height = static_cast<float>(hint_count) * small * 1.5f;
    if (!text.prompt.empty()) {
        Rect box{cols.left.x, y, cols.left.w, std::max(0.0f, reminder_y - frame.gap - hints_height - y)};
        TextStyle style = heading_style(context);
        const Fitted prompt = legible_wrapped(context, text.prompt, style.size, box, style.weight);
        style.size = prompt.size;
        box.h = std::min(box.h, text_height(context, prompt.text, style.size, box.w, style.weight));
        add_text(list, box, prompt, style, "prompt");
        y = box.y + box.h + frame.gap * 0.5f;
    }
    for (std::size_t i = 0; i < hint_count; ++i) {
        TextStyle style = small_style(context);
        const std::string hint = "›  " + text.hints[i];
        const Fitted fitted = legible_line(context, hint, small, cols.left.w);
        style.size = fitted.size;
        add_text(list, {cols.left.x, y + static_cast<float>(i) * small * 1.5f, cols.left.w, small * 1.5f}, fitted.text,
                 style, "hint");
    }
}

}  // namespace

// The speaker answers whether the reflection fitted. One centred block: the
// speaker's name in their colour with "answers" under it, the question, and
// the two answers side by side in the order of the speaker's keys (A then S
// on the left, K then L on the right), so the hand finds what the eye sees.
void build_verdict(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Snapshot& snapshot = context.snapshot();
    const Words& words = context.words();
    const Seat speaker = snapshot.floor;
    add_header(list, context, item_title(context));
    const Rect body = context.body();
    const float width = std::min(body.w, frame.x(0.8f));
    const float x = frame.x(0.5f) - width / 2;

    const std::string& name = context.name(speaker);
    TextStyle name_style;
    const Fitted name_text = fit_lines(context, name, frame.size(theme.floor_size), width, 2, FontWeight::bold);
    name_style.size = name_text.size;
    name_style.color = theme.partner(speaker);
    name_style.weight = FontWeight::bold;
    name_style.align = Align::center;
    const float name_height = std::max(name_style.size * 1.3f, name_text.height);

    TextStyle caption = body_style(context, Align::center);
    caption.color = theme.muted_text;
    caption.wrap = false;
    const Fitted caption_text = legible_line(context, words.answers, caption.size, width, caption.weight);
    caption.size = caption_text.size;
    const float caption_height = caption.size * 1.4f;

    const std::string question = fill(words.verdict_question, {{"name", name}});
    TextStyle question_style = heading_style(context, Align::center);
    const Rect question_room{x, 0, width, question_style.size * 1.3f * 3};
    const Fitted question_text =
        legible_wrapped(context, question, question_style.size, question_room, question_style.weight);
    question_style.size = question_text.size;
    const float question_height =
        text_height(context, question_text.text, question_style.size, width, question_style.weight);

    const float button_height = context.button_height() * 1.3f;
    const float buttons_height = button_height + context.hint_height();
    const float block = name_height + caption_height + frame.gap + question_height + frame.gap * 1.5f + buttons_height;
    float y = body.y + std::max(0.0f, (body.h - block) / 2);

    add_text(list, {x, y, width, name_height}, name_text, name_style, "floor");
    y += name_height;
    add_text(list, {x, y, width, caption_height}, caption_text, caption, "floor-caption");
    y += caption_height + frame.gap;
    add_text(list, {x, y, width, question_height}, question_text, question_style, "prompt");
    y += question_height + frame.gap * 1.5f;

    ButtonSpec yes;
    yes.label = words.thats_it;
    yes.command = cmd::ThatsIt{};
    yes.primary = true;
    yes.role = "thats-it";
    yes.key = key_text(context, yes_key(speaker));
    ButtonSpec no;
    no.label = words.not_quite;
    no.command = cmd::NotQuite{};
    no.role = "not-quite";
    no.key = key_text(context, other_key(speaker));

    const float spacing = frame.gap * 1.5f;
    const float each = std::min((width - spacing) / 2, frame.x(0.3f));
    const Rect first{frame.x(0.5f) - spacing / 2 - each, y, each, button_height};
    const Rect second{frame.x(0.5f) + spacing / 2, y, each, button_height};
    const bool yes_first = speaker == Seat::left;
    add_button(list, context, yes_first ? first : second, yes);
    add_button(list, context, yes_first ? second : first, no);

    add_pause_button(list, context);
}

// "Not quite" on the last reflection: the speaker sees that it was noticed,
// in calm words, and nothing is counted against anyone. Next goes on.
void build_not_heard(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Seat speaker = context.snapshot().floor;
    add_header(list, context, item_title(context));
    const Rect body = context.body();
    const float width = std::min(body.w, frame.x(0.7f));
    const float x = frame.x(0.5f) - width / 2;

    TextStyle name_style;
    const Fitted name_text =
        fit_lines(context, context.name(speaker), frame.size(theme.floor_size), width, 2, FontWeight::bold);
    name_style.size = name_text.size;
    name_style.color = theme.partner(speaker);
    name_style.weight = FontWeight::bold;
    name_style.align = Align::center;
    const float name_height = std::max(name_style.size * 1.3f, name_text.height);

    TextStyle message = heading_style(context, Align::center);
    const Rect message_room{x, 0, width, message.size * 1.3f * 3};
    const Fitted message_text = legible_wrapped(context, words.not_heard, message.size, message_room, message.weight);
    message.size = message_text.size;
    const float message_height = text_height(context, message_text.text, message.size, width, message.weight);

    TextStyle hint = body_style(context, Align::center);
    hint.color = theme.muted_text;
    const Rect hint_room{x, 0, width, hint.size * 1.4f * 2};
    const Fitted hint_text = legible_wrapped(context, words.not_heard_hint, hint.size, hint_room, hint.weight);
    hint.size = hint_text.size;
    const float hint_height = text_height(context, hint_text.text, hint.size, width, hint.weight);

    const float block = name_height + frame.gap + message_height + frame.gap + hint_height;
    float y = body.y + std::max(0.0f, (body.h - block) / 2);
    add_text(list, {x, y, width, name_height}, name_text, name_style, "floor");
    y += name_height + frame.gap;
    add_text(list, {x, y, width, message_height}, message_text, message, "not-heard");
    y += message_height + frame.gap;
    add_text(list, {x, y, width, hint_height}, hint_text, hint, "not-heard-hint");

    add_pause_button(list, context);
    add_next_button(list, context, words.next);
}

}  // namespace attune::view
