# How attune installs (`cmake --install`) and packages (`cpack -G DEB`), as
# Debian and freedesktop.org lay a program out: the program in bin/, what it
# reads in share/attune/, the menu entry, its AppStream description, the
# manual pages and the kiosk session in their shared folders.
include(GNUInstallDirs)

# The project has no public address yet; these name one to replace. The
# AppStream id is meant to stay the same for ever once published.
set(ATTUNE_APPSTREAM_ID "org.example.attune" CACHE STRING "The AppStream component id (reverse DNS)")
set(ATTUNE_HOMEPAGE "https://attune.example.org" CACHE STRING "The project's public address")
set(ATTUNE_SCREENSHOTS_URL "${ATTUNE_HOMEPAGE}/screenshots" CACHE STRING
    "Where docs/screenshots/*.png are published, for software centres")
set(ATTUNE_PROJECT_LICENSE "LicenseRef-proprietary" CACHE STRING
    "The SPDX licence of attune's code (none chosen yet: all rights reserved)")

set(packaging ${CMAKE_SOURCE_DIR}/packaging)
set(staged ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${staged})
set(VERSION ${PROJECT_VERSION})
configure_file(${packaging}/attune.metainfo.xml.in ${staged}/${ATTUNE_APPSTREAM_ID}.metainfo.xml @ONLY)

# Debian compresses manual pages and changelogs with gzip -9n (no name, no
# time, so that a rebuild gives the same bytes). Done while configuring, so
# that an install needs no build step of its own; editing them configures
# again.
find_program(GZIP_PROGRAM gzip REQUIRED)
function(attune_gzip source output)
  configure_file(${source} ${staged}/${output} @ONLY)
  execute_process(COMMAND ${GZIP_PROGRAM} -9nf ${staged}/${output} RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "cannot compress ${staged}/${output}")
  endif()
endfunction()
attune_gzip(${packaging}/attune.1 attune.1)
attune_gzip(${packaging}/attune-kiosk-session.1 attune-kiosk-session.1)
attune_gzip(${packaging}/changelog changelog)

install(TARGETS attune RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(PROGRAMS ${packaging}/kiosk/attune-kiosk-session DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/scripts ${CMAKE_SOURCE_DIR}/themes ${CMAKE_SOURCE_DIR}/fonts
        DESTINATION ${CMAKE_INSTALL_DATADIR}/attune)
# The translations, in the data folder (share/attune/locale/LANG/LC_MESSAGES)
# rather than share/locale, so that ATTUNE_DATA_DIR carries them too.
foreach(language IN LISTS ATTUNE_LANGUAGES)
  install(FILES ${CMAKE_BINARY_DIR}/locale/${language}/LC_MESSAGES/attune.mo
          DESTINATION ${CMAKE_INSTALL_DATADIR}/attune/locale/${language}/LC_MESSAGES)
endforeach()
install(FILES ${packaging}/attune.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${staged}/${ATTUNE_APPSTREAM_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${packaging}/attune.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${staged}/attune.1.gz ${staged}/attune-kiosk-session.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging}/kiosk/attune-kiosk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/xsessions)
install(FILES ${staged}/changelog.gz ${packaging}/copyright ${CMAKE_SOURCE_DIR}/docs/writing-scripts.md
              ${CMAKE_SOURCE_DIR}/docs/translating.md
              ${CMAKE_SOURCE_DIR}/docs/kiosk-at-boot.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${packaging}/kiosk/attune-kiosk.service ${packaging}/kiosk/lightdm-autologin.conf
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# The .deb: its dependencies come from the libraries the program links
# (dpkg-shlibdeps); the binaries are stripped, as Debian ships them.
set(CPACK_PACKAGE_NAME attune)
set(CPACK_PACKAGE_VENDOR "the attune authors")
set(CPACK_PACKAGE_CONTACT "attune maintainers <maintainers@attune.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "structured conversation for two people on one shared screen")
# The summary is the synopsis; CPack indents each line of the rest by one
# space, so a paragraph break is a lone ".".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "attune walks two people through a structured conversation on one shared
screen: a TV, a laptop, or a kiosk in a counselor's office. It shows, large
and calm, who has the floor, what to do now and how much time is left, and
keeps the pause rule: either partner can call a pause at any moment.
.
Conversations are short YAML scripts; attune ships a library of them, in
English, German and French. It has no network code.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${ATTUNE_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# attune-kiosk-session turns the screen saver off with xset.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS x11-xserver-utils)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_GENERATOR DEB)
include(CPack)
