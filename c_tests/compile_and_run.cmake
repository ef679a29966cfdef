# cmake -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<c99|...|c++20> -DSOURCE=<file> -DINCLUDE_DIR=<include>
#       -DLIBRARY=<libbs_errno.so.X.Y.Z> -DOUT=<executable> -P compile_and_run.cmake
#
# Compiles SOURCE as LANGUAGE/STD with -Wall -Wextra -Wpedantic -Werror, links it against the shared library
# (a C++ build also proves the header's extern "C"), and runs it. Fails on any warning, error or non-zero exit.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
get_filename_component(lib_dir "${LIBRARY}" DIRECTORY)
get_filename_component(out_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
set(command "${COMPILER}" "-std=${STD}" -Wall -Wextra -Wpedantic -Werror "-I${INCLUDE_DIR}"
    -x "${LANGUAGE}" "${SOURCE}" -x none "${LIBRARY}" "-Wl,-rpath,${lib_dir}" -o "${OUT}")
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
  string(REPLACE ";" " " shown "${command}")
  message(FATAL_ERROR "${shown}\nfailed or warned (exit ${result}):\n${output}")
endif()
execute_process(COMMAND "${OUT}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${OUT} exited with ${result}")
endif()
