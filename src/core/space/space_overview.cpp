#include "space_overview.hpp"

#include <algorithm>
#include <map>

namespace attune::space {
namespace {

// The counts of conversations worth naming: each one is reached once and
// stays reached, whatever happens later.
int conversations_milestone(int held) {
    static constexpr std::array<int, 9> marks{1, 5, 10, 20, 30, 40, 50, 75, 100};
    if (held >= 100) return held - held % 50;
    int reached = 0;
    for (int mark : marks)
        if (held >= mark) reached = mark;
    return reached;
}

std::string words_of(const LedgerAgreement& agreement) {
    return agreement.wording().aloud || agreement.wording().text.empty() ? agreement.prompt : agreement.wording().text;
}

bool same_month(Day a, Day b) {
    const std::chrono::year_month_day x{a};
    const std::chrono::year_month_day y{b};
    return x.year() == y.year() && x.month() == y.month();
}

// One conversation held: it began (its first command came) and left facts.
struct Held {
    Day day{};
    std::uint64_t conversation = 0;
    ConversationEnd facts;
};

void add_tracks(SpaceOverview& overview, const std::vector<Held>& held) {
    std::map<std::string, std::size_t> line_of;
    for (const Held& each : held) {
        // The latest answer of each partner to each track in this conversation
        // (a check-in asked again after a pause, or redone with Back).
        std::map<std::string, TrackPoint> points;
        std::vector<std::string> order;
        for (const KeptCheckin& checkin : each.facts.checkins) {
            const std::string& track = track_of(checkin);
            auto [at, added] = points.try_emplace(track, TrackPoint{each.day, each.conversation, {}, checkin.scale});
            if (added) order.push_back(track);
            at->second.values[index_of(checkin.seat)] = checkin.value;
            at->second.scale = std::max(at->second.scale, checkin.scale);
        }
        for (const std::string& track : order) {
            auto [line, added] = line_of.try_emplace(track, overview.tracks.size());
            if (added) overview.tracks.push_back(CheckinTrack{track, 0, {}});
            CheckinTrack& series = overview.tracks[line->second];
            series.scale = std::max(series.scale, points[track].scale);
            series.points.push_back(points[track]);
        }
    }
}

void add_milestones(SpaceOverview& overview, const std::vector<Held>& held, const AgreementLedger& ledger, Day today) {
    auto& milestones = overview.milestones;
    if (const int mark = conversations_milestone(overview.conversations_held); mark > 0)
        milestones.push_back(Milestone{MilestoneKind::conversations_held, mark, {}, {}, held[mark - 1].day});
    if (overview.conversations_this_month >= 2)
        milestones.push_back(
            Milestone{MilestoneKind::conversations_this_month, overview.conversations_this_month, {}, {}, today});
    if (!ledger.agreements.empty()) {
        const LedgerAgreement& first = ledger.agreements.front();
        milestones.push_back(Milestone{MilestoneKind::first_agreement, 1, first.id, words_of(first), first.made});
    }
    for (const LedgerAgreement* each : ledger.in_force()) {
        const int weeks = each->days_kept(today) / 7;
        if (weeks >= 1)
            milestones.push_back(Milestone{MilestoneKind::agreement_kept, weeks, each->id, words_of(*each),
                                           each->made + std::chrono::days{weeks * 7}});
    }
    std::optional<Milestone> first_review;
    for (const auto& each : ledger.agreements)
        if (!each.reviews.empty() && (!first_review || each.reviews.front().day < first_review->day))
            first_review =
                Milestone{MilestoneKind::first_review_together, 1, each.id, words_of(each), each.reviews.front().day};
    if (first_review) milestones.push_back(*first_review);
    const auto in_force = ledger.in_force();
    const bool all_reviewed = !in_force.empty() && std::all_of(in_force.begin(), in_force.end(),
                                                               [](const auto* each) { return !each->reviews.empty(); });
    if (all_reviewed) {
        Day reached = in_force.front()->reviews.front().day;
        for (const auto* each : in_force) reached = std::max(reached, each->reviews.front().day);
        milestones.push_back(
            Milestone{MilestoneKind::every_agreement_reviewed, static_cast<int>(in_force.size()), {}, {}, reached});
    }
    // The most recent first; ties keep the order above.
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return a.day > b.day; });
}

}  // namespace

std::optional<Day> upcoming_day(const NextConversation& next, Day today) {
    if (!next.day) return std::nullopt;
    Day day = *next.day;
    if (next.repeat && next.repeat->days > 0 && day < today) {
        const auto behind = (today - day).count();
        const auto steps = (behind + next.repeat->days - 1) / next.repeat->days;
        day += std::chrono::days{steps * next.repeat->days};
    }
    return day;
}

std::optional<NextConversation> suggested_next_conversation(const Script& script, const Calendar& calendar) {
    if (!script.settings.meet_every) return std::nullopt;
    const Period every = *script.settings.meet_every;
    return NextConversation{calendar.now_unix_ms(), after(calendar.today(), every), every};
}

SpaceOverview space_overview(const KeptHistory& history, const AgreementLedger& ledger, const Calendar& calendar,
                             const ScriptReader& read_script) {
    SpaceOverview overview;
    const Day today = calendar.today();

    if (!history.next_conversations.empty()) {
        const NextConversation& next = history.next_conversations.back().next;
        overview.next_skipped = !next.day;
        overview.next_conversation = upcoming_day(next, today);
        overview.repeat = next.repeat;
    }

    for (const LedgerAgreement* each : ledger.in_force()) {
        overview.in_force.push_back(*each);
        const int days = each->days_kept(today);
        overview.kept_for.push_back(KeptFor{each->id, words_of(*each), days, days / 7});
    }
    for (const auto& subject : review_subjects(ledger, today))
        if (subject.due) overview.due.push_back(*ledger.find(subject.id));

    std::vector<Held> held;
    for (const auto& conversation : history.conversations) {
        if (conversation.commands.empty()) continue;
        ConversationFacts facts = conversation_facts(conversation, read_script);
        if (facts.problem) overview.problems.push_back(*facts.problem);
        const Day day = calendar.day_of(conversation.start.started_unix_ms);
        held.push_back(Held{day, conversation.first_seq, facts.facts ? std::move(*facts.facts) : ConversationEnd{}});
        if (same_month(day, today)) ++overview.conversations_this_month;
    }
    overview.conversations_held = static_cast<int>(held.size());
    add_tracks(overview, held);
    add_milestones(overview, held, ledger, today);
    return overview;
}

}  // namespace attune::space
