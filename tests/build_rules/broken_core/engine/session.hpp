// The engine must not read YAML nor know the view.
#include <yaml-cpp/yaml.h>

#include "view.hpp"
