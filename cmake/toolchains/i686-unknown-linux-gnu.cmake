# Linux on i686: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/i686-unknown-linux-gnu.cmake -S . -B <build dir>
# (then a Rust toolchain that can build for i686-unknown-linux-gnu: see docs/platforms.md).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(BS_ERRNO_RUST_TARGET i686-unknown-linux-gnu)
set(BS_ERRNO_GNU_TRIPLET i686-linux-gnu)
set(BS_ERRNO_PACKAGES "gcc-i686-linux-gnu qemu-user")
set(BS_ERRNO_QEMU qemu-i386)
include("${CMAKE_CURRENT_LIST_DIR}/gnu-cross.cmake")
