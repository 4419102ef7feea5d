// An agreement: the prompt, the words as typed (with a cursor while typing)
// or "agreed aloud", and each partner's confirmation. A review's new words
// for an agreement are taken the same way (add_agreement_words).
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {
namespace {

// While typing, the end (where the cursor is) must stay in sight: a draft
// too long for the box loses words at its start, shown as "…".
std::string keep_the_end(const Context& context, const std::string& draft, float size, Rect box) {
    if (text_height(context, draft, size, box.w) <= box.h) return draft;
    std::size_t start = 0;
    while (start < draft.size()) {
        start = draft.find(' ', start + 1);
        if (start == std::string::npos) break;
        const std::string tail = "…" + draft.substr(start);
        if (text_height(context, tail, size, box.w) <= box.h) return tail;
    }
    return shorten_line(context, draft, size, box.w);
}

void add_text_buttons(DisplayList& list, const Context& context, float y, bool typing, bool has_content) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    const float width = frame.x(0.26f);
    const float height = context.button_height();
    const Rect first{frame.x(0.5f) - frame.gap / 2 - width, y, width, height};
    const Rect second{frame.x(0.5f) + frame.gap / 2, y, width, height};

    ButtonSpec a, b;
    if (typing) {
        a.label = words.done_typing;
        a.ui = UiAction::finish_edit;
        a.primary = true;
        a.role = "keep-text";
        a.key = words.key_enter;
        b.label = words.put_aside;  // Esc keeps the draft for later: nothing typed is lost
        b.ui = UiAction::cancel_edit;
        b.role = "cancel-text";
        b.key = words.key_escape;
    } else {
        a.label = words.write_it_down;
        a.ui = UiAction::edit_agreement;
        a.primary = !has_content;
        a.role = "write";
        a.key = words.key_enter;
        b.label = words.agreed_aloud_button;
        b.command = cmd::AgreedAloud{};
        b.chosen = snapshot.agreed_aloud;
        b.role = "aloud";
        b.key = key_pair_text(context, other_key(Seat::left), other_key(Seat::right));
    }
    add_button(list, context, first, a);
    add_button(list, context, second, b);
}

void add_confirmations(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    // Wider for long names, so that "{name}: I agree" keeps its words; two of
    // them still leave the widest pause button its room.
    float width = frame.x(0.22f);
    for (Seat seat : {Seat::left, Seat::right})
        width = std::max(width, button_width(context, fill(words.confirm, {{"name", context.name(seat)}}),
                                             frame.x(0.22f), frame.x(0.28f)));
    const Rect right = footer_right(context, width);
    // Who agreed shows as done (a quiet pill with a check mark); who has not
    // yet has a button in their own words: "I agree".
    for (Seat seat : {Seat::left, Seat::right}) {
        const std::string role = seat == Seat::left ? "confirm-left" : "confirm-right";
        Rect box = right;
        if (seat == Seat::left) box.x -= width + frame.gap;
        if (snapshot.confirmed[index_of(seat)]) {
            add_done(list, context, box, words.confirmed, context.name(seat), theme.partner(seat), role);
            continue;
        }
        ButtonSpec spec;
        spec.label = fill(words.confirm, {{"name", context.name(seat)}});
        spec.command = cmd::Confirm{seat};
        spec.primary = true;
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = role;
        spec.key = key_text(context, yes_key(seat));
        add_button(list, context, box, spec);
    }
    const Step* step = current_step(context.script(), snapshot);
    const auto* agreement = step ? std::get_if<AgreementStep>(&step->body) : nullptr;
    if (agreement && agreement->confirm == Quorum::either) {
        const float small = frame.size(theme.small_size);
        const Rect box{right.x + right.w - 2 * width - frame.gap, right.y - small * 1.6f, 2 * width + frame.gap,
                       small * 1.5f};
        add_text(list, box, words.either_confirms, small_style(context, Align::right), "quorum-hint");
    }
}

}  // namespace

void build_agreement(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Snapshot& snapshot = context.snapshot();
    add_header(list, context, item_title(context));
    const Step* step = current_step(context.script(), snapshot);
    const auto* agreement = step ? std::get_if<AgreementStep>(&step->body) : nullptr;
    const Rect body = context.body();

    const std::string prompt = agreement ? agreement->prompt : std::string();
    const Rect prompt_box{body.x, body.y, body.w, frame.y(0.13f)};
    TextStyle prompt_style = heading_style(context);
    const Fitted prompt_text = legible_wrapped(context, prompt, prompt_style.size, prompt_box, prompt_style.weight);
    prompt_style.size = prompt_text.size;
    add_text(list, prompt_box, prompt_text, prompt_style, "prompt");

    const Rect box{body.x, prompt_box.y + prompt_box.h + frame.gap * 0.5f, body.w, frame.y(0.29f)};
    add_agreement_words(list, context, box);
}

void add_agreement_words(DisplayList& list, const Context& context, Rect box) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const Snapshot& snapshot = context.snapshot();
    const UiState& ui = context.in.ui;
    RectItem card;
    card.box = box;
    card.color = theme.surface;
    card.radius = frame.size(theme.corner);
    card.role = "agreement-box";
    list.items.emplace_back(card);

    const bool typing = typing_now(ui, snapshot);
    const bool has_text = snapshot.agreement_text.find_first_not_of(" \t\n") != std::string::npos;
    std::string shown;
    TextStyle text_style = body_style(context);
    // A draft set aside with Esc waits for the next "write it down": show it,
    // muted and marked, so that nobody thinks it was lost.
    const bool draft_waits = !typing && !ui.draft.empty() && ui.edit_item == snapshot.item &&
                             ui.edit_step == snapshot.step && ui.edit_review == snapshot.review.number &&
                             ui.draft != snapshot.agreement_text;
    if (typing) {
        shown = ui.draft + "|";
    } else if (draft_waits) {
        shown = fill(words.draft_waits, {{"text", ui.draft}});
        text_style.color = theme.muted_text;
    } else if (has_text) {
        shown = snapshot.agreement_text;
    } else if (snapshot.agreed_aloud) {
        shown = words.agreed_aloud;
    } else {
        shown = words.nothing_written;
        text_style.color = theme.muted_text;
    }
    const float pad = frame.gap;
    const Rect inner{box.x + pad, box.y + pad * 0.8f, box.w - 2 * pad, box.h - 1.6f * pad};
    text_style.size = fit_wrapped(context, shown, text_style.size, inner, frame.legible(), text_style.weight);
    const std::string fitted = typing ? keep_the_end(context, shown, text_style.size, inner)
                                      : shorten_wrapped(context, shown, text_style.size, inner, text_style.weight);
    add_text(list, inner, fitted, text_style, "agreement-text");

    const bool has_content = has_text || snapshot.agreed_aloud;
    add_text_buttons(list, context, box.y + box.h + frame.gap, typing, has_content);
    add_pause_button(list, context);
    // Confirming means something only once there are words (or it was said aloud).
    if (!typing && has_content) add_confirmations(list, context);
}

}  // namespace attune::view
