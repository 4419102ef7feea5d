#pragma once
// Breaks a rule on purpose: the space keeps records and never draws.
#include "view.hpp"
