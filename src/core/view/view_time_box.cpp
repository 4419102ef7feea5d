// An item's time box ran out: each partner says "move on" or "more time";
// each sees the other's answer, and both must agree.
#include <algorithm>

#include "view_screens.hpp"

namespace attune::view {
namespace {

// The steps moving on keeps, by kind, in the order they come first.
std::vector<std::pair<StepKind, int>> kept_steps(const Context& context) {
    std::vector<std::pair<StepKind, int>> kept;
    const Snapshot& snapshot = context.snapshot();
    if (snapshot.item >= context.script().agenda.size()) return kept;
    const auto& steps = context.script().agenda[snapshot.item].steps;
    for (std::size_t i = snapshot.step; i < steps.size(); ++i) {
        if (steps[i].time_box_role() != TimeBoxRole::kept) continue;
        const StepKind kind = steps[i].kind();
        const auto same = std::find_if(kept.begin(), kept.end(), [kind](const auto& k) { return k.first == kind; });
        if (same == kept.end())
            kept.emplace_back(kind, 1);
        else
            ++same->second;
    }
    return kept;
}

std::string kept_words(const Words& words, StepKind kind, int count) {
    const bool one = count == 1;
    switch (kind) {
        case StepKind::checkin:
            return one ? words.kept_checkin : words.kept_checkins;
        case StepKind::agreement:
            return one ? words.kept_agreement : words.kept_agreements;
        default:
            return one ? words.kept_choice : words.kept_choices;
    }
}

// What moving on skips and what still comes, said before anyone votes, so
// that nobody agrees to skip a step they would have wanted.
std::string skip_text(const Context& context) {
    const Words& words = context.words();
    const auto kept = kept_steps(context);
    if (kept.empty()) return words.time_box_skips_all;
    std::string list;
    int total = 0;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i > 0) list += i + 1 == kept.size() ? words.list_and : ", ";
        list += kept_words(words, kept[i].first, kept[i].second);
        total += kept[i].second;
    }
    return fill(total == 1 ? words.time_box_keeps_one : words.time_box_keeps_many, {{"kept", list}});
}

void add_partner_column(DisplayList& list, const Context& context, Seat seat, Rect column) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const auto& vote = context.snapshot().votes()[index_of(seat)];
    const std::string side = seat == Seat::left ? "-left" : "-right";

    TextStyle name = heading_style(context, Align::center);
    name.color = theme.partner(seat);
    name.wrap = false;
    const float name_height = name.size * 1.4f;
    const Fitted name_text = legible_line(context, context.name(seat), name.size, column.w, name.weight);
    name.size = name_text.size;
    add_text(list, {column.x, column.y, column.w, name_height}, name_text, name, "vote-name" + side);

    const float height = context.button_height();
    const float step = height + context.hint_height() + frame.gap * 0.6f;
    const float y = column.y + name_height + frame.gap * 0.5f;

    // A vote can still change, so both stay buttons; the one given carries a
    // check mark besides the outline, so it reads as chosen without colour.
    const auto marked = [](const std::string& label, bool chosen) { return chosen ? "✓  " + label : label; };
    ButtonSpec move_on;
    move_on.label = marked(words.move_on, vote == Vote::move_on);
    move_on.command = cmd::MoveOn{seat};
    move_on.chosen = vote == Vote::move_on;
    move_on.role = "move-on" + side;
    move_on.key = key_text(context, yes_key(seat));
    add_button(list, context, {column.x, y, column.w, height}, move_on);

    ButtonSpec more;
    more.label = marked(fill(words.more_time, {{"time", duration_words(words, context.script().pause.extend)}}),
                        vote == Vote::more_time);
    more.command = cmd::MoreTime{seat};
    more.chosen = vote == Vote::more_time;
    more.role = "more-time" + side;
    more.key = key_text(context, other_key(seat));
    add_button(list, context, {column.x, y + step, column.w, height}, more);

    const std::string& pattern = !vote                    ? words.vote_waiting
                                 : *vote == Vote::move_on ? words.vote_move_on
                                                          : words.vote_more_time;
    TextStyle style = body_style(context, Align::center);
    style.wrap = false;
    style.color = vote ? theme.partner(seat) : theme.muted_text;
    const float status_height = style.size * 1.4f;
    const Fitted status = legible_with_name(context, pattern, context.name(seat), style.size, column.w, style.weight);
    style.size = status.size;
    add_text(list, {column.x, y + 2 * step, column.w, status_height}, status, style, "vote" + side);
}

}  // namespace

void build_time_box(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    add_header(list, context, item_title(context));
    const Rect body = context.body();

    const std::string heading = fill(words.time_box_heading, {{"item", item_title(context)}});
    TextStyle heading_text = heading_style(context, Align::center);
    // The heading takes the room it needs (up to two lines), so that the
    // question and what moving on skips have room below it.
    const Rect heading_box{
        body.x, body.y, body.w,
        std::min(frame.y(0.12f),
                 text_height(context, heading, heading_text.size, body.w, heading_text.weight) + frame.gap * 0.5f)};
    const Fitted heading_fitted =
        legible_wrapped(context, heading, heading_text.size, heading_box, heading_text.weight);
    heading_text.size = heading_fitted.size;
    add_text(list, heading_box, heading_fitted, heading_text, "time-box-heading");

    // The question, and what moving on would skip: said before anyone votes.
    const std::string question =
        fill(words.time_box_question, {{"time", duration_words(words, context.script().pause.extend)}}) + " " +
        skip_text(context);
    TextStyle question_text = body_style(context, Align::center);
    const Rect question_box{body.x, heading_box.y + heading_box.h, body.w,
                            std::min(frame.y(0.16f), text_height(context, question, question_text.size, body.w))};
    question_text.color = context.theme().muted_text;
    const Fitted question_fitted =
        legible_wrapped(context, question, question_text.size, question_box, question_text.weight);
    question_text.size = question_fitted.size;
    add_text(list, question_box, question_fitted, question_text, "time-box-question");

    const float top = question_box.y + question_box.h + frame.gap;
    const float height = body.y + body.h - top;
    add_partner_column(list, context, Seat::left, {frame.x(0.12f), top, frame.x(0.34f), height});
    add_partner_column(list, context, Seat::right, {frame.x(0.54f), top, frame.x(0.34f), height});
    add_pause_button(list, context);
}

}  // namespace attune::view
