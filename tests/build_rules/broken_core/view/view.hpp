#include <SDL.h>

#include "session.hpp"
