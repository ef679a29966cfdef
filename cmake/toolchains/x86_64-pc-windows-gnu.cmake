# Windows on AMD64: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/x86_64-pc-windows-gnu.cmake -S . -B <build dir>
# (then a Rust toolchain that can build for x86_64-pc-windows-gnu: see docs/platforms.md).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(BS_ERRNO_RUST_TARGET x86_64-pc-windows-gnu)
set(BS_ERRNO_GNU_TRIPLET x86_64-w64-mingw32)
set(BS_ERRNO_PACKAGES "gcc-mingw-w64-x86-64 wine64")
set(BS_ERRNO_WINE wine64)
set(BS_ERRNO_WINEARCH win64)
include("${CMAKE_CURRENT_LIST_DIR}/gnu-cross.cmake")
