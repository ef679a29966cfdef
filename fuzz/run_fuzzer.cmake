# cmake -DFUZZER=<binary> -DSEEDS=<seed corpus dir> -DWORK=<dir> "-DARGS=<libFuzzer flags>" -P run_fuzzer.cmake
#
# One bounded libFuzzer run: new corpus entries go to WORK/corpus and crash inputs to WORK/artifacts (the
# seeds are only read); fails on anything the fuzzer reports (a failed check, ASan/UBSan, a crash, a leak).
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${FUZZER}" ${args} "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus" "${SEEDS}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(GLOB artifacts "${WORK}/artifacts/*")
  message(FATAL_ERROR "the fuzzer failed (exit ${result}); failing input(s): ${artifacts}\nreplay: ${FUZZER} <file>")
endif()
