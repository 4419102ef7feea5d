// A review: the couple's earlier agreements come back one at a time. The
// agreement's words stand in a card, in full; under it each partner has a
// column of their own three buttons (and keys), first for how it is going,
// then for what becomes of it. Ratings stay hidden until both have given
// theirs; picks show, like a choice's, until they are the same. Rewording
// takes new words the way an agreement does. With nothing to look at, one
// calm line says why, and Next goes on.
#include <algorithm>
#include <array>

#include "view_screens.hpp"

namespace attune::view {
namespace {

constexpr std::array ratings{ReviewRating::working, ReviewRating::partly, ReviewRating::not_yet};
constexpr std::array outcomes{ReviewOutcome::kept, ReviewOutcome::reworded, ReviewOutcome::let_go};
constexpr std::string_view check_mark = "✓";

const std::string& rating_words(const Words& words, ReviewRating rating) {
    switch (rating) {
        case ReviewRating::working:
            return words.rating_working;
        case ReviewRating::partly:
            return words.rating_partly;
        case ReviewRating::not_yet:
            break;
    }
    return words.rating_not_yet;
}

const std::string& outcome_words(const Words& words, ReviewOutcome outcome) {
    switch (outcome) {
        case ReviewOutcome::kept:
            return words.review_keep;
        case ReviewOutcome::reworded:
            return words.review_reword;
        case ReviewOutcome::let_go:
            break;
    }
    return words.review_let_go;
}

// The keys of a partner's three answers, in the order the screen lists them.
Key answer_key(Seat seat, std::size_t answer) {
    if (answer == 0) return yes_key(seat);
    return answer == 1 ? other_key(seat) : third_key(seat);
}

const ReviewStep* review_step(const Context& context) {
    const Step* step = current_step(context.script(), context.snapshot());
    return step ? std::get_if<ReviewStep>(&step->body) : nullptr;
}

std::string step_prompt(const Context& context) {
    const ReviewStep* review = review_step(context);
    return review && !review->prompt.empty() ? review->prompt : context.words().review_prompt;
}

// A heading over the whole width that takes a second line rather than get
// small. Returns its bottom.
float add_heading(DisplayList& list, const Context& context, const std::string& text, float top,
                  const std::string& role) {
    const Rect body = context.body();
    TextStyle style = heading_style(context, Align::center);
    const Fitted fitted = fit_lines(context, text, style.size, body.w, 2, style.weight);
    style.size = fitted.size;
    add_text(list, {body.x, top, body.w, fitted.height}, fitted, style, role);
    return top + fitted.height;
}

// A quiet line (or two) of small type. Returns its bottom.
float add_note(DisplayList& list, const Context& context, const std::string& text, float top, std::size_t lines,
               const std::string& role, Align align = Align::center) {
    const Rect body = context.body();
    TextStyle style = small_style(context, align);
    style.color = context.theme().muted_text;
    const Fitted fitted = fit_lines(context, text, style.size, body.w, lines, style.weight);
    style.size = fitted.size;
    add_text(list, {body.x, top, body.w, fitted.height}, fitted, style, role);
    return top + fitted.height;
}

// The place line at the top of the agreement's card: which one of how many,
// and the question it answered.
Fitted card_caption(const Context& context, float width) {
    const Words& words = context.words();
    const ReviewView& review = context.snapshot().review;
    const std::string place =
        fill(words.review_of, {{"n", std::to_string(review.number)}, {"total", std::to_string(review.count)}}) +
        "  ·  " + fill(words.review_answered_to, {{"prompt", review.subject.prompt}});
    const TextStyle caption = small_style(context, Align::left);
    return fit_lines(context, place, caption.size, width, 2, caption.weight);
}

const std::string& card_words(const Context& context) {
    const ReviewSubject& subject = context.snapshot().review.subject;
    return subject.aloud && subject.text.empty() ? context.words().review_aloud : subject.text;
}

// The card's height with its words at `size`.
float card_height(const Context& context, float size) {
    const float pad = context.frame.gap;
    const float width = context.body().w - 2 * pad;
    return pad * 1.9f + card_caption(context, width).height + text_height(context, card_words(context), size, width);
}

// The agreement under review, in a card: which one of how many and the
// question it answered, then its words in full (or that it was agreed
// aloud). The card takes the height its words need, up to `most`. Returns
// its bottom.
float add_subject_card(DisplayList& list, const Context& context, float top, float most) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const ReviewSubject& subject = context.snapshot().review.subject;
    const Rect body = context.body();
    const float pad = frame.gap;
    const float inner_width = body.w - 2 * pad;

    TextStyle caption = small_style(context, Align::left);
    caption.color = theme.muted_text;
    const Fitted origin = card_caption(context, inner_width);
    caption.size = origin.size;

    const bool aloud = subject.aloud && subject.text.empty();
    const std::string& text = card_words(context);
    TextStyle style = body_style(context, Align::left);
    if (aloud) style.color = theme.muted_text;
    const float words_top = top + pad * 0.8f + origin.height + pad * 0.3f;
    const float room = std::max(0.0f, top + most - pad * 0.8f - words_top);
    // As tall as the words need at their size, and no taller than the room.
    const float needed = text_height(context, text, style.size, inner_width, style.weight);
    const Rect words_box{body.x + pad, words_top, inner_width, std::min(needed, room)};
    const Fitted fitted = legible_wrapped(context, text, style.size, words_box, style.weight);
    style.size = fitted.size;

    RectItem card;
    card.box = {body.x, top, body.w, words_box.y + words_box.h + pad * 0.8f - top};
    card.color = theme.surface;
    card.radius = frame.size(theme.corner);
    card.role = "review-card";
    list.items.emplace_back(card);
    add_text(list, {body.x + pad, top + pad * 0.8f, inner_width, origin.height}, origin, caption, "review-origin");
    add_text(list, words_box, fitted, style, "review-words");
    return card.box.y + card.box.h;
}

// What each partner's column of three answers shows.
struct Column {
    std::string header;                 // the partner's name, or with their rating once both rated
    std::array<std::string, 3> labels;  // the three answers
    std::array<Command, 3> commands;    // what each sends
    std::optional<std::size_t> chosen;  // the answer this partner picked, shown
    bool done = false;                  // answered and hidden: a pill instead of buttons
};

constexpr float header_scale = 1.15f;  // a column's header, of the small size
constexpr float key_scale = 1.35f;     // the answer keys beside the buttons, of the small size
constexpr float note_scale = 1.15f;    // the footer's note, of the small size

// What heads each partner's column: their name, and once both have rated
// (the answers show together), their rating too.
std::array<std::string, 2> header_texts(const Context& context) {
    const Words& words = context.words();
    const ReviewView& review = context.snapshot().review;
    std::array<std::string, 2> texts;
    for (const Seat seat : {Seat::left, Seat::right}) {
        const auto& given = review.ratings[index_of(seat)];
        texts[index_of(seat)] =
            review.stage == ReviewStage::deciding && given
                ? fill(words.review_rated, {{"name", context.name(seat)}, {"rating", rating_words(words, *given)}})
                : context.name(seat);
    }
    return texts;
}

// Both headers take the same height: a long name takes a second line
// rather than get small or be cut.
float column_header_height(const Context& context, const std::array<std::string, 2>& texts) {
    const float size = context.frame.size(context.theme().small_size) * header_scale;
    float height = 0;
    for (const std::string& text : texts)
        height =
            std::max(height, fit_lines(context, text, size, context.frame.x(0.3f), 2, FontWeight::semibold).height);
    return height + context.frame.gap * 0.2f;
}

// The height the columns take with buttons `button` high under headers `header` high.
float columns_height(const Context& context, float button, float header) {
    const float spacing = context.frame.gap * 0.4f;
    return header + 3 * button + 2 * spacing;
}

// Each partner's column under their name, left and right as they sit; each
// button's key beside it, on the outer side.
void add_columns(DisplayList& list, const Context& context, float top, float button, float header_height,
                 const std::array<Column, 2>& columns, const std::string& role) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float width = frame.x(0.3f);
    const float spacing = frame.gap * 0.4f;
    const float small = frame.size(theme.small_size);
    for (const Seat seat : {Seat::left, Seat::right}) {
        const Column& column = columns[index_of(seat)];
        const bool left = seat == Seat::left;
        const std::string side = left ? "-left" : "-right";
        const float x = left ? frame.x(0.5f) - frame.gap - width : frame.x(0.5f) + frame.gap;

        TextStyle header = small_style(context, Align::center);
        header.color = theme.partner(seat);
        header.weight = FontWeight::semibold;
        const Fitted name = fit_lines(context, column.header, small * header_scale, width, 2, header.weight);
        header.size = name.size;
        const float name_top = top + header_height - frame.gap * 0.2f - name.height;
        add_text(list, {x, name_top, width, name.height}, name, header, role + side);

        const float first = top + header_height;
        if (column.done) {
            add_done(list, context, {x, first, width, button}, context.words().answered, context.name(seat),
                     theme.partner(seat), role + "-done" + side);
            continue;
        }
        for (std::size_t i = 0; i < 3; ++i) {
            const Rect box{x, first + static_cast<float>(i) * (button + spacing), width, button};
            const bool chosen = column.chosen == i;
            ButtonSpec spec;
            // The pick is marked in words as well as in colour.
            spec.label = chosen ? std::string(check_mark) + "  " + column.labels[i] : column.labels[i];
            spec.command = column.commands[i];
            spec.label_color = theme.partner(seat);
            spec.outline = theme.partner(seat);
            spec.chosen = chosen;
            spec.role = role + side + "-" + std::to_string(i + 1);
            add_button(list, context, box, spec);
            // The key on the outer side, where that partner's hand is: a
            // size up from the small type and in the partner's colour, so
            // that the letter reads from the sofa.
            const float key_size = small * key_scale;
            const float key_width = key_size * 2.4f;
            const Rect key_box{left ? x - frame.gap * 0.5f - key_width : x + width + frame.gap * 0.5f,
                               box.y + (box.h - key_size * 1.5f) / 2, key_width, key_size * 1.5f};
            TextStyle key_style = small_style(context, left ? Align::right : Align::left);
            key_style.size = key_size;
            key_style.weight = FontWeight::semibold;
            key_style.color = theme.partner(seat);
            add_text(list, key_box, key_text(context, answer_key(seat, i)), key_style, spec.role + "-key");
        }
    }
}

// A line in the footer, beside the pause button: what the partners need to
// know about the answers on screen.
void add_footer_note(DisplayList& list, const Context& context, const std::string& text) {
    const Frame& frame = context.frame;
    const Rect footer = context.footer();
    const float left = footer.x + frame.x(0.3f) + frame.gap;  // clear of the widest pause button
    const Rect box{left, footer.y, footer.x + footer.w - left, context.button_height()};
    TextStyle style = small_style(context, Align::right);
    style.color = context.theme().muted_text;
    style.size *= note_scale;
    const Fitted fitted = legible_wrapped(context, text, style.size, box, style.weight);
    style.size = fitted.size;
    add_text(list, box, fitted, style, "review-note");
}

// Rating and deciding share one layout: the question, which agreement of
// how many, its card, then both columns.
void build_answers(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    const ReviewView& review = snapshot.review;
    const Rect body = context.body();
    const bool rating = review.stage == ReviewStage::rating;

    const float y = add_heading(list, context, rating ? words.review_how : words.review_decide, body.y, "question") +
                    frame.gap * 0.5f;

    // The buttons give way to a long agreement, down to a height that still
    // holds their label; the card takes what is left, its words wrapping
    // and, only when they must, getting smaller down to the legible size.
    const float header = column_header_height(context, header_texts(context));
    const float spare =
        body.y + body.h - y - frame.gap - columns_height(context, 0, header) - card_height(context, frame.legible());
    const float button = std::clamp(spare / 3, context.button_height() * 0.62f, context.button_height() * 0.9f);
    const float below = columns_height(context, button, header);
    const float card_bottom = add_subject_card(list, context, y, body.y + body.h - below - frame.gap - y);

    std::array<Column, 2> columns;
    for (const Seat seat : {Seat::left, Seat::right}) {
        Column& column = columns[index_of(seat)];
        const auto& given = review.ratings[index_of(seat)];
        column.header = header_texts(context)[index_of(seat)];
        for (std::size_t i = 0; i < 3; ++i) {
            if (rating) {
                column.labels[i] = rating_words(words, ratings[i]);
                column.commands[i] = cmd::Rate{seat, ratings[i]};
            } else {
                column.labels[i] = outcome_words(words, outcomes[i]);
                column.commands[i] = cmd::Decide{seat, outcomes[i]};
                if (review.picks[index_of(seat)] == outcomes[i]) column.chosen = i;
            }
        }
        // A rating given stays hidden until the other's is given too; then
        // both show together, over the columns (header_texts).
        if (rating) column.done = given.has_value();
    }
    add_columns(list, context, card_bottom + frame.gap, button, header, columns, rating ? "rating" : "decide");

    add_pause_button(list, context);
    if (rating) {
        add_footer_note(list, context, words.review_reveal);
    } else {
        const bool differ = review.picks[0] && review.picks[1] && review.picks[0] != review.picks[1];
        add_footer_note(list, context, differ ? words.choice_differs : words.review_decide_hint);
    }
}

// Both chose to reword it: the old words stay in sight while the new ones
// are written (or agreed aloud) and confirmed, as an agreement is.
void build_rewording(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const ReviewSubject& subject = context.snapshot().review.subject;
    const Rect body = context.body();

    float y = add_heading(list, context, words.review_reword_heading, body.y, "question");
    const std::string old = subject.text.empty() ? fill(words.review_old_aloud, {{"prompt", subject.prompt}})
                                                 : fill(words.review_old_words, {{"text", subject.text}});
    y = add_note(list, context, old, y + frame.gap * 0.3f, 3, "review-old") + frame.gap * 0.5f;
    // The card and, under it, the buttons that write in it.
    const float under = frame.gap + context.button_height() + context.hint_height();
    const float height = std::min(frame.y(0.29f), body.y + body.h - under - y);
    const Rect card{body.x, y, body.w, std::max(height, frame.legible() * 3)};
    add_agreement_words(list, context, card);
    // Not typing, Esc goes back to the choice: said under the buttons, where
    // there is room, so that nobody feels locked into new words.
    if (typing_now(context.in.ui, context.snapshot())) return;
    TextStyle style = small_style(context, Align::center);
    style.color = context.theme().muted_text;
    const float top = card.y + card.h + under + frame.gap * 0.3f;
    const Fitted line = fit_lines(context, fill(words.review_back_hint, {{"key", key_text(context, Key::escape)}}),
                                  style.size, body.w, 1);
    if (top + line.height > context.footer().y - frame.gap * 0.3f) return;
    style.size = line.size;
    add_text(list, {body.x, top, body.w, line.height}, line, style, "review-back-hint");
}

// Nothing to look at today: why, said calmly, and Next.
void build_nothing(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const ReviewView& review = context.snapshot().review;
    const Rect body = context.body();
    const float y = add_heading(list, context, step_prompt(context), body.y, "prompt");

    const std::string& why = review.empty == ReviewEmpty::not_kept      ? words.review_not_kept
                             : review.empty == ReviewEmpty::nothing_due ? words.review_nothing_due
                                                                        : words.review_none_in_force;
    const float half = frame.x(0.38f);
    const Rect box{frame.x(0.5f) - half, y + frame.y(0.08f), 2 * half, frame.y(0.2f)};
    TextStyle style = heading_style(context, Align::center);
    style.weight = FontWeight::regular;
    const Fitted fitted = legible_wrapped(context, why, style.size, box, style.weight);
    style.size = fitted.size;
    add_text(list, box, fitted, style, "review-none");
    add_note(list, context, words.review_go_on, box.y + box.h + frame.gap, 2, "review-go-on");

    add_pause_button(list, context);
    add_next_button(list, context, words.next);
}

}  // namespace

void build_review(DisplayList& list, const Context& context) {
    add_header(list, context, item_title(context));
    switch (context.snapshot().review.stage) {
        case ReviewStage::none:
            build_nothing(list, context);
            break;
        case ReviewStage::rating:
        case ReviewStage::deciding:
            build_answers(list, context);
            break;
        case ReviewStage::rewording:
            build_rewording(list, context);
            break;
    }
}

}  // namespace attune::view
