# SPDX-License-Identifier: GPL-3.0-or-later
# Compile and link hardening for the binaries that hold a vault key in memory, as Debian's
# hardening build flags and KeePassXC do: position-independent executables (ASLR), full RELRO
# (the GOT is read-only after start-up), _FORTIFY_SOURCE buffer checks and stack protectors.
# Debug builds keep only PIE: _FORTIFY_SOURCE needs optimisation, and the rest gets in the way of
# stepping through code. Process hardening at run time (core dumps, ptrace) lives in the code.
include(CheckCXXCompilerFlag)
include(CheckPIESupported)

set(CMAKE_POSITION_INDEPENDENT_CODE ON)
check_pie_supported(LANGUAGES CXX)
set(brankas_release "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # -U first: some toolchains (Ubuntu's GCC) already define _FORTIFY_SOURCE, and a redefinition
    # would be a warning, which CI turns into an error.
    add_compile_options(
        "$<${brankas_release}:-U_FORTIFY_SOURCE>"
        "$<${brankas_release}:-D_FORTIFY_SOURCE=2>"
        "$<${brankas_release}:-fstack-protector-strong>")
    foreach(flag -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "BRANKAS_HAS${flag}" variable)
        check_cxx_compiler_flag(${flag} ${variable})
        if(${variable})
            add_compile_options("$<${brankas_release}:${flag}>")
        endif()
    endforeach()
    if(NOT APPLE)
        add_link_options(
            "$<${brankas_release}:LINKER:-z,relro,-z,now>"
            "$<${brankas_release}:LINKER:-z,noexecstack>")
    endif()
elseif(MSVC)
    # Control-flow guard, ASLR with 64-bit entropy, DEP and shadow-stack compatibility; /GS (buffer
    # security checks) is on by default. /utf-8 is set with the warnings in the top CMakeLists.
    add_compile_options("$<${brankas_release}:/guard:cf>")
    add_link_options("$<${brankas_release}:/guard:cf>" /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "AMD64|x86_64")
        add_link_options(/CETCOMPAT)
    endif()
endif()
