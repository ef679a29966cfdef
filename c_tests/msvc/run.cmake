# cmake -DCLANG=<clang> -DLLD_LINK=<lld-link> -DDLLTOOL=<llvm-dlltool> -DBITS=32|64 -DINCLUDE_DIR=<include>
#       -DIMPLIB=<bs_errno.lib> -DDLL=<bs_errno.dll> -DVERSION=<x.y.z> -DOUT_DIR=<dir> "-DEMULATOR=<list>"
#       -P run.cmake
#
# msvc_link.c compiled for the MSVC ABI and linked with lld-link against the MSVC import library, beside a
# copy of the DLL, then run under the emulator: the import library resolves every function it uses, on x64
# and (with x86's decorated names) on x86. kernel32's import library for ExitProcess is made here.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
if(BITS EQUAL 64)
  set(triple x86_64-pc-windows-msvc)
  set(machine i386:x86-64)
  set(lld_machine x64)
  set(exit_process ExitProcess)
else()
  set(triple i686-pc-windows-msvc)
  set(machine i386)
  set(lld_machine x86)
  set(exit_process ExitProcess@4) # __stdcall, one 4-byte argument
endif()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "${shown}\n${output}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${shown}\n${output}")
  endif()
endfunction()

file(WRITE "${OUT_DIR}/kernel32.def" "LIBRARY kernel32.dll\nEXPORTS\n    ${exit_process}\n")
run("${DLLTOOL}" -m ${machine} -k -d "${OUT_DIR}/kernel32.def" -l "${OUT_DIR}/kernel32.lib")
run("${CLANG}" --target=${triple} -fms-compatibility -ffreestanding -fno-builtin -std=c11 -O1
    -Wall -Wextra -Werror "-DBS_EXPECTED_VERSION=\"${VERSION}\"" "-I${INCLUDE_DIR}"
    -c "${CMAKE_CURRENT_LIST_DIR}/msvc_link.c" -o "${OUT_DIR}/msvc_link.obj")
run("${LLD_LINK}" /nologo /nodefaultlib /subsystem:console /entry:msvc_link_entry /machine:${lld_machine}
    "/out:${OUT_DIR}/msvc_link.exe" "${OUT_DIR}/msvc_link.obj" "${IMPLIB}" "${OUT_DIR}/kernel32.lib")
file(COPY "${DLL}" DESTINATION "${OUT_DIR}")
execute_process(COMMAND ${EMULATOR} "${OUT_DIR}/msvc_link.exe" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "msvc_link.exe, linked against ${IMPLIB}, failed its checks (bit mask ${result})")
endif()
message(STATUS "an MSVC-ABI program linked by lld-link against ${IMPLIB} runs and gets the library's answers")
