# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). On Windows it makes either MSI:
#   cpack -G WIX -D BRANKAS_WIX_SCOPE=perMachine   Program Files, every user, needs an administrator
#   cpack -G WIX -D BRANKAS_WIX_SCOPE=perUser      the officer's own %LOCALAPPDATA%\Programs, no administrator
# CPACK_WIX_INSTALL_SCOPE needs CMake 3.29 or later on the machine that runs cpack.
if(CPACK_GENERATOR STREQUAL "WIX")
    if(NOT BRANKAS_WIX_SCOPE)
        set(BRANKAS_WIX_SCOPE perMachine)
    endif()
    if(BRANKAS_WIX_SCOPE STREQUAL "perUser")
        set(CPACK_WIX_INSTALL_SCOPE perUser)
        # Windows Installer's single-package authoring: ProgramFiles64Folder becomes
        # %LOCALAPPDATA%\Programs and the shortcuts go to the officer's own start menu.
        set(CPACK_WIX_PROPERTY_ALLUSERS 2)
        set(CPACK_WIX_PROPERTY_MSIINSTALLPERUSER 1)
        set(CPACK_PACKAGE_FILE_NAME "brankas-${CPACK_PACKAGE_VERSION}-win64-per-user")
    elseif(BRANKAS_WIX_SCOPE STREQUAL "perMachine")
        set(CPACK_WIX_INSTALL_SCOPE perMachine)
        set(CPACK_PACKAGE_FILE_NAME "brankas-${CPACK_PACKAGE_VERSION}-win64-per-machine")
    else()
        message(FATAL_ERROR "BRANKAS_WIX_SCOPE must be perMachine or perUser, not ${BRANKAS_WIX_SCOPE}")
    endif()
endif()
