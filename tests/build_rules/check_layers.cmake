# Reads every #include of the core's layers and fails on one that reaches
# above its layer or into a library the layer must not use. The compile
# probes beside this file prove the include paths enforce the project's own
# headers; this check also covers system headers (yaml-cpp lives in
# /usr/include, which every target sees, so only reading the code can keep
# it inside the loader).
#
#   cmake -DCORE=<src/core> -P check_layers.cmake
#
# Each layer lists the layers whose headers it may include; external
# libraries are named by the prefix of their include path.
cmake_minimum_required(VERSION 3.20)
if(NOT CORE)
  message(FATAL_ERROR "usage: cmake -DCORE=<folder of the core> -P check_layers.cmake")
endif()

get_filename_component(CORE "${CORE}" ABSOLUTE)
set(layers model load engine view space)
set(model_may "model")
set(load_may "load;model")
set(engine_may "engine;model")
set(view_may "view;engine;load;model")
# The space (storage and keys) sits beside the view: the view never reaches
# storage, and the space never draws.
set(space_may "space;engine;model")
set(load_libraries "yaml-cpp/")
set(space_libraries "sqlite3.h;sodium")
# Libraries no layer of the core may include.
set(forbidden_libraries "yaml-cpp/;SDL;SDL2/;GL/;X11/;sqlite3.h;sodium;cairo")

# Which layer holds each header of the core.
foreach(layer IN LISTS layers)
  file(GLOB headers "${CORE}/${layer}/*.hpp")
  foreach(header IN LISTS headers)
    get_filename_component(name "${header}" NAME)
    set(owner_${name} ${layer})
  endforeach()
endforeach()

set(violations 0)
foreach(layer IN LISTS layers)
  file(GLOB sources "${CORE}/${layer}/*.hpp" "${CORE}/${layer}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
        set(header "${CMAKE_MATCH_1}")
        get_filename_component(name "${header}" NAME)
        if(NOT DEFINED owner_${name})
          message("${source}: includes \"${header}\", which is in no layer of the core")
          math(EXPR violations "${violations} + 1")
        elseif(NOT "${owner_${name}}" IN_LIST ${layer}_may)
          message("${source}: the ${layer} layer includes \"${header}\" of the ${owner_${name}} layer above it")
          math(EXPR violations "${violations} + 1")
        endif()
      elseif(line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
        set(header "${CMAKE_MATCH_1}")
        foreach(prefix IN LISTS forbidden_libraries)
          string(FIND "${header}" "${prefix}" at)
          if(at EQUAL 0 AND NOT "${prefix}" IN_LIST ${layer}_libraries)
            if(prefix STREQUAL "yaml-cpp/")
              message("${source}: the ${layer} layer includes <${header}>, which only the loader may use")
            elseif(prefix STREQUAL "sqlite3.h" OR prefix STREQUAL "sodium")
              message("${source}: the ${layer} layer includes <${header}>, which only the space may use")
            elseif(prefix STREQUAL "cairo")
              message("${source}: the ${layer} layer includes <${header}>, which only the export (src/export) may use")
            else()
              message("${source}: the ${layer} layer includes <${header}>, which belongs to the shell")
            endif()
            math(EXPR violations "${violations} + 1")
          endif()
        endforeach()
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations GREATER 0)
  message(FATAL_ERROR "${violations} include(s) break the layers of the core")
endif()
message("the layers of the core include only what is below them")
