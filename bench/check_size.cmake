# cmake -DLIBRARY=<libbs_errno.so.X.Y.Z> -DLIMIT=<bytes> -P check_size.cmake
#
# The ctest test `size`: the shared library's file (stripped by the release profile) is at most LIMIT
# bytes. The goal is 64 KiB; a default std cdylib is about 320 KiB.
cmake_minimum_required(VERSION 3.16)
if(NOT LIBRARY OR NOT LIMIT)
  message(FATAL_ERROR "usage: cmake -DLIBRARY=<file> -DLIMIT=<bytes> -P check_size.cmake")
endif()
if(NOT EXISTS "${LIBRARY}")
  message(FATAL_ERROR "${LIBRARY} does not exist: build the project first (cmake --build)")
endif()
file(SIZE "${LIBRARY}" size)
math(EXPR kib "${size} / 1024")
if(size GREATER LIMIT)
  message(FATAL_ERROR "${LIBRARY} is ${size} bytes (${kib} KiB), over the limit of ${LIMIT} bytes")
endif()
message(STATUS "${LIBRARY}: ${size} bytes (${kib} KiB), limit ${LIMIT} bytes")
