# Packages: a .deb for Debian 12 and a .tar.gz, built with `cpack` from a
# release build (see README).  Plans for platforms that cannot be built here
# live beside this file and are marked untested.
set(CPACK_PACKAGE_NAME "tradeoff")
set(CPACK_PACKAGE_VENDOR "The Tradeoff developers")
set(CPACK_PACKAGE_CONTACT "The Tradeoff developers <tradeoff@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Weigh technology options against criteria and defend the choice")
set(CPACK_PACKAGE_DESCRIPTION
    "Tradeoff opens SQLite comparisons of technologies (options, criteria, scores with sources, weight profiles) \
and shows the ranking, charts and a plain-language verdict live as weights change. Offline; reports as PDF, \
HTML, Markdown, CSV and JSON; a headless command line.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tradeoff")
set(CPACK_STRIP_FILES ON)
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: the Qt SQLite driver is a plugin package that nothing else pulls
# in, so it is named explicitly; the rest comes from shlibdeps.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")

# Untested here (no such machines in this workplace): Windows (NSIS) and
# macOS (DragNDrop) settings, kept so a later port starts from them.
set(CPACK_NSIS_DISPLAY_NAME "Tradeoff")
set(CPACK_NSIS_PACKAGE_NAME "Tradeoff ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/tradeoff.ico")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Tradeoff.lnk' '$INSTDIR\\\\bin\\\\tradeoff.exe'")
set(CPACK_DMG_VOLUME_NAME "Tradeoff")
set(CPACK_BUNDLE_NAME "Tradeoff")

include(CPack)
