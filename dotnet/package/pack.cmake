# Makes the NuGet package BsErrno.<version>.nupkg (a zip in NuGet's layout) from a built assembly and the
# native library of each runtime identifier given. Script mode, so that a cross build can call it with the
# libraries it made:
#
#   cmake -DVERSION=0.2.0 -DASSEMBLY_DIR=build/cmake/dotnet/lib -DSOURCE_DIR=. -DOUTPUT=build/dist
#         "-DNATIVE=linux-x64=/path/libbs_errno.so;win-x64=/path/bs_errno.dll" -P dotnet/package/pack.cmake
#
# ASSEMBLY_DIR holds BsErrno.dll and BsErrno.xml (a CMake build with Mono leaves them in <build>/dotnet/lib);
# OUTPUT gets BsErrno.<VERSION>.nupkg, replacing any other BsErrno.*.nupkg there.
#
# Each NATIVE entry is RID=FILE; the file is stored as runtimes/<RID>/native/ under the name P/Invoke looks
# for on that platform (bs_errno.dll, libbs_errno.so, libbs_errno.dylib), whatever the file is called.
cmake_minimum_required(VERSION 3.18)

foreach(_bs_var VERSION ASSEMBLY_DIR SOURCE_DIR NATIVE OUTPUT)
  if(NOT DEFINED ${_bs_var} OR "${${_bs_var}}" STREQUAL "")
    message(FATAL_ERROR "pack.cmake: -D${_bs_var}=... is required")
  endif()
endforeach()

foreach(_bs_var ASSEMBLY_DIR SOURCE_DIR OUTPUT)
  get_filename_component(${_bs_var} "${${_bs_var}}" ABSOLUTE)
endforeach()
set(_bs_package "${OUTPUT}/BsErrno.${VERSION}.nupkg")
set(_bs_stage "${OUTPUT}/BsErrno.${VERSION}.stage")
file(REMOVE_RECURSE "${_bs_stage}")
file(GLOB _bs_old "${OUTPUT}/BsErrno.*.nupkg")
if(_bs_old)
  file(REMOVE ${_bs_old})
endif()

set(_bs_files BsErrno.nuspec "[Content_Types].xml" _rels/.rels)
macro(_bs_add source destination)
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "pack.cmake: ${source} does not exist")
  endif()
  get_filename_component(_bs_dir "${_bs_stage}/${destination}" DIRECTORY)
  file(MAKE_DIRECTORY "${_bs_dir}")
  configure_file("${source}" "${_bs_stage}/${destination}" COPYONLY)
  list(APPEND _bs_files "${destination}")
endmacro()

_bs_add("${ASSEMBLY_DIR}/BsErrno.dll" lib/netstandard2.0/BsErrno.dll)
_bs_add("${ASSEMBLY_DIR}/BsErrno.xml" lib/netstandard2.0/BsErrno.xml)
_bs_add("${SOURCE_DIR}/dotnet/package/BsErrno.targets" build/BsErrno.targets)
_bs_add("${SOURCE_DIR}/dotnet/README.md" README.md)
_bs_add("${SOURCE_DIR}/LICENSE-MIT" LICENSE-MIT)
_bs_add("${SOURCE_DIR}/LICENSE-APACHE" LICENSE-APACHE)

set(_bs_rids "")
foreach(_bs_entry IN LISTS NATIVE)
  if(NOT _bs_entry MATCHES "^([a-z0-9]+-[a-z0-9]+)=(.+)$")
    message(FATAL_ERROR "pack.cmake: NATIVE entry \"${_bs_entry}\" is not RID=FILE (linux-x64=/path/libbs_errno.so)")
  endif()
  set(_bs_rid "${CMAKE_MATCH_1}")
  get_filename_component(_bs_file "${CMAKE_MATCH_2}" ABSOLUTE)
  if(_bs_rid IN_LIST _bs_rids)
    message(FATAL_ERROR "pack.cmake: runtime ${_bs_rid} given twice")
  endif()
  list(APPEND _bs_rids "${_bs_rid}")
  if(_bs_rid MATCHES "^win-")
    set(_bs_name bs_errno.dll)
  elseif(_bs_rid MATCHES "^osx-")
    set(_bs_name libbs_errno.dylib)
  else()
    set(_bs_name libbs_errno.so)
  endif()
  _bs_add("${_bs_file}" "runtimes/${_bs_rid}/native/${_bs_name}")
endforeach()

set(BS_ERRNO_VERSION "${VERSION}")
configure_file("${SOURCE_DIR}/dotnet/package/BsErrno.nuspec.in" "${_bs_stage}/BsErrno.nuspec" @ONLY)
# The Open Packaging Conventions parts every .nupkg has: content types and the manifest relationship.
file(WRITE "${_bs_stage}/[Content_Types].xml"
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
  "  <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />\n"
  "  <Default Extension=\"nuspec\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"dll\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"so\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"dylib\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"xml\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"targets\" ContentType=\"application/octet\" />\n"
  "  <Default Extension=\"md\" ContentType=\"application/octet\" />\n"
  "  <Override PartName=\"/LICENSE-MIT\" ContentType=\"application/octet\" />\n"
  "  <Override PartName=\"/LICENSE-APACHE\" ContentType=\"application/octet\" />\n"
  "</Types>\n")
file(WRITE "${_bs_stage}/_rels/.rels"
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
  "  <Relationship Type=\"http://schemas.microsoft.com/packaging/2010/07/manifest\" Target=\"/BsErrno.nuspec\" Id=\"Rmanifest\" />\n"
  "</Relationships>\n")

# Files only (no directory entries), a fixed time stamp: the same inputs give the same package.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E tar cf "${_bs_package}" --format=zip "--mtime=2000-01-01 00:00:00 UTC" -- ${_bs_files}
  WORKING_DIRECTORY "${_bs_stage}" RESULT_VARIABLE _bs_result)
if(NOT _bs_result EQUAL 0)
  message(FATAL_ERROR "pack.cmake: cmake -E tar failed (${_bs_result})")
endif()
file(REMOVE_RECURSE "${_bs_stage}")
list(JOIN _bs_rids ", " _bs_rid_text)
message(STATUS "packed ${_bs_package} (native: ${_bs_rid_text})")
