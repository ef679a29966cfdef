# Linux on armv7l: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/armv7-unknown-linux-gnueabihf.cmake -S . -B <build dir>
# (then a Rust toolchain that can build for armv7-unknown-linux-gnueabihf: see docs/platforms.md).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(BS_ERRNO_RUST_TARGET armv7-unknown-linux-gnueabihf)
set(BS_ERRNO_GNU_TRIPLET arm-linux-gnueabihf)
set(BS_ERRNO_PACKAGES "gcc-arm-linux-gnueabihf qemu-user")
set(BS_ERRNO_QEMU qemu-arm)
include("${CMAKE_CURRENT_LIST_DIR}/gnu-cross.cmake")
