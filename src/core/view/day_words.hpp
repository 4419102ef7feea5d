#pragma once
// Days and small counts as a couple reads them across a room: "Monday 7
// December", "Four conversations". Never "07/12": a date in figures is read
// differently in different countries.
#include <string>

#include "calendar.hpp"
#include "words.hpp"

namespace attune {

// The day with its weekday and month in words, in the words' language.
std::string day_words(const Words& words, Day day);
// Zero to twelve in words ("six"), larger counts in figures.
std::string number_words(const Words& words, int count);
// The same with its first letter in capitals, to begin a sentence.
std::string number_words_capitalized(const Words& words, int count);

}  // namespace attune
