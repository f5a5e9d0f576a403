# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an NSIS installer (and a ZIP) with Qt's and ICU's DLLs beside the executables.
# windeployqt copies Qt's DLLs, plugins (platforms/qwindows, sqldrivers/qsqlite, styles) and
# translations; ICU's DLLs come from the ICU that the build found (vcpkg: installed/x64-windows/bin).
# Not exercised by CI: see packaging/README.md for the steps.

find_program(MEDTOUR_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(MEDTOUR_WINDEPLOYQT AND TARGET medtour)
    install(CODE "
        execute_process(COMMAND \"${MEDTOUR_WINDEPLOYQT}\" --release --no-compiler-runtime
                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/medtour.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/medtour-cli.exe\"
            RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${_rc}\")
        endif()")
else()
    message(WARNING "windeployqt not found: the installer will lack Qt's DLLs")
endif()

# ICU: icuuc*.dll, icuin*.dll, icudt*.dll next to the import libraries' bin folder.
get_filename_component(_icu_root "${ICU_INCLUDE_DIR}/.." ABSOLUTE)
file(GLOB _icu_dlls "${_icu_root}/bin/icu*.dll" "${_icu_root}/bin64/icu*.dll")
if(_icu_dlls)
    install(FILES ${_icu_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    message(WARNING "ICU DLLs not found under ${_icu_root}/bin: copy icuuc, icuin and icudt by hand")
endif()
# The MSVC runtime, so the installer runs on a clean machine.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "Medtour Reader")
set(CPACK_NSIS_PACKAGE_NAME "Medtour Reader")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\medtour.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "medtour" "Medtour Reader")
set(CPACK_CREATE_DESKTOP_LINKS "medtour")
