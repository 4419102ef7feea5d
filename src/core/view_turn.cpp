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
float add_floor(DisplayList& list, const Context& context, Rect column, Seat seat, const std::string& caption) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const std::string& name = context.name(seat);
    TextStyle style;
    style.size = fit_line(name, frame.size(theme.floor_size), column.w);
    style.color = theme.partner(seat);
    style.weight = FontWeight::bold;
    const Rect name_box{column.x, column.y + frame.y(0.02f), column.w, style.size * 1.3f};
    add_text(list, name_box, name, style, "floor");
    float bottom = name_box.y + name_box.h;
    if (!caption.empty()) {
        TextStyle caption_style = body_style(context);
        caption_style.color = theme.muted_text;
        caption_style.wrap = false;
        caption_style.size = fit_line(caption, caption_style.size, column.w);
        const Rect box{column.x, bottom, column.w, caption_style.size * 1.4f};
        add_text(list, box, caption, caption_style, "floor-caption");
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
    const float words_room = context.frame.size(context.theme().body_size) * 1.4f + context.frame.gap;
    const float radius = std::min({context.frame.y(0.27f), column.w / 2, (column.h - words_room) / 2});
    const float cx = column.x + column.w / 2;
    const float cy = column.y + (column.h - words_room) / 2;
    add_countdown(list, context, cx, cy, radius, *timer, column.w);
}

}  // namespace

void build_speaking(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Snapshot& snapshot = context.snapshot();
    const Step* step = current_step(context.script(), snapshot);
    add_header(list, context, item_title(context));
    const Columns cols = columns(context);
    const SpeakingWords text = speaking_words(context, step);

    float y = add_floor(list, context, cols.left, snapshot.floor, text.caption) + frame.gap;

    // The reminder to the one who listens stands at the foot of the column.
    TextStyle reminder = body_style(context);
    reminder.color = context.theme().muted_text;
    reminder.size = fit_wrapped(text.reminder, reminder.size, {0, 0, cols.left.w, reminder.size * 2.7f});
    const float reminder_height = reminder.size * 2.7f;
    const float reminder_y = cols.left.y + cols.left.h - reminder_height;
    add_text(list, {cols.left.x, reminder_y, cols.left.w, reminder_height}, text.reminder, reminder, "reminder");

    const float small = frame.size(context.theme().small_size);
    const std::size_t hint_count = std::min<std::size_t>(text.hints.size(), 4);
    const float hints_height = static_cast<float>(hint_count) * small * 1.5f;
    if (!text.prompt.empty()) {
        Rect box{cols.left.x, y, cols.left.w, std::max(0.0f, reminder_y - frame.gap - hints_height - y)};
        TextStyle style = heading_style(context);
        style.size = fit_wrapped(text.prompt, style.size, box);
        box.h = std::min(box.h, text_height(text.prompt, style.size, box.w));
        add_text(list, box, text.prompt, style, "prompt");
        y = box.y + box.h + frame.gap * 0.5f;
    }
    for (std::size_t i = 0; i < hint_count; ++i) {
        TextStyle style = small_style(context);
        const std::string hint = "›  " + text.hints[i];
        style.size = fit_line(hint, small, cols.left.w);
        add_text(list, {cols.left.x, y + static_cast<float>(i) * small * 1.5f, cols.left.w, small * 1.5f}, hint,
                 style, "hint");
    }

    add_right_countdown(list, context, cols.right);
    add_pause_button(list, context);
    add_next_button(list, context, context.words().next);
}

void build_verdict(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Snapshot& snapshot = context.snapshot();
    const Words& words = context.words();
    const Seat speaker = snapshot.floor;
    add_header(list, context, item_title(context));
    const Columns cols = columns(context);

    const float y = add_floor(list, context, cols.left, speaker, "") + frame.gap;
    const std::string question = fill(words.verdict_question, {{"name", context.name(speaker)}});
    Rect box{cols.left.x, y, cols.left.w, cols.left.y + cols.left.h - y};
    TextStyle style = heading_style(context);
    style.size = fit_wrapped(question, style.size, box);
    box.h = std::min(box.h, text_height(question, style.size, box.w));
    add_text(list, box, question, style, "prompt");

    // Two answers, only the speaker's keys: the screen says which.
    const float height = context.button_height() * 1.3f;
    const float width = cols.right.w * 0.8f;
    const float x = cols.right.x + (cols.right.w - width) / 2;
    const float block = 2 * height + 2 * context.hint_height() + frame.gap;
    const float top = cols.right.y + (cols.right.h - block) / 2;

    ButtonSpec yes;
    yes.label = words.thats_it;
    yes.command = cmd::ThatsIt{};
    yes.primary = true;
    yes.role = "thats-it";
    yes.key = key_text(context, yes_key(speaker));
    add_button(list, context, {x, top, width, height}, yes);

    ButtonSpec no;
    no.label = words.not_quite;
    no.command = cmd::NotQuite{};
    no.role = "not-quite";
    no.key = key_text(context, other_key(speaker));
    add_button(list, context, {x, top + height + context.hint_height() + frame.gap, width, height}, no);

    add_pause_button(list, context);
}

}  // namespace attune::view
