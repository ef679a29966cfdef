# cmake -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<std> -DSOURCE=<alias_use.c> -DINCLUDE_DIR=<include>
#       -DOUT_DIR=<dir> -P check_aliases.cmake
#
# For every alias (generated/aliases.cmake), compiles alias_use.c (the alias as a value and as a case label):
#   with -Werror -Wno-error=deprecated-declarations: must compile; a deprecated alias must raise a deprecation
#     warning naming it, a plain alias nothing at all;
#   with -Werror=deprecated-declarations: a deprecated alias must fail for its deprecation, a plain one compile.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
include("${CMAKE_CURRENT_LIST_DIR}/generated/aliases.cmake")
file(MAKE_DIRECTORY "${OUT_DIR}")
if(NOT BS_ERRNO_DEPRECATED_ALIASES OR NOT BS_ERRNO_PLAIN_ALIASES)
  message(FATAL_ERROR "generated/aliases.cmake lacks deprecated or plain aliases: nothing to test")
endif()
set(problems "")
foreach(name IN LISTS BS_ERRNO_DEPRECATED_ALIASES BS_ERRNO_PLAIN_ALIASES)
  set(base "${COMPILER}" "-std=${STD}" -x "${LANGUAGE}" "-I${INCLUDE_DIR}" "-DBS_ALIAS=${name}"
      -c "${SOURCE}" -o "${OUT_DIR}/${name}.o" -Wall -Wextra -Wpedantic)
  execute_process(COMMAND ${base} -Werror -Wno-error=deprecated-declarations
    RESULT_VARIABLE warn_result OUTPUT_VARIABLE warn_output ERROR_VARIABLE warn_output)
  execute_process(COMMAND ${base} -Werror=deprecated-declarations
    RESULT_VARIABLE error_result OUTPUT_VARIABLE error_output ERROR_VARIABLE error_output)
  if(name IN_LIST BS_ERRNO_DEPRECATED_ALIASES)
    if(NOT warn_result EQUAL 0 OR NOT warn_output MATCHES "deprecated" OR NOT warn_output MATCHES "${name}")
      string(APPEND problems "${name}: no deprecation warning naming it, or no compile:\n${warn_output}\n")
    endif()
    if(error_result EQUAL 0 OR NOT error_output MATCHES "error[^\n]*deprecated")
      string(APPEND problems "${name}: does not fail for deprecation under -Werror=deprecated-declarations\n")
    endif()
  elseif(NOT warn_result EQUAL 0 OR NOT warn_output STREQUAL "" OR NOT error_result EQUAL 0
         OR NOT error_output STREQUAL "")
    string(APPEND problems "${name}: a plain alias that does not compile clean:\n${warn_output}${error_output}\n")
  endif()
endforeach()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${COMPILER} ${STD}:\n${problems}")
endif()
list(LENGTH BS_ERRNO_DEPRECATED_ALIASES deprecated)
list(LENGTH BS_ERRNO_PLAIN_ALIASES plain)
message(STATUS "${COMPILER} ${STD}: ${deprecated} deprecated aliases warn, ${plain} plain aliases compile clean")
