// The summary, the one written result of the evening: first every agreement,
// in full under its prompt; then the check-ins the script lets be seen; then
// the rest (what was covered, time together, pauses, how many but never
// whose, and the speaking time). Nothing is ever left out: when it does not
// fit, it pages. The footer (closing, back to the list) is apart from this
// layout.
#include <algorithm>
#include <chrono>
#include <functional>

#include "duration.hpp"
#include "summary_overrides.hpp"
#include "view_screens.hpp"

namespace attune::view {
namespace {

std::string clock(Duration value) {
    return format_countdown(std::chrono::floor<Seconds>(std::max(value, Duration{0})));
}

// One piece of the summary, always placed whole in one column: a heading, an
// agreement, a check-in, a line of the rest.
struct Block {
    std::size_t section = 0;  // the heading block that leads it; the heading itself for headings
    bool heading = false;
    float height = 0;
    // Draws the block at the top of `box`, whose height is the block's (less
    // when it is taller than a whole column: then its text is fitted to it).
    std::function<void(DisplayList&, Rect)> draw;
    // A heading only: drawn again where its list goes on in the next column,
    // it says so ("… (continued)") rather than read as a second list.
    std::function<void(DisplayList&, Rect)> draw_continued = {};
};

struct Sizes {
    float small = 0, body = 0, spacing = 0;
};

Block heading_block(const Context& context, const Sizes& sizes, const std::string& text, const std::string& role,
                    std::size_t index) {
    const float height = sizes.small * 1.45f;
    const auto drawn = [&context, role](const std::string& words) {
        return [&context, role, words](DisplayList& list, Rect box) {
            TextStyle style = small_style(context);
            const Fitted fitted = legible_line(context, words, style.size, box.w);
            style.size = fitted.size;
            add_text(list, box, fitted, style, role);
        };
    };
    // Where the heading again is too long with "(continued)", the heading is
    // shortened, never the word that says the list goes on.
    const auto continued = [&context, role, text](DisplayList& list, Rect box) {
        TextStyle style = small_style(context);
        const std::string& pattern = context.words().continued;
        std::string words = fill(pattern, {{"heading", text}});
        if (text_width(context, words, style.size) > box.w) {
            const std::string suffix = fill(pattern, {{"heading", ""}});
            const float room = box.w - text_width(context, suffix, style.size);
            words = shorten_line(context, text, style.size, std::max(0.0f, room)) + suffix;
        }
        const Fitted fitted = legible_line(context, words, style.size, box.w);
        style.size = fitted.size;
        add_text(list, box, fitted, style, role);
    };
    return Block{index, true, height, drawn(text), continued};
}

Block line_block(const Context& context, const Sizes& sizes, std::size_t section, const std::string& text,
                 const std::string& role, std::optional<Seat> seat = std::nullopt) {
    return Block{section, false, sizes.body * 1.45f, [&context, text, role, seat](DisplayList& list, Rect box) {
                     TextStyle style = body_style(context);
                     style.wrap = false;
                     if (seat) style.color = context.theme().partner(*seat);
                     const Fitted fitted = legible_line(context, text, style.size, box.w, style.weight);
                     style.size = fitted.size;
                     add_text(list, box, fitted, style, role);
                 }};
}

// A quiet text over a prominent one, each wrapped in full: an agreement under
// its prompt, a check-in's answers under its question.
float two_part_height(const Context& context, const Sizes& sizes, const std::string& over, const std::string& under,
                      float width) {
    const float over_height = over.empty() ? 0 : text_height(context, over, sizes.small, width);
    return over_height + text_height(context, under, sizes.body, width) + sizes.spacing;
}

void draw_two_part(DisplayList& list, const Context& context, const Sizes& sizes, Rect box, const std::string& over,
                   const std::string& under, const std::string& role) {
    float over_height = over.empty() ? 0 : text_height(context, over, sizes.small, box.w);
    const float under_height = text_height(context, under, sizes.body, box.w);
    const float room = box.h - sizes.spacing;
    // Taller than a column (a very long agreement): both shrink alike.
    const float scale = over_height + under_height > room ? room / (over_height + under_height) : 1.0f;
    over_height *= scale;
    if (!over.empty()) {
        TextStyle style = small_style(context);
        style.wrap = true;
        style.color = context.theme().text;
        const Rect over_box{box.x, box.y, box.w, over_height};
        const Fitted fitted = legible_wrapped(context, over, style.size, over_box);
        style.size = fitted.size;
        add_text(list, over_box, fitted, style, role + "-prompt");
    }
    TextStyle style = body_style(context);
    style.wrap = true;
    const Rect under_box{box.x, box.y + over_height, box.w, under_height * scale};
    const Fitted fitted = legible_wrapped(context, under, style.size, under_box, style.weight);
    style.size = fitted.size;
    add_text(list, under_box, fitted, style, role);
}

// What a redone agreement or check-in said before, small, under the latest.
Block earlier_block(const Context& context, const Sizes& sizes, std::size_t section, const std::string& history,
                    float width, const std::string& role) {
    const float height = text_height(context, history, sizes.small, width) + sizes.spacing;
    return Block{section, false, height, [&context, sizes, history, role](DisplayList& list, Rect box) {
                     TextStyle style = small_style(context);
                     style.wrap = true;
                     const Rect text_box{box.x, box.y, box.w, std::max(0.0f, box.h - sizes.spacing)};
                     const Fitted fitted = legible_wrapped(context, history, sizes.small, text_box);
                     style.size = fitted.size;
                     add_text(list, text_box, fitted, style, role);
                 }};
}

// How an agreement reads in the summary: its words in quotes, or that it was
// agreed aloud.
std::string agreement_words(const Words& words, const AgreementRecord& agreement) {
    return agreement.aloud || agreement.text.empty() ? words.agreed_aloud : "“" + agreement.text + "”";
}

// Each agreement's latest version; one that was redone after Back carries its
// earlier versions beneath, most recent first, so nothing confirmed is lost.
void add_agreements(std::vector<Block>& blocks, const Context& context, const Sizes& sizes, float width) {
    const Words& words = context.words();
    const auto& agreements = context.in.record.agreements;
    if (agreements.empty()) return;
    const std::size_t section = blocks.size();
    blocks.push_back(heading_block(context, sizes, words.agreements, "agreements-heading", section));
    for (std::size_t index = 0; index < agreements.size(); ++index) {
        if (is_revised(agreements, index)) continue;
        const AgreementRecord& agreement = agreements[index];
        // Made aloud, it is still shown: its prompt says what it is about.
        const std::string text = agreement_words(words, agreement);
        const std::string prompt = agreement.prompt;
        blocks.push_back(Block{section, false, two_part_height(context, sizes, prompt, text, width),
                               [&context, sizes, prompt, text](DisplayList& list, Rect box) {
                                   draw_two_part(list, context, sizes, box, prompt, text, "summary-agreement");
                               }});
        const auto earlier = earlier_versions(agreements, index);
        if (earlier.empty()) continue;
        std::string versions;
        for (const std::size_t at : earlier)
            versions += (versions.empty() ? "" : " · ") + agreement_words(words, agreements[at]);
        blocks.push_back(earlier_block(context, sizes, section, fill(words.earlier, {{"text", versions}}), width,
                                       "summary-agreement-earlier"));
    }
}

// A kept conversation: what changed in the couple's agreements, each change
// named in words over the agreement it concerns (new ones, and what the
// review steps decided about earlier ones).
void add_changes(std::vector<Block>& blocks, const Context& context, const Sizes& sizes, float width) {
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    std::vector<std::pair<std::string, std::string>> changes;  // what happened, the agreement
    for (std::size_t index = 0; index < record.reviews.size(); ++index) {
        if (is_revised(record.reviews, index)) continue;
        const ReviewRecord& review = record.reviews[index];
        std::string before;
        if (context.in.review_subjects)
            for (const ReviewSubject& subject : *context.in.review_subjects)
                if (subject.id == review.agreement_id)
                    before = subject.aloud || subject.text.empty() ? subject.prompt : "“" + subject.text + "”";
        switch (review.outcome) {
            case ReviewOutcome::kept:
                changes.emplace_back(words.change_kept, before);
                break;
            case ReviewOutcome::reworded:
                changes.emplace_back(words.change_reworded,
                                     review.aloud || review.text.empty() ? before : "“" + review.text + "”");
                break;
            case ReviewOutcome::let_go:
                changes.emplace_back(words.change_let_go, before);
                break;
        }
    }
    for (std::size_t index = 0; index < record.agreements.size(); ++index) {
        if (is_revised(record.agreements, index)) continue;
        const AgreementRecord& agreement = record.agreements[index];
        const std::string kind = words.change_new + " · " + agreement.prompt;
        changes.emplace_back(kind, agreement_words(words, agreement));
    }
    if (changes.empty()) return;
    const std::size_t section = blocks.size();
    blocks.push_back(heading_block(context, sizes, words.changes_heading, "changes-heading", section));
    // Named copies, not structured bindings: clang 14 cannot capture those.
    for (const auto& change : changes)
        blocks.push_back(
            Block{section, false, two_part_height(context, sizes, change.first, change.second, width),
                  [&context, sizes, kind = change.first, text = change.second](DisplayList& list, Rect box) {
                      draw_two_part(list, context, sizes, box, kind, text, "summary-change");
                  }});
}

// A check-in's question and both answers together, "Sam 4/5", each in the
// partner's colour. Check-ins with `reveal: false` were never recorded.
void add_checkins(std::vector<Block>& blocks, const Context& context, const Sizes& sizes, float width) {
    const auto& all = context.in.record.checkins;
    if (all.empty()) return;
    // The latest answers only; answers redone after Back are named under
    // them, small: "earlier: Sam 4/5, Alex 3/5".
    std::vector<std::size_t> latest;
    for (std::size_t index = 0; index < all.size(); ++index)
        if (!is_revised(all, index)) latest.push_back(index);
    const auto answer_of = [&](std::size_t index) {
        const CheckinRecord& answer = all[index];
        return context.name(answer.seat) + " " + std::to_string(answer.value) + "/" + std::to_string(answer.scale);
    };
    const std::size_t section = blocks.size();
    blocks.push_back(heading_block(context, sizes, context.words().checkins, "checkins-heading", section));
    std::size_t i = 0;
    while (i < latest.size()) {
        const CheckinRecord& first = all[latest[i]];
        std::vector<std::pair<Seat, std::string>> answers;
        std::string before;
        std::size_t j = i;
        for (; j < latest.size() && all[latest[j]].item == first.item && all[latest[j]].question == first.question &&
               j - i < 2;
             ++j) {
            answers.emplace_back(all[latest[j]].seat, answer_of(latest[j]));
            for (const std::size_t at : earlier_versions(all, latest[j]))
                before += (before.empty() ? "" : ", ") + answer_of(at);
        }
        const std::string question = first.question;
        // The answers side by side when they fit one line at body size (long
        // names do not): else one under the other, never shortened.
        float side_by_side = 0;
        for (const auto& answer : answers)
            side_by_side += text_width(context, answer.second, sizes.body) + context.frame.gap * 1.5f;
        const bool stacked = side_by_side - context.frame.gap * 1.5f > width;
        const float row = sizes.body * 1.45f;
        const float answers_height = stacked ? row * static_cast<float>(answers.size()) : row;
        const float height = text_height(context, question, sizes.small, width) + answers_height + sizes.spacing;
        blocks.push_back(Block{
            section, false, height,
            [&context, sizes, question, answers, stacked, row, answers_height](DisplayList& list, Rect box) {
                const Frame& frame = context.frame;
                const Rect question_box{box.x, box.y, box.w, std::max(0.0f, box.h - answers_height - sizes.spacing)};
                TextStyle question_style = small_style(context);
                question_style.wrap = true;
                question_style.color = context.theme().text;
                const Fitted fitted = legible_wrapped(context, question, sizes.small, question_box);
                question_style.size = fitted.size;
                add_text(list, question_box, fitted, question_style, "summary-checkin");
                float x = box.x;
                float y = question_box.y + question_box.h;
                for (const auto& [seat, answer] : answers) {
                    TextStyle style = body_style(context);
                    style.wrap = false;
                    style.color = context.theme().partner(seat);
                    const float room = box.x + box.w - x;
                    const Fitted line = legible_line(context, answer, sizes.body, room);
                    style.size = line.size;
                    const float used = std::min(room, text_width(context, line.text, line.size));
                    add_text(list, {x, y, used, row}, line, style,
                             seat == Seat::left ? "summary-checkin-left" : "summary-checkin-right");
                    if (stacked)
                        y += row;
                    else
                        x += used + frame.gap * 1.5f;
                }
            }});
        if (!before.empty())
            blocks.push_back(earlier_block(context, sizes, section, fill(context.words().earlier, {{"text", before}}),
                                           width, "summary-checkin-earlier"));
        i = j;
    }
}

// What was covered, said calmly: every part, some of them, or where they began.
std::string items_text(const Context& context) {
    const Words& words = context.words();
    const std::size_t done = distinct_items_done(context.in.record);
    const std::size_t total = context.script().agenda.size();
    if (done >= total) return fill(words.items_done, {{"n", std::to_string(done)}, {"total", std::to_string(total)}});
    if (done > 0) return fill(words.items_some, {{"n", std::to_string(done)}, {"total", std::to_string(total)}});
    const std::size_t item = std::min(context.snapshot().item, total - 1);
    return fill(words.items_begun, {{"title", context.script().agenda[item].title}});
}

// How the reflections ended, only when one ended "not quite" (on its last
// round): said calmly, as something to come back to, never as a score.
std::string reflections_text(const Context& context) {
    const Words& words = context.words();
    std::size_t heard = 0, open = 0;
    for (const ReflectionRecord& reflection : context.in.record.reflections) {
        if (reflection.verdict == Verdict::thats_it)
            ++heard;
        else if (reflection.round >= reflection.rounds)
            ++open;
    }
    if (open == 0) return "";
    if (heard == 0) return fill(words.reflections_open, {{"open", std::to_string(open)}});
    return fill(words.reflections_mixed, {{"heard", std::to_string(heard)}, {"open", std::to_string(open)}});
}

void add_rest(std::vector<Block>& blocks, const Context& context, const Sizes& sizes, float width) {
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const std::size_t section = blocks.size();
    // The rest has no heading of its own: its lines say what they are.
    blocks.push_back(line_block(context, sizes, section, items_text(context), "summary-items"));
    if (const std::string reflections = reflections_text(context); !reflections.empty())
        blocks.push_back(Block{section, false, two_part_height(context, sizes, "", reflections, width),
                               [&context, sizes, reflections](DisplayList& list, Rect box) {
                                   draw_two_part(list, context, sizes, box, "", reflections, "summary-reflections");
                               }});
    blocks.push_back(line_block(context, sizes, section,
                                fill(words.time_together, {{"time", clock(total_time(record))}}), "summary-time"));
    const std::string pauses = record.pauses.empty()
                                   ? words.pauses_none
                                   : fill(words.pauses_count, {{"n", std::to_string(record.pauses.size())},
                                                               {"time", clock(paused_time(record))}});
    blocks.push_back(line_block(context, sizes, section, pauses, "summary-pauses"));
    // What the counselor changed, apart from the partners' own doings.
    for (const std::string& line : override_lines(record.overrides, context.script(), words))
        blocks.push_back(Block{section, false, two_part_height(context, sizes, "", line, width),
                               [&context, sizes, line](DisplayList& list, Rect box) {
                                   draw_two_part(list, context, sizes, box, "", line, "summary-override");
                               }});
    // The speaking time as time, each partner's in their colour: no bar that
    // would read as a score.
    const std::size_t speaking = blocks.size();
    blocks.push_back(heading_block(context, sizes, words.speaking_time, "speaking-heading", speaking));
    for (Seat seat : {Seat::left, Seat::right})
        blocks.push_back(line_block(context, sizes, speaking,
                                    context.name(seat) + "  " + clock(speaking_time(record, seat)),
                                    seat == Seat::left ? "speaking-left" : "speaking-right", seat));
}

struct Placement {
    std::size_t block = 0;
    float y = 0;  // from the column's top
    float height = 0;
    bool continued = false;  // a heading again, over its list going on
};
using Column = std::vector<Placement>;

// The blocks flowed into columns of `height`. A heading never ends a column,
// and a column that goes on with a section starts with its heading again,
// in the form that says the list goes on.
std::vector<Column> flow(const std::vector<Block>& blocks, float height, float gap) {
    std::vector<Column> columns(1);
    float y = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        const float needed = std::min(block.height, height);
        const bool next_fits = !block.heading || i + 1 >= blocks.size() ||
                               y + needed + gap + std::min(blocks[i + 1].height, height - needed - gap) <= height;
        if (!columns.back().empty() && (y + needed > height || !next_fits)) {
            columns.emplace_back();
            y = 0;
            if (!block.heading && blocks[block.section].heading) {
                const float heading = blocks[block.section].height;
                columns.back().push_back({block.section, 0, heading, true});
                y = heading + gap;
            }
        }
        const float placed = std::min(needed, height - y);
        columns.back().push_back({i, y, placed});
        y += placed + gap;
    }
    return columns;
}

// The footer: closing, and back to the list when the session came from it.
void add_summary_footer(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const std::string close = fill(words.close_hint, {{"ctrl", words.key_ctrl}});
    const Rect footer = context.footer();
    float close_width = footer.w;
    if (context.in.config.from_picker()) {
        // Picked from the list: Next leads back to it, for another conversation.
        ButtonSpec back;
        back.label = words.back_to_picker;
        back.ui = UiAction::to_picker;
        back.primary = true;
        back.role = "to-picker";
        // Both partners' keys, or Enter held: one clicker press never throws
        // the summary away.
        back.key = fill(words.back_keys, {{"left", key_text(context, yes_key(Seat::left))},
                                          {"right", key_text(context, yes_key(Seat::right))},
                                          {"enter", key_text(context, Key::enter)}});
        const float width = button_width(context, back.label, frame.x(0.2f), frame.x(0.4f));
        add_button(list, context, footer_right(context, width), back);
        close_width = footer.w - width - frame.gap;
        // One partner has pressed their key: say so, and whose key is
        // still to come, so that the press is seen and nobody is rushed.
        const auto& leaving = context.in.ui.leaving;
        if (leaving[0] != leaving[1]) {
            const Seat ready = leaving[0] ? Seat::left : Seat::right;
            const std::string waiting =
                fill(words.waiting_to_leave, {{"name", context.name(ready)},
                                              {"other", context.name(other(ready))},
                                              {"key", key_text(context, yes_key(other(ready)))}});
            TextStyle style = small_style(context, Align::center);
            style.color = context.theme().text;
            const Fitted line = fit_lines(context, waiting, style.size, close_width, 2);
            style.size = line.size;
            add_text(list, {footer.x, footer.y + footer.h - line.height, close_width, line.height}, line, style,
                     "leave-waiting");
            return;
        }
    }
    add_text(list, {footer.x, footer.y + footer.h - context.hint_height(), close_width, context.hint_height()}, close,
             small_style(context, Align::center), "close-hint");
}

// Everything above the footer: the heading, the pages of the summary and,
// when there are several, the controls that turn them.
void add_summary_pages(DisplayList& list, const Context& context) {
    const Frame& frame = context.frame;
    const Words& words = context.words();
    const SessionRecord& record = context.in.record;
    const auto reason = context.snapshot().finish() ? context.snapshot().finish() : record.finish;
    add_header(list, context, "");

    const Rect body = context.body();
    const std::string heading =
        reason == FinishReason::stopped_for_today ? words.summary_stopped : words.summary_heading;
    TextStyle heading_text = heading_style(context, Align::center);
    heading_text.size = frame.size(context.theme().title_size);
    heading_text.weight = FontWeight::bold;
    const Rect heading_box{body.x, body.y, body.w, frame.y(0.11f)};
    heading_text.size = fit_wrapped(context, heading, heading_text.size, heading_box, 0, heading_text.weight);
    add_text(list, heading_box, heading, heading_text, "summary-heading");

    const Sizes sizes{frame.size(context.theme().small_size), frame.size(context.theme().body_size),
                      frame.size(0.008f)};
    const float top = heading_box.y + heading_box.h + frame.gap;
    const float left_x = body.x;
    const float right_x = frame.x(0.52f);
    const float width = std::min(frame.x(0.44f), body.x + body.w - right_x);
    const float gap = frame.size(0.012f);

    std::vector<Block> blocks;
    // Kept: the day the couple chose for their next conversation comes first.
    if (context.in.next_meeting) {
        const std::string said = next_meeting_words(words, *context.in.next_meeting);
        blocks.push_back(Block{blocks.size(), false, two_part_height(context, sizes, "", said, width),
                               [&context, sizes, said](DisplayList& into, Rect box) {
                                   draw_two_part(into, context, sizes, box, "", said, "meeting-answer");
                               }});
    }
    // Kept, the agreements show as what changed in the couple's ledger.
    if (context.in.review_subjects)
        add_changes(blocks, context, sizes, width);
    else
        add_agreements(blocks, context, sizes, width);
    add_checkins(blocks, context, sizes, width);
    add_rest(blocks, context, sizes, width);

    // Two columns a page; a second page makes room for the page controls.
    float height = body.y + body.h - top;
    std::vector<Column> columns = flow(blocks, height, gap);
    const float controls = context.button_height() + context.hint_height() + frame.size(0.006f) + frame.gap * 0.5f;
    if (columns.size() > 2) {
        height -= controls;
        columns = flow(blocks, height, gap);
    }
    const std::size_t pages = (columns.size() + 1) / 2;
    const std::size_t page = context.in.ui.summary_page % pages;
    for (std::size_t c = page * 2; c < std::min(columns.size(), page * 2 + 2); ++c) {
        const float x = c % 2 == 0 ? left_x : right_x;
        for (const Placement& placed : columns[c]) {
            const Block& block = blocks[placed.block];
            const auto& draw = placed.continued && block.draw_continued ? block.draw_continued : block.draw;
            draw(list, {x, top + placed.y, width, placed.height});
        }
    }
    if (pages < 2) return;

    // The page controls, under the columns: previous, where we are, next.
    const float y = top + height + frame.gap * 0.5f;
    const float button_height = context.button_height();
    const std::string where =
        fill(words.summary_page, {{"n", std::to_string(page + 1)}, {"total", std::to_string(pages)}});
    ButtonSpec previous;
    previous.label = words.previous_page;
    previous.ui = UiAction::previous_page;
    previous.role = "summary-previous-page";
    previous.key = key_text(context, Key::left);
    ButtonSpec next;
    next.label = words.next_page;
    next.ui = UiAction::next_page;
    next.role = "summary-next-page";
    next.key = key_text(context, Key::right);
    const float previous_width = button_width(context, previous.label, frame.x(0.14f), frame.x(0.3f));
    const float next_width = button_width(context, next.label, frame.x(0.14f), frame.x(0.3f));
    const float page_height = button_height;
    if (page > 0) add_button(list, context, {body.x, y, previous_width, page_height}, previous);
    add_button(list, context, {body.x + body.w - next_width, y, next_width, page_height}, next);
    const float middle_x = body.x + previous_width + frame.gap;
    const float middle_w = body.w - previous_width - next_width - 2 * frame.gap;
    TextStyle style = body_style(context, Align::center);
    style.wrap = false;
    const Fitted fitted = legible_line(context, where, style.size, middle_w);
    style.size = fitted.size;
    add_text(list, {middle_x, y, middle_w, page_height}, fitted, style, "summary-page");
}

}  // namespace

void build_summary(DisplayList& list, const Context& context) {
    // A kept conversation asks first when to meet next, one question alone.
    if (context.in.next_meeting && context.in.next_meeting->stage == MeetingStage::asking) {
        build_next_meeting(list, context, *context.in.next_meeting);
        return;
    }
    add_summary_pages(list, context);
    add_summary_footer(list, context);
}

}  // namespace attune::view
