# cmake -DHEADER=<BS_Errno.h> -DDLL=<bs_errno.dll> -DOUT=<bs_errno.def> -P write_def.cmake
# The module-definition file of the DLL: every function the header declares, exported by name. MSVC users
# make an import library from it (lib /def:bs_errno.def), as the build does for lib/bs_errno.lib.
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none
include("${CMAKE_CURRENT_LIST_DIR}/header_functions.cmake")
bs_errno_header_functions("${HEADER}" functions)
list(JOIN functions "\n    " exports)
file(WRITE "${OUT}.tmp" "LIBRARY ${DLL}\nEXPORTS\n    ${exports}\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUT}.tmp" "${OUT}")
file(REMOVE "${OUT}.tmp")
