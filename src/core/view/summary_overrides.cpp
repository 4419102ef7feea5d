#include "summary_overrides.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

namespace attune {
namespace {

std::string title_of(const Script& script, std::size_t item) {
    return item < script.agenda.size() ? script.agenda[item].title : std::string{};
}

// Whole minutes, to the nearest: "after 12 minutes" is what a counselor
// would say, not "after 11:47".
long long nearest_minutes(Duration duration) {
    return std::chrono::duration_cast<std::chrono::seconds>(duration).count() / 60 +
           (std::chrono::duration_cast<std::chrono::seconds>(duration).count() % 60 >= 30 ? 1 : 0);
}

std::string counted(const PluralText& text, long long n, const std::string& title) {
    return fill(fill_count(text, n), {{"title", title}});
}

std::string end_cooldown_line(const Words& words, Duration ran) {
    const long long minutes = nearest_minutes(ran);
    if (minutes == 0) return words.override_end_cooldown_soon;
    return fill_count(words.override_end_cooldown, minutes);
}

}  // namespace

std::vector<std::string> override_lines(const std::vector<OverrideRecord>& overrides, const Script& script,
                                        const Words& words) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < overrides.size();) {
        const OverrideRecord& first = overrides[i];
        const std::string title = title_of(script, first.item);
        // Skips and added time in a row in one item read as one line.
        std::size_t j = i + 1;
        const bool gathers = first.kind == OverrideKind::skip || first.kind == OverrideKind::add_time;
        while (gathers && j < overrides.size() && overrides[j].kind == first.kind && overrides[j].item == first.item)
            ++j;
        switch (first.kind) {
            case OverrideKind::skip:
                lines.push_back(counted(words.override_skip, static_cast<long long>(j - i), title));
                break;
            case OverrideKind::add_time: {
                Duration added{0};
                for (std::size_t k = i; k < j; ++k) added += overrides[k].amount;
                const long long minutes = std::max(1LL, nearest_minutes(added));
                lines.push_back(counted(words.override_add_minute, minutes, title));
                break;
            }
            case OverrideKind::back:
                lines.push_back(fill(words.override_back, {{"title", title}}));
                break;
            case OverrideKind::end_cooldown:
                lines.push_back(end_cooldown_line(words, first.amount));
                break;
            case OverrideKind::jump:
                lines.push_back(fill(words.override_jump, {{"title", title_of(script, first.to_item)}}));
                break;
            case OverrideKind::pause:
                lines.push_back(fill(words.override_pause, {{"title", title}}));
                break;
        }
        i = j;
    }
    return lines;
}

}  // namespace attune
