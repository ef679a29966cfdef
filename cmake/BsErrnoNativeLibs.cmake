# cmake -DIN=<file written by rustc --print=native-static-libs=...> -DOUT_DIR=<dir> -P BsErrnoNativeLibs.cmake
#
# Turns the native libraries rustc reports for libbs_errno.a (e.g. "-lgcc_s -lc", empty for a no_std
# build) into the two forms the installed files use:
#   bs_errno-native-static-libs.txt   one line of linker flags, for Libs.private of bs_errno.pc
#   bs_errnoNativeLibs.cmake          a list for INTERFACE_LINK_LIBRARIES of bs_errno::bs_errno_static
cmake_minimum_required(VERSION 3.16)
if(NOT EXISTS "${IN}")
  message(FATAL_ERROR "${IN} does not exist: the cargo step did not run `rustc --print=native-static-libs`")
endif()
file(READ "${IN}" flags)
string(REGEX REPLACE "[ \t\r\n]+" " " flags "${flags}")
string(STRIP "${flags}" flags)
separate_arguments(items UNIX_COMMAND "${flags}")
set(libraries "")
foreach(item IN LISTS items)
  if(item MATCHES "^-l(.+)$")
    list(APPEND libraries "${CMAKE_MATCH_1}")
  else()
    list(APPEND libraries "${item}")
  endif()
endforeach()
file(WRITE "${OUT_DIR}/bs_errno-native-static-libs.txt" "${flags}\n")
file(WRITE "${OUT_DIR}/bs_errnoNativeLibs.cmake"
  "# Generated at build time from rustc --print=native-static-libs: what libbs_errno.a needs from the system.\n"
  "set(_bs_errno_native_static_libs \"${libraries}\")\n")
