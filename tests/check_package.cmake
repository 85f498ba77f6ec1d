# Builds the .deb with CPack, unpacks it into a scratch root (no install) and
# runs the packaged binary headless: --version, and a PDF report.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB -B "${WORK_DIR}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${out}${err}")
endif()
file(GLOB debs "${WORK_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
if(NOT depends MATCHES "libqt6sql6-sqlite" OR NOT depends MATCHES "libqt6sql6-psql")
    message(FATAL_ERROR "the .deb does not depend on the SQLite and PostgreSQL driver plugins: ${depends}")
endif()
set(root "${WORK_DIR}/root")
execute_process(COMMAND dpkg-deb -x ${debs} "${root}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(f usr/bin/tradeoff usr/share/applications/org.tradeoff.Tradeoff.desktop
          usr/share/metainfo/org.tradeoff.Tradeoff.metainfo.xml usr/share/mime/packages/org.tradeoff.Tradeoff.xml
          usr/share/icons/hicolor/scalable/apps/org.tradeoff.Tradeoff.svg
          usr/share/icons/hicolor/48x48/apps/org.tradeoff.Tradeoff.png)
    if(NOT EXISTS "${root}/${f}")
        message(FATAL_ERROR "missing from the package: ${f}")
    endif()
endforeach()
execute_process(COMMAND "${root}/usr/bin/tradeoff" --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^tradeoff [0-9]")
    message(FATAL_ERROR "packaged tradeoff --version failed: ${version}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=QT_QPA_PLATFORM
                        "${root}/usr/bin/tradeoff" report -o "${WORK_DIR}/report.pdf"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SIZE "${WORK_DIR}/report.pdf" size)
if(NOT rc EQUAL 0 OR size LESS 10000)
    message(FATAL_ERROR "packaged headless report failed: ${err}")
endif()
message(STATUS "package ok: ${debs} (${version})")
