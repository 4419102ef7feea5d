#pragma once
// A trace of what the kiosk shows, for the end-to-end tests and the kiosk
// benchmark: with $ATTUNE_SCREEN_TRACE naming a file, one line is appended
// each time the screen changes its make-up (which items are on it, by role,
// with their colours; buttons with their rectangles, so that a test can click
// them). The text on screen is never written: session content stays private.
//
//   <ms since start> <background #rrggbb> <role>#rrggbb ... <button role>#rrggbb@x,y,w,h ...
//
// When the loop ends, a last line counts its turns (wake-ups) and how often
// the display list changed (redraws): "<ms> end turns=N changes=M".
#include <fstream>
#include <memory>
#include <string>

#include "display_list.hpp"
#include "time.hpp"

namespace attune::kiosk {

// The line describing a screen, without the time.
std::string describe_screen(const DisplayList& list);

class ScreenTrace {
public:
    // Nothing to trace (nullptr) when $ATTUNE_SCREEN_TRACE (or the variable
    // named) is unset or empty. $ATTUNE_CONSOLE_TRACE traces the counselor's
    // console the same way.
    static std::unique_ptr<ScreenTrace> from_environment(TimePoint started,
                                                         const char* variable = "ATTUNE_SCREEN_TRACE");
    ScreenTrace(const std::string& path, TimePoint started);
    ~ScreenTrace();
    ScreenTrace(const ScreenTrace&) = delete;
    ScreenTrace& operator=(const ScreenTrace&) = delete;

    // Called once per turn of the loop, before it sleeps, with what is on screen.
    void observe(const DisplayList& shown);

private:
    void write(const std::string& line);

    std::ofstream m_file;
    TimePoint m_started;
    DisplayList m_previous;
    std::string m_last_line;
    long m_turns = 0;
    long m_changes = 0;
};

}  // namespace attune::kiosk
