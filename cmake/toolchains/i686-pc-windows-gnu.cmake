# Windows on x86: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/i686-pc-windows-gnu.cmake -S . -B <build dir>
# (then a Rust toolchain that can build for i686-pc-windows-gnu: see docs/platforms.md).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86)
set(BS_ERRNO_RUST_TARGET i686-pc-windows-gnu)
set(BS_ERRNO_GNU_TRIPLET i686-w64-mingw32)
set(BS_ERRNO_PACKAGES "gcc-mingw-w64-i686 wine32:i386 (after dpkg --add-architecture i386)")
set(BS_ERRNO_WINE wine)
set(BS_ERRNO_WINEARCH win32)
# rustc links its rsbegin.o into every i686 Windows program and DLL; its DWARF unwind-table registration
# brings libgcc's frame registry (and with it malloc, free and semaphores) into the DLL, about 3 KiB more
# than the 64 KiB the other targets keep to: the size test allows 72 KiB here.
set(BS_ERRNO_SIZE_LIMIT 73728)
include("${CMAKE_CURRENT_LIST_DIR}/gnu-cross.cmake")
