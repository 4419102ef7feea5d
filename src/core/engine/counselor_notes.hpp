#pragma once
// The counselor's private notes (issue 12): texts with the time they were
// written. They are the counselor's alone. The shared screen's view is never
// given them (ViewInput has no place for them), and they are kept only in a
// kept conversation, marked as the counselor's; otherwise they go with the
// conversation.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "time.hpp"

namespace attune {

struct CounselorNote {
    Duration at{0};  // since Begin, wall time (as the record's `elapsed`)
    std::string text;
    bool operator==(const CounselorNote&) const = default;
};

// A note is a few lines, not a file.
inline constexpr std::size_t max_note_characters = 2000;

class CounselorNotes {
public:
    // Keeps `text` as written at `at`: control characters other than line
    // breaks are dropped, the length is capped; a blank note is not kept.
    void add(std::string_view text, Duration at);
    const std::vector<CounselorNote>& notes() const { return m_notes; }
    bool empty() const { return m_notes.empty(); }
    // The conversation ended without being kept: its notes go with it.
    void clear() { m_notes.clear(); }

private:
    std::vector<CounselorNote> m_notes;
};

}  // namespace attune
