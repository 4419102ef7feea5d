#include <yaml-cpp/yaml.h>

#include "script.hpp"
