#include "text_fit.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "autoplay.hpp"
#include "font_metrics.hpp"
#include "sdl_context.hpp"
#include "session.hpp"
#include "text_layout.hpp"
#include "theme.hpp"
#include "ui_state.hpp"
#include "utf8.hpp"
#include "view.hpp"
#include "words.hpp"

namespace attune::kiosk {

namespace {

using namespace std::chrono_literals;

// The texts a step brings from the script (the kiosk's own words around
// them are not the author's to shorten).
std::vector<std::string> step_texts(const Item& item, const Step& step) {
    std::vector<std::string> texts{item.title};
    for_each_text(step, [&](const StepText& text) { texts.push_back(text.text); });
    std::erase_if(texts, [](const std::string& text) { return text.empty(); });
    return texts;
}

constexpr std::string_view ellipsis = "…";

// Which of the script's texts a text item shows: whole (perhaps inside more
// words, like quotes), or its beginning when the view cut it short.
const std::string* shown_text(const TextItem& item, const std::vector<std::string>& texts) {
    for (const std::string& text : texts)
        if (item.text.find(text) != std::string::npos) return &text;
    if (item.cut != TextCut::shortened || !item.text.ends_with(ellipsis)) return nullptr;
    const std::string_view stem = std::string_view{item.text}.substr(0, item.text.size() - ellipsis.size());
    if (stem.empty()) return nullptr;
    for (const std::string& text : texts)
        if (text.size() > stem.size() && text.starts_with(stem)) return &text;
    return nullptr;
}

// More characters than could ever fit `item`'s box, however narrow the
// glyphs (no glyph of a text font advances less than 0.15 em, no line is less
// than 1 em high). Laying out a very long text costs seconds; its beginning
// already shows that it does not fit.
std::size_t character_bound(const TextItem& item) {
    const double size = std::max(1.0f, item.size);
    const double per_line = item.box.w / (0.15 * size) + 1;
    const double lines = item.box.h / size + 2;
    return static_cast<std::size_t>(per_line * lines);
}

// Whether the view could not fit the item: it cut the text short, or (for
// text it does not fit itself) its lines run out of the box.
bool misfits(const TextItem& item) {
    const float needed = static_cast<float>(item.lines.size()) * item.line_height;
    return item.cut == TextCut::shortened || needed > item.box.h + 0.5f;
}

// The worst wrapped text on a screen that shows some of `texts`, if any does not fit.
std::optional<TextFit> worst_misfit(const DisplayList& list, const std::vector<std::string>& texts,
                                    const TextMetrics& metrics) {
    std::optional<TextFit> worst;
    for (const DisplayItem& entry : list.items) {
        const auto* item = std::get_if<TextItem>(&entry);
        if (!item || !item->wrap || !misfits(*item)) continue;
        const std::string* shown = shown_text(*item, texts);
        if (!shown) continue;
        // Measured whole, as the author wrote it, in the box it was given.
        TextItem whole = *item;
        whole.text = *shown;
        const std::size_t bound = character_bound(whole);
        const bool too_long_to_lay_out =
            whole.text.size() > bound && utf8::first_characters(whole.text, bound).size() < whole.text.size();
        if (too_long_to_lay_out) whole.text = std::string(utf8::first_characters(whole.text, bound));
        TextFit fit = measure_text(whole, metrics);
        fit.at_least = too_long_to_lay_out;
        // The view's word is final: what it cut or could not fit is too long.
        fit.lines = std::max(fit.lines, fit.room + 1);
        if (!worst || fit.lines - fit.room > worst->lines - worst->room) worst = fit;
    }
    return worst;
}

class FitChecker {
public:
    FitChecker(const Script& script, const TextMetrics& metrics, int width, int height)
        : m_script(script),
          m_shared(std::make_shared<const Script>(script)),
          m_metrics(metrics),
          m_words(words_for_language(script.language)),
          m_width(width),
          m_height(height) {}

    std::vector<Diagnostic> run() {
        check_start_screen();
        for (std::size_t item = 0; item < m_script.agenda.size(); ++item)
            for (std::size_t step = 0; step < m_script.agenda[item].steps.size(); ++step) check_step(item, step);
        return std::move(m_warnings);
    }

private:
    DisplayList view_of(const Session& session, TimePoint now) const {
        const Snapshot snapshot = session.snapshot(now);
        const ViewInput input{session.script(), snapshot, session.record(), m_theme,           m_words, m_ui,
                              m_metrics,        m_width,  m_height,         Seconds{20 * 3600}};
        return build_view(input);
    }

    void check_start_screen() {
        Session session{m_shared};
        const TimePoint now = TimePoint{} + 1h;
        session.advance_to(now);
        std::vector<std::string> texts{m_script.title, m_script.description};
        std::erase_if(texts, [](const std::string& text) { return text.empty(); });
        if (const auto misfit = worst_misfit(view_of(session, now), texts, m_metrics))
            warn({1, 1}, "the title or description is too long to fit the start screen", *misfit, "shorten it");
    }

    // Every screen of the step: a reflect shows the reflection, the
    // verdict and the clarification; an exchange its turns and reflections.
    void check_step(std::size_t item, std::size_t step) {
        const Item& in = m_script.agenda[item];
        const auto texts = step_texts(in, in.steps[step]);
        Session session{m_shared};
        TimePoint now = TimePoint{} + 1h;
        if (session.apply(cmd::StartAt{item, step}, now) != Outcome::applied) return;
        std::set<std::tuple<int, int>> seen;
        std::optional<TextFit> worst;
        for (int action = 0; action < 64; ++action) {
            session.advance_to(now);
            const Snapshot snapshot = session.snapshot(now);
            if (snapshot.phase != Phase::step || snapshot.item != item || snapshot.step != step) break;
            const auto screen = std::tuple{static_cast<int>(snapshot.activity), static_cast<int>(snapshot.floor)};
            if (seen.insert(screen).second) {
                const auto misfit = worst_misfit(view_of(session, now), texts, m_metrics);
                if (misfit && (!worst || misfit->lines - misfit->room > worst->lines - worst->room)) worst = misfit;
            }
            now = autoplay_step(session, now);
        }
        if (worst)
            warn(in.steps[step].pos, "the text of this step is too long to fit the screen", *worst,
                 "shorten it or split it into two steps");
    }

    void warn(SourcePos pos, const std::string& what, const TextFit& fit, const std::string& advice) {
        m_warnings.push_back({m_script.file, pos, Severity::warning,
                              what + " (" + (fit.at_least ? "more than " : "") + std::to_string(fit.lines) +
                                  " lines, room for " + std::to_string(fit.room) + "); " + advice});
    }

    const Script& m_script;
    const std::shared_ptr<const Script> m_shared;  // one copy for the session of every step
    const TextMetrics& m_metrics;
    const Theme m_theme{};  // the default theme: what most screens show
    const Words m_words;
    const UiState m_ui{};
    int m_width, m_height;
    std::vector<Diagnostic> m_warnings;
};

}  // namespace

TextFit measure_text(const TextItem& item, const TextMetrics& metrics) {
    TextFit fit;
    if (item.text.empty()) return fit;
    const float line_height = std::max(1.0f, metrics.line_height(item.size, item.weight));
    fit.room = static_cast<int>(item.box.h / line_height);
    // The view's own line breaking, as it places the lines on the screen.
    const float wrap = item.wrap ? std::max(1.0f, item.box.w) : 0.0f;
    const auto lines = wrap_text(metrics, item.text, item.size, item.weight, wrap);
    fit.lines = static_cast<int>(std::max<std::size_t>(1, lines.size()));
    // A line wider than the box is cut off: it counts as one more line than there is room for.
    if (!item.wrap) {
        for (const LineSpan& line : lines)
            if (metrics.width(std::string_view{item.text}.substr(line.begin, line.end - line.begin), item.size,
                              item.weight) > item.box.w + 1)
                fit.lines = std::max(fit.lines, fit.room + 1);
    }
    return fit;
}

TextFit measure_text(const TextItem& item, FontLibrary& fonts) { return measure_text(item, FontMetrics{fonts}); }

std::vector<Diagnostic> check_text_fit(const Script& script, FontLibrary& fonts, int width, int height) {
    const FontMetrics metrics{fonts};
    return check_text_fit(script, metrics, width, height);
}

std::vector<Diagnostic> check_text_fit(const Script& script, const TextMetrics& metrics, int width, int height) {
    return FitChecker{script, metrics, width, height}.run();
}

std::vector<Diagnostic> check_text_fit(const Script& script) {
    FontRendererScope font_renderer;
    FontLibrary fonts{find_font_directory()};
    return check_text_fit(script, fonts);
}

}  // namespace attune::kiosk
