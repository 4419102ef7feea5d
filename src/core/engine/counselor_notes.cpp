#include "counselor_notes.hpp"

#include "utf8.hpp"

namespace attune {

void CounselorNotes::add(std::string_view text, Duration at) {
    std::string kept;
    std::size_t characters = 0;
    bool blank = true;
    for (std::size_t offset = 0; offset < text.size() && characters < max_note_characters;) {
        const char32_t c = utf8::decode_lenient(text, offset);
        if (c != U'\n' && (c < 0x20 || (c >= 0x7f && c < 0xa0))) continue;
        if (c != U' ' && c != U'\n') blank = false;
        kept += utf8::encode(c);
        ++characters;
    }
    if (blank) return;
    m_notes.push_back(CounselorNote{at, std::move(kept)});
}

}  // namespace attune
