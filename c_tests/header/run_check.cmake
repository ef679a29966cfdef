# cmake -DMODE=<mode> -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<std> -DINCLUDE_DIR=<include> -DTSV=<codes.tsv>
#       -DOUT_DIR=<dir> [-DSOURCE_DIR=<c_tests/header>] -P run_check.cmake
#
# The drop-in checks of BS_Errno.h, one compiler and language standard per run:
#   every_macro   every_macro.c (every macro in #if, array sizes, static assertions, case labels) must compile
#                 with -Wall -Wextra -Wpedantic -Werror except for deprecation warnings, which must name
#                 each deprecated alias; then it runs. With -DSDK_SHAPED=ON the same against the fixture
#                 below instead of bs-errno's header (the test holds for the vendor's form too).
#   coexist_ours_first, coexist_sdk_first
#                 coexist.c: both headers in one translation unit, in that order, must compile without any
#                 warning; followed by every_macro.c, every macro keeps its value and the deprecated
#                 aliases warn with bs-errno's typedefs.
#   weverything   strict_flags.c under clang's -Weverything -Werror.
#   msvc_form     the header's MSVC branch (__declspec(deprecated) on the typedef), exercised by clang in
#                 Microsoft mode (-fdeclspec / -fms-extensions with _MSC_VER defined): the branch is taken
#                 and a deprecated alias warns.
#
# The fixture "sdk/Include/BS_Errno.h" is rendered here from data/codes.tsv: the SDK header's include guard
# (CORE_JNI_SRC_BS_ERRNO_H_), a deprecated int typedef DEPRECATED_MAC, deprecated aliases written
# (DEPRECATED_MAC)value, and every other macro parenthesized — spelled unlike bs-errno's, so that a
# redefinition of any of them would be diagnosed.
cmake_minimum_required(VERSION 3.16)
include("${CMAKE_CURRENT_LIST_DIR}/../../cmake/BsErrnoData.cmake")
foreach(var MODE COMPILER LANGUAGE STD INCLUDE_DIR TSV OUT_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run_check.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT SOURCE_DIR)
  set(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}")
endif()
file(MAKE_DIRECTORY "${OUT_DIR}")
bs_errno_read_data("${TSV}" row)
math(EXPR last "${row_COUNT} - 1")
set(deprecated_names "")
foreach(i RANGE ${last})
  if(row_${i}_DEPRECATED STREQUAL "yes")
    list(APPEND deprecated_names "${row_${i}_NAME}")
  endif()
endforeach()
list(LENGTH deprecated_names deprecated_count)
if(deprecated_count EQUAL 0)
  message(FATAL_ERROR "data/codes.tsv has no deprecated alias: nothing to test")
endif()

# --- the SDK-shaped fixture ---------------------------------------------------------------------------------
set(sdk_root "${OUT_DIR}/sdk-shaped")
set(fixture "${sdk_root}/sdk/Include/BS_Errno.h")
set(text "/* Test fixture shaped like the SDK's BS_Errno.h, rendered from data/codes.tsv by run_check.cmake. */\n")
string(APPEND text "#ifndef CORE_JNI_SRC_BS_ERRNO_H_\n#define CORE_JNI_SRC_BS_ERRNO_H_\n")
string(APPEND text "#if defined(_MSC_VER)\ntypedef __declspec(deprecated) int DEPRECATED_MAC;\n")
string(APPEND text "#else\ntypedef int DEPRECATED_MAC __attribute__((deprecated));\n#endif\n")
foreach(i RANGE ${last})
  if(row_${i}_DEPRECATED STREQUAL "yes")
    string(APPEND text "#define ${row_${i}_NAME} (DEPRECATED_MAC)${row_${i}_CODE}\n")
  else()
    string(APPEND text "#define ${row_${i}_NAME} (${row_${i}_CODE})\n")
  endif()
endforeach()
string(APPEND text "#endif\n")
file(WRITE "${fixture}" "${text}")
# The same file under the name bs-errno's header has, for running every_macro.c against it.
file(WRITE "${sdk_root}/as-bs-errno/BS_Errno.h" "${text}")

function(run_compiler result_var output_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "${shown}")
  set(${result_var} "${result}" PARENT_SCOPE)
  set(${output_var} "${output}" PARENT_SCOPE)
endfunction()

set(strict -Wall -Wextra -Wpedantic -Werror)
set(base "${COMPILER}" "-std=${STD}" -x "${LANGUAGE}")
set(problems "")

if(MODE STREQUAL "every_macro")
  set(include_dir "${INCLUDE_DIR}")
  if(SDK_SHAPED)
    set(include_dir "${sdk_root}/as-bs-errno")
  endif()
  set(program "${OUT_DIR}/every_macro")
  run_compiler(result output ${base} ${strict} -Wno-error=deprecated-declarations "-I${include_dir}"
               "${SOURCE_DIR}/every_macro.c" -o "${program}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "every_macro.c does not compile:\n${output}")
  endif()
  string(REGEX MATCHALL "warning: [^\n]*" warnings "${output}")
  list(LENGTH warnings warning_count)
  foreach(warning IN LISTS warnings)
    if(NOT warning MATCHES "deprecated")
      string(APPEND problems "a warning that is not a deprecation: ${warning}\n")
    endif()
  endforeach()
  if(SDK_SHAPED)
    if(warning_count EQUAL 0)
      string(APPEND problems "the deprecated aliases of the SDK-shaped header raised no warning\n")
    endif()
  else()
    foreach(name IN LISTS deprecated_names)
      if(NOT output MATCHES "warning: [^\n]*${name}[^\n]*deprecated")
        string(APPEND problems "${name}: used in code without a deprecation warning naming it\n")
      endif()
    endforeach()
  endif()
  if(NOT problems STREQUAL "")
    message(FATAL_ERROR "${problems}\ncompiler output:\n${output}")
  endif()
  execute_process(COMMAND "${program}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message(STATUS "${output}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${program} exited with ${result}")
  endif()
  message(STATUS "${warning_count} deprecation warnings, nothing else")

elseif(MODE MATCHES "^coexist_(ours|sdk)_first$")
  set(first "${CMAKE_MATCH_1}")
  set(order_flags "")
  set(first_label "bs-errno header")
  if(first STREQUAL "sdk")
    set(order_flags -DBS_SDK_HEADER_FIRST)
    set(first_label "SDK-shaped header")
  endif()
  set(command ${base} ${strict} ${order_flags} "-I${INCLUDE_DIR}" "-I${sdk_root}" -c "${SOURCE_DIR}/coexist.c")
  run_compiler(result output ${command} -DBS_HEADERS_ONLY -o "${OUT_DIR}/coexist_headers.o")
  if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "both headers in one translation unit: failed or warned (exit ${result}):\n${output}")
  endif()
  # Then every macro after both headers: values intact, and deprecated aliases warn with bs-errno's typedefs.
  run_compiler(result output ${command} -Wno-error=deprecated-declarations -o "${OUT_DIR}/coexist_macros.o")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "every_macro.c after both headers does not compile:\n${output}")
  endif()
  string(REGEX MATCHALL "warning: [^\n]*" warnings "${output}")
  foreach(warning IN LISTS warnings)
    if(NOT warning MATCHES "BsErrorDeprecatedAlias_BS_SDK_[A-Z0-9_]+[^\n]*deprecated")
      string(APPEND problems "not a deprecation warning of bs-errno's header: ${warning}\n")
    endif()
  endforeach()
  foreach(name IN LISTS deprecated_names)
    if(NOT output MATCHES "BsErrorDeprecatedAlias_${name}[^\n]*deprecated")
      string(APPEND problems "${name}: no deprecation warning of bs-errno's header\n")
    endif()
  endforeach()
  if(NOT problems STREQUAL "")
    message(FATAL_ERROR "${problems}\ncompiler output:\n${output}")
  endif()
  message(STATUS "both headers, the ${first_label} first: no warning; every macro keeps its value; deprecated aliases warn as bs-errno's")

elseif(MODE STREQUAL "weverything")
  run_compiler(result output ${base} -Weverything -Werror "-I${INCLUDE_DIR}" -c "${SOURCE_DIR}/strict_flags.c"
               -o "${OUT_DIR}/strict_flags.o")
  if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "BS_Errno.h under -Weverything (exit ${result}):\n${output}")
  endif()
  message(STATUS "BS_Errno.h is clean under -Weverything")

elseif(MODE STREQUAL "msvc_form")
  if(LANGUAGE STREQUAL "c")
    set(ms_flags -fdeclspec -D_MSC_VER=1930)
  else()
    set(ms_flags -fms-extensions -D_MSC_VER=1930)
  endif()
  list(GET deprecated_names 0 alias)
  file(WRITE "${OUT_DIR}/msvc_form.c" "#include \"BS_Errno.h\"\nint bs_msvc_alias(void);\nint bs_msvc_alias(void) {\n    return ${alias};\n}\n")
  run_compiler(result expanded ${base} ${ms_flags} "-I${INCLUDE_DIR}" -E "${OUT_DIR}/msvc_form.c")
  if(NOT result EQUAL 0 OR NOT expanded MATCHES "typedef __declspec\\(deprecated\\(\"[^\n]*${alias}")
    message(FATAL_ERROR "the MSVC branch (typedef __declspec(deprecated(...)) int ...) was not taken:\n${expanded}")
  endif()
  run_compiler(result output ${base} ${ms_flags} -Wall "-I${INCLUDE_DIR}" -c "${OUT_DIR}/msvc_form.c"
               -o "${OUT_DIR}/msvc_form.o")
  if(NOT result EQUAL 0 OR NOT output MATCHES "${alias}[^\n]*is deprecated")
    message(FATAL_ERROR "the MSVC form of ${alias} does not warn:\n${output}")
  endif()
  message(STATUS "MSVC branch: ${alias} is a cast to a __declspec(deprecated) typedef and warns")

else()
  message(FATAL_ERROR "run_check.cmake: unknown MODE ${MODE}")
endif()
