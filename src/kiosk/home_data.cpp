#include "home_data.hpp"

#include <algorithm>
#include <map>

namespace attune::kiosk {
namespace {

// Until the ledger keeps each agreement's own period and reviews, an
// agreement comes up every two weeks from the day it was made (the
// script format's default `review_in`), the first such day still to come
// or, when it has passed, due now.
constexpr Period assumed_review = Period{};

std::string track_of(const space::KeptCheckin& checkin, const std::optional<Script>& script) {
    if (script && checkin.item < script->agenda.size())
        for (const Step& step : script->agenda[checkin.item].steps)
            if (const auto* asked = std::get_if<CheckinStep>(&step.body))
                if (asked->question == checkin.question && !asked->track.empty()) return asked->track;
    return checkin.question;
}

bool same_month(Day a, Day b) {
    const std::chrono::year_month_day x{a}, y{b};
    return x.year() == y.year() && x.month() == y.month();
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

HomeData home_data_from(const space::KeptHistory& history, const space::AgreementsInForce& agreements,
                        const space::ScriptReader& read_script, const Calendar& calendar,
                        std::optional<Day> next_conversation) {
    HomeData data;
    data.today = calendar.today();
    data.next_conversation = next_conversation;

    for (const space::AgreementInForce& each : agreements.agreements) {
        HomeAgreement agreement;
        agreement.prompt = each.agreement.prompt;
        agreement.text = each.agreement.text;
        agreement.kept_since = calendar.day_of(each.started_unix_ms);
        Day review = after(agreement.kept_since, assumed_review);
        agreement.due = review <= data.today;
        agreement.review_on = agreement.due ? data.today : review;
        data.agreements.push_back(agreement);
    }
    // The due ones first: they are what the couple looks at tonight.
    std::stable_partition(data.agreements.begin(), data.agreements.end(), [](const auto& a) { return a.due; });

    std::map<std::string, std::size_t> track_index;
    for (const space::KeptConversation& conversation : history.conversations) {
        const Day day = calendar.day_of(conversation.start.started_unix_ms);
        data.names = conversation.start.names;
        ++data.conversations;
        if (same_month(day, data.today)) ++data.conversations_this_month;
        if (!conversation.end) continue;
        std::optional<Script> script;
        if (read_script && !conversation.end->checkins.empty()) script = read_script(conversation.start);
        std::map<std::size_t, HomeTrack::Point> points;  // by track, this conversation's answers
        for (const space::KeptCheckin& checkin : conversation.end->checkins) {
            const std::string name = track_of(checkin, script);
            auto [at, made] = track_index.try_emplace(name, data.tracks.size());
            if (made) data.tracks.push_back(HomeTrack{name, checkin.scale, {}});
            HomeTrack::Point& point = points[at->second];
            point.day = day;
            // The latest answer counts when a step was gone over again.
            point.values[index_of(checkin.seat)] = checkin.value;
        }
        for (auto& [index, point] : points) data.tracks[index].points.push_back(point);
    }

    // Milestones: what happened, counted up; nothing here can go back down.
    if (data.conversations_this_month >= 2)
        data.milestones.push_back({MilestoneKind::conversations_this_month, data.conversations_this_month, {}});
    else if (data.conversations >= 2)
        data.milestones.push_back({MilestoneKind::conversations_in_all, data.conversations, {}});
    std::vector<const HomeAgreement*> long_kept;
    for (const HomeAgreement& agreement : data.agreements)
        if ((data.today - agreement.kept_since).count() >= 14 && !agreement.text.empty())
            long_kept.push_back(&agreement);
    std::sort(long_kept.begin(), long_kept.end(),
              [](const auto* a, const auto* b) { return a->kept_since < b->kept_since; });
    for (std::size_t i = 0; i < std::min<std::size_t>(long_kept.size(), 2); ++i)
        data.milestones.push_back({MilestoneKind::agreement_kept,
                                   static_cast<int>((data.today - long_kept[i]->kept_since).count() / 7),
                                   first_words(long_kept[i]->text, 6)});
    if (data.agreements.size() == 1 && long_kept.empty())
        data.milestones.push_back({MilestoneKind::first_agreement, 1, {}});
    return data;
}

}  // namespace attune::kiosk
