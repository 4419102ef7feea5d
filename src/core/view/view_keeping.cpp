// The screens that decide whether a conversation is kept (keeping.hpp):
// one question at a time, in large calm type, with what each partner's own
// key does written beside it. A passphrase shows as dots, never as text.
#include <algorithm>

#include "keeping.hpp"
#include "utf8.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

struct Column {
    float x = 0, w = 0;
    float y = 0;       // where the next block goes
    float bottom = 0;  // above the footer
};

Column column(const Context& context) {
    const Frame& frame = context.frame;
    const Rect content = frame.content();
    const float w = std::min(content.w, frame.x(0.78f));
    return {frame.x(0.5f) - w / 2, w, frame.y(0.10f), context.footer().y - frame.gap};
}

void add_block(DisplayList& list, const Context& context, Column& at, std::string_view text, TextStyle style,
               std::size_t max_lines, const std::string& role) {
    const Fitted fitted = fit_lines(context, text, style.size, at.w, max_lines, style.weight);
    add_text(list, {at.x, at.y, at.w, fitted.height}, fitted, style, role);
    at.y += fitted.height + context.frame.gap * 0.6f;
}

void add_heading(DisplayList& list, const Context& context, Column& at, std::string_view text) {
    add_block(list, context, at, text, heading_style(context, Align::center), 2, "keep-heading");
}

void add_explain(DisplayList& list, const Context& context, Column& at, std::string_view text) {
    TextStyle style = body_style(context, Align::center);
    style.color = context.theme().muted_text;
    add_block(list, context, at, text, style, 5, "keep-explain");
}

std::string space_words(std::string_view pattern, const KeepFlow& flow) {
    return fill(pattern, {{"space", flow.space}});
}

// The calm line that says why the last try did not work.
std::string problem_text(const Context& context, const KeepFlow& flow) {
    const Words& words = context.words();
    switch (flow.problem) {
        case KeepProblem::none:
            return "";
        case KeepProblem::wrong_secret: {
            std::string text = space_words(words.problem_wrong, flow);
            if (context.in.keep_retry_left > Duration{0}) {
                const auto seconds = std::chrono::ceil<Seconds>(context.in.keep_retry_left);
                text += " " + fill(words.problem_wait, {{"time", duration_words(words, seconds)}});
            }
            return text;
        }
        case KeepProblem::mismatch:
            return words.problem_mismatch;
        case KeepProblem::too_short:
            return fill(words.problem_short, {{"count", std::to_string(min_passphrase_characters)}});
        case KeepProblem::name_taken:
            return words.problem_taken;
        case KeepProblem::name_invalid:
            return words.problem_name;
        case KeepProblem::cannot_open:
            return fill(words.problem_cannot_open, {{"detail", flow.detail}});
        case KeepProblem::storage_full:
            return words.problem_full;
        case KeepProblem::storage_failed:
            return words.problem_failed;
        case KeepProblem::closed_idle:
            return words.problem_idle;
    }
    return "";
}

// Two buttons side by side, one per partner, in the partner's colour; a
// partner who already said yes shows as done.
void add_seat_pair(DisplayList& list, const Context& context, Column& at, std::string_view pattern,
                   std::string_view done_pattern, std::array<bool, 2> done, const std::string& role) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const float width = std::min(frame.x(0.34f), (at.w - frame.gap) / 2);
    const float height = context.button_height();
    for (Seat seat : {Seat::left, Seat::right}) {
        const Rect box{seat == Seat::left ? frame.x(0.5f) - frame.gap / 2 - width : frame.x(0.5f) + frame.gap / 2, at.y,
                       width, height};
        const std::string seat_role = role + (seat == Seat::left ? "-left" : "-right");
        if (done[index_of(seat)] && !done_pattern.empty()) {
            add_done(list, context, box, done_pattern, context.name(seat), theme.partner(seat), seat_role);
            continue;
        }
        ButtonSpec spec;
        spec.label = fill(pattern, {{"name", context.name(seat)}});
        spec.ui = seat == Seat::left ? UiAction::keep_left : UiAction::keep_right;
        spec.chosen = done[index_of(seat)];
        spec.label_color = theme.partner(seat);
        spec.outline = theme.partner(seat);
        spec.role = seat_role;
        spec.key = key_text(context, yes_key(seat));
        add_button(list, context, box, spec);
    }
    at.y += height + context.hint_height() + frame.gap;
}

void add_primary(DisplayList& list, const Context& context, const std::string& label, UiAction action,
                 const std::string& key, const std::string& role) {
    const Frame& frame = context.frame;
    ButtonSpec spec;
    spec.label = label;
    spec.ui = action;
    spec.primary = true;
    spec.role = role;
    spec.key = key;
    add_button(list, context, footer_right(context, button_width(context, label, frame.x(0.22f), frame.x(0.46f))),
               spec);
}

void add_secondary(DisplayList& list, const Context& context, const std::string& label, UiAction action,
                   const std::string& key, const std::string& role) {
    const Frame& frame = context.frame;
    ButtonSpec spec;
    spec.label = label;
    spec.ui = action;
    spec.role = role;
    spec.key = key;
    add_button(list, context, footer_left(context, button_width(context, label, frame.x(0.18f), frame.x(0.40f))), spec);
}

void build_ask(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Words& words = context.words();
    Column at = column(context);
    add_heading(list, context, at, words.keep_title);
    add_explain(list, context, at, words.keep_explain);
    at.y += context.frame.gap;
    add_seat_pair(list, context, at, words.keep_wants, "", flow.wants, "keep-wants");
    // One partner said yes: the other is asked, by name, without pressure.
    if (flow.wants[0] != flow.wants[1]) {
        const Seat asked = flow.wants[0] ? Seat::right : Seat::left;
        const std::string text = fill(
            words.keep_waiting, {{"name", context.name(other(asked))}, {"key", key_text(context, yes_key(asked))}});
        add_block(list, context, at, text, body_style(context, Align::center), 2, "keep-waiting");
    }
    add_primary(list, context, words.keep_without, UiAction::keep_confirm, words.key_space, "keep-without");
    add_secondary(list, context, words.notice_cancel, UiAction::keep_back, words.key_escape, "keep-cancel");
}

void build_choose(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    Column at = column(context);
    add_heading(list, context, at, words.space_title);
    const float height = context.button_height();
    const float step = height + frame.gap * 0.5f;
    const std::size_t entries = flow.spaces.size() + 1;
    // As many entries as fit, the selected one always among them.
    const std::size_t room = std::max<std::size_t>(1, static_cast<std::size_t>((at.bottom - at.y) / step));
    const std::size_t first = flow.selected >= room ? flow.selected + 1 - room : 0;
    for (std::size_t i = first; i < entries && i < first + room; ++i) {
        ButtonSpec spec;
        spec.label = i < flow.spaces.size() ? flow.spaces[i] : words.space_new;
        spec.ui = UiAction::keep_pick;
        spec.chosen = i == flow.selected;
        if (i == flow.selected) spec.outline = theme.accent;
        spec.role = i < flow.spaces.size() ? "keep-space" : "keep-new-space";
        const Rect box{frame.x(0.5f) - frame.x(0.25f), at.y, frame.x(0.5f), height};
        add_button(list, context, box, spec);
        static_cast<ButtonItem&>(std::get<ButtonItem>(list.items.back())).entry = i;
        at.y += step;
    }
    const std::string hint = fill(words.space_hint, {{"enter", words.key_enter}, {"escape", words.key_escape}});
    const Rect footer = context.footer();
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), footer.w, context.hint_height()}, hint,
             small_style(context, Align::center), "keep-hint");
}

void build_field(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    Column at = column(context);
    std::string title, explain;
    bool masked = true;
    switch (flow.screen) {
        case KeepScreen::passphrase:
            title = space_words(words.passphrase_title, flow);
            break;
        case KeepScreen::recovery_code:
            title = space_words(words.recovery_title, flow);
            explain = words.recovery_explain;
            masked = false;  // a code copied from paper is checked by eye
            break;
        case KeepScreen::name:
            title = words.name_title;
            explain = words.name_explain;
            masked = false;
            break;
        case KeepScreen::new_passphrase:
            title = words.new_passphrase_title;
            explain = fill(words.new_passphrase_explain, {{"count", std::to_string(min_passphrase_characters)}});
            break;
        default:
            title = words.repeat_title;
            break;
    }
    add_heading(list, context, at, title);
    if (!explain.empty()) add_explain(list, context, at, explain);
    at.y += frame.gap * 0.5f;

    // The field: dots for a passphrase, one per character, and a cursor.
    const float size = frame.size(theme.heading_size);
    const Rect field{at.x, at.y, at.w, size * 1.9f};
    RectItem back;
    back.box = field;
    back.color = theme.surface;
    back.radius = frame.size(theme.corner);
    back.role = "keep-field";
    list.items.emplace_back(back);
    std::string shown;
    if (masked) {
        for (std::size_t i = 0; i < std::min<std::size_t>(flow.typed.characters(), 40); ++i) shown += "•";
    } else {
        shown = flow.typed.text();
    }
    shown += "|";
    TextStyle style = heading_style(context, Align::center);
    const Rect inside{field.x + frame.gap, field.y, field.w - 2 * frame.gap, field.h};
    // A long code name or recovery code shows its end, where the typing is.
    const Fitted fitted = legible_line(context, shown, size, inside.w);
    add_text(list, {inside.x, inside.y + (inside.h - fitted.height) / 2, inside.w, fitted.height}, fitted, style,
             "keep-typed");
    at.y = field.y + field.h + frame.gap * 0.6f;

    const std::string problem = problem_text(context, flow);
    if (!problem.empty()) add_block(list, context, at, problem, body_style(context, Align::center), 3, "keep-problem");
    const std::string hint = fill(words.field_hint, {{"enter", words.key_enter}, {"escape", words.key_escape}});
    add_block(list, context, at, hint, small_style(context, Align::center), 2, "keep-hint");
    if (flow.screen == KeepScreen::passphrase)
        add_secondary(list, context, fill(words.passphrase_forgot, {{"key", "Tab"}}), UiAction::keep_other, "",
                      "keep-forgot");
    add_primary(list, context, words.next, UiAction::keep_confirm, words.key_enter, "keep-confirm");
}

void build_written(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    Column at = column(context);
    add_heading(list, context, at, words.written_title);
    TextStyle code = heading_style(context, Align::center);
    code.size = frame.size(theme.title_size);
    code.color = theme.text;
    // In two lines of whole groups, so that no group is ever split
    // (a code copied by hand must read as it is written).
    std::string shown = flow.recovery_code;
    const std::size_t dashes = static_cast<std::size_t>(std::count(shown.begin(), shown.end(), '-'));
    if (dashes >= 2) {
        std::size_t seen = 0;
        for (char& c : shown)
            if (c == '-' && ++seen == (dashes + 1) / 2) c = '\n';
    }
    add_block(list, context, at, shown, code, 2, "keep-recovery-code");
    add_explain(list, context, at, words.written_explain);
    at.y += frame.gap * 0.5f;
    add_seat_pair(list, context, at, words.written_done, words.written_done, flow.agreed, "keep-written");
}

void build_resume(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Words& words = context.words();
    Column at = column(context);
    add_heading(list, context, at, words.resume_title);
    if (flow.offer) {
        add_block(list, context, at,
                  fill(words.resume_explain, {{"title", flow.offer->title}, {"when", flow.offer->when}}),
                  body_style(context, Align::center), 4, "keep-resume");
        if (flow.offer->cooling) {
            add_explain(list, context, at, words.resume_cooling);
        } else {
            at.y += context.frame.gap;
            add_seat_pair(list, context, at, words.resume_anew, words.resume_anew, flow.agreed, "keep-anew");
            add_explain(list, context, at, words.resume_anew_hint);
        }
    }
    add_primary(list, context, words.resume_go_on, UiAction::keep_confirm, words.key_space, "keep-go-on");
}

void build_notice(DisplayList& list, const Context& context, const KeepFlow& flow) {
    const Words& words = context.words();
    Column at = column(context);
    add_heading(list, context, at, words.notice_title);
    add_block(list, context, at, problem_text(context, flow), body_style(context, Align::center), 4, "keep-problem");
    add_primary(list, context, words.keep_without, UiAction::keep_confirm, words.key_space, "keep-without");
    add_secondary(list, context, words.notice_cancel, UiAction::keep_back, words.key_escape, "keep-cancel");
}

}  // namespace

void build_keeping(DisplayList& list, const Context& context, const KeepFlow& flow) {
    Column at = column(context);
    switch (flow.screen) {
        case KeepScreen::ask:
            build_ask(list, context, flow);
            return;
        case KeepScreen::choose:
            build_choose(list, context, flow);
            return;
        case KeepScreen::passphrase:
        case KeepScreen::recovery_code:
        case KeepScreen::name:
        case KeepScreen::new_passphrase:
        case KeepScreen::repeat:
            build_field(list, context, flow);
            return;
        case KeepScreen::written:
            build_written(list, context, flow);
            return;
        case KeepScreen::resume:
            build_resume(list, context, flow);
            return;
        case KeepScreen::notice:
            build_notice(list, context, flow);
            return;
        case KeepScreen::working:
            at.y = context.frame.y(0.40f);
            add_heading(
                list, context, at,
                !flow.first.empty() && !flow.recovering ? context.words().working_make : context.words().working_open);
            return;
    }
}

// The discreet mark of a kept conversation, at the bottom edge in the
// quietest colour, out of every button's way. It does not name the space:
// the code name is the couple's, and a TV is seen by whoever walks past.
void add_kept_mark(DisplayList& list, const Context& context, const std::string& space) {
    const Frame& frame = context.frame;
    const float size = frame.legible();
    const std::string text = fill(context.words().kept_mark, {{"space", space}});
    const Fitted fitted = legible_line(context, text, size, frame.x(0.40f));
    TextStyle style = small_style(context, Align::left);
    style.color = context.theme().muted_text;
    const float y = frame.height - frame.margin * 0.5f - fitted.height * 0.5f;
    add_text(list, {frame.margin, y - fitted.height * 0.5f, frame.x(0.40f), fitted.height}, fitted, style, "kept-mark");
}

}  // namespace attune::view
