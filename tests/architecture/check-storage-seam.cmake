# SPDX-License-Identifier: GPL-3.0-or-later
# Fails listing every line under ui/ and app/ that includes a header of core/storage/ or names the
# Storage namespace: which engine holds the vault is core's business alone.
cmake_minimum_required(VERSION 3.21)

set(forbidden "core/storage/|(^|[^A-Za-z0-9_])Storage::|Brankas::Storage([^A-Za-z0-9_]|$)")

function(find_forbidden out)
    set(found "")
    foreach(file ${ARGN})
        file(STRINGS ${file} lines REGEX "${forbidden}")
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        foreach(line ${lines})
            string(STRIP "${line}" line)
            if(NOT line STREQUAL "")
                string(APPEND found "\n  ${relative}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE files ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "No sources under ${SOURCE_DIR}/ui or ${SOURCE_DIR}/app")
endif()

# The pattern itself, on lines it must and must not find: a typo in it would otherwise let this test
# pass whatever ui/ and app/ include.
foreach(line "#include <core/storage/logstore.h>" "#include \"../../core/storage/sqlerror.h\""
        "Storage::LogFilter filter;" "(Storage::needsServerPassword(error))" "using namespace Brankas::Storage;")
    if(NOT line MATCHES "${forbidden}")
        message(FATAL_ERROR "The pattern misses: ${line}")
    endif()
endforeach()
foreach(line "#include <core/log/logfilter.h>" "QStorageInfo info;" "KeyStorage::open()" "Brankas::Storages")
    if(line MATCHES "${forbidden}")
        message(FATAL_ERROR "The pattern wrongly finds: ${line}")
    endif()
endforeach()

find_forbidden(hits ${files})
if(hits)
    message(FATAL_ERROR "ui/ and app/ must not reach into core/storage (add what they need to core's services "
                        "or to a value type outside core/storage):${hits}")
endif()
message(STATUS "${count} files of ui/ and app/ stay off core/storage")
