# cmake -DLIBRARY=<libbs_errno.so.X.Y.Z> -DLIMIT=<bytes> -P check_size.cmake
# The test `size`: the shared library (stripped by the release profile) is at most LIMIT bytes.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
file(SIZE "${LIBRARY}" size)
math(EXPR kib "${size} / 1024")
if(size GREATER LIMIT)
  message(FATAL_ERROR "${LIBRARY} is ${size} bytes (${kib} KiB), over the limit of ${LIMIT} bytes")
endif()
message(STATUS "${LIBRARY}: ${size} bytes (${kib} KiB), limit ${LIMIT} bytes")
