# cmake -DNM=<nm> -DREADELF=<readelf> -DLIBRARY=<libbs_errno.so.X.Y.Z> -DHEADER=<BS_Errno.h>
#       -DSONAME=<libbs_errno.so.MAJOR> -P check_exports.cmake
#
# The shared library defines exactly the functions BS_Errno.h declares, all named bs_*, and nothing else;
# its SONAME is the versioned one.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/header_functions.cmake")
bs_errno_header_functions("${HEADER}" declared)
list(LENGTH declared declared_count)

execute_process(COMMAND "${NM}" -D --defined-only --format=posix "${LIBRARY}" OUTPUT_VARIABLE nm_output
  RESULT_VARIABLE result)
string(REGEX MATCHALL "(^|\n)[^ \n]+ [A-Za-z]" symbols "${nm_output}")
list(TRANSFORM symbols REPLACE "^\n?([^ ]+) .*$" "\\1")
list(SORT symbols)
execute_process(COMMAND "${READELF}" -d "${LIBRARY}" OUTPUT_VARIABLE dynamic)
if(NOT result EQUAL 0 OR NOT symbols STREQUAL declared)
  message(FATAL_ERROR "exported: ${symbols}\ndeclared in BS_Errno.h: ${declared}")
elseif(NOT dynamic MATCHES "\\(SONAME\\)[^\n]*\\[${SONAME}\\]")
  message(FATAL_ERROR "the SONAME of ${LIBRARY} is not ${SONAME}:\n${dynamic}")
endif()
message(STATUS "${LIBRARY}: exports exactly the ${declared_count} functions of BS_Errno.h; SONAME ${SONAME}")
