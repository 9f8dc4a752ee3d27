# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: everything the installed program needs beside brankas.exe and brankas-cli.exe, so it runs
# on an office PC with neither Qt nor Visual Studio:
#  1. windeployqt: the Qt DLLs and plugins (platforms/qwindows, sqldrivers/qsqlite and qsqlpsql,
#     the SVG icon engine and image format, styles). Qt 6 has no printsupport plugin on Windows: the
#     printing code is in Qt6PrintSupport.dll, which windeployqt copies as a linked library. Qt ships
#     no Indonesian translation of its own texts (there is no qtbase_id.qm); Brankas carries those
#     few texts in its own catalogue (core/i18n/qtstrings.cpp), so no Qt translations are deployed.
#  2. The other DLLs the executables and those plugins load (QtKeychain, OpenSSL 3's libcrypto, and
#     what Qt itself was built with, such as zlib, pcre2 and sqlite3 from vcpkg, and libpq, which
#     the PostgreSQL driver loads for a vault on the office's server), found with
#     file(GET_RUNTIME_DEPENDENCIES) in the folders those libraries come from.
#  3. The MSVC runtime DLLs, app-local (InstallRequiredSystemLibraries).
# The Windows default vault is %LOCALAPPDATA%\brankas\vault.brankas: outside the install folder, so
# uninstalling (which removes only the files installed here) never touches a vault or a backup.

if(TARGET Qt6::windeployqt)
    set(BRANKAS_WINDEPLOYQT $<TARGET_FILE:Qt6::windeployqt>)
else()
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin ${qmake} DIRECTORY)
    find_program(BRANKAS_WINDEPLOYQT_PROGRAM windeployqt HINTS ${qt_bin} REQUIRED)
    set(BRANKAS_WINDEPLOYQT ${BRANKAS_WINDEPLOYQT_PROGRAM})
endif()

get_filename_component(openssl_bin "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
set(BRANKAS_DLL_DIRS "$<TARGET_FILE_DIR:Qt6::Core>;$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>;${openssl_bin}")

install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/bin\")
    set(dll_dirs \"${BRANKAS_DLL_DIRS}\")
    execute_process(
        COMMAND \"${BRANKAS_WINDEPLOYQT}\" --no-translations --no-system-d3d-compiler --no-opengl-sw
                --no-compiler-runtime --svg
                \"\${bin}/brankas.exe\" \"\${bin}/brankas-cli.exe\"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${result})\")
    endif()
    foreach(plugin platforms/qwindows.dll sqldrivers/qsqlite.dll sqldrivers/qsqlpsql.dll iconengines/qsvgicon.dll
                   imageformats/qsvg.dll)
        if(NOT EXISTS \"\${bin}/\${plugin}\")
            message(FATAL_ERROR \"windeployqt did not deploy \${plugin}\")
        endif()
    endforeach()

    file(GLOB_RECURSE plugins \"\${bin}/*/*.dll\")
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${bin}/brankas.exe\" \"\${bin}/brankas-cli.exe\"
        LIBRARIES \${plugins}
        DIRECTORIES \${dll_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
        POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved)
    foreach(dll \${resolved})
        get_filename_component(name \"\${dll}\" NAME)
        if(NOT EXISTS \"\${bin}/\${name}\")
            file(INSTALL \"\${dll}\" DESTINATION \"\${bin}\")
        endif()
    endforeach()
    if(unresolved)
        message(WARNING \"DLLs not found (expected only for system DLLs): \${unresolved}\")
    endif()
    # libpq.dll: without it Qt skips the PostgreSQL driver, and a vault on a server cannot be opened.
    foreach(needed qt6keychain.dll libpq.dll)
        if(NOT EXISTS \"\${bin}/\${needed}\")
            message(FATAL_ERROR \"\${needed} was not deployed\")
        endif()
    endforeach()
    file(GLOB libcrypto \"\${bin}/libcrypto-3*.dll\")
    if(NOT libcrypto)
        message(FATAL_ERROR \"OpenSSL's libcrypto-3 DLL was not deployed\")
    endif()
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF) # Windows 10 and 11 have the Universal CRT
include(InstallRequiredSystemLibraries)
