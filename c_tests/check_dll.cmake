# cmake -DOBJDUMP=<objdump> -DNM=<nm> -DWINDRES=<windres> -DDLL=<bs_errno.dll> -DDEF=<bs_errno.def>
#       -DMSVC_IMPLIB=<bs_errno.lib> -DHEADER=<BS_Errno.h> -DVERSION=<x.y.z> -P check_dll.cmake
#
# The DLL exports exactly the functions BS_Errno.h declares, by name, and imports nothing but Windows' own
# DLLs (no MinGW runtime to ship beside it); its version resource gives the project's version; the .def
# lists the same functions, and the MSVC import library resolves each of them (__imp_ symbols) to the DLL.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/header_functions.cmake")
bs_errno_header_functions("${HEADER}" declared)
list(LENGTH declared declared_count)
get_filename_component(dll_name "${DLL}" NAME)
set(problems "")

execute_process(COMMAND "${OBJDUMP}" -p "${DLL}" OUTPUT_VARIABLE headers RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${OBJDUMP} -p ${DLL} failed")
endif()
# "[Ordinal/Name Pointer] Table" then one "\t[   N] name" line per name. (No brackets stay in the list
# elements: CMake lists do not split inside them.)
string(REGEX MATCH "Ordinal/Name Pointer. Table\n(([^\n]+\n)*)" table "${headers}")
string(REGEX REPLACE "[ \t]*\\[ *[0-9]+\\] ([^\n]+)\n" "\\1;" exported "${CMAKE_MATCH_1}")
list(REMOVE_ITEM exported "")
list(SORT exported)
if(NOT exported STREQUAL declared)
  string(APPEND problems "exported by name: ${exported}\ndeclared in BS_Errno.h: ${declared}\n")
endif()

# Windows' own: the system DLLs a MinGW-w64 program may import; anything else would have to ship beside it.
string(REGEX MATCHALL "DLL Name: [^\n]+" imports "${headers}")
list(TRANSFORM imports REPLACE "^DLL Name: " "")
foreach(import IN LISTS imports)
  string(TOLOWER "${import}" lower)
  if(NOT lower MATCHES "^(kernel32|msvcrt|ntdll|ucrtbase|advapi32|user32|ws2_32|bcrypt|bcryptprimitives)\\.dll$"
     AND NOT lower MATCHES "^api-ms-win-[a-z0-9-]+\\.dll$")
    string(APPEND problems "imports ${import}, which is not a Windows DLL\n")
  endif()
endforeach()

string(REGEX MATCHALL "[0-9]+" numbers "${VERSION}")
list(JOIN numbers ", " numbers)
execute_process(COMMAND "${WINDRES}" -i "${DLL}" -O rc OUTPUT_VARIABLE resources RESULT_VARIABLE result
  ERROR_VARIABLE resources)
if(NOT result EQUAL 0 OR NOT resources MATCHES "FILEVERSION ${numbers}, 0\n"
   OR NOT resources MATCHES "VALUE \"ProductVersion\", \"${VERSION}\"" OR NOT resources MATCHES "VALUE \"OriginalFilename\", \"${dll_name}\"")
  string(APPEND problems "no version resource of ${VERSION} (FILEVERSION ${numbers}, 0) for ${dll_name}:\n${resources}\n")
endif()

file(STRINGS "${DEF}" def_lines)
list(POP_FRONT def_lines library_line exports_line)
list(TRANSFORM def_lines STRIP)
list(SORT def_lines)
if(NOT library_line STREQUAL "LIBRARY ${dll_name}" OR NOT exports_line STREQUAL "EXPORTS" OR NOT def_lines STREQUAL declared)
  string(APPEND problems "${DEF} is not LIBRARY ${dll_name}, EXPORTS and the declared functions\n")
endif()

# x86 C names carry a leading underscore (__imp__bs_error_name); x64 ones do not (__imp_bs_error_name).
execute_process(COMMAND "${NM}" "${MSVC_IMPLIB}" OUTPUT_VARIABLE implib RESULT_VARIABLE result)
string(REGEX MATCHALL "__imp__?bs_[A-Za-z0-9_]+" imported "${implib}")
list(TRANSFORM imported REPLACE "^__imp__?" "")
list(REMOVE_DUPLICATES imported)
list(SORT imported)
if(NOT result EQUAL 0 OR NOT imported STREQUAL declared OR NOT implib MATCHES "${dll_name}")
  string(APPEND problems "${MSVC_IMPLIB} imports ${imported} from ${dll_name}?\n${implib}\n")
endif()

if(NOT problems STREQUAL "")
  message(FATAL_ERROR "${problems}")
endif()
list(JOIN imports ", " imports)
message(STATUS "${dll_name}: exports exactly the ${declared_count} functions of BS_Errno.h, imports ${imports}, "
  "version ${VERSION}; the .def and the MSVC import library agree")
