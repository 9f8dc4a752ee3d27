# SPDX-License-Identifier: GPL-3.0-or-later
# Fails listing every C++ file under app/, core/, ui/ and tests/ that clang-format would change.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(unformatted "")
foreach(file ${files})
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${file}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted ${file})
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "Not formatted with clang-format (run clang-format -i on them):\n  ${listing}")
endif()
list(LENGTH files count)
message(STATUS "${count} files follow .clang-format")
