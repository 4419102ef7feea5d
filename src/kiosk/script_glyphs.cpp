#include "script_glyphs.hpp"

#include <stdexcept>

#include "sdl_context.hpp"

namespace attune::kiosk {

namespace {

class Checker {
public:
    Checker(const Script& script, FontLibrary& fonts) : m_script(script), m_fonts(fonts) {}

    void check(const std::string& text, SourcePos pos, const char* what) {
        for (const MissingGlyph& glyph : missing_glyphs(m_fonts, text)) {
            m_warnings.push_back({m_script.file, pos, Severity::warning,
                                  "the bundled fonts cannot draw " + describe_code_point(glyph.code_point) +
                                      " in the " + what + "; it would show as an empty box"});
        }
    }

    void check_step(const Step& step) {
        for_each_text(step, [&](const StepText& text) { check(text.text, text.pos, step_text_role_name(text.role)); });
    }

    std::vector<Diagnostic> run() {
        const SourcePos top{1, 1};
        check(m_script.title, top, "title");
        check(m_script.description, top, "description");
        for (const Partner& partner : m_script.partners) check(partner.name, top, "partner's name");
        check(m_script.pause.message, top, "pause message");
        check(m_script.pause.signal, top, "pause signal");
        for (const Item& item : m_script.agenda) {
            check(item.title, item.pos, "item's title");
            for (const Step& step : item.steps) check_step(step);
        }
        return std::move(m_warnings);
    }

private:
    const Script& m_script;
    FontLibrary& m_fonts;
    std::vector<Diagnostic> m_warnings;
};

}  // namespace

std::vector<Diagnostic> check_script_glyphs(const Script& script, FontLibrary& fonts) {
    return Checker{script, fonts}.run();
}

std::vector<Diagnostic> check_script_glyphs(const Script& script) {
    FontRendererScope font_renderer;
    FontLibrary fonts{find_font_directory()};
    return check_script_glyphs(script, fonts);
}

}  // namespace attune::kiosk
