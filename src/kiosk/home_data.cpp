#include "home_data.hpp"

#include <algorithm>

namespace attune::kiosk {
namespace {

constexpr std::size_t shown_milestones = 3;

MilestoneKind kind_of(space::MilestoneKind kind) {
    switch (kind) {
        case space::MilestoneKind::conversations_held:
            return MilestoneKind::conversations_held;
        case space::MilestoneKind::conversations_this_month:
            return MilestoneKind::conversations_this_month;
        case space::MilestoneKind::first_agreement:
            return MilestoneKind::first_agreement;
        case space::MilestoneKind::agreement_kept:
            return MilestoneKind::agreement_kept;
        case space::MilestoneKind::first_review_together:
            return MilestoneKind::first_review_together;
        case space::MilestoneKind::every_agreement_reviewed:
            return MilestoneKind::every_agreement_reviewed;
    }
    return MilestoneKind::conversations_held;
}

HomeAgreement home_agreement(const space::LedgerAgreement& each, Day today) {
    HomeAgreement agreement;
    agreement.prompt = each.prompt;
    agreement.text = each.wording().text;
    agreement.kept_since = each.made;
    agreement.due = each.due_on(today);
    agreement.review_on = agreement.due ? today : each.next_review();
    return agreement;
}

}  // namespace

std::string first_words(const std::string& text, std::size_t words) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ') continue;
        if (++count == words) {
            std::string shown = text.substr(0, i);
            while (!shown.empty() && (shown.back() == ',' || shown.back() == '.')) shown.pop_back();
            return shown + "…";
        }
    }
    return text;
}

std::optional<PlannedConversation> planned_conversation(const space::KeptHistory& history, Day today) {
    if (history.next_conversations.empty()) return std::nullopt;
    const space::NextConversation& next = history.next_conversations.back().next;
    if (!next.day) return std::nullopt;
    Day day = *next.day;
    if (next.repeat && next.repeat->days > 0 && day < today)
        day += std::chrono::days{(today - day).count() / next.repeat->days * next.repeat->days};
    return PlannedConversation{day, today};
}

HomeData home_data_from(const space::SpaceOverview& overview, const space::KeptHistory& history, Day today) {
    HomeData data;
    data.today = today;
    data.next_conversation = overview.next_conversation;
    if (!history.conversations.empty()) data.names = history.conversations.back().start.names;

    // The due ones first, the longest waiting first: they are what the
    // couple looks at tonight; then the others in the order they were made.
    for (const space::LedgerAgreement& each : overview.due) data.agreements.push_back(home_agreement(each, today));
    for (const space::LedgerAgreement& each : overview.in_force)
        if (!each.due_on(today)) data.agreements.push_back(home_agreement(each, today));

    data.conversations = overview.conversations_held;
    data.conversations_this_month = overview.conversations_this_month;
    for (const space::CheckinTrack& track : overview.tracks) {
        HomeTrack shown{track.track, track.scale, {}};
        for (const space::TrackPoint& point : track.points) shown.points.push_back({point.day, point.values});
        data.tracks.push_back(std::move(shown));
    }
    // The newest few, so that the screen stays calm; the overview has them newest first.
    for (const space::Milestone& milestone : overview.milestones) {
        if (data.milestones.size() == shown_milestones) break;
        data.milestones.push_back({kind_of(milestone.kind), milestone.count, first_words(milestone.words, 6)});
    }
    return data;
}

}  // namespace attune::kiosk
