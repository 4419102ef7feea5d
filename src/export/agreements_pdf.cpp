#include "agreements_pdf.hpp"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <memory>
#include <vector>

#include "export_words.hpp"
#include "pattern_fill.hpp"
#include "utf8.hpp"

namespace attune::exporting {
namespace {

using space::AgreementLedger;
using space::LedgerAgreement;

// Points (1/72 inch).
struct PageSize {
    double width;
    double height;
};
constexpr PageSize a4_size{595.276, 841.890};
constexpr PageSize letter_size{612.0, 792.0};
constexpr double margin = 64.0;
constexpr double footer_room = 36.0;
constexpr double line_spacing = 1.38;

struct CairoDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_font_face_t* face) const { cairo_font_face_destroy(face); }
};
using Surface = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using Context = std::unique_ptr<cairo_t, CairoDeleter>;
using FontFace = std::unique_ptr<cairo_font_face_t, CairoDeleter>;

// FreeType's library, once for the process: Cairo may keep a font face (and
// so its FT_Face) cached after the export that made it, so the library that
// owns the faces must outlive every export.
FT_Library freetype() {
    static FT_Library library = [] {
        FT_Library made = nullptr;
        if (FT_Init_FreeType(&made) != 0) throw ExportError("the font library could not be started");
        return made;
    }();
    return library;
}

const cairo_user_data_key_t ft_face_key{};

// A font file as a Cairo font face; its FT_Face is released with it.
FontFace load_font(const std::filesystem::path& file) {
    FT_Face face = nullptr;
    if (FT_New_Face(freetype(), file.c_str(), 0, &face) != 0)
        throw ExportError("the font " + file.string() + " could not be read");
    FontFace font(cairo_ft_font_face_create_for_ft_face(face, 0));
    if (cairo_font_face_status(font.get()) != CAIRO_STATUS_SUCCESS ||
        cairo_font_face_set_user_data(font.get(), &ft_face_key, face, [](void* done) {
            FT_Done_Face(static_cast<FT_Face>(done));
        }) != CAIRO_STATUS_SUCCESS) {
        FT_Done_Face(face);
        throw ExportError("the font " + file.string() + " could not be used");
    }
    return font;
}

enum class Style { title, heading, agreement, body, small };

struct StyleLook {
    bool bold;
    double size;
    double grey;  // 0 black .. 1 white
};

StyleLook look_of(Style style) {
    switch (style) {
        case Style::title:
            return {true, 22.0, 0.0};
        case Style::heading:
            return {true, 14.0, 0.0};
        case Style::agreement:
            return {true, 12.5, 0.0};
        case Style::body:
            return {false, 10.5, 0.1};
        case Style::small:
            return {false, 9.0, 0.3};
    }
    return {false, 10.5, 0.0};
}

// One line set on a page.
struct SetLine {
    Style style;
    double indent;
    double baseline;
    std::string text;
};

struct Paragraph {
    Style style;
    double indent = 0;
    double space_before = 0;
    std::string text;
    bool keep_with_next = false;  // a heading is never the last line of a page
};

class Typesetter {
public:
    Typesetter(cairo_t* cr, const std::filesystem::path& fonts, PageSize page)
        : m_cr(cr),
          m_regular(load_font(fonts / "Inter-Regular.otf")),
          m_bold(load_font(fonts / "Inter-Bold.otf")),
          m_page(page) {}

    void use(Style style) const {
        const StyleLook look = look_of(style);
        cairo_set_font_face(m_cr, look.bold ? m_bold.get() : m_regular.get());
        cairo_set_font_size(m_cr, look.size);
        cairo_set_source_rgb(m_cr, look.grey, look.grey, look.grey);
    }

    double width_of(const std::string& text) const {
        cairo_text_extents_t extents;
        cairo_text_extents(m_cr, text.c_str(), &extents);
        return extents.x_advance;
    }

    // The paragraph's lines, each no wider than the text column: broken at
    // spaces, and inside a word only when the word alone is too wide.
    std::vector<std::string> wrap(const Paragraph& paragraph) const {
        use(paragraph.style);
        const double width = m_page.width - 2 * margin - paragraph.indent;
        std::vector<std::string> lines;
        std::string line;
        auto place = [&](const std::string& word) {
            const std::string joined = line.empty() ? word : line + " " + word;
            if (width_of(joined) <= width) {
                line = joined;
                return;
            }
            if (!line.empty()) lines.push_back(line);
            line.clear();
            // A word wider than the column is cut between characters.
            std::string piece;
            for (std::size_t at = 0; at < word.size();) {
                const std::size_t from = at;
                utf8::decode_lenient(word, at);
                const std::string longer = piece + word.substr(from, at - from);
                if (!piece.empty() && width_of(longer) > width) {
                    lines.push_back(piece);
                    piece = word.substr(from, at - from);
                } else {
                    piece = longer;
                }
            }
            line = piece;
        };
        std::size_t start = 0;
        const std::string& text = paragraph.text;
        while (start <= text.size()) {
            const std::size_t end = text.find_first_of(" \n", start);
            const std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!word.empty()) place(word);
            if (end == std::string::npos) break;
            if (text[end] == '\n') {
                lines.push_back(line);
                line.clear();
            }
            start = end + 1;
        }
        if (!line.empty() || lines.empty()) lines.push_back(line);
        return lines;
    }

    // Lays the paragraphs out on as many pages as they need.
    std::vector<std::vector<SetLine>> paginate(const std::vector<Paragraph>& paragraphs) const {
        std::vector<std::vector<SetLine>> pages(1);
        const double bottom = m_page.height - margin - footer_room;
        double y = margin;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const Paragraph& paragraph = paragraphs[i];
            const double height = look_of(paragraph.style).size * line_spacing;
            const std::vector<std::string> lines = wrap(paragraph);
            double needed = paragraph.space_before + height;
            if (paragraph.keep_with_next && i + 1 < paragraphs.size())
                needed += look_of(paragraphs[i + 1].style).size * line_spacing + paragraphs[i + 1].space_before;
            if (y + needed > bottom && !pages.back().empty()) {
                pages.emplace_back();
                y = margin;
            } else if (!pages.back().empty()) {
                y += paragraph.space_before;
            }
            for (const std::string& line : lines) {
                if (y + height > bottom && !pages.back().empty()) {
                    pages.emplace_back();
                    y = margin;
                }
                y += height;
                pages.back().push_back(SetLine{paragraph.style, paragraph.indent, y, line});
            }
        }
        return pages;
    }

    void draw(const SetLine& line) const {
        use(line.style);
        cairo_move_to(m_cr, margin + line.indent, line.baseline);
        cairo_show_text(m_cr, line.text.c_str());
    }

private:
    cairo_t* m_cr;
    FontFace m_regular;
    FontFace m_bold;
    PageSize m_page;
};

std::string wording_text(const ExportWords& words, const space::AgreementWording& wording) {
    return wording.aloud || wording.text.empty() ? words.agreed_aloud : wording.text;
}

// The pattern of a wording's line in the history: "Worded: {wording}".
const std::string& origin_pattern(const ExportWords& words, space::WordingOrigin origin) {
    switch (origin) {
        case space::WordingOrigin::made:
            return words.worded;
        case space::WordingOrigin::made_again:
            return words.worded_again;
        case space::WordingOrigin::reworded:
            return words.reworded;
    }
    return words.worded;
}

std::string name_of(const AgreementsPdf& options, std::size_t seat) {
    const std::string& name = options.names[seat];
    if (!name.empty()) return name;
    return seat == 0 ? "A" : "B";
}

void add_history(std::vector<Paragraph>& out, const LedgerAgreement& agreement, const ExportWords& words,
                 const AgreementsPdf& options) {
    out.push_back(Paragraph{Style::small, 16, 6, words.history, false});
    for (const space::AgreementEvent& event : space::history_of(agreement)) {
        // The date is a column of its own, set before each event's sentence.
        std::string line = long_date(words, event.day) + "  ";
        if (event.review)
            line += fill(words.reviewed, {{"first", name_of(options, 0)},
                                          {"first_rating", rating_words(words, event.review->ratings[0])},
                                          {"second", name_of(options, 1)},
                                          {"second_rating", rating_words(words, event.review->ratings[1])},
                                          {"outcome", outcome_words(words, event.review->outcome)}});
        else
            line +=
                fill(origin_pattern(words, event.wording->origin), {{"wording", wording_text(words, *event.wording)}});
        out.push_back(Paragraph{Style::small, 16, 1, line, false});
    }
}

std::vector<Paragraph> document(const AgreementLedger& ledger, const AgreementsPdf& options, const ExportWords& words) {
    std::vector<Paragraph> out;
    out.push_back(Paragraph{Style::title, 0, 0, words.title, false});
    out.push_back(
        Paragraph{Style::small, 0, 2, fill(words.printed_on, {{"date", long_date(words, options.today)}}), false});
    const auto in_force = ledger.in_force();
    if (in_force.empty()) out.push_back(Paragraph{Style::body, 0, 18, words.nothing_in_force, false});
    for (const LedgerAgreement* agreement : in_force) {
        out.push_back(Paragraph{Style::agreement, 0, 22, wording_text(words, agreement->wording()), true});
        out.push_back(Paragraph{Style::body, 0, 3, fill(words.asked_about, {{"prompt", agreement->prompt}}), false});
        out.push_back(Paragraph{
            Style::body, 0, 1,
            fill(words.made_in, {{"date", long_date(words, agreement->made)}, {"script", agreement->script_title}}),
            false});
        // A review day that has passed is said as due, not as a date to come.
        const std::string& review = agreement->due_on(options.today) ? words.due_since : words.next_review;
        out.push_back(Paragraph{Style::body, 0, 1,
                                fill(review, {{"date", long_date(words, agreement->next_review())},
                                              {"period", every_period(words, agreement->review_in)}}),
                                false});
        add_history(out, *agreement, words, options);
    }
    bool any_ended = false;
    for (const auto& agreement : ledger.agreements) {
        if (agreement.in_force()) continue;
        if (!any_ended) out.push_back(Paragraph{Style::heading, 0, 30, words.ended_title, true});
        any_ended = true;
        out.push_back(Paragraph{Style::body, 0, 12, wording_text(words, agreement.wording()), true});
        out.push_back(Paragraph{Style::small, 0, 1,
                                fill(words.made_and_let_go, {{"made", long_date(words, agreement.made)},
                                                             {"ended", long_date(words, *agreement.ended)}}),
                                false});
        add_history(out, agreement, words, options);
    }
    return out;
}

cairo_status_t append_to(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string agreements_pdf(const AgreementLedger& ledger, const AgreementsPdf& options) {
    const PageSize page = options.paper == Paper::letter ? letter_size : a4_size;
    const ExportWords words = export_words(options.language);
    std::string bytes;
    {
        Surface surface(cairo_pdf_surface_create_for_stream(append_to, &bytes, page.width, page.height));
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw ExportError("the PDF could not be made");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, words.title.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "attune " ATTUNE_VERSION);
        Context cr(cairo_create(surface.get()));
        const Typesetter typesetter(cr.get(), options.font_folder, page);
        const auto pages = typesetter.paginate(document(ledger, options, words));
        for (std::size_t n = 0; n < pages.size(); ++n) {
            for (const SetLine& line : pages[n]) typesetter.draw(line);
            const double footer = page.height - margin + 8;
            typesetter.draw(SetLine{Style::small, 0, footer, words.footer});
            const std::string number =
                fill(words.page_of, {{"n", std::to_string(n + 1)}, {"total", std::to_string(pages.size())}});
            typesetter.use(Style::small);
            cairo_move_to(cr.get(), page.width - margin - typesetter.width_of(number), footer + 13);
            cairo_show_text(cr.get(), number.c_str());
            cairo_show_page(cr.get());
        }
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) throw ExportError("the PDF could not be made");
        cr.reset();
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            throw ExportError("the PDF could not be finished");
    }
    return bytes;
}

}  // namespace attune::exporting
