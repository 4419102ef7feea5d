# The install, package, menu entry, metainfo, manual and kiosk tests (label
# `install`): shell scripts beside this file, each run by CTest. They need
# the packages of `tools/setup-debian.sh --test`.
set(install_tests ${CMAKE_SOURCE_DIR}/tests/install)
# What is shipped is the release build; the sanitized one is never installed,
# and clang 14 writes each source file's absolute name into the reports'
# data of ASan and UBSan whatever -ffile-prefix-map says, so only a release
# build is checked for source paths (`make test` does).
if(ATTUNE_SANITIZE)
  set(shipped_build sanitized)
else()
  set(shipped_build release)
endif()
add_test(NAME "the installed program finds its data in PREFIX/share/attune, run from elsewhere"
         COMMAND sh ${install_tests}/installed_program.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR}
                 ${shipped_build})
add_test(NAME "the menu entry, the kiosk session and the metainfo are valid"
         COMMAND sh ${install_tests}/desktop_files.sh ${CMAKE_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR}/packaging/${ATTUNE_APPSTREAM_ID}.metainfo.xml)
add_test(NAME "the manual pages format cleanly and name every option"
         COMMAND sh ${install_tests}/manual_pages.sh ${CMAKE_BINARY_DIR} $<TARGET_FILE:attune>)
add_test(NAME "the .deb builds with its library dependencies and lintian finds no errors"
         COMMAND sh ${install_tests}/debian_package.sh ${CMAKE_BINARY_DIR})
add_test(NAME "the kiosk unit and scripts pass systemd-analyze and shellcheck"
         COMMAND sh ${install_tests}/kiosk_files.sh ${CMAKE_SOURCE_DIR})
add_test(NAME "the kiosk session keeps the screen on and ends with attune"
         COMMAND sh ${install_tests}/kiosk_session.sh ${CMAKE_SOURCE_DIR} $<TARGET_FILE:attune>)
set_tests_properties(
  "the installed program finds its data in PREFIX/share/attune, run from elsewhere"
  "the menu entry, the kiosk session and the metainfo are valid"
  "the manual pages format cleanly and name every option"
  "the .deb builds with its library dependencies and lintian finds no errors"
  "the kiosk unit and scripts pass systemd-analyze and shellcheck"
  "the kiosk session keeps the screen on and ends with attune"
  PROPERTIES LABELS install TIMEOUT 300)
# Under the sanitizers, the programs these scripts start get the same
# options and LeakSanitizer's suppressions as every other test (not the SDL
# drivers: the kiosk session runs on a real X server).
set(install_environment "")
foreach(entry IN LISTS ATTUNE_TEST_ENVIRONMENT)
  if(entry MATCHES "^(ASAN|UBSAN|LSAN)_OPTIONS=")
    list(APPEND install_environment "${entry}")
  endif()
endforeach()
if(install_environment)
  set_tests_properties(
    "the installed program finds its data in PREFIX/share/attune, run from elsewhere"
    "the manual pages format cleanly and name every option"
    "the .deb builds with its library dependencies and lintian finds no errors"
    "the kiosk session keeps the screen on and ends with attune"
    PROPERTIES ENVIRONMENT "${install_environment}")
endif()
# Two of them install or package the same build folder; CPack and
# `cmake --install` each read the build's install scripts, which is safe in
# parallel, but the package build is the slow one and runs alone.
set_tests_properties("the .deb builds with its library dependencies and lintian finds no errors"
                     PROPERTIES RUN_SERIAL ON)
