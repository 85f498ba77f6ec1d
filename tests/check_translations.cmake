# Fails when a shipped translation has unfinished, vanished or obsolete entries.
file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()
set(bad "")
foreach(ts IN LISTS ts_files)
    file(READ "${ts}" content)
    foreach(marker IN ITEMS "type=\"unfinished\"" "type=\"vanished\"" "type=\"obsolete\"")
        string(FIND "${content}" "${marker}" at)
        if(NOT at EQUAL -1)
            list(APPEND bad "${ts}: ${marker}")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "incomplete translations:\n${bad}\nRun the update_translations target and translate the new entries.")
endif()
message(STATUS "translations complete: ${ts_files}")

# Strings in the sources that the .ts files do not have yet: run lupdate on a
# copy and require "0 new".
if(LUPDATE AND SOURCE_DIR)
    list(GET ts_files 0 first)
    set(copy "${WORK_DIR}/sources-check.ts")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    file(COPY_FILE "${first}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h "${SOURCE_DIR}" -ts "${copy}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${out}${err}")
    endif()
    string(REGEX MATCH "\\(([0-9]+) new" found "${out}${err}")
    if(NOT CMAKE_MATCH_1 STREQUAL "0")
        message(FATAL_ERROR "the sources have ${CMAKE_MATCH_1} string(s) missing from the .ts files: run the "
                            "update_translations target and translate them.\n${out}${err}")
    endif()
    message(STATUS "no source string is missing from the .ts files")
endif()

# English ships only its plural forms (tradeoff_en.ts, lupdate -pluralonly):
# a new "%n" string must have them too, or English shows "1 score(s)".
set(en "${TS_DIR}/tradeoff_en.ts")
if(LUPDATE AND SOURCE_DIR AND EXISTS "${en}")
    set(copy "${WORK_DIR}/plurals-check.ts")
    file(COPY_FILE "${en}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -pluralonly -no-obsolete -locations none -extensions cpp,h "${SOURCE_DIR}"
                            -ts "${copy}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed: ${out}${err}")
    endif()
    file(READ "${copy}" content)
    string(FIND "${content}" "type=\"unfinished\"" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "a plural string is missing from tradeoff_en.ts: run the update_translations target and "
                            "give it its English singular and plural.")
    endif()
    message(STATUS "English plural forms complete")
endif()
