#include "script_loader.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <utility>

#include "diagnostics_limit.hpp"
#include "duration.hpp"
#include "flow_check.hpp"
#include "script_fields.hpp"
#include "script_format.hpp"
#include "step_loader.hpp"
#include "suggest.hpp"
#include "track_check.hpp"
#include "utf8.hpp"
#include "yaml_tree.hpp"

namespace attune {
namespace {

using script_fields::MapFields;
using script_fields::Reporter;
using yaml::Node;

// Shorter cool-downs are legal, but rarely enough to calm down.
constexpr Seconds short_cooldown{10 * 60};

bool is_letters(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

bool is_alphanumeric(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

// A plausible BCP 47 tag: a 2-3 letter language, then subtags of 1-8
// letters or digits ("en", "de-CH", "zh-Hant-TW", "sr-Latn").
bool is_plausible_language_tag(std::string_view tag) {
    if (tag.size() > 35) return false;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t dash = tag.find('-', start);
        const std::string_view part = tag.substr(start, dash == std::string_view::npos ? tag.npos : dash - start);
        if (first ? !(part.size() >= 2 && part.size() <= 3 && is_letters(part))
                  : !(part.size() >= 1 && part.size() <= 8 && is_alphanumeric(part))) {
            return false;
        }
        if (dash == std::string_view::npos) return true;
        start = dash + 1;
        first = false;
    }
}

class ScriptReader {
public:
    ScriptReader(Script& script, Reporter& reporter) : m_script(script), m_reporter(reporter) {}

    void read(const Node& root) {
        if (root.is_null()) {
            m_reporter.error(SourcePos{1, 1}, "the file is empty; a script needs at least 'title' and 'agenda'");
            return;
        }
        if (!root.is_map()) {
            m_reporter.error(root.pos,
                             "a script must be a map of keys like 'title:' and 'agenda:'; "
                             "found " +
                                 yaml::describe(root));
            return;
        }
        const MapFields fields(root, root.pos, "the script", script_format::top_level_format(), m_reporter);
        fields.check_keys();
        if (auto title = fields.text("title")) m_script.title = *title;
        if (auto description = fields.text("description")) m_script.description = *description;
        if (const Node* language = fields.value("language")) read_language(*language);
        if (const Node* partners = fields.value("partners")) read_partners(*partners);
        if (const Node* settings = fields.value("settings")) {
            read_settings(*settings, script_fields::key_position(root, "settings"));
        }
        if (const Node* pause = fields.value("pause")) {
            read_pause(*pause, script_fields::key_position(root, "pause"));
        }
        if (const Node* nudges = fields.value("nudges")) read_nudges(*nudges);
        if (const Node* agenda = fields.value("agenda")) {
            read_agenda(*agenda, script_fields::key_position(root, "agenda"));
        }
        resolve_gotos();
        if (!m_reporter.has_errors()) {
            warn_endless_loops();
            warn_track_clashes();
        }
    }

private:
    // Each nudge a short text: an empty one would show an empty card, a long
    // one a paragraph the partners would stop to read.
    void read_nudges(const Node& value) {
        const auto texts = script_fields::read_text_list(value, "nudges", m_reporter);
        if (!texts) return;
        for (std::size_t i = 0; i < texts->size() && i < value.items.size(); ++i) {
            const std::string& text = (*texts)[i];
            const SourcePos pos = value.items[i].pos;
            const std::size_t characters = utf8::count_characters(text);
            if (text.empty()) {
                m_reporter.error(pos, "a nudge must not be empty");
            } else if (characters > max_nudge_characters) {
                m_reporter.error(pos, "a nudge must be at most " + std::to_string(max_nudge_characters) +
                                          " characters, so that it reads at a glance; this one has " +
                                          std::to_string(characters));
            } else {
                m_script.nudges.push_back(text);
            }
        }
    }

    struct ResolvingGoto {
        script_loading::PendingGoto pending;
        std::size_t item = 0;
        std::optional<std::size_t> step;  // nothing when the step had errors
    };

    void read_language(const Node& value) {
        auto tag = script_fields::read_text(value, "language", m_reporter);
        if (!tag) return;
        if (is_plausible_language_tag(*tag)) {
            m_script.language = *tag;
            return;
        }
        std::string hint;
        if (tag->find('_') != std::string::npos) {
            std::string dashed = *tag;
            std::replace(dashed.begin(), dashed.end(), '_', '-');
            if (is_plausible_language_tag(dashed)) hint = "; write " + in_quotes(dashed) + " with a '-'";
        }
        m_reporter.error(value.pos,
                         "'language' must be a language tag like 'en', 'de' or "
                         "'pt-BR'; found " +
                             yaml::describe(value) + hint);
    }

    void read_partners(const Node& value) {
        const std::size_t errors_before = m_reporter.error_count();
        if (!value.is_sequence()) {
            m_reporter.error(value.pos,
                             "'partners' must be a list of two partners, each "
                             "{ id, name }; found " +
                                 yaml::describe(value));
            m_partners_valid = false;
            return;
        }
        if (value.items.size() != 2) {
            m_reporter.error(value.pos,
                             "'partners' must list exactly two partners; found " + std::to_string(value.items.size()));
        }
        std::array<Partner, 2> partners;
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            const Node& entry = value.items[i];
            if (!entry.is_map()) {
                m_reporter.error(entry.pos,
                                 "each partner must be a map like { id: sam, name: Sam }; "
                                 "found " +
                                     yaml::describe(entry));
                continue;
            }
            const MapFields fields(entry, entry.pos, "partner " + std::to_string(i + 1),
                                   script_format::partner_format(), m_reporter);
            fields.check_keys();
            Partner partner;
            if (const Node* id = fields.value("id")) {
                if (auto text = script_fields::read_name(*id, "id", m_reporter)) partner.id = *text;
                if (i == 1 && !partner.id.empty() && partner.id == partners[0].id) {
                    m_reporter.error(id->pos, "both partners have the id " + in_quotes(partner.id) +
                                                  "; each partner needs an id of their own");
                }
            }
            if (auto name = fields.text("name")) partner.name = *name;
            if (i < 2) partners[i] = partner;
        }
        m_partners_valid = m_reporter.error_count() == errors_before;
        if (m_partners_valid) m_script.partners = partners;
    }

    void read_settings(const Node& value, SourcePos anchor) {
        if (!value.is_map()) {
            m_reporter.error(value.pos,
                             "'settings' must be a map with warn_at, overtime, sound, review_in or meet_every; "
                             "found " +
                                 yaml::describe(value));
            return;
        }
        const MapFields fields(value, anchor, "settings", script_format::settings_format(), m_reporter);
        fields.check_keys();
        Settings& settings = m_script.settings;
        if (const Node* warn_at = fields.value("warn_at")) {
            if (!warn_at->is_sequence()) {
                m_reporter.error(warn_at->pos,
                                 "'warn_at' must be a list of durations, like [1m, 15s]; "
                                 "found " +
                                     yaml::describe(*warn_at));
            } else {
                std::vector<Seconds> thresholds;
                for (const Node& item : warn_at->items) {
                    if (auto d = script_fields::read_duration(item, "warn_at", m_reporter)) thresholds.push_back(*d);
                }
                std::sort(thresholds.begin(), thresholds.end(), std::greater<>());
                thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
                settings.warn_at = thresholds;
            }
        }
        if (auto index = fields.word("overtime")) settings.overtime = static_cast<Overtime>(*index);
        if (auto on = fields.boolean("sound")) settings.sound = *on;
        if (auto period = fields.period("review_in")) settings.review_in = *period;
        if (auto period = fields.period("meet_every")) settings.meet_every = *period;
    }

    void read_pause(const Node& value, SourcePos anchor) {
        if (!value.is_map()) {
            m_reporter.error(value.pos,
                             "'pause' must be a map like { cooldown: 20m, breathing: box }; "
                             "found " +
                                 yaml::describe(value));
            return;
        }
        const MapFields fields(value, anchor, "pause", script_format::pause_format(), m_reporter);
        fields.check_keys();
        PauseRule& pause = m_script.pause;
        if (auto d = fields.duration("cooldown")) {
            pause.cooldown = *d;
            if (*d < short_cooldown) {
                m_reporter.warning(
                    fields.value("cooldown")->pos,
                    "a cool-down of " + format_short(*d) + " is short; calming down usually takes at least 10 minutes");
            }
        }
        if (auto d = fields.duration("extend")) pause.extend = *d;
        if (auto n = fields.whole_number("max")) pause.max = *n;
        if (auto text = fields.text("message")) pause.message = *text;
        // In the order of the table's words: box, 4-7-8, none.
        if (auto index = fields.word("breathing")) {
            pause.breathing = *index == 0   ? std::optional(BreathPattern::box())
                              : *index == 1 ? std::optional(BreathPattern::four_seven_eight())
                                            : std::nullopt;
        }
        if (auto index = fields.word("resume")) pause.resume = static_cast<Quorum>(*index);
        if (auto text = fields.text("signal")) pause.signal = *text;
    }

    void read_agenda(const Node& value, SourcePos key_pos) {
        if (!value.is_sequence() || value.items.empty()) {
            m_reporter.error(value.is_sequence() ? key_pos : value.pos,
                             "'agenda' must be a list of at least one item, each with 'title' and "
                             "'steps'; found " +
                                 (value.is_sequence() ? std::string("an empty list") : yaml::describe(value)));
            return;
        }
        m_script.agenda.reserve(value.items.size());
        for (std::size_t i = 0; i < value.items.size(); ++i) read_item(value.items[i], i);
    }

    void read_item(const Node& node, std::size_t index) {
        Item& item = m_script.agenda.emplace_back();
        item.pos = node.pos;
        const std::string name = "agenda item " + std::to_string(index + 1);
        if (!node.is_map()) {
            m_reporter.error(node.pos, name + " must be a map with 'title' and 'steps'; found " + yaml::describe(node));
            return;
        }
        const MapFields fields(node, node.pos, name, script_format::item_format(), m_reporter);
        fields.check_keys();
        if (const Node* id = fields.value("id")) {
            if (auto text = script_fields::read_name(*id, "id", m_reporter)) {
                auto [existing, fresh] = m_item_ids.try_emplace(*text, index);
                if (fresh) {
                    item.id = *text;
                } else {
                    m_reporter.error(id->pos, "the item id " + in_quotes(*text) + " is already used by " +
                                                  "agenda item " + std::to_string(existing->second + 1) +
                                                  "; each item needs an id of its own");
                }
            }
        }
        if (auto title = fields.text("title")) item.title = *title;
        if (auto d = fields.duration("time")) item.time = *d;
        const Node* steps = fields.value("steps");
        if (!steps) return;
        if (!steps->is_sequence() || steps->items.empty()) {
            m_reporter.error(steps->is_sequence() ? script_fields::key_position(node, "steps") : steps->pos,
                             "'steps' must be a list of at least one step; found " +
                                 (steps->is_sequence() ? std::string("an empty list") : yaml::describe(*steps)));
            return;
        }
        const script_loading::StepContext context{m_script.partners, m_partners_valid, m_reporter};
        for (const Node& step_node : steps->items) {
            script_loading::ReadStep read = script_loading::read_step(step_node, context);
            std::optional<std::size_t> step_index;
            if (read.step) {
                step_index = item.steps.size();
                item.steps.push_back(std::move(*read.step));
            }
            for (auto& pending : read.gotos) m_gotos.push_back({std::move(pending), index, step_index});
        }
    }

    void resolve_gotos() {
        std::vector<std::string> ids;
        for (const auto& [id, index] : m_item_ids) ids.push_back(id);
        std::sort(ids.begin(), ids.end());
        // Each suggestion compares with every id; past the messages that are
        // shown, a hostile file would only make that quadratic work.
        std::size_t unknown = 0;
        for (const ResolvingGoto& entry : m_gotos) {
            const auto found = m_item_ids.find(entry.pending.target);
            if (found == m_item_ids.end()) {
                std::string hint;
                if (ids.empty()) {
                    hint = "; give the target item an 'id: ...'";
                } else if (unknown++ < max_shown_diagnostics) {
                    hint = did_you_mean(entry.pending.target, ids);
                }
                m_reporter.error(entry.pending.pos,
                                 "no agenda item has the id " + in_quotes(entry.pending.target) + hint);
                continue;
            }
            m_goto_sites.push_back({found->second, entry.pending.pos});
            if (!entry.step) continue;
            auto& step = m_script.agenda[entry.item].steps[*entry.step];
            if (auto* choice = std::get_if<ChoiceStep>(&step.body)) {
                choice->options[entry.pending.option].goto_item = found->second;
            }
        }
    }

    void warn_endless_loops() {
        for (const auto& site : script_loading::endless_gotos(m_script, m_goto_sites)) {
            const Item& target = m_script.agenda[site.target];
            m_reporter.warning(site.pos, "this goto leads into a loop with no way out: from " + in_quotes(target.id) +
                                             " no choice or item order ever reaches the end of "
                                             "the conversation");
        }
    }

    void warn_track_clashes() {
        for (const auto& clash : script_loading::track_clashes(m_script)) {
            m_reporter.warning(clash.pos, "this check-in (scale " + std::to_string(clash.scale) +
                                              ") shares the track " + in_quotes(utf8::shorten(clash.track, 40)) +
                                              " with the check-in on line " + std::to_string(clash.first_line) +
                                              " (scale " + std::to_string(clash.first_scale) +
                                              "); one line of the trends needs one scale, so give them the same "
                                              "scale or each a track of its own");
        }
    }

    Script& m_script;
    Reporter& m_reporter;
    bool m_partners_valid = true;
    std::unordered_map<std::string, std::size_t> m_item_ids;
    std::vector<ResolvingGoto> m_gotos;
    std::vector<script_loading::GotoSite> m_goto_sites;
};

ScriptLoad load_from_tree(yaml::YamlParse parse, const std::string& display_name) {
    ScriptLoad result;
    result.diagnostics = std::move(parse.diagnostics);
    if (!parse.tree_complete) return result;

    Script script;
    script.file = display_name;
    Reporter reporter(display_name);
    ScriptReader(script, reporter).read(parse.root);
    // The YAML reader already spoke about these places (an alias read as
    // nothing, say); a second message there would only confuse. A set, as a
    // hostile file brings tens of thousands of messages from both sides.
    std::set<std::pair<int, int>> yaml_places;
    for (const Diagnostic& d : result.diagnostics) yaml_places.emplace(d.pos.line, d.pos.column);
    for (Diagnostic& diagnostic : reporter.take()) {
        if (!yaml_places.contains({diagnostic.pos.line, diagnostic.pos.column})) {
            result.diagnostics.push_back(std::move(diagnostic));
        }
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
                     });
    cap_diagnostics(result.diagnostics, display_name);
    if (!has_errors(result.diagnostics)) result.script = std::move(script);
    return result;
}

}  // namespace

ScriptLoad load_script_text(std::string_view text, const std::string& display_name) {
    return load_from_tree(yaml::parse_yaml(text, display_name), display_name);
}

ScriptLoad load_script_file(const std::filesystem::path& path) {
    const std::string display_name = path.string();
    return load_from_tree(yaml::parse_yaml_file(path, display_name), display_name);
}

}  // namespace attune
