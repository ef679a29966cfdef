# cmake -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<std> -DSOURCE=<alias_use.c> -DINCLUDE_DIR=<include>
#       -DTSV=<data/codes.tsv> -DOUT_DIR=<dir> -P check_aliases.cmake
#
# For every alias of data/codes.tsv, compiles alias_use.c (the alias as a value and as a case label) twice:
#   1. -Wall -Wextra -Wpedantic -Werror -Wno-error=deprecated-declarations: must compile; a deprecated
#      alias must raise a deprecation warning naming it, a plain alias must raise nothing at all;
#   2. -Wall -Wextra -Wpedantic -Werror=deprecated-declarations: a deprecated alias must FAIL with a
#      deprecation error, a plain alias must compile clean.
cmake_minimum_required(VERSION 3.16)
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/BsErrnoData.cmake")
foreach(var COMPILER LANGUAGE STD SOURCE INCLUDE_DIR TSV OUT_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_aliases.cmake: ${var} is not set")
  endif()
endforeach()
file(MAKE_DIRECTORY "${OUT_DIR}")
bs_errno_read_data("${TSV}" row)
math(EXPR last "${row_COUNT} - 1")

set(problems "")
set(deprecated_count 0)
set(plain_count 0)
foreach(i RANGE ${last})
  if(NOT row_${i}_KIND STREQUAL "alias")
    continue()
  endif()
  set(name "${row_${i}_NAME}")
  set(base "${COMPILER}" "-std=${STD}" -x "${LANGUAGE}" "-I${INCLUDE_DIR}" "-DBS_ALIAS=${name}"
      -c "${SOURCE}" -o "${OUT_DIR}/${name}.o" -Wall -Wextra -Wpedantic)

  execute_process(COMMAND ${base} -Werror -Wno-error=deprecated-declarations
    RESULT_VARIABLE warn_result OUTPUT_VARIABLE warn_output ERROR_VARIABLE warn_output)
  execute_process(COMMAND ${base} -Werror=deprecated-declarations
    RESULT_VARIABLE error_result OUTPUT_VARIABLE error_output ERROR_VARIABLE error_output)

  if(row_${i}_DEPRECATED STREQUAL "yes")
    math(EXPR deprecated_count "${deprecated_count} + 1")
    if(NOT warn_result EQUAL 0)
      string(APPEND problems "${name}: does not compile when deprecation is only a warning:\n${warn_output}\n")
    elseif(NOT warn_output MATCHES "deprecated" OR NOT warn_output MATCHES "${name}")
      string(APPEND problems "${name}: no deprecation warning naming it:\n${warn_output}\n")
    endif()
    if(error_result EQUAL 0)
      string(APPEND problems "${name}: compiles under -Werror=deprecated-declarations\n")
    elseif(NOT error_output MATCHES "error[^\n]*deprecated")
      string(APPEND problems "${name}: fails under -Werror=deprecated-declarations, but not for deprecation:\n${error_output}\n")
    endif()
  else()
    math(EXPR plain_count "${plain_count} + 1")
    if(NOT warn_result EQUAL 0 OR NOT warn_output STREQUAL "")
      string(APPEND problems "${name}: a plain alias that does not compile clean:\n${warn_output}\n")
    endif()
    if(NOT error_result EQUAL 0 OR NOT error_output STREQUAL "")
      string(APPEND problems "${name}: a plain alias that fails under -Werror=deprecated-declarations:\n${error_output}\n")
    endif()
  endif()
endforeach()

if(deprecated_count EQUAL 0 OR plain_count EQUAL 0)
  string(APPEND problems "data/codes.tsv has ${deprecated_count} deprecated and ${plain_count} plain aliases: nothing to test\n")
endif()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${COMPILER} ${STD}:\n${problems}")
endif()
message(STATUS "${COMPILER} ${STD}: ${deprecated_count} deprecated aliases warn and fail under "
               "-Werror=deprecated-declarations; ${plain_count} plain aliases compile clean")
