# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from an already built tree, as scripts/package.sh does, into OUTPUT.
# cmake -DCPACK=... -DBINARY_DIR=... -DOUTPUT=... -P build-deb.cmake
file(REMOVE_RECURSE ${OUTPUT})
execute_process(
    COMMAND ${CPACK} --config ${BINARY_DIR}/CPackConfig.cmake -G DEB -B ${OUTPUT}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result})")
endif()
file(GLOB debs ${OUTPUT}/*.deb)
message(STATUS "Built ${debs}")
