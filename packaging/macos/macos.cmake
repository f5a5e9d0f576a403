# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: medtour.app with Qt's frameworks inside (macdeployqt), in a drag-and-drop DMG.
# medtour-cli is installed inside the bundle (Contents/MacOS) so that it shares the bundle's frameworks.
# Not exercised by CI: see packaging/README.md for the steps.

if(TARGET medtour)
    # The icon: an .icns made from the hicolor PNGs with Apple's iconutil.
    find_program(MEDTOUR_ICONUTIL iconutil)
    if(MEDTOUR_ICONUTIL)
        set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/medtour.iconset)
        set(_icns ${CMAKE_CURRENT_BINARY_DIR}/medtour.icns)
        set(_copies "")
        foreach(_size 16 32 128 256)
            list(APPEND _copies COMMAND ${CMAKE_COMMAND} -E copy
                 ${PROJECT_SOURCE_DIR}/packaging/linux/icons/${MEDTOUR_APP_ID}-${_size}.png
                 ${_iconset}/icon_${_size}x${_size}.png)
        endforeach()
        add_custom_command(OUTPUT ${_icns}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset} ${_copies}
            COMMAND ${MEDTOUR_ICONUTIL} -c icns -o ${_icns} ${_iconset}
            VERBATIM)
        target_sources(medtour PRIVATE ${_icns})
        set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
    set_target_properties(medtour PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
        MACOSX_BUNDLE_ICON_FILE "medtour.icns")
    find_program(MEDTOUR_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
    if(MEDTOUR_MACDEPLOYQT)
        install(CODE "
            execute_process(COMMAND \"${MEDTOUR_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/medtour.app\"
                    \"-executable=\${CMAKE_INSTALL_PREFIX}/medtour.app/Contents/MacOS/medtour-cli\"
                RESULT_VARIABLE _rc)
            if(NOT _rc EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed: \${_rc}\")
            endif()")
    else()
        message(WARNING "macdeployqt not found: the bundle will lack Qt's frameworks")
    endif()
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Medtour Reader")
set(CPACK_DMG_FORMAT "UDZO")
