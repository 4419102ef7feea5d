cmake_minimum_required(VERSION 3.20)
# Fails when a source file differs from what clang-format makes of it with
# the repository's .clang-format. Run `clang-format -i FILE` to mend one.
#
#   cmake -DROOT=<checkout> [-DFILES=a.cpp;b.hpp] -P check_format.cmake
#
# Without FILES it checks src/ and fuzz/ (all of them), tests/ and bench/
# (their top folders: tests/build_rules holds a misformatted file on purpose).
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<checkout> [-DFILES=...] -P check_format.cmake")
endif()
find_program(CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15 clang-format-16)
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format is missing: tools/setup-debian.sh installs it")
endif()
if(NOT FILES)
  file(GLOB_RECURSE FILES "${ROOT}/src/*.cpp" "${ROOT}/src/*.hpp" "${ROOT}/fuzz/*.cpp" "${ROOT}/fuzz/*.hpp")
  file(GLOB more "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.hpp" "${ROOT}/bench/*.cpp")
  list(APPEND FILES ${more})
  list(SORT FILES)
endif()
list(LENGTH FILES count)
execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${FILES}
                WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE result ERROR_VARIABLE complaints)
if(NOT result EQUAL 0)
  message("${complaints}")
  message(FATAL_ERROR "these files are not formatted as .clang-format says: run clang-format -i on them")
endif()
message("${count} files follow .clang-format")
