# The part every toolchain file here shares: a GNU cross compiler named <BS_ERRNO_GNU_TRIPLET>-gcc (Debian's
# gcc-<triplet> and gcc-mingw-w64-* packages), its own sysroot for find_*(), and an emulator that runs the
# target's programs for ctest (CMAKE_CROSSCOMPILING_EMULATOR). The including file sets CMAKE_SYSTEM_NAME,
# CMAKE_SYSTEM_PROCESSOR, BS_ERRNO_RUST_TARGET, BS_ERRNO_GNU_TRIPLET, BS_ERRNO_PACKAGES (the Debian packages
# that bring the tools) and either BS_ERRNO_QEMU (qemu-user's program) or BS_ERRNO_WINE (wine's loader).
#
# A missing tool stops the configure with a message that starts "bs-errno: missing cross tools:", which
# `cargo xtask build` reports as a skipped target.
set(BS_ERRNO_RUST_TARGET "${BS_ERRNO_RUST_TARGET}" CACHE STRING "The Rust target triple to build for")

set(_bs_missing "")
find_program(CMAKE_C_COMPILER "${BS_ERRNO_GNU_TRIPLET}-gcc")
if(NOT CMAKE_C_COMPILER)
  list(APPEND _bs_missing "${BS_ERRNO_GNU_TRIPLET}-gcc")
endif()
if(CMAKE_SYSTEM_NAME STREQUAL "Windows")
  # The DLL's version resource (capi/build.rs compiles it).
  find_program(CMAKE_RC_COMPILER "${BS_ERRNO_GNU_TRIPLET}-windres")
  find_program(BS_ERRNO_WINE_LOADER "${BS_ERRNO_WINE}" PATHS /usr/lib/wine /usr/lib/x86_64-linux-gnu/wine)
  if(NOT CMAKE_RC_COMPILER)
    list(APPEND _bs_missing "${BS_ERRNO_GNU_TRIPLET}-windres")
  endif()
  if(NOT BS_ERRNO_WINE_LOADER)
    list(APPEND _bs_missing "wine's ${BS_ERRNO_WINE} loader")
  endif()
  # A prefix for this loader's architecture, created by wine on first use, outside the source tree: its
  # dosdevices/z: links to /, which sends tools that walk the tree (an sdist build) through the whole disk.
  if(DEFINED ENV{XDG_CACHE_HOME})
    set(_bs_cache "$ENV{XDG_CACHE_HOME}")
  elseif(DEFINED ENV{HOME})
    set(_bs_cache "$ENV{HOME}/.cache")
  else()
    set(_bs_cache "/tmp")
  endif()
  set(BS_ERRNO_WINEPREFIX "${_bs_cache}/bs-errno/wine-${BS_ERRNO_WINEARCH}" CACHE PATH "The wine prefix the tests run in")
  get_filename_component(_bs_wine_parent "${BS_ERRNO_WINEPREFIX}" DIRECTORY)
  file(MAKE_DIRECTORY "${_bs_wine_parent}") # wine makes the prefix, not its parents
  set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_COMMAND};-E;env;WINEPREFIX=${BS_ERRNO_WINEPREFIX};WINEARCH=${BS_ERRNO_WINEARCH};WINELOADER=${BS_ERRNO_WINE_LOADER};WINEDEBUG=-all;WINEDLLOVERRIDES=mscoree,mshtml=;${BS_ERRNO_WINE_LOADER}")
else()
  find_program(BS_ERRNO_QEMU_PROGRAM "${BS_ERRNO_QEMU}")
  if(NOT BS_ERRNO_QEMU_PROGRAM)
    list(APPEND _bs_missing "${BS_ERRNO_QEMU}")
  endif()
  # The target's C library, dynamic loader included, where Debian's libc6-dev-*-cross packages put it.
  set(CMAKE_CROSSCOMPILING_EMULATOR "${BS_ERRNO_QEMU_PROGRAM};-L;/usr/${BS_ERRNO_GNU_TRIPLET}")
endif()
if(_bs_missing)
  list(JOIN _bs_missing ", " _bs_missing)
  message(FATAL_ERROR "bs-errno: missing cross tools: ${_bs_missing} (Debian/Ubuntu: apt-get install ${BS_ERRNO_PACKAGES})")
endif()

# Libraries and headers from the target's sysroot only; packages also from CMAKE_PREFIX_PATH as given (an
# unpacked release archive of bs-errno for the target, say).
set(CMAKE_FIND_ROOT_PATH "/usr/${BS_ERRNO_GNU_TRIPLET}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
