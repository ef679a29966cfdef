# cmake -DMODE=<mode> -DCOMPILER=<cc> -DLANGUAGE=c|c++ -DSTD=<std> -DINCLUDE_DIR=<include> -DOUT_DIR=<dir>
#       [-DSDK_SHAPED=ON] -P run_check.cmake
#
# The drop-in checks of BS_Errno.h, one compiler and language standard per run:
#   every_macro   every_macro.c (every macro in #if, array sizes, static assertions, case labels) must compile
#                 with -Wall -Wextra -Wpedantic -Werror except for deprecation warnings, which must name
#                 each deprecated alias; then it runs. With -DSDK_SHAPED=ON the same against the SDK-shaped
#                 fixture instead of bs-errno's header (the test holds for the vendor's form too).
#   coexist_ours_first, coexist_sdk_first
#                 coexist.c: both headers in one translation unit, in that order, must compile without any
#                 warning; followed by every_macro.c, every macro keeps its value and the deprecated
#                 aliases warn with bs-errno's typedefs.
#   weverything   strict_flags.c under clang's -Weverything -Werror.
#   msvc_form     the header's MSVC branch (__declspec(deprecated) on the typedef), exercised by clang in
#                 Microsoft mode (-fdeclspec / -fms-extensions with _MSC_VER defined): the branch is taken
#                 and a deprecated alias warns.
# every_macro.c is written here from the header's own lists (every_macro.cmake); the fixture
# generated/sdk/Include/BS_Errno.h and the alias list are rendered from the data by `cargo xtask generate`.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
include("${CMAKE_CURRENT_LIST_DIR}/../generated/aliases.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/every_macro.cmake")
set(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(sdk_root "${SOURCE_DIR}/generated")
set(deprecated_names ${BS_ERRNO_DEPRECATED_ALIASES})
file(MAKE_DIRECTORY "${OUT_DIR}")
bs_write_every_macro("${INCLUDE_DIR}/BS_Errno.h" "${OUT_DIR}/every_macro.c")

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
    set(include_dir "${sdk_root}/sdk/Include")
  endif()
  set(program "${OUT_DIR}/every_macro")
  run_compiler(result output ${base} ${strict} -Wno-error=deprecated-declarations "-I${include_dir}"
               "${OUT_DIR}/every_macro.c" -o "${program}")
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
  set(command ${base} ${strict} ${order_flags} "-I${INCLUDE_DIR}" "-I${sdk_root}" "-I${OUT_DIR}"
      -c "${SOURCE_DIR}/coexist.c")
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
