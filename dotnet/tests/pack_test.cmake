# ctest dotnet.pack: package/pack.cmake takes any set of RID=FILE entries (as `cargo xtask dist` feeds it)
# and stores each file under runtimes/<RID>/native/ with the platform's name; bad entries are refused.
#   cmake -DPACK= -DVERSION= -DASSEMBLY_DIR= -DSOURCE_DIR= -DNATIVE_FILE= -DWORK= -P pack_test.cmake
cmake_minimum_required(VERSION 3.18)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/win" "${WORK}/out" "${WORK}/unpacked")
file(WRITE "${WORK}/win/any_name.dll" "not really a DLL, but a file of its own")

function(pack native result_var)
  execute_process(COMMAND "${CMAKE_COMMAND}" "-DVERSION=${VERSION}" "-DASSEMBLY_DIR=${ASSEMBLY_DIR}"
      "-DSOURCE_DIR=${SOURCE_DIR}" "-DNATIVE=${native}" "-DOUTPUT=${WORK}/out" -P "${PACK}"
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
  set(${result_var} "${result}" PARENT_SCOPE)
endfunction()

pack("linux-x64=${NATIVE_FILE};win-x64=${WORK}/win/any_name.dll;linux-arm64=${NATIVE_FILE}" result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pack.cmake failed on three runtimes (${result})")
endif()
set(package "${WORK}/out/BsErrno.${VERSION}.nupkg")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xf "${package}" WORKING_DIRECTORY "${WORK}/unpacked"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot unpack ${package}")
endif()
foreach(pair "runtimes/linux-x64/native/libbs_errno.so=${NATIVE_FILE}"
             "runtimes/linux-arm64/native/libbs_errno.so=${NATIVE_FILE}"
             "runtimes/win-x64/native/bs_errno.dll=${WORK}/win/any_name.dll")
  string(REGEX MATCH "^([^=]*)=(.*)$" _ "${pair}")
  file(SHA256 "${WORK}/unpacked/${CMAKE_MATCH_1}" got)
  file(SHA256 "${CMAKE_MATCH_2}" want)
  if(NOT got STREQUAL want)
    message(FATAL_ERROR "${CMAKE_MATCH_1} is not ${CMAKE_MATCH_2}")
  endif()
endforeach()
file(GLOB_RECURSE runtimes RELATIVE "${WORK}/unpacked" "${WORK}/unpacked/runtimes/*")
list(LENGTH runtimes count)
if(NOT count EQUAL 3)
  message(FATAL_ERROR "want 3 native libraries, the package has: ${runtimes}")
endif()
file(READ "${WORK}/unpacked/BsErrno.nuspec" nuspec)
if(NOT nuspec MATCHES "<version>${VERSION}</version>")
  message(FATAL_ERROR "the nuspec does not give version ${VERSION}")
endif()

foreach(bad "win-x64" "linux-x64=${NATIVE_FILE};linux-x64=${NATIVE_FILE}" "win-x64=${WORK}/missing.dll"
            "Linux_X64=${NATIVE_FILE}" "")
  pack("${bad}" result)
  if(result EQUAL 0)
    message(FATAL_ERROR "pack.cmake accepted NATIVE=\"${bad}\"")
  endif()
endforeach()
message(STATUS "pack.cmake: three runtimes packed, five bad NATIVE values refused")
