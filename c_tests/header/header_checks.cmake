# Registers the drop-in checks of BS_Errno.h (label header), each a run of run_check.cmake:
#   macros.<compiler>.<std>             every macro in #if, array sizes, static assertions, case labels
#   macros.sdk_shaped.<compiler>.<std>  the same test against an SDK-shaped header (the test holds for it too)
#   coexist.<order>.<compiler>.<std>    bs-errno's header and an SDK-shaped one in one translation unit
#   weverything.<std>                   clang -Weverything -Werror on the header, C and C++
#   msvc_form.<lang>                    the header's MSVC branch, through clang's Microsoft mode
# Included from c_tests/CMakeLists.txt.
find_program(BS_ERRNO_GCC gcc)
find_program(BS_ERRNO_GXX g++)
find_program(BS_ERRNO_CLANG clang)
find_program(BS_ERRNO_CLANGXX clang++)

set(_bs_header_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_bs_header_out "${CMAKE_CURRENT_BINARY_DIR}/header-checks")
function(_bs_header_check name mode tool language std)
  add_test(NAME "${name}"
    COMMAND "${CMAKE_COMMAND}" "-DMODE=${mode}" "-DCOMPILER=${BS_ERRNO_${tool}}" "-DLANGUAGE=${language}"
      "-DSTD=${std}" "-DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include" "-DTSV=${PROJECT_SOURCE_DIR}/data/codes.tsv"
      "-DOUT_DIR=${_bs_header_out}/${name}" ${ARGN} -P "${_bs_header_dir}/run_check.cmake")
  set_tests_properties("${name}" PROPERTIES LABELS header)
endfunction()

foreach(entry gcc|GCC|c|c99 gcc|GCC|c|c11 gcc|GCC|c|c17 gcc|GXX|c++|c++11 gcc|GXX|c++|c++17 gcc|GXX|c++|c++20
              clang|CLANG|c|c99 clang|CLANG|c|c11 clang|CLANG|c|c17
              clang|CLANGXX|c++|c++11 clang|CLANGXX|c++|c++17 clang|CLANGXX|c++|c++20)
  string(REPLACE "|" ";" entry "${entry}")
  list(GET entry 0 family)
  list(GET entry 1 tool)
  list(GET entry 2 language)
  list(GET entry 3 std)
  if(NOT BS_ERRNO_${tool})
    continue()
  endif()
  _bs_header_check("macros.${family}.${std}" every_macro ${tool} ${language} ${std})
  _bs_header_check("coexist.ours_first.${family}.${std}" coexist_ours_first ${tool} ${language} ${std})
  _bs_header_check("coexist.sdk_first.${family}.${std}" coexist_sdk_first ${tool} ${language} ${std})
  if(family STREQUAL "clang")
    _bs_header_check("weverything.${std}" weverything ${tool} ${language} ${std})
  endif()
  if(std STREQUAL "c11" OR std STREQUAL "c++17")
    _bs_header_check("macros.sdk_shaped.${family}.${std}" every_macro ${tool} ${language} ${std} -DSDK_SHAPED=ON)
  endif()
  if(family STREQUAL "clang" AND (std STREQUAL "c11" OR std STREQUAL "c++17"))
    _bs_header_check("msvc_form.${language}" msvc_form ${tool} ${language} ${std})
  endif()
endforeach()
