# cmake -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<c99|...|c++20> -DSOURCE=<file> -DINCLUDE_DIRS=<a|b>
#       -DLIBRARY=<libbs_errno.so.X.Y.Z> -DOUT=<executable> -P compile_and_run.cmake
#
# Compiles SOURCE as LANGUAGE/STD with -Wall -Wextra -Wpedantic -Werror, links it against the shared
# library (a C++ build also proves the header's extern "C"), and runs it. Fails on any warning, link error
# or non-zero exit.
cmake_minimum_required(VERSION 3.16)
foreach(var COMPILER LANGUAGE STD SOURCE INCLUDE_DIRS LIBRARY OUT)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "compile_and_run.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${LIBRARY}")
  message(FATAL_ERROR "${LIBRARY} does not exist: build the project first (cmake --build)")
endif()

string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
set(include_flags "")
foreach(dir IN LISTS include_dirs)
  list(APPEND include_flags "-I${dir}")
endforeach()
get_filename_component(out_dir "${OUT}" DIRECTORY)
get_filename_component(lib_dir "${LIBRARY}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")

set(command "${COMPILER}" "-std=${STD}" -Wall -Wextra -Wpedantic -Werror ${include_flags}
    -x "${LANGUAGE}" "${SOURCE}" -x none "${LIBRARY}" "-Wl,-rpath,${lib_dir}" -o "${OUT}")
string(REPLACE ";" " " shown "${command}")
message(STATUS "${shown}")
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
  message(FATAL_ERROR "compiling as ${LANGUAGE} ${STD} failed or warned (exit ${result}):\n${output}")
endif()

execute_process(COMMAND "${OUT}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${OUT} exited with ${result}")
endif()
