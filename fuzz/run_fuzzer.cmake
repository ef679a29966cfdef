# cmake -DFUZZER=<binary> -DSEEDS=<seed corpus dir> -DWORK=<dir> "-DARGS=<libFuzzer flags>" -P run_fuzzer.cmake
#
# One bounded libFuzzer run, as a ctest test: starts from an empty WORK directory (new corpus entries go to
# WORK/corpus, crash inputs to WORK/artifacts; the seed corpus in the build tree is only read), and fails
# when the fuzzer reports anything (a failed check, an ASan or UBSan report, a crash, a leak, a timeout).
cmake_minimum_required(VERSION 3.16)
foreach(var FUZZER SEEDS WORK)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "${FUZZER} does not exist: build the project first (cmake --build)")
endif()
if(NOT IS_DIRECTORY "${SEEDS}")
  message(FATAL_ERROR "${SEEDS} does not exist: build the project first (cmake --build)")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
separate_arguments(args UNIX_COMMAND "${ARGS}")
set(command "${FUZZER}" ${args} "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus" "${SEEDS}")
string(REPLACE ";" " " shown "${command}")
message(STATUS "${shown}")
execute_process(COMMAND ${command} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(GLOB artifacts "${WORK}/artifacts/*")
  message(FATAL_ERROR "the fuzzer failed (exit ${result}); input(s) that failed: ${artifacts}\n"
                      "replay one with: ${FUZZER} <file>")
endif()
