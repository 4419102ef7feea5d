// A model header that reaches up into the engine: check_layers.cmake must refuse it.
#include "session.hpp"
