#pragma once
// The two partners are told apart by where they sit: the first partner of the
// script uses the left of the keyboard and of a touch screen, the second the
// right. Everything that needs "which partner" uses a Seat, never a bare int.
#include <cstddef>
#include <cstdint>

namespace attune {

enum class Seat : std::uint8_t { left = 0, right = 1 };

constexpr std::size_t index_of(Seat seat) { return static_cast<std::size_t>(seat); }
constexpr Seat other(Seat seat) { return seat == Seat::left ? Seat::right : Seat::left; }
constexpr Seat seat_at(std::size_t index) { return index == 0 ? Seat::left : Seat::right; }

}  // namespace attune
