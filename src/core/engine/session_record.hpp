#pragma once
// What a session keeps for its summary. It stays in memory: keeping it on
// disk is the partners' choice and another module's job.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "seat.hpp"
#include "time.hpp"

namespace attune {

enum class FinishReason { completed, stopped_for_today, ended_by_choice };

enum class PauseCause { partner, checkin };

struct PauseRecord {
    Duration started;    // since Begin, wall time
    Duration length{0};  // from the call to the resume (or to the end)
    PauseCause cause = PauseCause::partner;
    Seat seat = Seat::left;  // who called it, or whose answer did; never shown as blame
};

struct CheckinRecord {
    std::size_t item = 0;
    std::string question;
    Seat seat = Seat::left;
    int value = 0;
    int scale = 0;
};

struct AgreementRecord {
    std::size_t item = 0;
    std::string prompt;
    std::string text;  // empty when agreed aloud
    bool aloud = false;
    std::array<bool, 2> confirmed{false, false};
};

struct SessionRecord {
    std::array<Duration, 2> speaking{Duration{0}, Duration{0}};  // by seat
    std::vector<PauseRecord> pauses;
    std::vector<CheckinRecord> checkins;
    std::vector<AgreementRecord> agreements;
    std::vector<std::size_t> items_done;  // agenda indices, in the order finished
    Duration active{0};                   // running time, pauses excluded
    Duration total{0};                    // from Begin to the end, pauses included
    std::optional<FinishReason> finish;
};

}  // namespace attune
