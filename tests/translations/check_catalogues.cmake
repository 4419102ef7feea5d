# The translation checks that need gettext's own tools, run by CTest:
#   MODE=msgfmt  every po/*.po passes `msgfmt -c` (format, header, plurals)
#   MODE=pot     po/attune.pot is what xgettext writes from the code now,
#                apart from the header's creation date
# The pot check runs xgettext over SOURCES (the files that hold English
# msgids, relative to ROOT) and compares the file named by POT
# (po/attune.pot by default), so that a test can show that a stale template
# fails.
cmake_minimum_required(VERSION 3.20)
if(MODE STREQUAL "msgfmt")
  file(GLOB po_files ${ROOT}/po/*.po)
  list(LENGTH po_files count)
  if(count EQUAL 0)
    message(FATAL_ERROR "no po/*.po found in ${ROOT}")
  endif()
  foreach(po_file IN LISTS po_files)
    execute_process(COMMAND ${MSGFMT} -c -o /dev/null ${po_file} RESULT_VARIABLE failed ERROR_VARIABLE errors)
    if(failed)
      message(FATAL_ERROR "msgfmt -c refuses ${po_file}:\n${errors}")
    endif()
  endforeach()
  message(STATUS "msgfmt -c accepts ${count} catalogue(s)")
elseif(MODE STREQUAL "pot")
  if(NOT POT)
    set(POT ${ROOT}/po/attune.pot)
  endif()
  if(NOT SOURCES)
    message(FATAL_ERROR "MODE=pot needs SOURCES, the files that hold the English words")
  endif()
  set(fresh ${FRESH})
  separate_arguments(options UNIX_COMMAND "${XGETTEXT_OPTIONS}")
  execute_process(COMMAND ${XGETTEXT} ${options} -o ${fresh} ${SOURCES}
                  WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE failed ERROR_VARIABLE errors)
  if(failed)
    message(FATAL_ERROR "xgettext failed:\n${errors}")
  endif()
  file(STRINGS ${fresh} fresh_lines REGEX "^[^\"]|^\"[^P]|^\"P[^O]")
  file(STRINGS ${POT} kept_lines REGEX "^[^\"]|^\"[^P]|^\"P[^O]")
  if(NOT fresh_lines STREQUAL kept_lines)
    string(JOIN ", " source_names ${SOURCES})
    message(FATAL_ERROR "${POT} differs from the words in ${source_names}: run `make pot`, "
                        "then bring every po/*.po up to date (msgmerge --update po/LANG.po po/attune.pot)")
  endif()
  message(STATUS "po/attune.pot is up to date")
else()
  message(FATAL_ERROR "MODE must be msgfmt or pot")
endif()
