# Linux on aarch64: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-unknown-linux-gnu.cmake -S . -B <build dir>
# (then a Rust toolchain that can build for aarch64-unknown-linux-gnu: see docs/platforms.md).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(BS_ERRNO_RUST_TARGET aarch64-unknown-linux-gnu)
set(BS_ERRNO_GNU_TRIPLET aarch64-linux-gnu)
set(BS_ERRNO_PACKAGES "gcc-aarch64-linux-gnu qemu-user")
set(BS_ERRNO_QEMU qemu-aarch64)
# The library's segments are laid out for 64 KiB pages, which pads the file past 64 KiB (its sections hold
# about 57 KiB): the size test allows 80 KiB here.
set(BS_ERRNO_SIZE_LIMIT 81920)
include("${CMAKE_CURRENT_LIST_DIR}/gnu-cross.cmake")
