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
    switch (kind) {
        case StepKind::checkin:
            return words.kept_checkins.for_count(count);
        case StepKind::agreement:
            return words.kept_agreements.for_count(count);
        default:
            return words.kept_choices.for_count(count);
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
    return fill(words.time_box_keeps.for_count(total), {{"kept", list}});
}

void add_partner_column(DisplayList& list, const Context& context, Seat seat, Rect column) {
    const Frame& frame = context.frame;
    const Theme& theme = context.theme();
    const Words& words = context.words();
    const auto& vote = context.snapshot().votes()[index_of(seat)];
    const std::string side = seat == Seat::left ? "-left" : "-right";

    const std::string& pattern = !vote                    ? words.vote_waiting
                                 : *vote == Vote::move_on ? words.vote_move_on
                                                          : words.vote_more_time;
    const std::string status_words = fill(pattern, {{"name", context.name(seat)}});
    TextStyle style = body_style(context, Align::center);
    style.color = vote ? theme.partner(seat) : theme.muted_text;
    TextStyle name = heading_style(context, Align::center);
    name.color = theme.partner(seat);
    const float height = context.button_height();
    const float step = height + context.hint_height() + frame.gap * 0.6f;

    // A long name and the status take a second line rather than shrink,
    // while the column has room for it; then one line each.
    Fitted name_text = fit_lines(context, context.name(seat), name.size, column.w, 2, name.weight);
    Fitted status = fit_lines(context, status_words, style.size, column.w, 2, style.weight);
    const auto needed = [&] { return name_text.height + frame.gap * 0.5f + 2 * step + status.height; };
    if (needed() > column.h) name_text = fit_lines(context, context.name(seat), name.size, column.w, 1, name.weight);
    if (needed() > column.h) {
        const float room = column.h - (needed() - status.height);
        status = fit_text(context, status_words, style.size, {0, 0, column.w, room}, style.weight);
    }
    const float name_height = name_text.height;
    add_text(list, {column.x, column.y, column.w, name_height}, name_text, name, "vote-name" + side);
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

    add_text(list, {column.x, y + 2 * step, column.w, status.height}, status, style, "vote" + side);
}

}  // namespace

void build_time_box(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    add_header(list, context, item_title(context));
    const Rect body = context.body();

    const std::string heading = fill(words.time_box_heading, {{"item", item_title(context)}});
    // Heading and question take the lines they need, so that the columns
    // below keep room for a name and a status of two lines each.
    TextStyle heading_text = heading_style(context, Align::center);
    TextStyle question_text = body_style(context, Align::center);
    const std::string question =
        fill(words.time_box_question, {{"time", duration_words(words, context.script().pause.extend)}}) + " " +
        skip_text(context);
    // The question says what moving on would skip, before anyone votes.
    const Fitted question_fitted = fit_lines(context, question, question_text.size, body.w, 3, question_text.weight);
    // The columns need at least a name, two buttons with their keys and a
    // status of two small lines; a long heading keeps to one line when a
    // second would take that room.
    const float least_column = frame.size(context.theme().heading_size) * 1.3f +
                               2 * (context.button_height() + context.hint_height() + frame.gap * 0.6f) +
                               frame.legible() * 2.6f + frame.gap;
    const float above = body.h - least_column - question_fitted.height - frame.gap * 1.1f;
    Fitted heading_fitted = fit_lines(context, heading, heading_text.size, body.w, 2, heading_text.weight);
    if (heading_fitted.height > above)
        heading_fitted = fit_lines(context, heading, heading_text.size, body.w, 1, heading_text.weight);
    const Rect heading_box{body.x, body.y, body.w, heading_fitted.height};
    add_text(list, heading_box, heading_fitted, heading_text, "time-box-heading");

    question_text.color = context.theme().muted_text;
    const Rect question_box{body.x, heading_box.y + heading_box.h + frame.gap * 0.3f, body.w, question_fitted.height};
    add_text(list, question_box, question_fitted, question_text, "time-box-question");

    const float top = question_box.y + question_box.h + frame.gap * 0.8f;
    const float height = body.y + body.h - top;
    add_partner_column(list, context, Seat::left, {frame.x(0.12f), top, frame.x(0.34f), height});
    add_partner_column(list, context, Seat::right, {frame.x(0.54f), top, frame.x(0.34f), height});
    add_pause_button(list, context);
}

}  // namespace attune::view
